import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Alert, Button, Card, Collapse, Empty, Input, List, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { TeamsQuery } from '../../../gql/graphql';
import { TraineeName, useTraineeLabel } from '../../../shared/TraineeName';
import { useListState } from '../../../shared/useListState';
import { COHORT_OPTIONS } from '../../cohorts/graphql';
import { TeamForm } from '../components/TeamForm';
import { Workload } from '../components/Workload';
import { COVERAGE_GAPS, TEAMS } from '../graphql';

type Team = TeamsQuery['teams']['items'][number];

export function TeamsPage() {
  const { t, enumLabel } = useI18n();
  const traineeLabel = useTraineeLabel();
  const { can } = useAuth();
  const navigate = useNavigate();
  const list = useListState<{ cohortId?: string }>({});
  const { data, loading, refetch } = useQuery(TEAMS, { variables: list.variables });
  const manage = can(Permission.TEAMS_WRITE);
  const cohorts = useQuery(COHORT_OPTIONS, { skip: !manage });
  const gaps = useQuery(COVERAGE_GAPS, { variables: { cohortId: list.filters.cohortId }, skip: !manage });
  const [creating, setCreating] = useState(false);
  const gapList = gaps.data?.teamCoverageGaps ?? [];

  const teams = (
    <>
      {gapList.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="coverage-gaps"
          title={t('team.gaps', { n: gapList.length })}
          description={
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'gaps',
                  label: t('team.gapsShow'),
                  children: (
                    <List
                      size="small"
                      dataSource={gapList}
                      renderItem={(g) => (
                        <List.Item>
                          <Space wrap>
                            <TraineeName trainee={g.trainee} link />
                            <Typography.Text type="secondary">{g.cohortName}</Typography.Text>
                            {g.problem === 'NO_TEAM' ? (
                              <Tag color="red">{t('team.noTeam')}</Tag>
                            ) : (
                              <Tag color="orange">{t('team.incompleteTeam', { name: g.teamName ?? '' })}</Tag>
                            )}
                          </Space>
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]}
            />
          }
        />
      )}
      <Table<Team>
        rowKey="id"
        loading={loading}
        dataSource={data?.teams.items}
        pagination={{
          ...list.pagination(data?.teams.total),
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: <Empty description={t('team.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/teams/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 900 }}
        columns={[
          { title: t('team.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          { title: t('team.cohort'), render: (_, r) => r.cohort?.name ?? '—' },
          {
            title: t('team.members'),
            render: (_, r) => (
              <Space size={4} wrap>
                {r.members.map((m) => (
                  <Tag key={m.id} color={m.active ? 'blue' : 'default'}>
                    {enumLabel('TeamRole', m.role)} · {m.user.name}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('team.trainees'), render: (_, r) => r.trainees.map((x) => traineeLabel(x)).join('、') || '—' },
          {
            title: t('team.complete'),
            dataIndex: 'complete',
            width: 100,
            render: (v: boolean) =>
              v ? <Tag color="green">{t('team.isComplete')}</Tag> : <Tag color="orange">{t('team.isIncomplete')}</Tag>,
          },
        ]}
      />
    </>
  );

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.teams')}
        </Typography.Title>
        <Space wrap>
          {manage && (
            <Select
              allowClear
              placeholder={t('team.cohort')}
              style={{ width: 240 }}
              options={cohorts.data?.cohorts.items.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => list.setFilter('cohortId', v)}
            />
          )}
          <Input.Search
            allowClear
            placeholder={t('team.searchHint')}
            onSearch={list.setSearch}
            style={{ width: 220 }}
          />
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('team.new')}
            </Button>
          )}
        </Space>
      </Space>
      {manage ? (
        <Tabs
          items={[
            { key: 'teams', label: t('team.list'), children: teams },
            { key: 'workload', label: t('team.workload'), children: <Workload /> },
          ]}
        />
      ) : (
        teams
      )}
      <TeamForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) {
            void refetch();
            void navigate(`/teams/${id}`);
          }
        }}
      />
    </Card>
  );
}
