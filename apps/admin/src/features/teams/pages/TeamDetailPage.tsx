import { CalendarOutlined, EditOutlined, UserAddOutlined, VideoCameraAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { formatDateTime, formatYuan } from '../../../shared/format';
import { problemOf } from '../../../shared/forms';
import { ReasonModal } from '../../../shared/ReasonModal';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { TraineeName, useTraineeLabel } from '../../../shared/TraineeName';
import { ScheduleForm } from '../../sessions/components/ScheduleForm';
import { WeekView } from '../../sessions/components/WeekView';
import { TeamForm } from '../components/TeamForm';
import { ASSIGN_TEAM, COHORT_ACTIVE_TRAINEES, END_TEAM_ASSIGNMENT, TEAM } from '../graphql';

export function TeamDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv, enumLabel } = useI18n();
  const traineeLabel = useTraineeLabel();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TEAM, { variables: { id: id! } });
  const manage = can(Permission.TEAMS_WRITE);
  const candidates = useQuery(COHORT_ACTIVE_TRAINEES, {
    variables: { id: data?.team.cohortId ?? '' },
    skip: !manage || !data,
  });
  const [assign, a] = useMutation(ASSIGN_TEAM);
  const [endAssignment, e] = useMutation(END_TEAM_ASSIGNMENT);
  const [editing, setEditing] = useState(false);
  const [picked, setPicked] = useState<string>();
  const [ending, setEnding] = useState<{ id: string; name: string } | null>(null);
  const [scheduling, setScheduling] = useState<string | null>(null);
  const [slot, setSlot] = useState<string>();

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/teams" onRetry={refetch} />;
  const team = data.team;
  const resultOf = (traineeId: string) => team.results.find((r) => r.traineeId === traineeId)?.totals;
  const backed = new Set(team.trainees.map((x) => x.id));
  // Everyone enrolled in the cohort is listed; who cannot be backed (withdrawn, graduated) is disabled with the reason.
  const options = (candidates.data?.cohort.enrolments ?? [])
    .flatMap((en) => (en.trainee && !backed.has(en.trainee.id) ? [{ ...en.trainee, enrolment: en.status }] : []))
    .map((tr) => {
      const active = tr.enrolment === 'ACTIVE';
      const note = !active
        ? enumLabel('EnrolmentStatus', tr.enrolment)
        : tr.supportTeam
          ? t('team.movesFrom', { name: tr.supportTeam.name })
          : '';
      return { value: tr.id, label: note ? `${traineeLabel(tr)}（${note}）` : traineeLabel(tr), disabled: !active };
    })
    .sort((x, y) => Number(x.disabled) - Number(y.disabled));

  const doAssign = async () => {
    if (!picked) return;
    try {
      await assign({ variables: { input: { teamId: team.id, traineeId: picked } } });
      message.success(t('team.assigned'));
      setPicked(undefined);
      await Promise.all([refetch(), candidates.refetch()]);
    } catch (err) {
      const p = problemOf(err);
      message.error(p.fields.length ? p.fields.map((f) => tv(f)).join('; ') : tv(p));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {team.name}
          </Typography.Title>
        }
        extra={
          <Space>
            <Button icon={<CalendarOutlined />} onClick={() => navigate(`/sessions?teamId=${team.id}`)}>
              {t('team.sessions')}
            </Button>
            {manage && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('team.editLineUp')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('team.cohort')}>
            {team.cohort ? <Link to={`/cohorts/${team.cohort.id}`}>{team.cohort.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('team.complete')}>
            {team.complete ? (
              <Tag color="green">{t('team.isComplete')}</Tag>
            ) : (
              <Tag color="orange">{t('team.isIncomplete')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }} data-testid="team-members">
          {team.members.map((m) => (
            <Tag key={m.id} color={m.active ? 'blue' : 'default'} style={{ padding: '4px 8px' }}>
              <b>{enumLabel('TeamRole', m.role)}</b> · {m.user.name}
              {!m.active && ` (${t('team.inactive')})`}
            </Tag>
          ))}
        </Space>
      </Card>

      <Card
        title={t('team.backed')}
        extra={
          manage && (
            <Space.Compact>
              <Select
                style={{ width: 280 }}
                showSearch
                optionFilterProp="label"
                placeholder={t('team.pickTrainee')}
                aria-label={t('team.pickTrainee')}
                value={picked}
                onChange={setPicked}
                options={options}
                notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.noCandidates')} />}
              />
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                disabled={!picked || !team.complete}
                loading={a.loading}
                onClick={doAssign}
              >
                {t('team.assign')}
              </Button>
            </Space.Compact>
          )
        }
      >
        <Table
          rowKey="id"
          dataSource={team.trainees}
          pagination={false}
          locale={{ emptyText: <Empty description={t('team.noTrainees')} /> }}
          scroll={{ x: 800 }}
          columns={[
            { title: t('trainee.name'), render: (_, r) => <TraineeName trainee={r} link /> },
            { title: t('session.count'), render: (_, r) => resultOf(r.id)?.sessions ?? 0 },
            { title: t('session.gmv'), render: (_, r) => formatYuan(resultOf(r.id)?.gmv ?? '0.00') },
            { title: t('session.netResult'), render: (_, r) => formatYuan(resultOf(r.id)?.netResult ?? '0.00') },
            {
              title: t('session.conversion'),
              render: (_, r) => {
                const c = resultOf(r.id)?.conversionRate;
                return c == null ? '—' : `${(c * 100).toFixed(1)} %`;
              },
            },
            {
              title: t('common.actions'),
              render: (_, r) => (
                <Space>
                  {can(Permission.SESSIONS_WRITE) && (
                    <Button
                      size="small"
                      icon={<VideoCameraAddOutlined />}
                      onClick={() => {
                        setSlot(undefined);
                        setScheduling(r.id);
                      }}
                    >
                      {t('session.schedule')}
                    </Button>
                  )}
                  {manage && (
                    <Button size="small" danger onClick={() => setEnding({ id: r.id, name: r.name })}>
                      {t('team.end')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {can(Permission.SESSIONS_WRITE) && (
        <Card title={t('sched.week')} size="small" data-testid="team-week">
          <WeekView
            teamId={team.id}
            onPickSlot={(iso, _tz, traineeId) => {
              if (!traineeId) return;
              setSlot(iso);
              setScheduling(traineeId);
            }}
          />
        </Card>
      )}

      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card title={t('team.memberHistory')} size="small">
            <Timeline
              items={team.memberHistory.map((m) => ({
                color: m.leftAt ? 'gray' : 'blue',
                content: `${m.user.name} · ${enumLabel('TeamRole', m.role)} · ${formatDateTime(m.joinedAt)}${m.leftAt ? ` → ${formatDateTime(m.leftAt)}` : ''}`,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('team.assignmentHistory')} size="small">
            <Timeline
              items={team.assignmentHistory.map((h) => ({
                color: h.endedAt ? 'gray' : 'green',
                content: `${h.trainee?.name ?? '—'} · ${formatDateTime(h.startedAt)}${h.endedAt ? ` → ${formatDateTime(h.endedAt)}（${h.endReason ?? ''}）` : ''}`,
              }))}
            />
          </Card>
        </Col>
      </Row>

      <TeamForm
        open={editing}
        team={{ id: team.id, name: team.name, members: team.members.map((m) => ({ userId: m.user.id, role: m.role })) }}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
      <ReasonModal
        open={!!ending}
        title={t('team.endTitle', { name: ending?.name ?? '' })}
        label={t('team.endReason')}
        requiredMessage={tv('common.giveReason')}
        loading={e.loading}
        onCancel={() => setEnding(null)}
        onSubmit={async (reason) => {
          await endAssignment({ variables: { input: { traineeId: ending!.id, reason } } });
          setEnding(null);
          await refetch();
        }}
      />
      <ScheduleForm
        open={!!scheduling}
        traineeId={scheduling ?? undefined}
        start={slot}
        onClose={(sid) => {
          setScheduling(null);
          setSlot(undefined);
          if (sid) void navigate(`/sessions/${sid}`);
        }}
      />
    </Space>
  );
}
