import type { Prisma, PrismaClient } from '@grassroots/db';

import type { Actor } from '../../core/auth/actor';
import { teamScope, traineeScope } from '../../core/auth/scopes';
import { byId, groupedBy } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { toTrainee, type Trainee, TRAINEE_SELECT } from '../trainees/models/trainee.model';
import {
  MEMBER_SELECT,
  type Team,
  TEAM_SELECT,
  type TeamAssignment,
  type TeamMember,
  toMember,
  toTeam,
} from './models/team.model';

/** Team relations, one grouped statement each per request, scoped to the caller. */
export class TeamLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly team = byId(
    () => teamScope(this.actor()),
    async (where) => (await this.prisma.supportTeam.findMany({ where, select: TEAM_SELECT })).map(toTeam),
  );

  /** The team backing each trainee now (at most one). */
  readonly currentByTrainee = groupedBy<Team & { traineeId: string }, Prisma.TeamAssignmentWhereInput>(
    'traineeId',
    () => ({ team: teamScope(this.actor()) }),
    async (where) =>
      (
        await this.prisma.teamAssignment.findMany({
          where: { AND: [where, { endedAt: null }] },
          select: { traineeId: true, team: { select: TEAM_SELECT } },
        })
      ).map((a) => ({ ...toTeam(a.team), traineeId: a.traineeId })),
  );

  /** Trainees each team backs now. */
  readonly traineesByTeam = groupedBy<Trainee & { teamId: string }, Prisma.TeamAssignmentWhereInput>(
    'teamId',
    () => ({ trainee: traineeScope(this.actor()) }),
    async (where) =>
      (
        await this.prisma.teamAssignment.findMany({
          where: { AND: [where, { endedAt: null }] },
          select: { teamId: true, trainee: { select: TRAINEE_SELECT } },
          orderBy: { trainee: { name: 'asc' } },
        })
      ).map((a) => ({ ...toTrainee(a.trainee), teamId: a.teamId })),
  );

  /** Every seat a team has had, newest first. */
  readonly memberHistoryByTeam = groupedBy<TeamMember & { teamId: string }, Prisma.TeamMembershipWhereInput>(
    'teamId',
    () => ({ team: teamScope(this.actor()) }),
    async (where) =>
      (await this.prisma.teamMembership.findMany({ where, select: MEMBER_SELECT, orderBy: { joinedAt: 'desc' } })).map(
        toMember,
      ),
  );

  readonly assignmentsByTeam = groupedBy<TeamAssignment, Prisma.TeamAssignmentWhereInput>(
    'teamId',
    () => ({ trainee: traineeScope(this.actor()) }),
    async (where) => this.prisma.teamAssignment.findMany({ where, orderBy: { startedAt: 'desc' } }),
  );

  readonly assignmentsByTrainee = groupedBy<TeamAssignment, Prisma.TeamAssignmentWhereInput>(
    'traineeId',
    () => ({ team: teamScope(this.actor()) }),
    async (where) => this.prisma.teamAssignment.findMany({ where, orderBy: { startedAt: 'desc' } }),
  );
}

declare module '../../core/graphql/loaders' {
  interface Loaders {
    teams: TeamLoaders;
  }
}

registerLoaders({ teams: ({ prisma, actor }) => new TeamLoaders(prisma, actor) });
