import type { MessageCode, MessageRef } from './render';

/**
 * The words for a status (or a state machine's action) inside a message ("阿依古丽 is graduated and cannot be enrolled"): nested message references,
 * so each language says its own word. Listed code by code so the compiler and the unused-code test see every one.
 */
const LABELS = {
  CohortStatus: {
    PLANNED: 'enums.CohortStatus.PLANNED',
    RECRUITING: 'enums.CohortStatus.RECRUITING',
    IN_PROGRESS: 'enums.CohortStatus.IN_PROGRESS',
    COMPLETED: 'enums.CohortStatus.COMPLETED',
    CANCELLED: 'enums.CohortStatus.CANCELLED',
  },
  TraineeStatus: {
    APPLIED: 'enums.TraineeStatus.APPLIED',
    ENROLLED: 'enums.TraineeStatus.ENROLLED',
    ACTIVE: 'enums.TraineeStatus.ACTIVE',
    GRADUATED: 'enums.TraineeStatus.GRADUATED',
    DROPPED: 'enums.TraineeStatus.DROPPED',
  },
  EnrolmentStatus: {
    ACTIVE: 'enums.EnrolmentStatus.ACTIVE',
    WITHDRAWN: 'enums.EnrolmentStatus.WITHDRAWN',
    COMPLETED: 'enums.EnrolmentStatus.COMPLETED',
  },
  SessionStatus: {
    SCHEDULED: 'enums.SessionStatus.SCHEDULED',
    LIVE: 'enums.SessionStatus.LIVE',
    ENDED: 'enums.SessionStatus.ENDED',
    CANCELLED: 'enums.SessionStatus.CANCELLED',
  },
  SessionAction: {
    START: 'enums.SessionAction.START',
    END: 'enums.SessionAction.END',
    CANCEL: 'enums.SessionAction.CANCEL',
  },
  ReportStatus: {
    DRAFT: 'enums.ReportStatus.DRAFT',
    SUBMITTED: 'enums.ReportStatus.SUBMITTED',
    RETURNED: 'enums.ReportStatus.RETURNED',
    ACCEPTED: 'enums.ReportStatus.ACCEPTED',
  },
  ReportAction: {
    SUBMIT: 'enums.ReportAction.SUBMIT',
    ACCEPT: 'enums.ReportAction.ACCEPT',
    RETURN: 'enums.ReportAction.RETURN',
  },
  SubmissionStatus: {
    ASSIGNED: 'enums.SubmissionStatus.ASSIGNED',
    SUBMITTED: 'enums.SubmissionStatus.SUBMITTED',
    RETURNED: 'enums.SubmissionStatus.RETURNED',
    GRADED: 'enums.SubmissionStatus.GRADED',
  },
  SubmissionAction: {
    SUBMIT: 'enums.SubmissionAction.SUBMIT',
    RETURN: 'enums.SubmissionAction.RETURN',
    GRADE: 'enums.SubmissionAction.GRADE',
  },
  TicketStatus: {
    NEW: 'enums.TicketStatus.NEW',
    TRIAGED: 'enums.TicketStatus.TRIAGED',
    IN_PROGRESS: 'enums.TicketStatus.IN_PROGRESS',
    WAITING_CUSTOMER: 'enums.TicketStatus.WAITING_CUSTOMER',
    RESOLVED: 'enums.TicketStatus.RESOLVED',
    REOPENED: 'enums.TicketStatus.REOPENED',
    CLOSED: 'enums.TicketStatus.CLOSED',
  },
  TicketAction: {
    TRIAGE: 'enums.TicketAction.TRIAGE',
    START: 'enums.TicketAction.START',
    WAIT_FOR_CUSTOMER: 'enums.TicketAction.WAIT_FOR_CUSTOMER',
    CUSTOMER_REPLIED: 'enums.TicketAction.CUSTOMER_REPLIED',
    RESOLVE: 'enums.TicketAction.RESOLVE',
    REOPEN: 'enums.TicketAction.REOPEN',
    CLOSE: 'enums.TicketAction.CLOSE',
  },
  StreamPlatform: {
    DOUYIN: 'enums.StreamPlatform.DOUYIN',
    KUAISHOU: 'enums.StreamPlatform.KUAISHOU',
    TAOBAO_LIVE: 'enums.StreamPlatform.TAOBAO_LIVE',
    WECHAT_CHANNELS: 'enums.StreamPlatform.WECHAT_CHANNELS',
    OTHER: 'enums.StreamPlatform.OTHER',
  },
  TicketType: {
    REFUND_ONLY: 'enums.TicketType.REFUND_ONLY',
    RETURN_REFUND: 'enums.TicketType.RETURN_REFUND',
    EXCHANGE: 'enums.TicketType.EXCHANGE',
    QUALITY_COMPLAINT: 'enums.TicketType.QUALITY_COMPLAINT',
    LOGISTICS: 'enums.TicketType.LOGISTICS',
    OTHER: 'enums.TicketType.OTHER',
  },
  TicketPriority: {
    URGENT: 'enums.TicketPriority.URGENT',
    HIGH: 'enums.TicketPriority.HIGH',
    NORMAL: 'enums.TicketPriority.NORMAL',
    LOW: 'enums.TicketPriority.LOW',
  },
} as const satisfies Record<string, Record<string, MessageCode>>;

/** A status as a nested message (its raw value when the catalog has no word for it). */
export function statusLabel(kind: keyof typeof LABELS, value: string): MessageRef | string {
  const code = (LABELS[kind] as Record<string, MessageCode>)[value];
  return code ? { code } : value;
}
