import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission, Role } from '@grassroots/domain';
import { Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { ProgramsQuery } from '../../../gql/graphql';
import { formatPeriod, formatYuan } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { SPONSOR_OPTIONS } from '../../sponsors/graphql';
import { ProgramForm } from '../components/ProgramForm';
import { TraineeCounts } from '../components/TraineeCounts';
import { PROGRAMS } from '../graphql';

type Program = ProgramsQuery['programs']['items'][number];

export function ProgramsPage() {
  const { t } = useI18n();
  const { can, me } = useAuth();
  const navigate = useNavigate();
  const list = useListState<{ sponsorId?: string }>({});
  const { data, loading } = useQuery(PROGRAMS, { variables: list.variables });
  const showSponsorFilter = can(Permission.SPONSORS_READ) && me?.role !== Role.SPONSOR;
  const sponsors = useQuery(SPONSOR_OPTIONS, { skip: !showSponsorFilter });
  const [creating, setCreating] = useState(false);

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.programs')}
        </Typography.Title>
        <Space wrap>
          {showSponsorFilter && (
            <Select
              allowClear
              placeholder={t('program.sponsor')}
              style={{ width: 200 }}
              options={sponsors.data?.sponsors.items.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(v) => list.setFilter('sponsorId', v)}
            />
          )}
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 220 }} />
          {can(Permission.PROGRAMS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('program.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Program>
        rowKey="id"
        loading={loading}
        dataSource={data?.programs.items}
        pagination={{ ...list.pagination(data?.programs.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t('program.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/programs/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 900 }}
        columns={[
          { title: t('program.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          { title: t('program.sponsor'), render: (_, r) => r.sponsor?.name ?? '—' },
          { title: t('program.period'), render: (_, r) => formatPeriod(r.startDate, r.endDate) },
          { title: t('program.budget'), dataIndex: 'budget', align: 'right', render: formatYuan },
          {
            title: t('program.enrolledVsTarget'),
            width: 240,
            render: (_, r) => (
              <TraineeCounts
                compact
                counts={r.traineeCounts}
                target={r.targetShortTermTrainees + r.targetLongTermTrainees}
              />
            ),
          },
        ]}
      />
      <ProgramForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) void navigate(`/programs/${id}`);
        }}
      />
    </Card>
  );
}
