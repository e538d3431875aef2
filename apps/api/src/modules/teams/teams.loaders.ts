import type { PrismaClient } from '@grassroots/db';
import type { Actor } from '../../core/auth/current-user';
import { teamScope, traineeScope } from '../../core/auth/scopes';
import { byId, groupedBy } from '../../core/graphql/loader-kit';
import { toTrainee, TRAINEE_SELECT, type Trainee } from '../trainees/models/trainee.model';
import { MEMBER_SELECT, TEAM_SELECT, toMember, toTeam, type Team, type TeamAssignment, type TeamMember } from './models/team.model';

/** Team relations, one grouped statement each per request, scoped to the caller. */
export class TeamLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly team = byId<Team>(async (ids) =>
    (await this.prisma.supportTeam.findMany({ where: { AND: [{ id: { in: ids } }, teamScope(this.actor())] }, select: TEAM_SELECT })).map(toTeam),
  );

  /** The team backing each trainee now (at most one). */
  readonly currentByTrainee = groupedBy<Team & { traineeId: string }>('traineeId', async (ids) =>
    (
      await this.prisma.teamAssignment.findMany({
        where: { traineeId: { in: ids }, endedAt: null, team: teamScope(this.actor()) },
        select: { traineeId: true, team: { select: TEAM_SELECT } },
      })
    ).map((a) => ({ ...toTeam(a.team), traineeId: a.traineeId })),
  );

  /** Trainees each team backs now. */
  readonly traineesByTeam = groupedBy<Trainee & { teamId: string }>('teamId', async (ids) =>
    (
      await this.prisma.teamAssignment.findMany({
        where: { teamId: { in: ids }, endedAt: null, trainee: traineeScope(this.actor()) },
        select: { teamId: true, trainee: { select: TRAINEE_SELECT } },
        orderBy: { trainee: { name: 'asc' } },
      })
    ).map((a) => ({ ...toTrainee(a.trainee), teamId: a.teamId })),
  );

  /** Every seat a team has had, newest first. */
  readonly memberHistoryByTeam = groupedBy<TeamMember & { teamId: string }>('teamId', async (ids) =>
    (await this.prisma.teamMembership.findMany({ where: { teamId: { in: ids } }, select: MEMBER_SELECT, orderBy: { joinedAt: 'desc' } })).map(toMember),
  );

  readonly assignmentsByTeam = groupedBy<TeamAssignment>('teamId', async (ids) =>
    this.prisma.teamAssignment.findMany({ where: { teamId: { in: ids }, trainee: traineeScope(this.actor()) }, orderBy: { startedAt: 'desc' } }),
  );

  readonly assignmentsByTrainee = groupedBy<TeamAssignment>('traineeId', async (ids) =>
    this.prisma.teamAssignment.findMany({ where: { traineeId: { in: ids }, team: teamScope(this.actor()) }, orderBy: { startedAt: 'desc' } }),
  );
}
