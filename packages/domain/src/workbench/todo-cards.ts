/**
 * The to-do cards that open a list filtered to exactly what they count (the `todo` argument of that list's query,
 * `?todo=KEY` in the admin). The API defines each one's rows once and counts the card from the same definition.
 */
export const TODO_CARDS = [
  'LESSONS_TODAY',
  'ATTENDANCE_MISSING',
  'ASSIGNMENTS_OVERDUE',
  'SUBMISSIONS_TO_GRADE',
  'TRAINEES_WITHOUT_COMPLETE_TEAM',
  'LICENCES_EXPIRING',
  'INSPECTIONS_EXPIRING',
  'RESULTS_MISSING',
  'QC_QUEUE',
  'QC_QUEUE_OLD',
  'REINSPECTIONS',
  'SESSIONS_TODAY',
  'SESSIONS_TOMORROW',
  'FAILED_SIGN_INS',
  'ACCESS_DENIALS',
  'MY_TICKETS_BREACHED',
  'MY_TICKETS_DUE_SOON',
  'TICKETS_UNASSIGNED',
  'REFUNDS_DUE',
  'REFUNDS_OVERDUE',
  'REPORTS_TO_PREPARE',
  'REPORTS_RETURNED',
  'REPORTS_AWAITING_DECISION',
] as const;
export type TodoCard = (typeof TODO_CARDS)[number];
