import { CalendarOutlined, ClockCircleOutlined, EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, List, Progress, Result, Space, Spin, Typography } from 'antd';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatPeriod } from '../../../shared/format';
import { APP_TIME_ZONE, todayIn } from '../../../shared/time';
import { MyAssignments } from '../../assignments/components/MyAssignments';
import { WeekView } from '../../lessons/components/WeekView';
import { MY_ATTENDANCE, MY_LESSONS } from '../../lessons/graphql';
import { MyLive } from '../components/MyLive';
import { MY_TRAINEE } from '../graphql';

/** What a trainee opens on their phone: their cohort(s) and their own profile, nothing of anyone else. */
export function PortalPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(MY_TRAINEE);
  // "Today" is the trainee's program's (an Urumqi cohort's day starts two hours after Beijing's).
  const zone =
    data?.myTrainee?.enrolments.find((e) => e.status === 'ACTIVE')?.cohort?.program?.timeZone ?? APP_TIME_ZONE;
  const lessons = useQuery(MY_LESSONS, { variables: { from: todayIn(zone).format('YYYY-MM-DD') }, skip: !data });
  const record = useQuery(MY_ATTENDANCE, {
    variables: {
      from: todayIn(zone).subtract(30, 'day').format('YYYY-MM-DD'),
      to: todayIn(zone).subtract(1, 'day').format('YYYY-MM-DD'),
    },
    skip: !data,
  });
  if (loading && !data) return <Spin />;
  const me = data?.myTrainee;
  if (!me) return <Result status="info" title={t('portal.notLinked')} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="portal-hello">
        {t('portal.hello', { name: me.name })} <EnumTag type="TraineeStatus" value={me.status} />
      </Typography.Title>
      {me.enrolments
        .filter((e) => e.status === 'ACTIVE' && e.cohort)
        .map((e) => (
          <Card key={e.id} title={`${t('lesson.week')} · ${e.cohort!.name}`} size="small">
            <WeekView
              cohortId={e.cohort!.id}
              initial={todayIn(e.cohort!.program?.timeZone ?? zone)}
              timeZone={e.cohort!.program?.timeZone ?? zone}
              linkable={false}
            />
          </Card>
        ))}
      <MyAssignments />
      <MyLive traineeId={me.id} timeZone={zone} />
      <Card title={t('portal.upcoming')} size="small">
        <List
          loading={lessons.loading}
          dataSource={lessons.data?.lessons.items ?? []}
          locale={{ emptyText: <Empty description={t('portal.noLessons')} /> }}
          renderItem={(l) => (
            <List.Item data-testid="portal-lesson">
              <List.Item.Meta
                title={
                  <Space wrap>
                    {l.topic}
                    <EnumTag type="LessonKind" value={l.kind} />
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={2}>
                    <span>
                      <ClockCircleOutlined /> {l.date} {l.startTime}–{l.endTime}
                    </span>
                    <span>
                      <EnvironmentOutlined /> {l.location}
                    </span>
                    {l.instructor && (
                      <span>
                        <UserOutlined /> {l.instructor.name}
                      </span>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('portal.myAttendance')} size="small">
        {me.attendanceSummary.rate === null ? (
          <Typography.Text type="secondary">{t('attendance.none')}</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Progress percent={Math.round(me.attendanceSummary.rate * 100)} data-testid="portal-attendance" />
            <Typography.Text type="secondary">
              {t('attendance.counts', {
                p: me.attendanceSummary.present,
                l: me.attendanceSummary.late,
                a: me.attendanceSummary.absent,
                e: me.attendanceSummary.excused,
              })}
            </Typography.Text>
          </Space>
        )}
        <Typography.Title level={5}>{t('portal.attendanceRecord')}</Typography.Title>
        <List
          size="small"
          loading={record.loading}
          dataSource={[...(record.data?.lessons.items ?? [])].reverse()}
          locale={{ emptyText: <Empty description={t('attendance.none')} /> }}
          renderItem={(l) => (
            <List.Item data-testid="portal-attendance-row">
              <Space wrap>
                <span>
                  {l.date} {l.startTime}
                </span>
                <span>{l.topic}</span>
                {l.attendance[0] ? (
                  <EnumTag type="AttendanceStatus" value={l.attendance[0].status} />
                ) : (
                  <Typography.Text type="secondary">{t('portal.notMarked')}</Typography.Text>
                )}
                {l.attendance[0]?.note && <Typography.Text type="secondary">{l.attendance[0].note}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('portal.myCohorts')} size="small">
        <List
          dataSource={me.enrolments.filter((e) => e.cohort)}
          locale={{ emptyText: <Empty description={t('portal.noCohort')} /> }}
          renderItem={(e) => (
            <List.Item data-testid="portal-cohort">
              <List.Item.Meta
                title={
                  <Space wrap>
                    {e.cohort!.name}
                    <EnumTag type="CohortStatus" value={e.cohort!.status} />
                    <EnumTag type="EnrolmentStatus" value={e.status} />
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={2}>
                    <span>{e.cohort!.program?.name}</span>
                    <span>
                      <CalendarOutlined /> {formatPeriod(e.cohort!.startDate, e.cohort!.endDate)}
                    </span>
                    <span>
                      <EnvironmentOutlined /> {e.cohort!.location}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('portal.profile')} size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('trainee.phone')}>{me.phone}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.nationalId')}>{me.nationalIdMasked}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.hometown')}>{me.hometown}</Descriptions.Item>
          <Descriptions.Item label={t('trainee.platformAccounts')}>
            {me.platformAccounts.map((a) => (
              <div key={a.platform + a.handle}>
                <EnumTag type="StreamPlatform" value={a.platform} />
                {a.handle}
              </div>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
