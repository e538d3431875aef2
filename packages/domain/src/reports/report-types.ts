import { CohortTrack } from '../common/enums';
import { OutcomeStatus } from '../graduation/outcomes';
import { type AttendanceCounts } from '../lessons/attendance';
import { type ProvenanceMix } from '../sessions/provenance';
import type { ReportPeriod } from './period';

/**
 * A program's report for one period: the figures a sponsor reads, built from SQL aggregates by `buildReport`.
 * Activity figures (training, live sessions, after-sales, QC) cover the period; head counts, outcomes and budget
 * are "as at the end of the period" (to date). Money is a decimal string of yuan; rates are shares 0–1 rounded to
 * 4 places, or null when there is nothing to divide by (never a made-up 0 % or 100 %).
 */
/** The enums in report order (tables and charts list tracks and outcomes in this order). */
export const TRACKS = Object.values(CohortTrack);
export const OUTCOME_STATUSES = Object.values(OutcomeStatus);
/** Outcomes that count as "still streaming". */
export const STREAMING_OUTCOMES: readonly OutcomeStatus[] = [
  OutcomeStatus.STREAMING_INDEPENDENTLY,
  OutcomeStatus.HIRED_BY_MCN,
];

export interface HeadCounts {
  target: number;
  enrolled: number;
  active: number;
  graduated: number;
  dropped: number;
}

export interface ReportFigures {
  trainees: Record<CohortTrack | 'total', HeadCounts>;
  training: {
    lessonsHeld: number;
    attendanceMarked: number;
    attendanceRate: number | null;
    assignmentsDue: number;
    assignmentsCompleted: number;
    assignmentCompletion: number | null;
  };
  live: {
    sessionsHeld: number;
    sessionsCancelled: number;
    streamingHours: number;
    orders: number;
    gmv: string;
    localSpecialtyGmv: string;
    localSpecialtyShare: number | null;
    refunds: string;
    gmvToDate: string;
    targetGmv: string;
    gmvTargetProgress: number | null;
  };
  afterSales: { tickets: number; qualityTickets: number; ticketsPerOrder: number | null; refunded: string };
  qc: { productsSold: number; inspections: number; passed: number; passRate: number | null };
  outcomes: {
    graduatesToDate: number;
    recorded3m: number;
    streaming3m: number;
    stillStreaming3m: number | null;
    /** Each trainee's latest recorded outcome. */
    latest: Record<OutcomeStatus, number>;
  };
  budget: {
    budget: string;
    usedInPeriod: string;
    usedToDate: string;
    remaining: string;
    usedShare: number | null;
    costPerGraduate: string | null;
    gmvPerYuan: number | null;
  };
  /** Where the sales figures came from: ended sessions of the period by the provenance of their GMV. */
  gmvProvenance: ProvenanceMix;
}

export interface ReportCharts {
  weeks: { week: string; sessions: number; gmv: string; localSpecialtyGmv: string }[];
  cohorts: CohortRow[];
  categories: { category: string; units: number; gmv: string; localSpecialty: boolean }[];
}

export interface CohortRow {
  cohortId: string;
  name: string;
  track: CohortTrack;
  enrolled: number;
  graduated: number;
  dropped: number;
  attendanceRate: number | null;
  assignmentCompletion: number | null;
  sessionsHeld: number;
  gmv: string;
}

/** The identities of the records a report was computed from, by kind, sorted. */
export type ReportRecords = Record<RecordKind, string[]>;
export const RECORD_KINDS = [
  'enrolments',
  'attendance',
  'submissions',
  'sessions',
  'sessionsToDate',
  'tickets',
  'inspections',
  'outcomes',
  'expenses',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface ReportSnapshot {
  programId: string;
  period: ReportPeriod;
  figures: ReportFigures;
  charts: ReportCharts;
  records: ReportRecords;
}

// ---- inputs: what the SQL aggregates return, already typed ----
export interface CohortAggregate {
  cohortId: string;
  name: string;
  track: CohortTrack;
  enrolled: number;
  graduated: number;
  dropped: number;
  attendance: AttendanceCounts;
  assignmentsDue: number;
  assignmentsCompleted: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  minutes: number;
  orders: number;
  gmv: string;
  refunds: string;
  gmvProvenance: ProvenanceMix;
}

export interface ReportInputs {
  period: ReportPeriod;
  program: {
    id: string;
    budget: string;
    targetGmv: string;
    targetShortTermTrainees: number;
    targetLongTermTrainees: number;
  };
  cohorts: CohortAggregate[];
  lessonsHeld: number;
  weeks: ReportCharts['weeks'];
  categories: ReportCharts['categories'];
  gmvToDate: string;
  tickets: { count: number; quality: number; refunded: string };
  qc: { productsSold: number; inspections: number; passed: number };
  outcomes: { recorded3m: Partial<Record<OutcomeStatus, number>>; latest: Partial<Record<OutcomeStatus, number>> };
  expenses: { inPeriod: string; toDate: string };
  records: ReportRecords;
}
