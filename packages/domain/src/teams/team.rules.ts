import { values } from '../common/enums';
import { z } from '../common/z';
import { DomainError, type FieldError, msg, ref } from '../errors';

/**
 * Support teams: every streamer is backed by 3–4 MCN staff, each in one team role. The rules below are the
 * only place they are written down; the API calls them inside the transaction that changes a team.
 */
export const TeamRole = { SCRIPT: 'SCRIPT', ADS: 'ADS', FILMING: 'FILMING', PLANNER: 'PLANNER' } as const;
export type TeamRole = (typeof TeamRole)[keyof typeof TeamRole];

/** Roles every team must cover; PLANNER is the optional fourth seat. */
export const REQUIRED_TEAM_ROLES: readonly TeamRole[] = [TeamRole.SCRIPT, TeamRole.ADS, TeamRole.FILMING];
export const MIN_TEAM_SIZE = 3;
export const MAX_TEAM_SIZE = 4;
/** Default cap on how many trainees one staff member supports across all their teams (configurable). */
export const DEFAULT_MAX_TRAINEES_PER_STAFF = 6;

export const teamMemberSchema = z.object({
  userId: z.string().min(1, 'teams.chooseStaffMember'),
  role: z.enum(values(TeamRole)),
});
export type TeamMemberInput = z.infer<typeof teamMemberSchema>;

export const teamFields = {
  name: z.string().trim().min(2, 'teams.giveTeamName').max(60),
  members: z.array(teamMemberSchema).max(MAX_TEAM_SIZE, `A team has at most ${MAX_TEAM_SIZE} members`),
};
/** zod may run this after a member failed to parse: then only the parse errors are reported. */
function composition(v: { members?: TeamMemberInput[] }, ctx: z.RefinementCtx) {
  if (!Array.isArray(v.members) || v.members.some((m) => !m || typeof m.userId !== 'string')) return;
  for (const p of teamCompositionProblems(v.members))
    ctx.addIssue({ code: 'custom', path: p.field.split('.'), message: p.message });
}
export const createTeamSchema = z
  .object({ cohortId: z.string().min(1, 'common.chooseCohort'), ...teamFields })
  .superRefine(composition);
export const updateTeamSchema = z.object({ id: z.string().min(1), ...teamFields }).superRefine(composition);
export const assignTeamSchema = z.object({
  teamId: z.string().min(1),
  traineeId: z.string().min(1, 'teams.chooseTrainee'),
});
export const endTeamAssignmentSchema = z.object({
  traineeId: z.string().min(1),
  reason: z.string().trim().min(2, 'common.giveReason').max(300),
});

/** 3–4 members, SCRIPT, ADS and FILMING covered, nobody twice. Field paths point at `members` or a row. */
export function teamCompositionProblems(members: readonly TeamMemberInput[]): FieldError[] {
  const problems: FieldError[] = [];
  if (members.length < MIN_TEAM_SIZE || members.length > MAX_TEAM_SIZE) {
    problems.push({
      field: 'members',
      ...msg('teams.memberCount', { min: MIN_TEAM_SIZE, max: MAX_TEAM_SIZE, count: members.length }),
    });
  }
  const missing = REQUIRED_TEAM_ROLES.filter((r) => !members.some((m) => m.role === r));
  if (missing.length)
    problems.push({
      field: 'members',
      ...msg('teams.nobodyCovers', { roles: { words: missing.map((r) => ref(`teams.role.${r}`)) } }),
    });
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (m.userId && seen.has(m.userId))
      problems.push({ field: `members.${i}.userId`, ...msg('teams.onePersonHoldsOneRole') });
    seen.add(m.userId);
  });
  return problems;
}

/** A team whose current members still satisfy the composition rules (a deactivated user makes it incomplete). */
export function isCompleteTeam(members: readonly TeamMemberInput[]): boolean {
  return teamCompositionProblems(members).length === 0;
}

export interface StaffLoad {
  userId: string;
  name: string;
  /** Trainees this person supports now, across all their teams. */
  current: number;
  /** Trainees the change would add. */
  adding: number;
}

/** Refuses a change that would take anyone past the cap; names every person and their numbers. */
export function assertWithinLoad(
  loads: readonly StaffLoad[],
  max: number,
  fieldOf: (userId: string) => string = () => 'members',
): void {
  const over = loads.filter((l) => l.adding > 0 && l.current + l.adding > max);
  if (!over.length) return;
  throw DomainError.badInput(
    over.map((l) => ({
      field: fieldOf(l.userId),
      ...msg('teams.supportCapReached', { name: l.name, count: l.current, max }),
    })),
    msg('teams.supportCapExceeded'),
  );
}
