import { CohortStatus } from '../common/enums';
import { DomainError, type FieldError, msg } from '../errors';
import { statusLabel } from '../messages/labels';

const NEXT: Record<CohortStatus, readonly CohortStatus[]> = {
  PLANNED: ['RECRUITING', 'IN_PROGRESS', 'CANCELLED'],
  RECRUITING: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function canMoveCohort(from: CohortStatus, to: CohortStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

export function assertCohortTransition(from: CohortStatus, to: CohortStatus): void {
  if (!canMoveCohort(from, to)) {
    throw DomainError.conflict(
      msg('cohorts.cannotMove', {
        from: statusLabel('CohortStatus', from),
        to: statusLabel('CohortStatus', to),
      }),
      [{ field: 'status', ...msg('common.notAllowedFrom', { from: statusLabel('CohortStatus', from) }) }],
    );
  }
}

/** A cohort must run inside its program's dates. */
export function cohortDatesWithinProgram(
  cohort: { startDate: string; endDate: string },
  program: { startDate: string; endDate: string },
): FieldError[] {
  const errors = [];
  if (cohort.startDate < program.startDate)
    errors.push({ field: 'startDate', ...msg('cohorts.beforeProgramStart', { startDate: program.startDate }) });
  if (cohort.endDate > program.endDate)
    errors.push({ field: 'endDate', ...msg('cohorts.afterProgramEnd', { endDate: program.endDate }) });
  return errors;
}

export const cohortAcceptsEnrolment = (status: CohortStatus): boolean =>
  status === CohortStatus.PLANNED || status === CohortStatus.RECRUITING || status === CohortStatus.IN_PROGRESS;
