import { ClockCircleOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { addDays, weekSegments } from '@grassroots/domain';
import { Card, Col, Empty, Progress, Row, Space, Spin, Statistic, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { WorkbenchQuery } from '../../../gql/graphql';
import { formatYuan } from '../../../shared/format';
import { zoneName } from '../../../shared/zone-name';
import { WORKBENCH } from '../graphql';
import { cardLink, eventLink, FIGURE_KIND, LATE_CARDS } from '../links';

type Wb = WorkbenchQuery['workbench'];
type Event = Wb['timeline'][number];
type Figure = Wb['figures'][number];

/** An event's wall-clock time in its own program's zone (HH:mm), whatever the browser's zone (Intl: no dayjs here). */
const time = (iso: string, tz: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz });

/**
 * Every role's landing page (issue 14): to-do cards with counts that open the list they count, today's timeline and a
 * few key figures. A trainee's is built for a phone: tonight's session with its run of show first, then today, then
 * the week.
 */
export function WorkbenchPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(WORKBENCH, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Spin />;
  const wb = data?.workbench;
  if (!wb) return <Empty />;
  const trainee = wb.role === 'TRAINEE';
  return (
    <Space
      orientation="vertical"
      size={16}
      style={{ width: '100%', maxWidth: trainee ? 720 : undefined }}
      data-testid="workbench"
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.workbench')}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
          {wb.today} · <span data-testid="workbench-zone">{zoneName(wb.timeZone, t)}</span>
        </Typography.Text>
      </Typography.Title>
      {trainee ? <TraineeToday wb={wb} /> : null}
      <Cards wb={wb} trainee={trainee} />
      {wb.figures.length ? <Figures figures={wb.figures} /> : null}
      {wb.role === 'SPONSOR' ? null : <Agenda wb={wb} trainee={trainee} />}
    </Space>
  );

  function Cards({ wb, trainee }: { wb: Wb; trainee: boolean }) {
    return (
      <Row gutter={[12, 12]}>
        {wb.cards.map((c) => (
          <Col key={c.key} xs={12} sm={8} md={6} xl={4}>
            <Link to={cardLink(c.key, trainee)} data-testid={`workbench-card-${c.key}`}>
              <Card size="small" hoverable>
                <Statistic
                  title={t(`workbench.card.${c.key}` as MessageKey)}
                  value={c.count}
                  valueStyle={c.count && LATE_CARDS.has(c.key) ? { color: '#cf1322' } : undefined}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    );
  }

  function Figures({ figures }: { figures: Figure[] }) {
    return (
      <Card size="small" title={t('workbench.figures')}>
        <Row gutter={[24, 16]}>
          {figures.map((f, i) => (
            <Col key={`${f.key}-${f.subjectId ?? i}`} xs={24} sm={12} lg={8}>
              <FigureView f={f} />
            </Col>
          ))}
        </Row>
      </Card>
    );
  }

  function FigureView({ f }: { f: Figure }) {
    const kind = FIGURE_KIND[f.key];
    const title = t(`workbench.figure.${f.key}` as MessageKey);
    const subject = f.subject ? (
      <Link to={`/reports/${f.subjectId}`} data-testid="workbench-figure-link">
        {f.subject}
      </Link>
    ) : null;
    if (f.value == null) return <Statistic title={title} value="—" />;
    if (kind === 'share') return <Statistic title={title} value={(Number(f.value) * 100).toFixed(1)} suffix="%" />;
    if (f.target) {
      const pct = Number(f.target) ? Math.min(100, (Number(f.value) / Number(f.target)) * 100) : 0;
      const shown = kind === 'money' ? formatYuan(f.value) : f.value;
      const target = kind === 'money' ? formatYuan(f.target) : f.target;
      return (
        <div data-testid={`workbench-figure-${f.key}`}>
          <Typography.Text type="secondary">{title}</Typography.Text>
          <div style={{ fontSize: 20 }}>
            {shown}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              / {target}
            </Typography.Text>
          </div>
          <Progress percent={Number(pct.toFixed(1))} size="small" />
          {subject}
        </div>
      );
    }
    if (kind === 'money') return <Statistic title={title} value={formatYuan(f.value)} />;
    return <Statistic title={title} value={f.value} suffix={kind === 'days' ? 'd' : undefined} />;
  }

  function Agenda({ wb, trainee }: { wb: Wb; trainee: boolean }) {
    const today = wb.timeline.filter((e) => e.day === wb.today);
    const later = wb.timeline.filter((e) => !today.includes(e));
    return (
      <>
        <Card
          size="small"
          title={t(
            trainee || wb.role === 'ADMIN' || wb.role === 'COORDINATOR'
              ? 'workbench.todayAll'
              : (`workbench.timeline.${wb.role}` as MessageKey),
          )}
        >
          <Line events={trainee ? today : wb.timeline} trainee={trainee} />
        </Card>
        {trainee ? (
          <Card size="small" title={t('workbench.week')} data-testid="workbench-week">
            <Week events={later} />
          </Card>
        ) : null}
      </>
    );
  }

  /** The six days after today: days with something on them, runs of empty days collapsed to one line; then work due later. */
  function Week({ events }: { events: Event[] }) {
    const from = addDays(wb!.today, 1);
    const beyond = events.filter((e) => e.day > addDays(wb!.today, 6));
    const short = (d: string) => d.slice(5);
    return (
      <Space orientation="vertical" style={{ width: '100%' }} size={4}>
        {weekSegments(from, 6, events).map((seg) =>
          seg.kind === 'EMPTY' ? (
            <Typography.Text key={seg.from} type="secondary" data-testid="week-empty">
              {seg.from === seg.to
                ? t('workbench.emptyDay', { day: short(seg.from) })
                : t('workbench.emptyDays', { from: short(seg.from), to: short(seg.to) })}
            </Typography.Text>
          ) : (
            <div key={seg.day} data-testid="week-day-events">
              <Typography.Text strong>{short(seg.day)}</Typography.Text>
              <Line events={seg.items} trainee />
            </div>
          ),
        )}
        {beyond.length ? <Line events={beyond} trainee /> : null}
      </Space>
    );
  }

  function Line({ events, trainee }: { events: Event[]; trainee: boolean }) {
    if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.nothing')} />;
    return (
      <Timeline
        items={events.map((e) => ({
          key: `${e.kind}-${e.targetId}`,
          color:
            e.kind === 'TICKET_DUE' && new Date(e.at) < new Date() ? 'red' : e.kind === 'SESSION' ? 'green' : 'blue',
          content: (
            <Link to={eventLink(e.kind, e.targetId, trainee)} data-testid={`workbench-event-${e.kind}`}>
              <Typography.Text type="secondary">
                {e.day === wb!.today ? time(e.at, e.timeZone) : `${e.day.slice(5)} ${time(e.at, e.timeZone)}`}
                {e.timeZone !== wb!.timeZone ? ` (${zoneName(e.timeZone, t)})` : ''}
              </Typography.Text>{' '}
              <Tag>{t(`workbench.kind.${e.kind}` as MessageKey)}</Tag>
              <Typography.Text strong>{e.title}</Typography.Text>
              {e.detail ? <Typography.Text type="secondary"> · {e.detail}</Typography.Text> : null}
            </Link>
          ),
        }))}
      />
    );
  }
}

/** Tonight first: the trainee's next session today that has not ended, with its run of show. */
function TraineeToday({ wb }: { wb: Wb }) {
  const { t } = useI18n();
  const tonight = wb.timeline.find(
    (e) => e.kind === 'SESSION' && e.day === wb.today && (e.status === 'SCHEDULED' || e.status === 'LIVE'),
  );
  return (
    <Card
      size="small"
      data-testid="workbench-tonight"
      title={
        <>
          <VideoCameraOutlined /> {t('workbench.tonight')}
        </>
      }
    >
      {tonight ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <ClockCircleOutlined /> {time(tonight.at, tonight.timeZone)}
            {tonight.endAt ? `–${time(tonight.endAt, tonight.timeZone)}` : ''} · {tonight.title}
          </Typography.Title>
          {/* A plain list: antd's List brings Pagination and Select (~28 kB) onto every role's landing page. */}
          <Typography.Text type="secondary">{t('workbench.runOfShow')}</Typography.Text>
          {tonight.runOfShow.length ? (
            <ol data-testid="workbench-run-of-show" style={{ margin: '4px 0 0', paddingInlineStart: 24 }}>
              {tonight.runOfShow.map((name, i) => (
                <li key={i}>{name}</li>
              ))}
            </ol>
          ) : (
            <Typography.Paragraph type="secondary">{t('workbench.noRunOfShow')}</Typography.Paragraph>
          )}
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noSessionTonight')} />
      )}
    </Card>
  );
}
