import { useQuery } from '@apollo/client/react';
import {
  figureDefinition,
  formatFigureValue,
  OUTCOME_STATUSES,
  periodOver,
  periodsBetween,
  readPeriod,
  type ReportCharts,
  type ReportFigures,
  todayInChina,
  TRACKS,
} from '@grassroots/domain';
import { Alert, Card, Col, Empty, Row, Segmented, Select, Space, Spin, Table, Tabs, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { DonutChart } from '../../../shared/charts/Charts';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { problemOf } from '../../../shared/forms';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { APP_TIME_ZONE, zoneName } from '../../../shared/time';
import { ExportButtons } from '../components/ExportButtons';
import { FigureStat } from '../components/FigureStat';
import { ReplyPanel } from '../components/ReplyPanel';
import { CategoryChart, CohortBreakdown, WeeklyChart } from '../components/ReportCharts';
import { ReportWorkflow } from '../components/ReportWorkflow';
import { PROGRAM_REPORT, REPORT_PROGRAM } from '../graphql';

// The expenses tab carries a form (date picker, select, schema checks): loaded when the tab is first opened, so a
// sponsor reading the dashboard does not download it (issue 12).
const ExpensesPanel = lazy(() => import('../components/ExpensesPanel').then((m) => ({ default: m.ExpensesPanel })));

const GROUPS: { title: MessageKey; keys: string[] }[] = [
  {
    title: 'report.group.trainees',
    keys: ['trainees.total.enrolled', 'trainees.total.active', 'trainees.total.graduated', 'trainees.total.dropped'],
  },
  { title: 'report.group.training', keys: ['training.attendanceRate', 'training.assignmentCompletion'] },
  {
    title: 'report.group.live',
    keys: [
      'live.sessionsHeld',
      'live.streamingHours',
      'live.gmv',
      'live.localSpecialtyGmv',
      'live.localSpecialtyShare',
      'live.refunds',
      'live.gmvToDate',
      'live.gmvTargetProgress',
    ],
  },
  { title: 'report.group.quality', keys: ['afterSales.ticketsPerOrder', 'afterSales.refunded', 'qc.passRate'] },
  { title: 'report.group.outcomes', keys: ['outcomes.stillStreaming3m'] },
  {
    title: 'report.group.budget',
    keys: [
      'budget.usedToDate',
      'budget.usedShare',
      'budget.usedInPeriod',
      'budget.remaining',
      'budget.costPerGraduate',
      'budget.gmvPerYuan',
    ],
  },
];
const OUTCOME_COLORS = ['#52c41a', '#13c2c2', '#1677ff', '#fa8c16', '#bfbfbf'];

/**
 * A program's dashboard for one month or quarter: live figures against targets with provenance and "how computed",
 * the period's report workflow and hash, discrepancies from the accepted snapshot, charts, cohorts (drill-down to
 * de-identified trainees), expenses, and PDF/CSV downloads.
 */

/** Whether the period of `key` has ended by `today` (keys come from the API, always valid). */
const isOver = (key: string, today: string) => {
  const period = readPeriod(key);
  return period !== null && periodOver(period, today);
};
export function ProgramReportPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv, enumLabel } = useI18n();
  const [params, setParams] = useSearchParams();
  const program = useQuery(REPORT_PROGRAM, { variables: { id: id! } });
  const p = program.data?.program;
  const today = todayInChina();

  const kind = (params.get('period') ?? '').includes('Q') ? 'QUARTER' : 'MONTH';
  const choices = useMemo(
    () => (p ? periodChoices(p, today, kind) : { options: [], latestOver: undefined }),
    [p, today, kind],
  );
  const options = choices.options;
  // Default: the latest period that is over (what a report is made for), else the current one.
  const period = params.get('period') ?? choices.latestOver;
  const setPeriod = (k: string) => setParams({ period: k }, { replace: true });

  const report = useQuery(PROGRAM_REPORT, {
    variables: { programId: id!, period: period ?? '' },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  const r = report.data?.programReport;

  if (program.loading && !p) return <Spin />;
  if (program.error || !p) return <RecordUnavailable error={program.error} back="/reports" onRetry={program.refetch} />;

  const figures = r?.figures as ReportFigures | undefined;
  const charts = r?.charts as ReportCharts | undefined;
  const diffs = new Map((r?.discrepancies ?? []).map((d) => [d.figure, d.snapshot]));
  const frozen = r?.report && (r.report.status === 'ACCEPTED' || r.report.status === 'SUBMITTED');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Row gutter={[16, 16]} align="middle">
          <Col flex="auto">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
              {p.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {p.sponsor?.name} · {p.startDate} ~ {p.endDate}
            </Typography.Text>
          </Col>
          <Col>
            <Space wrap>
              <Segmented
                value={kind}
                options={[
                  { value: 'MONTH', label: t('report.month') },
                  { value: 'QUARTER', label: t('report.quarter') },
                ]}
                onChange={(v) => setPeriod(periodChoices(p, today, v as 'MONTH' | 'QUARTER').latestOver!)}
              />
              <Select
                aria-label={t('report.period')}
                value={period}
                style={{ width: 130 }}
                options={options.map((k) => ({ value: k, label: k }))}
                onChange={setPeriod}
                data-testid="period-select"
              />
              {period && <ExportButtons programId={p.id} period={period} />}
            </Space>
          </Col>
        </Row>
      </Card>

      {report.error && <Alert type="error" showIcon title={tv(problemOf(report.error))} />}
      {!r || !figures || !charts ? (
        <Spin />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {r.report?.reply && <ReplyPanel report={r.report} />}
              {frozen &&
                (r.discrepancies.length > 0 || r.recordChanges.length > 0 ? (
                  <Alert
                    type="error"
                    showIcon
                    data-testid="discrepancies"
                    title={t('report.discrepancyTitle', {
                      n: r.discrepancies.length,
                      status: enumLabel('ReportStatus', r.report!.status),
                    })}
                    description={
                      <>
                        <Typography.Paragraph style={{ marginBottom: 8 }}>
                          {t('report.discrepancyHelp')}
                        </Typography.Paragraph>
                        <Table
                          size="small"
                          rowKey="figure"
                          pagination={false}
                          dataSource={r.discrepancies}
                          columns={[
                            {
                              title: t('report.figure'),
                              dataIndex: 'figure',
                              render: (k: string) => {
                                const d = figureDefinition(k);
                                return d ? tv(d.label) : k;
                              },
                            },
                            {
                              title: t('report.snapshotValue'),
                              dataIndex: 'snapshot',
                              align: 'right',
                              render: (v: string | null, row) => show(row.figure, v),
                            },
                            {
                              title: t('report.nowValue'),
                              dataIndex: 'now',
                              align: 'right',
                              render: (v: string | null, row) => (
                                <Typography.Text type="danger">{show(row.figure, v)}</Typography.Text>
                              ),
                            },
                            {
                              title: t('report.recordsBehind'),
                              render: (_: unknown, row) =>
                                row.records.length
                                  ? row.records
                                      .map((c) =>
                                        t('report.recordChange', {
                                          kind: t(`report.kind.${c.kind}` as MessageKey),
                                          added: c.added,
                                          removed: c.removed,
                                          changed: c.changed,
                                        }),
                                      )
                                      .join('; ')
                                  : t('report.noRecordChange'),
                            },
                          ]}
                        />
                        {r.recordChanges.length > 0 && (
                          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                            {t('report.recordsChanged')}:{' '}
                            {r.recordChanges
                              .map((c) =>
                                t('report.recordChange', {
                                  kind: t(`report.kind.${c.kind}` as MessageKey),
                                  added: c.added,
                                  removed: c.removed,
                                  changed: c.changed,
                                }),
                              )
                              .join('; ')}
                          </Typography.Paragraph>
                        )}
                      </>
                    }
                  />
                ) : null)}
              <Tabs
                items={[
                  {
                    key: 'overview',
                    label: t('report.tab.overview'),
                    children: (
                      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="report-overview">
                        {GROUPS.map((g) => (
                          <div key={g.title}>
                            <Typography.Title level={5}>{t(g.title)}</Typography.Title>
                            <Row gutter={[12, 12]}>
                              {g.keys.map((k) => (
                                <Col key={k} xs={12} md={8} xxl={6}>
                                  <FigureStat
                                    figureKey={k}
                                    figures={figures}
                                    snapshotValue={diffs.has(k) ? diffs.get(k) : undefined}
                                  />
                                </Col>
                              ))}
                              {g.title === 'report.group.outcomes' && (
                                <Col xs={24} md={16}>
                                  <OutcomeChart figures={figures} />
                                </Col>
                              )}
                            </Row>
                            {g.title === 'report.group.trainees' && <TrackTable figures={figures} />}
                            {g.title === 'report.group.live' && <ProvenanceMix figures={figures} />}
                          </div>
                        ))}
                      </Space>
                    ),
                  },
                  { key: 'trends', label: t('report.tab.trends'), children: <WeeklyChart charts={charts} /> },
                  {
                    key: 'cohorts',
                    label: t('report.tab.cohorts'),
                    children: <CohortBreakdown charts={charts} programId={p.id} period={r.period} />,
                  },
                  { key: 'categories', label: t('report.tab.categories'), children: <CategoryChart charts={charts} /> },
                  {
                    key: 'expenses',
                    label: t('report.tab.expenses'),
                    children: (
                      <Suspense fallback={<Spin />}>
                        <ExpensesPanel programId={p.id} onRecorded={() => void report.refetch()} />
                      </Suspense>
                    ),
                  },
                ]}
              />
            </Space>
          </Col>
          <Col xs={24} xl={7}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <ReportWorkflow
                programId={p.id}
                period={r.period}
                periodOver={isOver(r.period, today)}
                report={r.report}
                liveHash={r.hash}
                onChange={() => void report.refetch()}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.from} ~ {r.to} ·{' '}
                {t('report.computedAt', {
                  t: `${formatDateTime(r.computedAt, p?.timeZone)} ${zoneName(p?.timeZone ?? APP_TIME_ZONE, t)}`,
                })}
              </Typography.Text>
            </Space>
          </Col>
        </Row>
      )}
    </Space>
  );
}

