import { useQuery } from '@apollo/client/react';
import { Permission, SubmissionStatus } from '@grassroots/domain';
import { Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { SubmissionListQuery, SubmissionStatus as Status } from '../../../gql/graphql';
import { enumOptions, EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/time';
import { useListState } from '../../../shared/useListState';
import { COHORT_OPTIONS } from '../../cohorts/graphql';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { GradeDrawer } from '../components/GradeDrawer';
import { SUBMISSION_LIST } from '../graphql';

type Row = SubmissionListQuery['submissions']['items'][number];

/**
 * Trainees' work across cohorts (SUPPORT: their teams' trainees only), soonest due first; opened from the workbench
 * with ?todo=ASSIGNMENTS_OVERDUE or SUBMISSIONS_TO_GRADE. Open a row to read, return or grade it.
 */
export function SubmissionsPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useAuth();
  const todo = useTodo();
  const list = useListState<{ status?: Status; cohortId?: string }>({});
  const cohorts = useQuery(COHORT_OPTIONS);
  const { data, loading, refetch } = useQuery(SUBMISSION_LIST, {
    variables: { ...list.variables, todo },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.assignments')} <TodoFilterTag todo={todo} total={data?.submissions.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('submission.status')}
            style={{ width: 140 }}
            options={enumOptions(enumLabel, 'SubmissionStatus', Object.values(SubmissionStatus))}
            onChange={(v) => list.setFilter('status', v as Status | undefined)}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('cohort.name')}
            style={{ width: 200 }}
            options={(cohorts.data?.cohorts.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v) => list.setFilter('cohortId', v as string | undefined)}
          />
        </Space>
      </Space>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.submissions.items}
        pagination={{ ...list.pagination(data?.submissions.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t(todo ? 'todo.nothing' : 'assignment.empty')} /> }}
        onRow={(r) => ({
          onClick: () => can(Permission.SUBMISSIONS_GRADE) && setOpen(r.id),
          style: { cursor: 'pointer' },
        })}
        scroll={{ x: 800 }}
        columns={[
          { title: t('trainee.name'), render: (_, r) => r.trainee?.name ?? '—' },
          { title: t('assignment.title'), render: (_, r) => <a>{r.assignment?.title}</a> },
          { title: t('cohort.name'), render: (_, r) => r.assignment?.cohort?.name ?? '—' },
          {
            title: t('assignment.dueAt'),
            render: (_, r) => (r.assignment ? formatDateTime(r.assignment.dueAt) : '—'),
            width: 150,
          },
          {
            title: t('submission.status'),
            render: (_, r) => (
              <Space size={4} wrap>
                <EnumTag type="SubmissionStatus" value={r.status} />
                {r.overdue && <Tag color="red">{t('submission.overdue')}</Tag>}
                {r.late && <Tag color="orange">{t('submission.late')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('submission.score'),
            render: (_, r) => (r.score === null ? '—' : `${r.score} / ${r.assignment?.maxScore}`),
            width: 90,
          },
        ]}
      />
      <GradeDrawer
        submissionId={open}
        onClose={(changed) => {
          setOpen(null);
          if (changed) void refetch();
        }}
      />
    </Card>
  );
}
