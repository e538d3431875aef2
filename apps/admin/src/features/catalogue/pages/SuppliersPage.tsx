import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission, SupplierKind } from '@grassroots/domain';
import { Button, Card, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { SupplierKind as Kind, SuppliersQuery } from '../../../gql/graphql';
import { enumOptions } from '../../../shared/EnumTag';
import { useListState } from '../../../shared/useListState';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { SupplierForm, type SupplierValues } from '../components/SupplierForm';
import { SUPPLIERS } from '../graphql';

type Supplier = SuppliersQuery['suppliers']['items'][number];

export function SuppliersPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useAuth();
  const list = useListState<{ kind?: Kind }>({});
  const todo = useTodo();
  const { data, loading, refetch } = useQuery(SUPPLIERS, { variables: { ...list.variables, todo } });
  const [editing, setEditing] = useState<SupplierValues | null | undefined>(undefined);
  const toValues = (s: Supplier): SupplierValues => ({
    ...s,
    licences: s.licences.map((l) => ({
      kind: l.kind,
      number: l.number,
      expiresOn: l.expiresOn,
      evidenceFileId: l.evidenceFileId,
    })),
  });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.suppliers')} <TodoFilterTag todo={todo} total={data?.suppliers.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('supplier.kind')}
            style={{ width: 140 }}
            options={enumOptions(enumLabel, 'SupplierKind', Object.values(SupplierKind))}
            onChange={(v) => list.setFilter('kind', v as Kind)}
          />
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 200 }} />
          {can(Permission.SUPPLIERS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('supplier.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Supplier>
        rowKey="id"
        loading={loading}
        dataSource={data?.suppliers.items}
        pagination={{
          ...list.pagination(data?.suppliers.total),
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: <Empty description={t('supplier.empty')} /> }}
        onRow={(r) => ({ onClick: () => setEditing(toValues(r)), style: { cursor: 'pointer' } })}
        scroll={{ x: 900 }}
        columns={[
          { title: t('supplier.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          {
            title: t('supplier.kind'),
            dataIndex: 'kind',
            render: (v: string) => enumLabel('SupplierKind', v),
          },
          { title: t('supplier.region'), dataIndex: 'region' },
          {
            title: t('supplier.licences'),
            render: (_, r) => (
              <Space size={4} wrap>
                {r.licences.map((l) => (
                  <Tooltip key={l.id} title={`${l.number} · ${l.expiresOn}`}>
                    <Tag color={l.expired ? 'red' : 'green'}>
                      {enumLabel('LicenceKind', l.kind)}
                      {l.expired ? ` · ${t('supplier.expired')}` : ''}
                    </Tag>
                  </Tooltip>
                ))}
                {!r.licences.length && <Tag color="red">{t('supplier.noLicence')}</Tag>}
              </Space>
            ),
          },
          { title: t('supplier.products'), dataIndex: 'productCount', width: 90 },
        ]}
      />
      <SupplierForm
        open={editing !== undefined}
        supplier={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) void refetch();
        }}
      />
    </Card>
  );
}