function show(key: string, v: string | null): string {
  const d = figureDefinition(key);
  return d ? formatFigureValue(d.kind, v) : (v ?? '—');
}

/** The months or quarters of a program up to today (newest first), and the one a report is due for: the latest that is over. */
function periodChoices(program: { startDate: string; endDate: string }, today: string, kind: 'MONTH' | 'QUARTER') {
  const last = program.endDate < today ? program.endDate : today;
  const options = periodsBetween(program.startDate, last < program.startDate ? program.startDate : last, kind);
  return { options, latestOver: options.find((k) => isOver(k, today)) ?? options[0] };
}

function TrackTable({ figures }: { figures: ReportFigures }) {
  const { t, enumLabel } = useI18n();
  return (
    <Table
      size="small"
      style={{ marginTop: 12 }}
      rowKey="track"
      pagination={false}
      title={() => t('report.byTrack')}
      dataSource={TRACKS.map((track) => ({ track, ...figures.trainees[track] }))}
      columns={[
        {
          title: t('cohort.track'),
          dataIndex: 'track',
          render: (v: string) => <EnumTag type="CohortTrack" value={v} />,
        },
        { title: t('report.target'), dataIndex: 'target', align: 'right' },
        {
          title: t('report.enrolled'),
          dataIndex: 'enrolled',
          align: 'right',
          render: (v: number, r) => <Typography.Text type={v < r.target ? 'warning' : undefined}>{v}</Typography.Text>,
        },
        { title: enumLabel('TraineeStatus', 'ACTIVE'), dataIndex: 'active', align: 'right' },
        { title: enumLabel('TraineeStatus', 'GRADUATED'), dataIndex: 'graduated', align: 'right' },
        { title: enumLabel('TraineeStatus', 'DROPPED'), dataIndex: 'dropped', align: 'right' },
      ]}
    />
  );
}

