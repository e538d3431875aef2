import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Empty, Segmented, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { AssignmentGridQuery, GridFilter } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/time';
import { TraineeName } from '../../../shared/TraineeName';
import { XlsxExportButton } from '../../../shared/XlsxExportButton';
import { ASSIGNMENT_GRID } from '../graphql';
import { AssignmentForm } from './AssignmentForm';
import { GradeDrawer } from './GradeDrawer';

type Row = AssignmentGridQuery['assignmentGrid']['rows'][number];

/** Trainees × assignments: status and score per cell; filter to the rows that need a nudge or a grade. */
export function CohortAssignments({
  cohortId,
  trainees,
}: {
  cohortId: string;
  trainees: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [only, setOnly] = useState<GridFilter | 'ALL'>('ALL');
  const { data, loading, refetch } = useQuery(ASSIGNMENT_GRID, {
    variables: { cohortId, only: only === 'ALL' ? null : only },
  });
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const assignments = data?.assignmentGrid.assignments ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Segmented
          value={only}
          onChange={(v) => setOnly(v as GridFilter | 'ALL')}
          options={[
            { value: 'ALL', label: t('assignment.filterAll') },
            { value: 'OVERDUE', label: t('assignment.filterOverdue') },
            { value: 'UNGRADED', label: t('assignment.filterUngraded') },
          ]}
        />
        <Space wrap>
          <XlsxExportButton
            path={`/exports/cohorts/${encodeURIComponent(cohortId)}/grades.xlsx`}
            testId="export-grades"
          />
          {can(Permission.ASSIGNMENTS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('assignment.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Row>
        rowKey={(r) => r.trainee.id}
        size="small"
        loading={loading}
        dataSource={data?.assignmentGrid.rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('assignment.empty')} /> }}
        scroll={{ x: 200 + 170 * assignments.length }}
        columns={[
          {
            title: t('trainee.name'),
            render: (_, r) => <TraineeName trainee={r.trainee} />,
            fixed: 'left',
            width: 160,
          },
          ...assignments.map((a, i) => ({
            key: a.id,
            width: 170,
            title: (
              <Tooltip title={t('submission.due', { at: formatDateTime(a.dueAt) })}>
                <div>{a.title}</div>
                <EnumTag type="AssignmentKind" value={a.kind} />
              </Tooltip>
            ),
            render: (_: unknown, r: Row) => {
              const c = r.cells[i];
              if (!c) return '—';
              return (
                <Space
                  size={4}
                  wrap
                  style={{ cursor: 'pointer' }}
                  onClick={() => setOpen(c.id)}
                  data-testid="grid-cell"
                  data-assignment={a.title}
                >
                  <EnumTag type="SubmissionStatus" value={c.status} />
                  {c.score !== null && <b>{c.score}</b>}
                  {c.late && <Tag color="red">{t('submission.late')}</Tag>}
                  {c.overdue && <Tag color="red">{t('submission.overdue')}</Tag>}
                </Space>
              );
            },
          })),
        ]}
      />
      <AssignmentForm
        open={creating}
        cohortId={cohortId}
        trainees={trainees}
        onClose={(saved) => {
          setCreating(false);
          if (saved) void refetch();
        }}
      />
      <GradeDrawer
        submissionId={open}
        onClose={(changed) => {
          setOpen(null);
          if (changed) void refetch();
        }}
      />
    </>
  );
}
