import { DomainError } from '../errors';
import {
  assertWithinLoad,
  createTeamSchema,
  isCompleteTeam,
  teamCompositionProblems,
  type TeamMemberInput,
} from './team.rules';

const m = (userId: string, role: TeamMemberInput['role']): TeamMemberInput => ({ userId, role });

describe('team composition', () => {
  it('accepts 3 members covering script, ads and filming, and a fourth planner', () => {
    expect(teamCompositionProblems([m('a', 'SCRIPT'), m('b', 'ADS'), m('c', 'FILMING')])).toEqual([]);
    expect(isCompleteTeam([m('a', 'SCRIPT'), m('b', 'ADS'), m('c', 'FILMING'), m('d', 'PLANNER')])).toBe(true);
  });

  it('refuses fewer than 3 or more than 4 members', () => {
    expect(teamCompositionProblems([m('a', 'SCRIPT'), m('b', 'ADS')]).map((p) => p.message)).toContain(
      'A team has 3 to 4 members (this one has 2)',
    );
    const five = [m('a', 'SCRIPT'), m('b', 'ADS'), m('c', 'FILMING'), m('d', 'PLANNER'), m('e', 'PLANNER')];
    expect(teamCompositionProblems(five)[0].message).toMatch(/3 to 4/);
  });

  it('names the uncovered roles', () => {
    expect(teamCompositionProblems([m('a', 'SCRIPT'), m('b', 'SCRIPT'), m('c', 'PLANNER')])).toContainEqual(
      expect.objectContaining({ field: 'members', code: 'teams.nobodyCovers', message: 'Nobody covers ads, filming' }),
    );
  });

  it('refuses one person in two roles, pointing at the second row', () => {
    expect(teamCompositionProblems([m('a', 'SCRIPT'), m('b', 'ADS'), m('a', 'FILMING')])).toMatchObject([
      { field: 'members.2.userId', message: 'One person holds one role per team' },
    ]);
  });

  it('the schema reports the same problems as field errors', () => {
    const r = createTeamSchema.safeParse({ cohortId: 'c', name: 'Team A', members: [m('a', 'SCRIPT')] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['members', 'members']);
  });
});

describe('staff load cap', () => {
  it('allows reaching the cap and refuses going past it, naming the person', () => {
    expect(() => assertWithinLoad([{ userId: 'a', name: 'Li', current: 5, adding: 1 }], 6)).not.toThrow();
    try {
      assertWithinLoad(
        [
          { userId: 'a', name: 'Li', current: 6, adding: 1 },
          { userId: 'b', name: 'Wu', current: 1, adding: 1 },
        ],
        6,
        () => 'traineeId',
      );
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).fields).toMatchObject([
        { field: 'traineeId', message: 'Li already supports 6 trainees; the cap is 6' },
      ]);
    }
  });

  it('ignores people the change does not add load to', () => {
    expect(() => assertWithinLoad([{ userId: 'a', name: 'Li', current: 9, adding: 0 }], 6)).not.toThrow();
  });
});
