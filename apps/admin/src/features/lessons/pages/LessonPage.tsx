import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { AttendanceStatus, type AttendanceStatus as Status, Permission } from '@grassroots/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Popconfirm,
  Radio,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { LessonQuery } from '../../../gql/graphql';
import { enumOptions, EnumTag } from '../../../shared/EnumTag';
import { problemOf } from '../../../shared/forms';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { todayIn } from '../../../shared/time';
import { TraineeName } from '../../../shared/TraineeName';
import { LessonForm } from '../components/LessonForm';
import { DELETE_LESSON, LESSON, MARK_ATTENDANCE } from '../graphql';

type Row = LessonQuery['lesson']['attendanceSheet'][number];
type Mark = { status: Status | null; note: string };

/** Taking attendance for a whole lesson on one screen: one click per trainee, saved together. */
export function LessonPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv, enumLabel } = useI18n();
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(LESSON, { variables: { id: id! }, fetchPolicy: 'network-only' });
  const [mark, { loading: saving }] = useMutation(MARK_ATTENDANCE);
  const [remove] = useMutation(DELETE_LESSON);
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (data)
      setMarks(
        Object.fromEntries(
          data.lesson.attendanceSheet.map((r) => [
            r.traineeId,
            { status: (r.status as Status | null) ?? null, note: r.note ?? '' },
          ]),
        ),
      );
  }, [data]);

  const rows = data?.lesson.attendanceSheet ?? [];
  const unmarked = useMemo(() => rows.filter((r) => !marks[r.traineeId]?.status).length, [rows, marks]);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back={-1} onRetry={refetch} />;
  const l = data.lesson;
  // A lesson's date is its program's calendar day: "today" there decides whether it can be marked yet.
  const future = l.date > todayIn(l.cohort?.program?.timeZone ?? undefined).format('YYYY-MM-DD');
  const mayMark = can(Permission.ATTENDANCE_WRITE) && (me?.role !== 'SUPPORT' || l.instructor?.id === me?.id);

  const setMark = (traineeId: string, patch: Partial<Mark>) =>
    setMarks((m) => ({ ...m, [traineeId]: { ...(m[traineeId] ?? { status: null, note: '' }), ...patch } }));

  const saveMarks = async () => {
    setRowErrors({});
    const list = rows
      .filter((r) => marks[r.traineeId]?.status)
      .map((r) => ({
        traineeId: r.traineeId,
        status: marks[r.traineeId].status!,
        note: marks[r.traineeId].note || null,
      }));
    try {
      await mark({ variables: { input: { lessonId: l.id, marks: list } } });
      message.success(t('lesson.marksSaved', { n: list.length }));
      void refetch();
    } catch (e) {
      const p = problemOf(e);
      const errs: Record<string, string> = {};
      for (const f of p.fields) {
        const m = /^marks\.(\d+)\./.exec(f.field);
        if (m) errs[list[Number(m[1])].traineeId] = tv(f);
      }
      setRowErrors(errs);
      if (!Object.keys(errs).length) message.error(tv(p));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {l.topic} <EnumTag type="LessonKind" value={l.kind} />
          </Typography.Title>
        }
        extra={
          can(Permission.LESSONS_WRITE) && (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('lesson.deleteConfirm')}
                onConfirm={async () => {
                  try {
                    await remove({ variables: { id: l.id } });
                    void navigate(l.cohort ? `/cohorts/${l.cohort.id}` : '/cohorts');
                  } catch (e) {
                    message.error(tv(problemOf(e)));
                  }
                }}
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('lesson.delete')}
                </Button>
              </Popconfirm>
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('cohort.name')}>
            {l.cohort ? <Link to={`/cohorts/${l.cohort.id}`}>{l.cohort.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('lesson.date')}>
            {l.date} {l.startTime}–{l.endTime}
          </Descriptions.Item>
          <Descriptions.Item label={t('lesson.instructor')}>{l.instructor?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lesson.location')}>{l.location}</Descriptions.Item>
          <Descriptions.Item label={t('attendance.rate')}>
            {l.attendanceSummary.rate === null ? '—' : `${Math.round(l.attendanceSummary.rate * 100)} %`} ·{' '}
            {t('attendance.counts', {
              p: l.attendanceSummary.present,
              l: l.attendanceSummary.late,
              a: l.attendanceSummary.absent,
              e: l.attendanceSummary.excused,
            })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('lesson.markTitle', { topic: l.topic })}
        extra={
          mayMark &&
          !future && (
            <Space>
              <Typography.Text type={unmarked ? 'warning' : 'secondary'} data-testid="unmarked">
                {t('lesson.unmarked', { n: unmarked })}
              </Typography.Text>
              <Button
                icon={<CheckOutlined />}
                onClick={() => rows.forEach((r) => setMark(r.traineeId, { status: AttendanceStatus.PRESENT }))}
              >
                {t('lesson.allPresent')}
              </Button>
              <Button type="primary" loading={saving} onClick={saveMarks} disabled={unmarked === rows.length}>
                {t('lesson.saveMarks')}
              </Button>
            </Space>
          )
        }
      >
        {future && <Alert type="info" showIcon title={t('lesson.future')} style={{ marginBottom: 12 }} />}
        <Table<Row>
          rowKey={(r) => r.traineeId}
          dataSource={rows}
          pagination={false}
          size="small"
          locale={{ emptyText: <Empty description={t('cohort.noEnrolments')} /> }}
          scroll={{ x: 720 }}
          columns={[
            {
              title: t('trainee.name'),
              render: (_, r) => (
                <TraineeName trainee={{ id: r.traineeId, name: r.traineeName, nameHint: r.nameHint }} />
              ),
              width: 220,
            },
            {
              title: t('lesson.attendance'),
              render: (_, r) => (
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  disabled={!mayMark || future}
                  value={marks[r.traineeId]?.status}
                  onChange={(e) => setMark(r.traineeId, { status: e.target.value })}
                  options={enumOptions(enumLabel, 'AttendanceStatus', Object.values(AttendanceStatus))}
                />
              ),
            },
            {
              title: t('lesson.note'),
              render: (_, r) => (
                <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                  <Input
                    size="small"
                    disabled={!mayMark || future}
                    value={marks[r.traineeId]?.note}
                    status={
                      marks[r.traineeId]?.status === 'EXCUSED' && !marks[r.traineeId]?.note
                        ? 'warning'
                        : rowErrors[r.traineeId]
                          ? 'error'
                          : undefined
                    }
                    onChange={(e) => setMark(r.traineeId, { note: e.target.value })}
                  />
                  {rowErrors[r.traineeId] && <Typography.Text type="danger">{rowErrors[r.traineeId]}</Typography.Text>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {l.cohort && (
        <LessonForm
          open={editing}
          cohortId={l.cohort.id}
          lesson={{ ...l, instructorId: l.instructor?.id ?? null }}
          onClose={(saved) => {
            setEditing(false);
            if (saved) void refetch();
          }}
        />
      )}
    </Space>
  );
}
