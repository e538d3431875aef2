import type { Prisma } from '@grassroots/db';
import { isCompleteTeam, TeamRole } from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { StaffMember } from '../../../core/graphql/models/staff-member.model';
import { Paginated } from '../../../core/graphql/pagination';
import { Trainee } from '../../trainees/models/trainee.model';

registerEnumType(TeamRole, { name: 'TeamRole' });

@ObjectType({ description: 'A seat on a team: who, in which role, since when (and until when, in history)' })
export class TeamMember {
  @Field(() => ID) id: string;
  @Field(() => TeamRole) role: TeamRole;
  @Field(() => StaffMember) user: StaffMember;
  @Field({ description: 'False when the account was deactivated: the seat needs filling' }) active: boolean;
  @Field() joinedAt: Date;
  @Field(() => Date, { nullable: true }) leftAt: Date | null;
}

@ObjectType({ description: 'A team of 3–4 SUPPORT staff backing one or several trainees of a cohort' })
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) cohortId: string;
  @Field(() => [TeamMember], { description: 'Current members' }) members: TeamMember[];
  @Field({ description: 'Script, ads and filming covered by 3–4 active people' }) complete: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class TeamPage extends Paginated(Team) {}

@ObjectType({ description: 'Which team backed which trainee, and when' })
export class TeamAssignment {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => ID) traineeId: string;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => String, { nullable: true }) endReason: string | null;
}

@ObjectType()
export class TeamSeat {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field(() => TeamRole) role: TeamRole;
}

@ObjectType({ description: 'How many trainees a SUPPORT staff member backs across their teams, against the cap' })
export class StaffWorkload {
  @Field(() => StaffMember) user: StaffMember;
  @Field(() => Int) load: number;
  @Field(() => Int) cap: number;
  @Field(() => [TeamSeat]) seats: TeamSeat[];
}

export const CoverageProblem = { NO_TEAM: 'NO_TEAM', INCOMPLETE_TEAM: 'INCOMPLETE_TEAM' } as const;
export type CoverageProblem = (typeof CoverageProblem)[keyof typeof CoverageProblem];
registerEnumType(CoverageProblem, { name: 'CoverageProblem' });

@ObjectType({ description: 'An active trainee without a complete support team' })
export class CoverageGap {
  @Field(() => Trainee) trainee: Trainee;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => CoverageProblem) problem: CoverageProblem;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
}

export const MEMBER_SELECT = {
  id: true,
  teamId: true,
  role: true,
  joinedAt: true,
  leftAt: true,
  user: { select: { id: true, name: true, active: true } },
} satisfies Prisma.TeamMembershipSelect;
export type MemberRow = Prisma.TeamMembershipGetPayload<{ select: typeof MEMBER_SELECT }>;
export const toMember = (r: MemberRow): TeamMember & { teamId: string; userId: string } => ({
  id: r.id,
  teamId: r.teamId,
  userId: r.user.id,
  role: r.role as TeamRole,
  user: { id: r.user.id, name: r.user.name },
  active: r.user.active,
  joinedAt: r.joinedAt,
  leftAt: r.leftAt,
});

export const TEAM_SELECT = {
  id: true,
  name: true,
  cohortId: true,
  createdAt: true,
  members: { where: { leftAt: null }, select: MEMBER_SELECT, orderBy: { joinedAt: 'asc' } },
} satisfies Prisma.SupportTeamSelect;
export type TeamRow = Prisma.SupportTeamGetPayload<{ select: typeof TEAM_SELECT }>;

/** Completeness counts only members whose accounts are still active. */
export const toTeam = (r: TeamRow): Team => {
  const members = r.members.map(toMember);
  const order = Object.values(TeamRole);
  members.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return {
    id: r.id,
    name: r.name,
    cohortId: r.cohortId,
    createdAt: r.createdAt,
    members,
    complete: isCompleteTeam(members.filter((m) => m.active).map((m) => ({ userId: m.userId, role: m.role }))),
  };
};
