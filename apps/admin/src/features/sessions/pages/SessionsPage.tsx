import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission, SessionStatus } from '@grassroots/domain';
import {
  Badge,
  Button,
  Calendar,
  Card,
  DatePicker,
  Empty,
  Input,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { LiveSessionsQuery, LiveSessionStatus } from '../../../gql/graphql';
import { enumOptions, EnumTag } from '../../../shared/EnumTag';
import { formatDateTime, formatYuan } from '../../../shared/format';
import { todayIn } from '../../../shared/time';
import { APP_TIME_ZONE, zoneName } from '../../../shared/time';
import { TraineeName } from '../../../shared/TraineeName';
import { useListState } from '../../../shared/useListState';
import { XlsxExportButton } from '../../../shared/XlsxExportButton';
import { COHORT_OPTIONS } from '../../cohorts/graphql';
import { TEAM_OPTIONS } from '../../teams/graphql';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { ImportResultsModal } from '../components/ImportResultsModal';
import { ScheduleForm } from '../components/ScheduleForm';
import { LIVE_SESSIONS, SESSION_DAYS } from '../graphql';

type Session = LiveSessionsQuery['liveSessions']['items'][number];

/**
 * Live sessions as a month calendar (counts and GMV per day from one aggregate query, whatever the volume) with
 * the chosen day's sessions below, or as a searchable list; filtered by cohort, team or streamer.
 */
export function SessionsPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Links from the workbench open a day (?day=today|tomorrow|YYYY-MM-DD) or the list by status (?view=list&status=ENDED).
  const [view, setView] = useState<'calendar' | 'list'>(params.get('view') === 'list' ? 'list' : 'calendar');
  const [day, setDay] = useState<Dayjs>(() => dayFromParam(params.get('day')));
  const [month, setMonth] = useState<Dayjs>(day);
  const [scheduling, setScheduling] = useState(false);
  const [importing, setImporting] = useState(false);
  const filters = {
    cohortId: params.get('cohortId') ?? undefined,
    teamId: params.get('teamId') ?? undefined,
    traineeId: params.get('traineeId') ?? undefined,
  };
  const setFilter = (k: keyof typeof filters, v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const manage = can(Permission.TEAMS_WRITE);
  const cohorts = useQuery(COHORT_OPTIONS, { skip: !manage });
  const teams = useQuery(TEAM_OPTIONS, {
    variables: { cohortId: filters.cohortId },
    skip: !can(Permission.TEAMS_READ),
  });

  // The grid shows the neighbouring months' first and last days too: count those as well (a week either side
  // covers every week start and the grid's 6 rows).
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const days = useQuery(SESSION_DAYS, { variables: { from, to, ...filters }, skip: view !== 'calendar' });
  const byDay = useMemo(() => new Map((days.data?.sessionDays ?? []).map((d) => [d.date, d])), [days.data]);

  const list = useListState<{ status?: LiveSessionStatus }>({
    status: (params.get('status') as LiveSessionStatus | null) ?? undefined,
  });
  const dayStr = day.format('YYYY-MM-DD');
  // The list opens on the chosen day (today at first) and runs forward from it, instead of on the oldest
  // session with today on the last page; its "from" picker goes back.
  // Opened from a workbench card (?view=list&todo=RESULTS_MISSING): exactly what it counts, whatever the day.
  const todo = useTodo();
  const sessions = useQuery(LIVE_SESSIONS, {
    variables:
      view === 'calendar'
        ? { ...list.variables, ...filters, from: dayStr, to: dayStr }
        : { ...list.variables, ...filters, from: todo ? undefined : dayStr, todo },
  });
  const dayList = useRef<HTMLDivElement>(null);
  /** What the page shows (the month in the calendar, the list from its day on), as a workbook made by the server. */
  const exportQuery = () =>
    view === 'calendar'
      ? { ...filters, from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD') }
      : { ...filters, from: dayStr, status: list.filters.status };
  const chooseDay = (d: Dayjs) => {
    setDay(d);
    list.firstPage();
  };

  const columns = [
    // Each session in its own program's zone (the calendar counts days the same way); another zone than China's is named.
    {
      title: t('session.when'),
      render: (_: unknown, r: Session) => (
        <span data-testid="session-when">
          {formatDateTime(r.scheduledStart, r.timeZone)}
          {r.timeZone !== APP_TIME_ZONE && (
            <Typography.Text type="secondary"> · {zoneName(r.timeZone, t)}</Typography.Text>
          )}
        </span>
      ),
      width: 200,
    },
    { title: t('session.title'), dataIndex: 'title', render: (v: string) => <a>{v}</a> },
    {
      title: t('session.streamer'),
      render: (_: unknown, r: Session) => (r.trainee ? <TraineeName trainee={r.trainee} /> : '—'),
    },
    { title: t('session.team'), render: (_: unknown, r: Session) => r.team?.name ?? '—' },
    {
      title: t('session.platform'),
      dataIndex: 'platform',
      render: (v: string) => <EnumTag type="StreamPlatform" value={v} />,
    },
    {
      title: t('session.status'),
      dataIndex: 'status',
      render: (v: string) => <EnumTag type="LiveSessionStatus" value={v} />,
    },
    {
      title: t('session.gmv'),
      align: 'right' as const,
      render: (_: unknown, r: Session) => formatYuan(r.results?.gmv),
    },
    {
      title: t('session.netResult'),
      align: 'right' as const,
      render: (_: unknown, r: Session) => formatYuan(r.results?.netResult),
    },
  ];

  const table = (
    <Table<Session>
      rowKey="id"
      size="small"
      loading={sessions.loading}
      dataSource={sessions.data?.liveSessions.items}
      pagination={{
        ...list.pagination(sessions.data?.liveSessions.total),
        pageSizeOptions: [10, 20, 50],
        showTotal: (n) => t('common.total', { n }),
      }}
      locale={{ emptyText: <Empty description={t('session.empty')} /> }}
      onRow={(r) => ({ onClick: () => navigate(`/sessions/${r.id}`), style: { cursor: 'pointer' } })}
      scroll={{ x: 1000 }}
      columns={columns}
    />
  );

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.sessions')}{' '}
          {view === 'list' ? <TodoFilterTag todo={todo} total={sessions.data?.liveSessions.total} /> : null}
        </Typography.Title>
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'calendar' | 'list')}
            options={[
              { value: 'calendar', label: t('session.calendar') },
              { value: 'list', label: t('session.list') },
            ]}
          />
          {manage && (
            <Select
              allowClear
              placeholder={t('team.cohort')}
              style={{ width: 200 }}
              value={filters.cohortId}
              options={cohorts.data?.cohorts.items.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => setFilter('cohortId', v)}
            />
          )}
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('session.team')}
            style={{ width: 160 }}
            value={filters.teamId}
            options={teams.data?.teams.items.map((x) => ({ value: x.id, label: x.name }))}
            onChange={(v) => setFilter('teamId', v)}
            data-testid="filter-team"
          />
          {view === 'list' && (
            <>
              <DatePicker
                allowClear={false}
                value={day}
                onChange={(d) => d && chooseDay(d)}
                prefix={t('session.listFrom')}
                aria-label={t('session.listFrom')}
                data-testid="list-from"
              />
              <Select
                allowClear
                value={list.filters.status}
                placeholder={t('session.status')}
                style={{ width: 120 }}
                options={enumOptions(enumLabel, 'LiveSessionStatus', Object.values(SessionStatus))}
                onChange={(v) => list.setFilter('status', v as LiveSessionStatus)}
              />
              <Input.Search
                allowClear
                placeholder={t('session.searchHint')}
                onSearch={list.setSearch}
                style={{ width: 200 }}
              />
            </>
          )}
          <XlsxExportButton path="/exports/sessions.xlsx" query={exportQuery} testId="export-sessions" />
          {can(Permission.SESSIONS_WRITE) && (
            <>
              <Button icon={<CloudUploadOutlined />} onClick={() => setImporting(true)}>
                {t('session.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>
                {t('session.schedule')}
              </Button>
            </>
          )}
        </Space>
      </Space>
      {filters.traineeId && (
        <Typography.Paragraph>
          {t('session.filteredByTrainee')} <Link to={`/trainees/${filters.traineeId}`}>{t('common.details')}</Link> ·{' '}
          <a onClick={() => setFilter('traineeId')}>{t('session.clearFilter')}</a>
        </Typography.Paragraph>
      )}
      {view === 'calendar' ? (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <Calendar
            value={day}
            onPanelChange={(d) => setMonth(d)}
            onSelect={(d, info) => {
              chooseDay(d);
              // A day of the neighbouring month shown in the grid turns the page to that month.
              if (!d.isSame(month, 'month')) setMonth(d);
              // The day's sessions are below the month grid: bring them into view, or the click seems to do nothing.
              if (info?.source === 'date')
                requestAnimationFrame(() => dayList.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
            }}
            cellRender={(d, info) => {
              if (info.type !== 'date') return info.originNode;
              const s = byDay.get(d.format('YYYY-MM-DD'));
              if (!s) return null;
              return (
                <div style={{ fontSize: 12, lineHeight: 1.5 }} data-testid={`day-${d.format('YYYY-MM-DD')}`}>
                  <div>
                    <Badge
                      status={s.scheduled + s.live > 0 ? 'processing' : 'success'}
                      text={t('session.dayCount', { n: s.total - s.cancelled })}
                    />
                  </div>
                  {s.ended > 0 && <div style={{ color: '#389e0d' }}>{formatYuan(s.gmv)}</div>}
                  {s.cancelled > 0 && (
                    <div style={{ color: '#999' }}>{t('session.dayCancelled', { n: s.cancelled })}</div>
                  )}
                </div>
              );
            }}
          />
          <div ref={dayList} data-testid="day-sessions">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('session.onDay', { day: dayStr })}
            </Typography.Title>
          </div>
          {table}
        </Space>
      ) : (
        table
      )}
      <ScheduleForm
        open={scheduling}
        traineeId={filters.traineeId}
        onClose={(id) => {
          setScheduling(false);
          if (id) void navigate(`/sessions/${id}`);
        }}
      />
      <ImportResultsModal
        open={importing}
        onClose={(changed) => {
          setImporting(false);
          if (changed) {
            void sessions.refetch();
            void days.refetch();
          }
        }}
      />
    </Card>
  );
}

/** The day a link asks for, in China time (the calendar's zone): today, tomorrow or a YYYY-MM-DD date. */
function dayFromParam(v: string | null): Dayjs {
  if (v === 'tomorrow') return todayIn().add(1, 'day');
  if (v && /^\d{4}-\d{2}-\d{2}$/.test(v))
    return todayIn()
      .date(1)
      .year(Number(v.slice(0, 4)))
      .month(Number(v.slice(5, 7)) - 1)
      .date(Number(v.slice(8, 10))); // a wall-clock date, like todayIn()
  return todayIn();
}
