import { CheckCircleTwoTone, PlusOutlined, UploadOutlined, WarningTwoTone } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Permission, ProductStatus } from '@grassroots/domain';
import { App, Button, Card, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { ProductsPageQuery, ProductStatus as Status } from '../../../gql/graphql';
import { enumOptions } from '../../../shared/EnumTag';
import { formatYuan } from '../../../shared/format';
import { problemOf } from '../../../shared/forms';
import { ReasonModal } from '../../../shared/ReasonModal';
import { useListState } from '../../../shared/useListState';
import { InspectionForm } from '../../qc/components/InspectionForm';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { ImportProductsModal } from '../components/ImportProductsModal';
import { ProductForm, type ProductValues } from '../components/ProductForm';
import { PRODUCTS_PAGE, SUBMIT_FOR_QC, SUSPEND_PRODUCT } from '../graphql';

type Product = ProductsPageQuery['products']['items'][number];
const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'default',
  PENDING_QC: 'blue',
  APPROVED: 'green',
  REJECTED: 'red',
  SUSPENDED: 'orange',
};

/** The product catalogue: QC status, and what (if anything) keeps each product out of live sessions. */
export function ProductsPage() {
  const { t, tv, enumLabel } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const list = useListState<{ status?: Status }>({});
  const todo = useTodo();
  const { data, loading, refetch } = useQuery(PRODUCTS_PAGE, { variables: { ...list.variables, todo } });
  const [editing, setEditing] = useState<ProductValues | null | undefined>(undefined);
  const [suspending, setSuspending] = useState<Product | null>(null);
  const [inspecting, setInspecting] = useState<{ id: string; name: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const [submit] = useMutation(SUBMIT_FOR_QC);
  const [suspend, s] = useMutation(SUSPEND_PRODUCT);
  const write = can(Permission.PRODUCTS_WRITE);

  const sendToQc = async (p: Product) => {
    try {
      await submit({ variables: { id: p.id } });
      message.success(t('product.sent'));
      await refetch();
    } catch (e) {
      message.error(tv(problemOf(e)));
    }
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.products')} <TodoFilterTag todo={todo} total={data?.products.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('product.status')}
            style={{ width: 140 }}
            options={enumOptions(enumLabel, 'ProductStatus', Object.values(ProductStatus))}
            onChange={(v) => list.setFilter('status', v as Status)}
          />
          <Input.Search
            allowClear
            placeholder={t('product.searchHint')}
            onSearch={list.setSearch}
            style={{ width: 220 }}
          />
          {write && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-products">
              {t('import.button')}
            </Button>
          )}
          {write && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('product.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Product>
        rowKey="id"
        loading={loading}
        dataSource={data?.products.items}
        pagination={{
          ...list.pagination(data?.products.total),
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: <Empty description={t('product.empty')} /> }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('product.name'),
            render: (_, r) => (write ? <a onClick={() => setEditing(r)}>{r.name}</a> : r.name),
          },
          { title: t('product.supplier'), dataIndex: 'supplierName' },
          {
            title: t('product.category'),
            render: (_, r) => (
              <Space size={4}>
                {r.category}
                {r.perishable && <Tag>{t('product.fresh')}</Tag>}
                {r.localSpecialty && <Tag color="gold">{t('product.localTag')}</Tag>}
              </Space>
            ),
          },
          { title: t('product.livePrice'), render: (_, r) => formatYuan(r.suggestedLivePrice) },
          { title: t('session.commission'), render: (_, r) => `${r.commissionPct} %` },
          {
            title: t('product.status'),
            render: (_, r) => (
              <Tooltip
                title={
                  r.statusReason &&
                  tv({ message: r.statusReason, code: r.statusReasonCode, params: r.statusReasonParams })
                }
              >
                <Tag color={STATUS_COLOR[r.status]}>{enumLabel('ProductStatus', r.status)}</Tag>
              </Tooltip>
            ),
          },
          {
            title: t('product.gate'),
            render: (_, r) =>
              r.gateProblems.length ? (
                <Tooltip title={r.gateProblems.map((g) => tv(g)).join('；')}>
                  <Space size={4}>
                    <WarningTwoTone twoToneColor="#fa8c16" />
                    {t('product.gateBlocked', { n: r.gateProblems.length })}
                  </Space>
                </Tooltip>
              ) : (
                <Space size={4}>
                  <CheckCircleTwoTone twoToneColor="#52c41a" />
                  {t('product.gateOk')}
                </Space>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                {write && (r.status === 'DRAFT' || r.status === 'REJECTED') && (
                  <Button size="small" onClick={() => sendToQc(r)}>
                    {t('product.sendToQc')}
                  </Button>
                )}
                {can(Permission.INSPECTIONS_WRITE) && r.status !== 'DRAFT' && (
                  <Button size="small" onClick={() => setInspecting({ id: r.id, name: r.name })}>
                    {t('qc.inspectButton')}
                  </Button>
                )}
                {can(Permission.INSPECTIONS_WRITE) && r.status === 'APPROVED' && (
                  <Button size="small" danger onClick={() => setSuspending(r)}>
                    {t('product.suspend')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <InspectionForm
        product={inspecting}
        onClose={(result) => {
          setInspecting(null);
          if (result) void refetch();
        }}
      />
      {write && (
        <ImportProductsModal
          open={importing}
          onClose={(changed) => {
            setImporting(false);
            if (changed) void refetch();
          }}
        />
      )}
      <ProductForm
        open={editing !== undefined}
        product={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) void refetch();
        }}
      />
      <ReasonModal
        open={!!suspending}
        title={t('product.suspendTitle', { name: suspending?.name ?? '' })}
        label={t('product.suspendReason')}
        requiredMessage={tv('common.giveReason')}
        loading={s.loading}
        onCancel={() => setSuspending(null)}
        onSubmit={async (reason) => {
          await suspend({ variables: { input: { id: suspending!.id, reason } } });
          setSuspending(null);
          await refetch();
        }}
      />
    </Card>
  );
}
