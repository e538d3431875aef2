import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Empty, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { SponsorsQuery } from '../../../gql/graphql';
import { useListState } from '../../../shared/useListState';
import { SponsorForm } from '../components/SponsorForm';
import { SPONSORS } from '../graphql';

type Sponsor = SponsorsQuery['sponsors']['items'][number];

export function SponsorsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useListState({});
  const { data, loading, refetch } = useQuery(SPONSORS, { variables: list.variables });
  const [editing, setEditing] = useState<Sponsor | null | undefined>(undefined);
  const navigate = useNavigate();
  const canWrite = can(Permission.SPONSORS_WRITE);

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.sponsors')}
        </Typography.Title>
        <Space wrap>
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 240 }} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('sponsor.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Sponsor>
        rowKey="id"
        loading={loading}
        dataSource={data?.sponsors.items}
        pagination={{ ...list.pagination(data?.sponsors.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t('sponsor.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/sponsors/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 720 }}
        columns={[
          { title: t('sponsor.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          { title: t('sponsor.region'), dataIndex: 'region' },
          { title: t('sponsor.contactName'), dataIndex: 'contactName' },
          { title: t('sponsor.contactPhone'), dataIndex: 'contactPhone' },
          { title: t('sponsor.programCount'), dataIndex: 'programCount', align: 'right' },
        ]}
      />
      <SponsorForm
        open={editing !== undefined}
        sponsor={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) void refetch();
        }}
      />
    </Card>
  );
}
