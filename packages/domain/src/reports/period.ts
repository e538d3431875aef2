import { addDays } from '../common/dates';
import { dayStartIn, DEFAULT_TIME_ZONE } from '../common/time-zone';
import { DomainError, msg } from '../errors';
import { statusLabel } from '../messages/labels';

/**
 * Sponsor reports are made per period — a month ("2026-11") or a quarter ("2026-Q4") — and go through a small
 * workflow: a coordinator prepares and submits, the sponsor accepts (the period is then locked) or returns it
 * with comments. The accepted snapshot is hashed so that a later change cannot alter it silently.
 */
export const PeriodKind = { MONTH: 'MONTH', QUARTER: 'QUARTER' } as const;
export type PeriodKind = (typeof PeriodKind)[keyof typeof PeriodKind];

export interface ReportPeriod {
  kind: PeriodKind;
  key: string;
  /** First and last calendar day, inclusive (China days). */
  from: string;
  to: string;
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A period from its key (2026-10, 2026-Q4), or null when the key is not one. */
export function readPeriod(key: string): ReportPeriod | null {
  let m = /^((?:19|[2-9]\d)\d{2})-(0[1-9]|1[0-2])$/.exec(key); // years 1900–9999, as every date (MIN_YEAR)
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { kind: 'MONTH', key, from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}` };
  }
  m = /^((?:19|[2-9]\d)\d{2})-Q([1-4])$/.exec(key);
  if (m) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const last = first + 2;
    return {
      kind: 'QUARTER',
      key,
      from: `${m[1]}-${pad(first)}-01`,
      to: `${m[1]}-${pad(last)}-${pad(lastDayOfMonth(Number(m[1]), last))}`,
    };
  }
  return null;
}

/** A period from its key; a key that is not one is refused as a field error of `period`. */
export function parsePeriod(key: string): ReportPeriod {
  const period = readPeriod(key);
  if (!period) throw DomainError.field('period', msg('reporting.periodFormat'));
  return period;
}

/**
 * The period as instants, half-open: from the start of its first day to the start of the day after its last, in the
 * program's time zone (China time unless the program names another).
 */
export const periodInstants = (p: ReportPeriod, tz: string = DEFAULT_TIME_ZONE): { fromTs: Date; toTs: Date } => ({
  fromTs: dayStartIn(p.from, tz),
  toTs: dayStartIn(addDays(p.to, 1), tz),
});

/** Whether the period has ended by `today` (a report is prepared for a period that is over). */
export const periodOver = (p: ReportPeriod, today: string) => addDays(p.to, 1) <= today;

export const ReportStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  ACCEPTED: 'ACCEPTED',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];
export const ReportAction = { SUBMIT: 'SUBMIT', ACCEPT: 'ACCEPT', RETURN: 'RETURN' } as const;
export type ReportAction = (typeof ReportAction)[keyof typeof ReportAction];

const MOVES: Record<ReportAction, Partial<Record<ReportStatus, ReportStatus>>> = {
  SUBMIT: { DRAFT: 'SUBMITTED', RETURNED: 'SUBMITTED' },
  ACCEPT: { SUBMITTED: 'ACCEPTED' },
  RETURN: { SUBMITTED: 'RETURNED' },
};

/** DRAFT → SUBMITTED → ACCEPTED (locked) or RETURNED → SUBMITTED again. Anything else is a CONFLICT. */
export function nextReportStatus(from: ReportStatus, action: ReportAction): ReportStatus {
  const to = MOVES[action][from];
  if (!to)
    throw DomainError.conflict(
      from === 'ACCEPTED'
        ? msg('reporting.periodLocked')
        : msg('reporting.reportCannotBe', {
            status: statusLabel('ReportStatus', from),
            action: statusLabel('ReportAction', action),
          }),
    );
  return to;
}

/**
 * Canonical JSON: object keys sorted at every level, no whitespace. Two snapshots with the same content always
 * serialise to the same text, so their hashes compare.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('Not a finite number');
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface Discrepancy {
  figure: string;
  accepted: string | number | null;
  now: string | number | null;
}

/** Figures whose live value differs from the accepted snapshot (flattened keys like "cohorts.c1.attendanceRate"). */
export function discrepancies(accepted: Record<string, unknown>, live: Record<string, unknown>): Discrepancy[] {
  const a = flatten(accepted);
  const l = flatten(live);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(l)])].sort();
  return keys
    .filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(l[k] ?? null))
    .map((k) => ({ figure: k, accepted: a[k] ?? null, now: l[k] ?? null }));
}

function flatten(
  o: Record<string, unknown>,
  prefix = '',
  out: Record<string, string | number | null> = {},
): Record<string, string | number | null> {
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out[key] = Array.isArray(v) ? canonicalJson(v) : (v as string | number | null);
  }
  return out;
}
