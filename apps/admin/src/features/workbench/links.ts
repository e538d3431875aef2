import type { WorkbenchCardKey, WorkbenchEventKind, WorkbenchFigureKey } from '../../gql/graphql';

/** The list page a to-do card's rows are shown on; `?todo=KEY` keeps exactly what the card counts (the API's todo: filter). */
const TODO_PAGE: Partial<Record<WorkbenchCardKey, string>> = {
  LESSONS_TODAY: '/lessons',
  ATTENDANCE_MISSING: '/lessons',
  ASSIGNMENTS_OVERDUE: '/assignments',
  SUBMISSIONS_TO_GRADE: '/assignments',
  TRAINEES_WITHOUT_COMPLETE_TEAM: '/trainees',
  LICENCES_EXPIRING: '/suppliers',
  INSPECTIONS_EXPIRING: '/products',
  RESULTS_MISSING: '/sessions?view=list',
  SESSIONS_TODAY: '/sessions?view=list',
  SESSIONS_TOMORROW: '/sessions?view=list',
  FAILED_SIGN_INS: '/audit',
  ACCESS_DENIALS: '/audit',
  QC_QUEUE: '/qc',
  QC_QUEUE_OLD: '/qc',
  REINSPECTIONS: '/qc',
  MY_TICKETS_BREACHED: '/tickets',
  MY_TICKETS_DUE_SOON: '/tickets',
  TICKETS_UNASSIGNED: '/tickets',
  REFUNDS_DUE: '/tickets',
  REFUNDS_OVERDUE: '/tickets',
  REPORTS_TO_PREPARE: '/reports',
  REPORTS_RETURNED: '/reports',
  REPORTS_AWAITING_DECISION: '/reports',
};

/**
 * Where each to-do card leads: the list it counts, filtered to exactly its rows (`?todo=KEY`), or for cards whose
 * list already has the filter, that list's own URL parameters (sessions by day, the QC queue, the audit log).
 * The trainee's cards lead to their portal.
 */
export function cardLink(key: WorkbenchCardKey, trainee: boolean): string {
  if (trainee) return '/portal';
  const page = TODO_PAGE[key];
  if (page) return `${page}${page.includes('?') ? '&' : '?'}todo=${key}`;
  return '/portal';
}

/** Cards that mean something is late: shown in red when not zero. */
export const LATE_CARDS: ReadonlySet<WorkbenchCardKey> = new Set<WorkbenchCardKey>([
  'ATTENDANCE_MISSING',
  'ASSIGNMENTS_OVERDUE',
  'RESULTS_MISSING',
  'REPORTS_RETURNED',
  'QC_QUEUE_OLD',
  'MY_TICKETS_BREACHED',
  'REFUNDS_OVERDUE',
  'FAILED_SIGN_INS',
]);

export function eventLink(kind: WorkbenchEventKind, id: string, trainee: boolean): string {
  if (trainee) return '/portal';
  if (kind === 'SESSION') return `/sessions/${id}`;
  if (kind === 'LESSON') return `/lessons/${id}`;
  if (kind === 'TICKET_DUE') return `/tickets/${id}`;
  if (kind === 'QC_TASK') return '/qc';
  return '/cohorts';
}

export type FigureKind = 'count' | 'money' | 'share' | 'days';
export const FIGURE_KIND: Record<WorkbenchFigureKey, FigureKind> = {
  ACTIVE_TRAINEES: 'count',
  GMV_THIS_MONTH: 'money',
  ATTENDANCE_RATE_30D: 'share',
  MY_TRAINEES: 'count',
  SESSIONS_THIS_WEEK: 'count',
  OLDEST_QC_TASK_DAYS: 'days',
  INSPECTIONS_30D: 'count',
  PASS_RATE_30D: 'share',
  MY_OPEN_TICKETS: 'count',
  MY_RESOLVED_7D: 'count',
  OPEN_TICKETS: 'count',
  SESSIONS_THIS_WEEK_MINE: 'count',
  GMV_30D_MINE: 'money',
  ACCEPTED_GMV_TO_DATE: 'money',
  ACCEPTED_GRADUATES: 'count',
  ACTIVE_USERS: 'count',
};
