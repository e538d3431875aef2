import { cohortAcceptsEnrolment } from '../cohorts/cohort.rules';
import type { TraineeStatus } from '../common/enums';
import { type CohortStatus, CohortTrack } from '../common/enums';
import { z } from '../common/z';
import type { FieldError } from '../errors';
import { msg } from '../errors';

/** Promotes graduates of a short-term cohort into a long-term cohort of the same program. */
export const promoteGraduatesSchema = z.object({
  fromCohortId: z.string().min(1, 'common.chooseCohort'),
  toCohortId: z.string().min(1, 'enrolments.chooseLongTermCohort'),
  traineeIds: z
    .array(z.string().min(1))
    .min(1, 'enrolments.chooseLeastOneGraduate')
    .max(100, 'enrolments.most100TraineesOnce')
    .refine((ids) => new Set(ids).size === ids.length, 'enrolments.traineeListedTwice'),
});
export type PromoteGraduatesInput = z.infer<typeof promoteGraduatesSchema>;

export interface PromotionCohort {
  track: CohortTrack;
  programId: string;
}

export interface PromotionCandidate {
  id: string;
  /** The trainee's status now: only GRADUATED is promoted. */
  status: TraineeStatus;
  /** Their enrolment in the short-term cohort is COMPLETED (they graduated from it). */
  graduated: boolean;
  /** They hold an ACTIVE enrolment anywhere (one active enrolment at a time). */
  hasActiveEnrolment: boolean;
}

/**
 * Whether graduates of `from` may move on to `to`: a long-term cohort of the same program with seats left, and each
 * trainee a graduate of `from` with no active enrolment elsewhere. Every problem at once, pinned to its field
 * (`toCohortId`, `traineeIds.2`), so the admin shows it beside the right row. Messages carry no names: the row
 * already says who, and the admin translates the message as it is.
 */
export function checkPromotion(
  from: PromotionCohort,
  to: PromotionCohort & { status: CohortStatus; capacity: number; seatsTaken: number },
  candidates: PromotionCandidate[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (from.track !== CohortTrack.SHORT_TERM)
    errors.push({ field: 'fromCohortId', ...msg('enrolments.onlyGraduatesShortTermCohort') });
  if (to.track !== CohortTrack.LONG_TERM)
    errors.push({ field: 'toCohortId', ...msg('enrolments.chooseLongTermCohort') });
  else if (to.programId !== from.programId)
    errors.push({ field: 'toCohortId', ...msg('enrolments.chooseLongTermCohortSame') });
  else if (!cohortAcceptsEnrolment(to.status))
    errors.push({ field: 'toCohortId', ...msg('enrolments.thatCohortTakesNoEnrolments') });
  const free = to.capacity - to.seatsTaken;
  if (candidates.length > free)
    errors.push({
      field: 'traineeIds',
      ...msg('enrolments.cohortHasPlacesLeft', { left: Math.max(free, 0), capacity: to.capacity }),
    });
  candidates.forEach((c, i) => {
    if (!c.graduated) errors.push({ field: `traineeIds.${i}`, ...msg('enrolments.notGraduateCohort') });
    // A graduate who has since left (dropped out, withdrawn from follow-ups) is not put back into training by a bulk action.
    else if (c.status !== 'GRADUATED')
      errors.push({ field: `traineeIds.${i}`, ...msg('enrolments.onlyTraineeWhoseStatusGraduated') });
    else if (c.hasActiveEnrolment)
      errors.push({ field: `traineeIds.${i}`, ...msg('enrolments.alreadyHasActiveEnrolment') });
  });
  return errors;
}
