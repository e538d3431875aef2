import { cohortAcceptsEnrolment } from '../cohorts/cohort.rules';
import { type CohortStatus, TraineeStatus } from '../common/enums';
import { z } from '../common/z';
import type { FieldError } from '../errors';
import { msg } from '../errors';
import { statusLabel } from '../messages/labels';

export const enrolTraineesSchema = z.object({
  cohortId: z.string().min(1, 'common.chooseCohort'),
  traineeIds: z
    .array(z.string().min(1))
    .min(1, 'enrolments.chooseLeastOneTrainee')
    .max(100, 'enrolments.most100TraineesOnce')
    .refine((ids) => new Set(ids).size === ids.length, 'enrolments.traineeListedTwice'),
});
export type EnrolTraineesInput = z.infer<typeof enrolTraineesSchema>;

/** Enrolments that hold a seat in a cohort: current ones and finished ones (withdrawals free the seat). */
export const SEAT_HOLDING_STATUSES = ['ACTIVE', 'COMPLETED'] as const;

export interface EnrolmentCandidate {
  id: string;
  name: string;
  status: TraineeStatus;
  /** The trainee already has an ACTIVE enrolment in a cohort of the same program. */
  activeInProgram: boolean;
}

/**
 * Decides whether a batch of trainees may join a cohort. Returns every problem at once, each pinned to the
 * offending list entry (`traineeIds.3`), so the admin can show them beside the right rows.
 */
export function checkEnrolment(
  cohort: { status: CohortStatus; capacity: number; seatsTaken: number },
  candidates: EnrolmentCandidate[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (!cohortAcceptsEnrolment(cohort.status)) {
    errors.push({
      field: 'cohortId',
      ...msg('enrolments.cohortTakesNoEnrolments', { status: statusLabel('CohortStatus', cohort.status) }),
    });
  }
  const free = cohort.capacity - cohort.seatsTaken;
  if (candidates.length > free) {
    errors.push({
      field: 'traineeIds',
      ...msg('enrolments.cohortHasPlacesLeft', { left: Math.max(free, 0), capacity: cohort.capacity }),
    });
  }
  candidates.forEach((c, i) => {
    if (c.activeInProgram)
      errors.push({ field: `traineeIds.${i}`, ...msg('enrolments.alreadyEnrolledProgram', { name: c.name }) });
    else if (c.status === TraineeStatus.GRADUATED || c.status === TraineeStatus.DROPPED) {
      errors.push({
        field: `traineeIds.${i}`,
        ...msg('enrolments.cannotEnrolled', { name: c.name, status: statusLabel('TraineeStatus', c.status) }),
      });
    }
  });
  return errors;
}

/** A trainee who joins a cohort moves from APPLIED to ENROLLED; later statuses are kept. */
export const statusAfterEnrolment = (s: TraineeStatus): TraineeStatus =>
  s === TraineeStatus.APPLIED ? TraineeStatus.ENROLLED : s;
