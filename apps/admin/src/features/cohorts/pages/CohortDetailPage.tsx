import { EditOutlined, RiseOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Descriptions, Empty, Progress, Space, Spin, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { CohortQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime, formatPeriod } from '../../../shared/format';
import { ReasonModal } from '../../../shared/ReasonModal';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { TraineeName } from '../../../shared/TraineeName';
import { XlsxExportButton } from '../../../shared/XlsxExportButton';
import { CohortAssignments } from '../../assignments/components/CohortAssignments';
import { CohortGraduation } from '../../graduation/components/CohortGraduation';
import { CohortAttendance } from '../../lessons/components/CohortAttendance';
import { CohortSchedule } from '../../lessons/components/CohortSchedule';
import { CohortForm } from '../components/CohortForm';
import { EnrolModal } from '../components/EnrolModal';
import { ImportTraineesModal } from '../components/ImportTraineesModal';
import { PromoteModal } from '../components/PromoteModal';
import { COHORT, WITHDRAW_ENROLMENT } from '../graphql';

type Enrolment = CohortQuery['cohort']['enrolments'][number];

export function CohortDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv } = useI18n();
  const { can } = useAuth();
  const { data, loading, error, refetch } = useQuery(COHORT, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [promoting, setPromoting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Enrolment | null>(null);
  const [withdraw, w] = useMutation(WITHDRAW_ENROLMENT);
  const [importing, setImporting] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/cohorts" onRetry={refetch} />;
  const c = data.cohort;
  const canEnrol = can(Permission.ENROLMENTS_WRITE);
  const canImport = can(Permission.TRAINEES_WRITE) && canEnrol;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {c.name}
          </Typography.Title>
        }
        extra={
          can(Permission.COHORTS_WRITE) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('cohort.program')}>
            {c.program ? <Link to={`/programs/${c.program.id}`}>{c.program.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('cohort.track')}>
            <EnumTag type="CohortTrack" value={c.track} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cohort.status')}>
            <EnumTag type="CohortStatus" value={c.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cohort.period')}>{formatPeriod(c.startDate, c.endDate)}</Descriptions.Item>
          <Descriptions.Item label={t('cohort.location')}>{c.location}</Descriptions.Item>
          <Descriptions.Item label={t('cohort.enrolled')}>
            <Progress
              style={{ maxWidth: 220 }}
              size="small"
              percent={Math.round((100 * c.enrolledCount) / c.capacity)}
              format={() => `${c.enrolledCount}/${c.capacity}`}
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'trainees',
              label: t('cohort.enrolments'),
              children: (
                <>
                  <Space style={{ width: '100%', justifyContent: 'flex-end', marginBottom: 12 }} wrap>
                    {canEnrol && c.track === 'SHORT_TERM' && c.program && (
                      <Button icon={<RiseOutlined />} onClick={() => setPromoting(true)}>
                        {t('promotion.action')}
                      </Button>
                    )}
                    {can(Permission.TRAINEES_READ_CONTACT) && (
                      <XlsxExportButton
                        path={`/exports/cohorts/${encodeURIComponent(c.id)}/roster.xlsx`}
                        label={t('excel.exportRoster')}
                        testId="export-roster"
                      />
                    )}
                    {canImport && (
                      <Button
                        icon={<UploadOutlined />}
                        onClick={() => setImporting(true)}
                        disabled={c.seatsLeft === 0}
                        data-testid="import-trainees"
                      >
                        {t('excel.importTrainees')}
                      </Button>
                    )}
                    {canEnrol && (
                      <Button
                        type="primary"
                        icon={<UserAddOutlined />}
                        onClick={() => setEnrolling(true)}
                        disabled={c.seatsLeft === 0}
                      >
                        {t('cohort.enrol')}
                      </Button>
                    )}
                  </Space>
                  <Table<Enrolment>
                    rowKey="id"
                    dataSource={c.enrolments}
                    pagination={c.enrolments.length > 20 ? { pageSize: 20 } : false}
                    locale={{ emptyText: <Empty description={t('cohort.noEnrolments')} /> }}
                    scroll={{ x: 720 }}
                    columns={[
                      {
                        title: t('trainee.name'),
                        render: (_, e) => (e.trainee ? <TraineeName trainee={e.trainee} link /> : '—'),
                      },
                      { title: t('trainee.phone'), render: (_, e) => e.trainee?.phone },
                      { title: t('trainee.hometown'), render: (_, e) => e.trainee?.hometown },
                      {
                        title: t('enrolment.status'),
                        dataIndex: 'status',
                        render: (v: string, e) => (
                          <span title={e.withdrawReason ?? undefined}>
                            <EnumTag type="EnrolmentStatus" value={v} />
                          </span>
                        ),
                      },
                      {
                        title: t('trainee.enrolledAt'),
                        dataIndex: 'enrolledAt',
                        render: (v: string) => formatDateTime(v),
                      },
                      ...(canEnrol
                        ? [
                            {
                              title: t('common.actions'),
                              key: 'a',
                              render: (_: unknown, e: Enrolment) =>
                                e.status === 'ACTIVE' && (
                                  <Button size="small" danger onClick={() => setWithdrawing(e)}>
                                    {t('cohort.withdraw')}
                                  </Button>
                                ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </>
              ),
            },
            ...(can(Permission.LESSONS_READ)
              ? [{ key: 'schedule', label: t('lesson.schedule'), children: <CohortSchedule cohort={c} /> }]
              : []),
            ...(can(Permission.ASSIGNMENTS_READ)
              ? [
                  {
                    key: 'assignments',
                    label: t('assignment.tab'),
                    children: (
                      <CohortAssignments
                        cohortId={c.id}
                        trainees={c.enrolments
                          .filter((e) => e.status === 'ACTIVE' && e.trainee)
                          .map((e) => ({ id: e.trainee!.id, name: e.trainee!.name }))}
                      />
                    ),
                  },
                ]
              : []),
            ...(can(Permission.GRADUATION_READ)
              ? [{ key: 'graduation', label: t('graduation.tab'), children: <CohortGraduation cohortId={c.id} /> }]
              : []),
            ...(can(Permission.ATTENDANCE_WRITE)
              ? [
                  {
                    key: 'attendance',
                    label: t('lesson.attendanceTab'),
                    children: <CohortAttendance cohortId={c.id} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <CohortForm
        open={editing}
        cohort={c}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
      {c.program && (
        <PromoteModal
          cohort={{ id: c.id, name: c.name, programId: c.program.id }}
          open={promoting}
          onClose={(changed) => {
            setPromoting(false);
            if (changed) void refetch();
          }}
        />
      )}
      <EnrolModal
        cohort={c}
        open={enrolling}
        onClose={(changed) => {
          setEnrolling(false);
          if (changed) void refetch();
        }}
      />
      {canImport && (
        <ImportTraineesModal
          cohortId={c.id}
          open={importing}
          onClose={(changed) => {
            setImporting(false);
            if (changed) void refetch();
          }}
        />
      )}
      <ReasonModal
        open={!!withdrawing}
        title={t('cohort.withdrawTitle', { name: withdrawing?.trainee?.name ?? '' })}
        label={t('cohort.withdrawReason')}
        requiredMessage={tv('enrolments.giveReason')}
        loading={w.loading}
        onCancel={() => setWithdrawing(null)}
        onSubmit={async (reason) => {
          await withdraw({ variables: { input: { id: withdrawing!.id, reason } } });
          setWithdrawing(null);
          void refetch();
        }}
      />
    </Space>
  );
}
