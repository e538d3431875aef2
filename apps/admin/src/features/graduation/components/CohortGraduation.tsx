import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { GraduationReportQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { problemOf } from '../../../shared/forms';
import { ReasonModal } from '../../../shared/ReasonModal';
import { TraineeName } from '../../../shared/TraineeName';
import { DECIDE_GRADUATION, GRADUATION_REPORT } from '../graphql';

type Row = GraduationReportQuery['graduationReport'][number];
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10} %`);

/** Who may graduate, and for everyone else exactly what is missing. */
export function CohortGraduation({ cohortId }: { cohortId: string }) {
  const { t, tv } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(GRADUATION_REPORT, {
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const [decide, { loading: saving }] = useMutation(DECIDE_GRADUATION);
  const [dropping, setDropping] = useState<Row | null>(null);
  const mayDecide = can(Permission.GRADUATION_DECIDE);

  const graduate = async (r: Row) => {
    try {
      await decide({ variables: { input: { cohortId, traineeId: r.trainee.id, decision: 'GRADUATE' } } });
      message.success(t('graduation.done', { name: r.trainee.name }));
      void refetch();
    } catch (e) {
      message.error(tv(problemOf(e)));
    }
  };

  return (
    <>
      <Table<Row>
        rowKey={(r) => r.trainee.id}
        size="small"
        loading={loading}
        dataSource={data?.graduationReport}
        pagination={false}
        locale={{ emptyText: <Empty description={t('graduation.empty')} /> }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('trainee.name'),
            render: (_, r) => (
              <Space>
                <TraineeName trainee={r.trainee} />
                <EnumTag type="TraineeStatus" value={r.trainee.status} />
              </Space>
            ),
            width: 200,
          },
          { title: t('attendance.rate'), render: (_, r) => pct(r.attendanceRate), width: 110 },
          { title: t('graduation.graded'), dataIndex: 'gradedAssignments', width: 90 },
          { title: t('graduation.average'), render: (_, r) => pct(r.averageScoreShare), width: 110 },
          {
            title: t('graduation.why'),
            render: (_, r) =>
              r.eligible ? (
                <Tag color="green">{t('graduation.eligible')}</Tag>
              ) : (
                <Space orientation="vertical" size={0}>
                  {r.results
                    .filter((x) => !x.met)
                    .map((x) => (
                      <Typography.Text key={x.code} type="warning">
                        {tv({ message: x.detail, code: x.detailCode, params: x.detailParams })}
                      </Typography.Text>
                    ))}
                </Space>
              ),
          },
          ...(mayDecide
            ? [
                {
                  title: t('common.actions'),
                  width: 180,
                  render: (_: unknown, r: Row) =>
                    r.trainee.status === 'ACTIVE' && (
                      <Space>
                        <Button size="small" type="primary" disabled={!r.eligible} onClick={() => graduate(r)}>
                          {t('graduation.graduate')}
                        </Button>
                        <Button size="small" danger onClick={() => setDropping(r)}>
                          {t('graduation.drop')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ReasonModal
        open={!!dropping}
        title={t('graduation.dropTitle', { name: dropping?.trainee.name ?? '' })}
        label={t('graduation.reason')}
        requiredMessage={tv('training.giveReasonDropping')}
        loading={saving}
        onCancel={() => setDropping(null)}
        onSubmit={async (reason) => {
          await decide({
            variables: { input: { cohortId, traineeId: dropping!.trainee.id, decision: 'DROP', reason } },
          });
          setDropping(null);
          void refetch();
        }}
      />
    </>
  );
}
