import type { TraineeStatus } from '../common/enums';
import { checkPromotion, promoteGraduatesSchema } from './promotion.rules';

const SHORT = { track: 'SHORT_TERM' as const, programId: 'p1' };
const LONG = {
  track: 'LONG_TERM' as const,
  programId: 'p1',
  status: 'RECRUITING' as const,
  capacity: 10,
  seatsTaken: 8,
};
const grad = (
  id: string,
  over: Partial<{ graduated: boolean; hasActiveEnrolment: boolean; status: TraineeStatus }> = {},
) => ({
  id,
  status: 'GRADUATED' as TraineeStatus,
  graduated: true,
  hasActiveEnrolment: false,
  ...over,
});

describe('promotion from a short-term to a long-term cohort', () => {
  it('accepts graduates without an active enrolment into a long-term cohort of the same program', () => {
    expect(checkPromotion(SHORT, LONG, [grad('a'), grad('b')])).toEqual([]);
  });
  it('refuses a cohort of another program, or one that is not long-term, on the target field', () => {
    expect(checkPromotion(SHORT, { ...LONG, programId: 'p2' }, [grad('a')])).toMatchObject([
      { field: 'toCohortId', message: 'Choose a long-term cohort of the same program' },
    ]);
    expect(checkPromotion(SHORT, { ...LONG, track: 'SHORT_TERM' }, [grad('a')])).toMatchObject([
      { field: 'toCohortId', message: 'Choose a long-term cohort' },
    ]);
    expect(checkPromotion(SHORT, { ...LONG, status: 'COMPLETED' }, [grad('a')])).toMatchObject([
      { field: 'toCohortId', message: 'That cohort takes no enrolments' },
    ]);
  });
  it('promotes only from a short-term cohort', () => {
    expect(checkPromotion({ ...SHORT, track: 'LONG_TERM' }, LONG, [grad('a')])).toMatchObject([
      { field: 'fromCohortId', message: 'Only graduates of a short-term cohort are promoted' },
    ]);
  });
  it('pins non-graduates and trainees with an active enrolment to their entries, and checks seats', () => {
    expect(
      checkPromotion(SHORT, LONG, [
        grad('a'),
        grad('b', { graduated: false }),
        grad('c', { hasActiveEnrolment: true }),
      ]),
    ).toMatchObject([
      { field: 'traineeIds', message: 'The cohort has 2 of 10 places left' },
      { field: 'traineeIds.1', message: 'Not a graduate of this cohort' },
      { field: 'traineeIds.2', message: 'Already has an active enrolment' },
    ]);
    expect(checkPromotion(SHORT, LONG, [grad('d', { status: 'DROPPED' as TraineeStatus })])).toMatchObject([
      { field: 'traineeIds.0', message: 'Only a trainee whose status is Graduated is promoted' },
    ]);
  });
  it('validates the input', () => {
    expect(
      promoteGraduatesSchema.safeParse({ fromCohortId: 'a', toCohortId: 'b', traineeIds: ['x', 'x'] }).success,
    ).toBe(false);
    expect(promoteGraduatesSchema.safeParse({ fromCohortId: 'a', toCohortId: '', traineeIds: ['x'] }).success).toBe(
      false,
    );
  });
});
