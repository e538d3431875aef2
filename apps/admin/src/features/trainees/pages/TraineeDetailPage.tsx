import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Descriptions, Empty, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime, formatPeriod } from '../../../shared/format';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { TraineeOutcomes } from '../../graduation/components/TraineeOutcomes';
import { TraineePerformance } from '../../sessions/components/TraineePerformance';
import { TraineeTeamCard } from '../../teams/components/TraineeTeamCard';
import { TraineeForm } from '../components/TraineeForm';
import { TRAINEE, TRAINEE_NATIONAL_ID } from '../graphql';

export function TraineeDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { can } = useAuth();
  const { data, loading, error, refetch } = useQuery(TRAINEE, { variables: { id: id! } });
  const [reveal, revealed] = useLazyQuery(TRAINEE_NATIONAL_ID, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/trainees" onRetry={refetch} />;
  const tr = data.trainee;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {tr.name} <EnumTag type="TraineeStatus" value={tr.status} />
          </Typography.Title>
        }
        extra={
          can(Permission.TRAINEES_WRITE) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('trainee.phone')}>{tr.phone}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.nationalId')}>
            <Space>
              <span data-testid="national-id">{revealed.data?.trainee.nationalId ?? tr.nationalIdMasked}</span>
              {can(Permission.TRAINEES_READ_PII) && !revealed.data && (
                <Tooltip title={t('trainee.showIdNote')}>
                  <Button
                    size="small"
                    type="link"
                    icon={<EyeOutlined />}
                    onClick={() => reveal({ variables: { id: tr.id } })}
                    loading={revealed.loading}
                  >
                    {t('trainee.showId')}
                  </Button>
                </Tooltip>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('trainee.hometown')}>{tr.hometown}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.background')}>{tr.background || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.platformAccounts')}>
            {tr.platformAccounts.length
              ? tr.platformAccounts.map((a) => (
                  <span key={a.platform + a.handle}>
                    <EnumTag type="StreamPlatform" value={a.platform} />
                    {a.handle}{' '}
                  </span>
                ))
              : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('trainee.enrolments')}>
        <Table
          rowKey="id"
          dataSource={tr.enrolments}
          pagination={false}
          locale={{ emptyText: <Empty description={t('portal.noCohort')} /> }}
          scroll={{ x: 720 }}
          columns={[
            {
              title: t('cohort.name'),
              render: (_, e) => (e.cohort ? <Link to={`/cohorts/${e.cohort.id}`}>{e.cohort.name}</Link> : '—'),
            },
            { title: t('cohort.program'), render: (_, e) => e.cohort?.program?.name ?? '—' },
            {
              title: t('cohort.period'),
              render: (_, e) => (e.cohort ? formatPeriod(e.cohort.startDate, e.cohort.endDate) : '—'),
            },
            {
              title: t('enrolment.status'),
              dataIndex: 'status',
              render: (v: string) => <EnumTag type="EnrolmentStatus" value={v} />,
            },
            { title: t('trainee.enrolledAt'), dataIndex: 'enrolledAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      {can(Permission.TEAMS_READ) && <TraineeTeamCard traineeId={tr.id} />}
      {can(Permission.SESSIONS_READ) && (
        <Card title={t('perf.title')} extra={<Link to={`/sessions?traineeId=${tr.id}`}>{t('perf.allSessions')}</Link>}>
          <TraineePerformance traineeId={tr.id} />
        </Card>
      )}
      {can(Permission.GRADUATION_READ) && <TraineeOutcomes traineeId={tr.id} />}
      <TraineeForm
        open={editing}
        trainee={tr}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
    </Space>
  );
}
