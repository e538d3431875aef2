import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Badge, Button, Calendar, Empty, Progress, Segmented, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { CohortLessonsQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { todayIn } from '../../../shared/time';
import { COHORT_CALENDAR, COHORT_LESSONS } from '../graphql';
import { ImportModal } from './ImportModal';
import { LessonForm } from './LessonForm';
import { WeekView } from './WeekView';

type Lesson = CohortLessonsQuery['lessons']['items'][number];

/** A cohort's lessons as a table or a month calendar; rows open the attendance sheet. */
export function CohortSchedule({
  cohort,
}: {
  cohort: { id: string; startDate: string; endDate: string; location: string; program?: { timeZone: string } | null };
}) {
  // Lessons' dates and times are the program's: "today" is its day.
  const zone = cohort.program?.timeZone;
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [view, setView] = useState<'list' | 'week' | 'calendar'>('list');
  const [page, setPage] = useState(1);
  const [month, setMonth] = useState<Dayjs>(() => {
    const today = todayIn(zone);
    return today.isBefore(cohort.startDate) || today.isAfter(cohort.endDate) ? dayjs(cohort.startDate) : today;
  });
  const listQ = useQuery(COHORT_LESSONS, {
    variables: { cohortId: cohort.id, page, pageSize: 20 },
    skip: view !== 'list',
  });
  const monthQ = useQuery(COHORT_CALENDAR, {
    variables: {
      cohortId: cohort.id,
      from: month.startOf('month').format('YYYY-MM-DD'),
      to: month.endOf('month').format('YYYY-MM-DD'),
    },
    skip: view !== 'calendar',
  });
  const [creating, setCreating] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = can(Permission.LESSONS_WRITE);
  const showSummary = can(Permission.ATTENDANCE_WRITE);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'list' | 'week' | 'calendar')}
          options={[
            { value: 'list', label: t('lesson.list') },
            { value: 'week', label: t('lesson.week') },
            { value: 'calendar', label: t('lesson.calendar') },
          ]}
        />
        {canWrite && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('import.button')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(todayIn(zone).format('YYYY-MM-DD'))}
            >
              {t('lesson.new')}
            </Button>
          </Space>
        )}
      </Space>
      {view === 'week' ? (
        <WeekView cohortId={cohort.id} initial={month} timeZone={zone} />
      ) : view === 'list' ? (
        <Table<Lesson>
          rowKey="id"
          loading={listQ.loading}
          dataSource={listQ.data?.lessons.items}
          pagination={{
            current: page,
            pageSize: 20,
            total: listQ.data?.lessons.total ?? 0,
            onChange: setPage,
            showTotal: (n) => t('common.total', { n }),
          }}
          locale={{ emptyText: <Empty description={t('lesson.empty')} /> }}
          onRow={(r) => ({ onClick: () => navigate(`/lessons/${r.id}`), style: { cursor: 'pointer' } })}
          scroll={{ x: 820 }}
          columns={[
            { title: t('lesson.date'), dataIndex: 'date', width: 110 },
            { title: t('lesson.time'), render: (_, r) => `${r.startTime}–${r.endTime}`, width: 110 },
            { title: t('lesson.topic'), dataIndex: 'topic', render: (v: string) => <a>{v}</a> },
            {
              title: t('lesson.kind'),
              dataIndex: 'kind',
              render: (v: string) => <EnumTag type="LessonKind" value={v} />,
            },
            { title: t('lesson.instructor'), render: (_, r) => r.instructor?.name ?? '—' },
            ...(showSummary
              ? [
                  {
                    title: t('lesson.attendance'),
                    width: 160,
                    render: (_: unknown, r: Lesson) =>
                      r.attendanceSummary.rate === null ? (
                        '—'
                      ) : (
                        <Progress size="small" percent={Math.round(r.attendanceSummary.rate * 100)} />
                      ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Calendar
          value={month}
          onPanelChange={(d) => setMonth(d)}
          onSelect={(d, info) => {
            if (
              info.source === 'date' &&
              canWrite &&
              !monthQ.data?.lessons.items.some((l) => l.date === d.format('YYYY-MM-DD'))
            )
              setCreating(d.format('YYYY-MM-DD'));
          }}
          cellRender={(d, info) => {
            if (info.type !== 'date') return info.originNode;
            const items = monthQ.data?.lessons.items.filter((l) => l.date === d.format('YYYY-MM-DD')) ?? [];
            return (
              <div>
                {items.map((l) => (
                  <div
                    key={l.id}
                    onClick={(e) => {
                      e.stopPropagation();
                      void navigate(`/lessons/${l.id}`);
                    }}
                    style={{ cursor: 'pointer', fontSize: 12 }}
                  >
                    <Badge
                      status={
                        l.kind === 'PRACTICE_STREAM' ? 'error' : l.kind === 'FIELD_VISIT' ? 'warning' : 'processing'
                      }
                      text={`${l.startTime} ${l.topic}`}
                    />
                  </div>
                ))}
              </div>
            );
          }}
        />
      )}
      <ImportModal
        open={importing}
        cohort={cohort}
        onClose={(changed) => {
          setImporting(false);
          if (changed) void (view === 'list' ? listQ.refetch() : monthQ.refetch());
        }}
      />
      <LessonForm
        open={creating !== null}
        cohortId={cohort.id}
        defaults={{ date: creating ?? undefined, location: cohort.location }}
        onClose={(saved) => {
          setCreating(null);
          if (saved) void (view === 'list' ? listQ.refetch() : view === 'calendar' ? monthQ.refetch() : undefined);
        }}
      />
    </>
  );
}
