import { checkEnrolment, enrolTraineesSchema, statusAfterEnrolment } from './enrolment.rules';

const t = (
  id: string,
  over: Partial<{ status: 'APPLIED' | 'GRADUATED' | 'DROPPED' | 'ACTIVE'; activeInProgram: boolean }> = {},
) => ({
  id,
  name: `T${id}`,
  status: 'APPLIED' as const,
  activeInProgram: false,
  ...over,
});

describe('enrolment rules', () => {
  it('accepts trainees while seats remain', () => {
    expect(checkEnrolment({ status: 'RECRUITING', capacity: 3, seatsTaken: 1 }, [t('1'), t('2')])).toEqual([]);
  });
  it('enforces capacity', () => {
    expect(checkEnrolment({ status: 'RECRUITING', capacity: 3, seatsTaken: 2 }, [t('1'), t('2')])).toMatchObject([
      { field: 'traineeIds', message: 'The cohort has 1 of 3 places left' },
    ]);
  });
  it('allows one active enrolment per program and pins the error to the entry', () => {
    expect(
      checkEnrolment({ status: 'IN_PROGRESS', capacity: 9, seatsTaken: 0 }, [
        t('1'),
        t('2', { activeInProgram: true }),
      ]),
    ).toMatchObject([{ field: 'traineeIds.1', message: 'T2 is already enrolled in this program' }]);
  });
  it('refuses closed cohorts and finished trainees', () => {
    const errors = checkEnrolment({ status: 'COMPLETED', capacity: 9, seatsTaken: 0 }, [
      t('1', { status: 'GRADUATED' }),
    ]);
    expect(errors.map((e) => e.field)).toEqual(['cohortId', 'traineeIds.0']);
  });
  it('moves APPLIED to ENROLLED and keeps later statuses', () => {
    expect(statusAfterEnrolment('APPLIED')).toBe('ENROLLED');
    expect(statusAfterEnrolment('ACTIVE')).toBe('ACTIVE');
  });
  it('rejects duplicate and empty lists', () => {
    expect(enrolTraineesSchema.safeParse({ cohortId: 'c', traineeIds: [] }).success).toBe(false);
    expect(enrolTraineesSchema.safeParse({ cohortId: 'c', traineeIds: ['a', 'a'] }).success).toBe(false);
  });
});
