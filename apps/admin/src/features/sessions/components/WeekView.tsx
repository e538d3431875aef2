import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { problemOf } from '../../../shared/forms';
import { APP_TIME_ZONE, todayIn, wallClock, zoneName } from '../../../shared/time';
import { AVAILABILITY } from '../graphql';

/** The grid shows working hours, 08:00–24:00, and starts earlier when anything that week does (down to 00:00). */
const WORK_START_HOUR = 8;
const LAST_HOUR = 24;
const PX_PER_HOUR = 30;
const COLOURS = { LESSON: '#1677ff', SESSION: '#389e0d', MEMBER_SESSION: '#d46b08' } as const;

/** Monday of the week holding `d` (YYYY-MM-DD). */
const mondayOf = (d: dayjs.Dayjs) => d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');

/** Minutes after midnight of `day` of an instant's wall-clock time in `tz`, clipped to that day. */
function minuteOf(iso: string, day: string, tz: string): number {
  const minutes = wallClock(iso, tz).diff(dayjs(`${day}T00:00:00`), 'minute');
  return Math.min(Math.max(minutes, 0), 24 * 60);
}

/**
 * The first hour the grid shows: 08:00, or earlier so that nothing of the week is cut off — an early lesson, or the
 * part after midnight of a session that runs past it (shown at the top of the next day).
 */
function firstHourOf(items: { start: string; end: string }[], days: string[], tz: string): number {
  let first = WORK_START_HOUR;
  for (const b of items)
    for (const d of days) {
      const from = minuteOf(b.start, d, tz);
      if (minuteOf(b.end, d, tz) > from) first = Math.min(first, Math.floor(from / 60));
    }
  return first;
}

/**
 * A week of a team's and its streamer's time (issue 15, item 13): 7 columns × hours in the program's zone, busy
 * blocks coloured by kind (lessons, the streamer's sessions, members' other sessions), overlapping blocks marked
 * as clashes, and suggested free prime-time slots that a click turns into a booking.
 */
