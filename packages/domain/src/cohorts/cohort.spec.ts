import { parseInput } from '../common/zod';
import { DomainError } from '../errors';
import { assertCohortTransition, canMoveCohort, cohortDatesWithinProgram } from './cohort.rules';
import { createCohortSchema } from './cohort.schema';

const valid = {
  programId: 'p',
  name: '第一期',
  track: 'SHORT_TERM',
  startDate: '2026-10-01',
  endDate: '2026-10-20',
  capacity: 20,
  location: '产业园',
};

describe('cohort input', () => {
  it('defaults the status to PLANNED', () => {
    expect(parseInput(createCohortSchema, valid).status).toBe('PLANNED');
  });
  it('reports every bad field at once', () => {
    try {
      parseInput(createCohortSchema, { ...valid, capacity: 0, endDate: '2026-09-01', startDate: '2026-02-30' });
      throw new Error('should fail');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      expect((e as DomainError).fields.map((f) => f.field).sort()).toEqual(['capacity', 'startDate']);
    }
  });
  it('says plainly that a missing field is required', () => {
    const r = createCohortSchema.safeParse({ ...valid, name: undefined });
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['name'], message: 'common.fieldRequired' })]);
  });
  it('refuses an end before the start', () => {
    expect(() => parseInput(createCohortSchema, { ...valid, endDate: '2026-09-01' })).toThrow(DomainError);
  });
});

describe('cohort rules', () => {
  it('moves forward only', () => {
    expect(canMoveCohort('PLANNED', 'RECRUITING')).toBe(true);
    expect(canMoveCohort('COMPLETED', 'IN_PROGRESS')).toBe(false);
    expect(() => assertCohortTransition('CANCELLED', 'PLANNED')).toThrow(/cannot move/);
  });
  it('keeps a cohort inside its program', () => {
    expect(
      cohortDatesWithinProgram(
        { startDate: '2026-08-01', endDate: '2027-04-01' },
        { startDate: '2026-09-01', endDate: '2027-03-31' },
      ).map((e) => e.field),
    ).toEqual(['startDate', 'endDate']);
  });
});
