import { RECORD_KINDS, type RecordKind, type ReportRecords } from './report-types';

export interface RecordChange {
  kind: RecordKind;
  added: number;
  removed: number;
  /** Still in the basis, but what it contributes changed (attendance re-marked, a session's GMV corrected). */
  changed: number;
}

/**
 * A record entry is its id, then `@` and a fingerprint of what it contributes to the figures (an attendance mark's
 * status, a session's figures); snapshots frozen before fingerprints existed hold bare ids.
 */
const splitRecord = (entry: string): [string, string | undefined] => {
  const at = entry.indexOf('@');
  return at < 0 ? [entry, undefined] : [entry.slice(0, at), entry.slice(at + 1)];
};

/** Records that entered, left or changed within the report's basis since the snapshot. */
export function recordChanges(accepted: ReportRecords, live: ReportRecords): RecordChange[] {
  return RECORD_KINDS.map((kind) => {
    const a = new Map((accepted[kind] ?? []).map(splitRecord));
    const l = new Map((live[kind] ?? []).map(splitRecord));
    const added = [...l.keys()].filter((id) => !a.has(id)).length;
    const removed = [...a.keys()].filter((id) => !l.has(id)).length;
    // A fingerprint is compared only when both sides have one (an old snapshot's bare ids cannot tell).
    const changed = [...l].filter(
      ([id, fp]) => a.has(id) && fp !== undefined && a.get(id) !== undefined && a.get(id) !== fp,
    ).length;
    return { kind, added, removed, changed };
  }).filter((c) => c.added > 0 || c.removed > 0 || c.changed > 0);
}

/**
 * The kinds of record each figure is computed from (by the dotted key's prefix; the longest prefix wins), so that
 * a figure that moved is listed with the records behind the move.
 */
const FIGURE_RECORDS: [prefix: string, kinds: RecordKind[]][] = [
  ['trainees', ['enrolments']],
  ['training.lessonsHeld', []],
  ['training.attendance', ['attendance']],
  ['training.assignment', ['submissions']],
  ['cohorts', ['enrolments', 'attendance', 'submissions', 'sessions']],
  ['live.gmvToDate', ['sessionsToDate']],
  ['live.gmvTargetProgress', ['sessionsToDate']],
  ['live', ['sessions']],
  ['afterSales', ['tickets', 'sessions']],
  ['qc', ['inspections', 'sessions']],
  ['outcomes', ['outcomes', 'enrolments']],
  ['budget.costPerGraduate', ['expenses', 'enrolments']],
  ['budget.gmvPerYuan', ['expenses', 'sessions']],
  ['budget', ['expenses']],
  ['charts', ['sessions']],
];

export function recordKindsOf(figure: string): RecordKind[] {
  const match = FIGURE_RECORDS.filter(([p]) => figure === p || figure.startsWith(`${p}.`) || figure.startsWith(p)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  return match ? match[1] : [...RECORD_KINDS];
}