export function WeekView({
  teamId,
  traineeId,
  minutes,
  onPickSlot,
  onZone,
}: {
  teamId?: string;
  traineeId?: string;
  minutes?: number;
  onPickSlot?: (startIso: string, timeZone: string, traineeId: string | null) => void;
  onZone?: (timeZone: string) => void;
}) {
  const { t, tv } = useI18n();
  const [weekStart, setWeekStart] = useState(() => mondayOf(todayIn(APP_TIME_ZONE)));
  const { data, loading, error } = useQuery(AVAILABILITY, {
    variables: { teamId, traineeId, weekStart, minutes },
    skip: !teamId && !traineeId,
    fetchPolicy: 'cache-and-network',
  });
  const w = data?.availability;
  const zoneSeen = w?.timeZone;
  useEffect(() => {
    if (zoneSeen) onZone?.(zoneSeen);
  }, [zoneSeen, onZone]);
  const tz = w?.timeZone ?? APP_TIME_ZONE;
  const move = (days: number) => setWeekStart(dayjs(weekStart).add(days, 'day').format('YYYY-MM-DD'));
  const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
    a.start < b.end && b.start < a.end;
  const firstHour = w ? firstHourOf([...w.busy, ...w.freeSlots], w.days, tz) : WORK_START_HOUR;
  const hours = LAST_HOUR - firstHour;
  /** Minutes after the grid's first hour, on `day`. */
  const offsetOn = (iso: string, day: string) => minuteOf(iso, day, tz) - firstHour * 60;
  const clashing = new Set(
    (w?.busy ?? []).flatMap((a, i) => ((w?.busy ?? []).some((b, j) => i !== j && overlaps(a, b)) ? [i] : [])),
  );

  return (
    <div data-testid="week-view">
      <Space wrap style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Button size="small" icon={<LeftOutlined />} aria-label={t('sched.prevWeek')} onClick={() => move(-7)} />
          <Button size="small" onClick={() => setWeekStart(mondayOf(todayIn(tz)))}>
            {t('sched.thisWeek')}
          </Button>
          <Button
            size="small"
            icon={<RightOutlined />}
            aria-label={t('sched.nextWeek')}
            onClick={() => move(7)}
            data-testid="next-week"
          />
          <Typography.Text
            strong
            data-testid="week-label"
          >{`${weekStart} ~ ${dayjs(weekStart).add(6, 'day').format('YYYY-MM-DD')}`}</Typography.Text>
        </Space>
        <Space size={4} wrap>
          {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((k) => (
            <Tag key={k} color={COLOURS[k]}>
              {t(`sched.kind.${k}` as MessageKey)}
            </Tag>
          ))}
          <Typography.Text type="secondary">{zoneName(tz, t)}</Typography.Text>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={tv(problemOf(error))} />}
      {clashing.size > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="week-clashes"
          title={t('sched.clashes', { n: String(clashing.size) })}
        />
      )}
      {!w && loading ? (
        <Spin />
      ) : !w ? (
        <Empty description={t('sched.noStreamer')} />
      ) : (
        <>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: `40px repeat(7, minmax(72px, 1fr))`,
              gap: 2,
              overflowX: 'auto',
            }}
          >
            <div />
            {w.days.map((d) => (
              <Typography.Text key={d} strong style={{ textAlign: 'center', fontSize: 12 }}>
                {t(`sched.weekday.${((dayjs(d).day() + 6) % 7) + 1}` as MessageKey)} {d.slice(5)}
              </Typography.Text>
            ))}
            <div style={{ position: 'relative', height: hours * PX_PER_HOUR }} data-testid="week-hours">
              {Array.from({ length: hours }, (_, h) => (
                <span
                  key={h}
                  style={{ position: 'absolute', top: Math.max(h * PX_PER_HOUR - 6, 0), fontSize: 10, color: '#999' }}
                >{`${String(firstHour + h).padStart(2, '0')}:00`}</span>
              ))}
            </div>
            {w.days.map((d) => (
              <div
                key={d}
                data-testid={`week-day-${d}`}
                style={{
                  position: 'relative',
                  height: hours * PX_PER_HOUR,
                  background: 'repeating-linear-gradient(#fafafa 0 29px, #f0f0f0 29px 30px)',
                }}
              >
                {w.freeSlots
                  .filter((f) => wallClock(f.start, tz).format('YYYY-MM-DD') === d)
                  .map((f) => {
                    const top = (offsetOn(f.start, d) * PX_PER_HOUR) / 60;
                    const height = Math.max(((offsetOn(f.end, d) - offsetOn(f.start, d)) * PX_PER_HOUR) / 60, 14);
                    const time = wallClock(f.start, tz).format('HH:mm');
                    return (
                      <button
                        key={f.start}
                        type="button"
                        data-testid="free-slot"
                        disabled={!onPickSlot}
                        onClick={() => onPickSlot?.(f.start, tz, w.traineeId ?? null)}
                        title={t('sched.free', { time })}
                        style={{
                          position: 'absolute',
                          top,
                          height,
                          left: 2,
                          right: 2,
                          border: '1px dashed #52c41a',
                          background: '#f6ffed',
                          borderRadius: 4,
                          fontSize: 11,
                          cursor: onPickSlot ? 'pointer' : 'default',
                          padding: 0,
                        }}
                      >
                        {t('sched.free', { time })}
                      </button>
                    );
                  })}
                {w.busy.map((b, i) => {
                  const on =
                    wallClock(b.start, tz).format('YYYY-MM-DD') <= d && wallClock(b.end, tz).format('YYYY-MM-DD') >= d;
                  if (!on) return null;
                  const top = (offsetOn(b.start, d) * PX_PER_HOUR) / 60;
                  const bottom = (offsetOn(b.end, d) * PX_PER_HOUR) / 60;
                  if (bottom <= top) return null;
                  const clash = clashing.has(i);
                  const label = `${wallClock(b.start, tz).format('HH:mm')}–${wallClock(b.end, tz).format('HH:mm')} ${b.title} · ${b.who}`;
                  return (
                    <Tooltip key={i} title={`${t(`sched.kind.${b.kind}` as MessageKey)}: ${label}`}>
                      <div
                        data-testid="busy-block"
                        data-kind={b.kind}
                        data-clash={clash ? 'yes' : 'no'}
                        style={{
                          position: 'absolute',
                          top,
                          height: bottom - top,
                          left: b.kind === 'LESSON' ? 2 : 10,
                          right: 2,
                          overflow: 'hidden',
                          fontSize: 11,
                          lineHeight: '13px',
                          color: '#fff',
                          background: COLOURS[b.kind],
                          opacity: 0.9,
                          borderRadius: 4,
                          padding: '1px 3px',
                          outline: clash ? '2px solid #f5222d' : undefined,
                        }}
                      >
                        {clash && <b>{t('sched.clash')} · </b>}
                        {b.sessionId ? (
                          <Link to={`/sessions/${b.sessionId}`} style={{ color: '#fff' }}>
                            {label}
                          </Link>
                        ) : (
                          label
                        )}
                      </div>
                    </Tooltip>
                  );
                })}
              </div>
            ))}
          </div>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('sched.freeHint', { minutes: String(w.minutes) })}
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
