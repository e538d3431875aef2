import type { WorkbenchCardKey, WorkbenchEventKind, WorkbenchFigureKey } from '../../gql/graphql';

/**
 * Where each to-do card leads: the list it counts, filtered through the list page's URL parameters where it has them
 * (sessions by day and status, tickets by queue, products by status). The trainee's cards lead to their portal.
 */
export function cardLink(key: WorkbenchCardKey, trainee: boolean): string {
  if (trainee) return '/portal';
  switch (key) {
    case 'SESSIONS_TODAY':
      return '/sessions?day=today';
    case 'SESSIONS_TOMORROW':
      return '/sessions?day=tomorrow';
    case 'RESULTS_MISSING':
      return '/sessions?view=list&status=ENDED';
    case 'LESSONS_TODAY':
    case 'ATTENDANCE_MISSING':
    case 'ASSIGNMENTS_OVERDUE':
    case 'SUBMISSIONS_TO_GRADE':
      return '/cohorts';
    case 'TRAINEES_WITHOUT_COMPLETE_TEAM':
      return '/teams';
    case 'REPORTS_TO_PREPARE':
    case 'REPORTS_RETURNED':
    case 'REPORTS_AWAITING_DECISION':
      return '/reports';
    case 'LICENCES_EXPIRING':
      return '/suppliers';
    case 'INSPECTIONS_EXPIRING':
      return '/products?status=APPROVED';
    case 'QC_QUEUE':
    case 'QC_QUEUE_OLD':
    case 'REINSPECTIONS':
      return '/qc';
    case 'MY_TICKETS_BREACHED':
      return '/tickets?queue=BREACHED';
    case 'MY_TICKETS_DUE_SOON':
      return '/tickets?queue=DUE_SOON';
    case 'TICKETS_UNASSIGNED':
    case 'REFUNDS_DUE':
    case 'REFUNDS_OVERDUE':
      return '/tickets?queue=OPEN';
    case 'FAILED_SIGN_INS':
    case 'ACCESS_DENIALS':
      return '/audit';
    default:
      return '/portal';
  }
}

/** Cards that mean something is late: shown in red when not zero. */
export const LATE_CARDS: ReadonlySet<WorkbenchCardKey> = new Set<WorkbenchCardKey>([
  'ATTENDANCE_MISSING', 'ASSIGNMENTS_OVERDUE', 'RESULTS_MISSING', 'REPORTS_RETURNED', 'QC_QUEUE_OLD', 'MY_TICKETS_BREACHED', 'REFUNDS_OVERDUE', 'FAILED_SIGN_INS',
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
  ACTIVE_TRAINEES: 'count', GMV_THIS_MONTH: 'money', ATTENDANCE_RATE_30D: 'share', MY_TRAINEES: 'count', SESSIONS_THIS_WEEK: 'count',
  OLDEST_QC_TASK_DAYS: 'days', INSPECTIONS_30D: 'count', PASS_RATE_30D: 'share', MY_OPEN_TICKETS: 'count', MY_RESOLVED_7D: 'count', OPEN_TICKETS: 'count',
  SESSIONS_THIS_WEEK_MINE: 'count', GMV_30D_MINE: 'money', ACCEPTED_GMV_TO_DATE: 'money', ACCEPTED_GRADUATES: 'count', ACTIVE_USERS: 'count',
};
