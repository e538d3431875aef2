import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CohortStatus, CohortTrack, Permission } from '@grassroots/domain';
import { Button, Card, Empty, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { CohortsQuery, CohortStatus as Status, CohortTrack as Track } from '../../../gql/graphql';
import { EnumTag, useEnumOptions } from '../../../shared/EnumTag';
import { formatPeriod } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { PROGRAM_OPTIONS } from '../../programs/graphql';
import { CohortForm } from '../components/CohortForm';
import { COHORTS } from '../graphql';

type Cohort = CohortsQuery['cohorts']['items'][number];

export function CohortsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const list = useListState<{ status?: Status; track?: Track; programId?: string }>({});
  const { data, loading } = useQuery(COHORTS, { variables: list.variables });
  const programs = useQuery(PROGRAM_OPTIONS);
  const [creating, setCreating] = useState(false);
  const statusOptions = useEnumOptions('CohortStatus', Object.values(CohortStatus));
  const trackOptions = useEnumOptions('CohortTrack', Object.values(CohortTrack));

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.cohorts')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('cohort.program')}
            style={{ width: 220 }}
            options={programs.data?.programs.items.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v) => list.setFilter('programId', v)}
          />
          <Select
            allowClear
            placeholder={t('cohort.status')}
            style={{ width: 130 }}
            options={statusOptions}
            onChange={(v) => list.setFilter('status', v as Status)}
            data-testid="filter-status"
          />
          <Select
            allowClear
            placeholder={t('cohort.track')}
            style={{ width: 130 }}
            options={trackOptions}
            onChange={(v) => list.setFilter('track', v as Track)}
          />
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 200 }} />
          {can(Permission.COHORTS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('cohort.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Cohort>
        rowKey="id"
        loading={loading}
        dataSource={data?.cohorts.items}
        pagination={{ ...list.pagination(data?.cohorts.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t('cohort.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/cohorts/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 960 }}
        columns={[
          { title: t('cohort.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          { title: t('cohort.program'), render: (_, r) => r.program?.name ?? '—' },
          {
            title: t('cohort.track'),
            dataIndex: 'track',
            render: (v: string) => <EnumTag type="CohortTrack" value={v} />,
          },
          {
            title: t('cohort.status'),
            dataIndex: 'status',
            render: (v: string) => <EnumTag type="CohortStatus" value={v} />,
          },
          { title: t('cohort.period'), render: (_, r) => formatPeriod(r.startDate, r.endDate) },
          {
            title: t('cohort.enrolled'),
            width: 170,
            render: (_, r) => (
              <Progress
                size="small"
                percent={Math.round((100 * r.enrolledCount) / r.capacity)}
                format={() => `${r.enrolledCount}/${r.capacity}`}
              />
            ),
          },
          { title: t('cohort.location'), dataIndex: 'location', ellipsis: true },
        ]}
      />
      <CohortForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) void navigate(`/cohorts/${id}`);
        }}
      />
    </Card>
  );
}
