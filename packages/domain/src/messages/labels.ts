import type { MessageCode, MessageRef } from './render';

/**
 * The words for a status inside a message ("阿依古丽 is graduated and cannot be enrolled"): nested message references,
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
} as const satisfies Record<string, Record<string, MessageCode>>;

/** A status as a nested message (its raw value when the catalog has no word for it). */
export function statusLabel(kind: keyof typeof LABELS, value: string): MessageRef | string {
  const code = (LABELS[kind] as Record<string, MessageCode>)[value];
  return code ? { code } : value;
}
