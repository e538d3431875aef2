import { useQuery } from '@apollo/client/react';
import { Empty, Progress, Space, Statistic, Table, Typography } from 'antd';

import { useI18n } from '../../../app/i18n';
import type { CohortAttendanceQuery } from '../../../gql/graphql';
import { TraineeName } from '../../../shared/TraineeName';
import { COHORT_ATTENDANCE } from '../graphql';

type Row = CohortAttendanceQuery['cohortAttendance'][number];

/** Attendance rate per trainee, lowest first: the ones who need a call stand out. */
export function CohortAttendance({ cohortId }: { cohortId: string }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(COHORT_ATTENDANCE, { variables: { cohortId } });
  const rows = [...(data?.cohortAttendance ?? [])].sort((a, b) => (a.summary.rate ?? 2) - (b.summary.rate ?? 2));
  const rate = data?.cohort.attendanceRate;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Statistic title={t('attendance.cohortRate')} value={rate == null ? '—' : `${(rate * 100).toFixed(1)} %`} />
      <Table<Row>
        rowKey={(r) => r.trainee.id}
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: <Empty description={t('attendance.none')} /> }}
        columns={[
          { title: t('trainee.name'), render: (_, r) => <TraineeName trainee={r.trainee} link />, width: 200 },
          {
            title: t('attendance.rate'),
            render: (_, r) =>
              r.summary.rate === null ? (
                '—'
              ) : (
                <Progress
                  percent={Math.round(r.summary.rate * 100)}
                  status={r.summary.rate < 0.8 ? 'exception' : 'normal'}
                  size="small"
                />
              ),
          },
          {
            title: '',
            render: (_, r) => (
              <Typography.Text type="secondary">
                {t('attendance.counts', {
                  p: r.summary.present,
                  l: r.summary.late,
                  a: r.summary.absent,
                  e: r.summary.excused,
                })}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Space>
  );
}