function ProvenanceMix({ figures }: { figures: ReportFigures }) {
  const { t } = useI18n();
  const mix = figures.gmvProvenance;
  const total = mix.PLATFORM_EXPORT + mix.MANUAL + mix.ESTIMATE;
  if (total === 0) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="provenance-mix">
      {t('report.provenanceMix')}:{' '}
      {(['PLATFORM_EXPORT', 'MANUAL', 'ESTIMATE'] as const).map((k) => (
        <span key={k} style={{ marginRight: 8 }}>
          <EnumTag type="Provenance" value={k} /> {mix[k]} ({Math.round((100 * mix[k]) / total)}%)
        </span>
      ))}
    </Typography.Paragraph>
  );
}

function OutcomeChart({ figures }: { figures: ReportFigures }) {
  const { t, enumLabel } = useI18n();
  const data = OUTCOME_STATUSES.map((s, i) => ({
    name: enumLabel('OutcomeStatus', s),
    value: figures.outcomes.latest[s],
    color: OUTCOME_COLORS[i],
  })).filter((d) => d.value > 0);
  return (
    <Card size="small" title={t('report.latestOutcome')} style={{ height: '100%' }}>
      {data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.noData')} />
      ) : (
        <DonutChart testId="chart-outcomes" title={t('report.latestOutcome')} height={180} data={data} />
      )}
    </Card>
  );
}
