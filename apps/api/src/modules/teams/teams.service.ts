import type { Prisma, PrismaClient } from '@grassroots/db';
import {
  assertWithinLoad,
  DomainError,
  type FieldError,
  msg,
  naturalCompare,
  type TeamMemberInput,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope, teamScope, traineeScope } from '../../core/auth/scopes';
import { maxTraineesPerStaff } from '../../core/config/settings';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import { NotificationsService, traineeUsers } from '../notifications/notifications.service';
import { toTrainee, TRAINEE_SELECT } from '../trainees/models/trainee.model';
import type {
  AssignTeamInput,
  CreateTeamInput,
  EndTeamAssignmentInput,
  TeamsArgs,
  UpdateTeamInput,
} from './dto/team.input';
import {
  type CoverageGap,
  type StaffWorkload,
  type Team,
  TEAM_SELECT,
  type TeamAssignment,
  toTeam,
} from './models/team.model';

type Tx = Prisma.TransactionClient;

@Injectable()
export class TeamsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The trainee hears that a team now backs them, or no longer does. */
  private async notifyTeam(
    tx: Tx,
    a: { id: string; teamId: string; traineeId: string },
    change: 'ASSIGNED' | 'ENDED',
    actorId: string,
  ) {
    const user = (await traineeUsers(tx, [a.traineeId])).get(a.traineeId);
    const team = await tx.supportTeam.findUniqueOrThrow({ where: { id: a.teamId }, select: { name: true } });
    await this.notifications.notify(tx, {
      kind: 'TEAM_CHANGED',
      key: `teamassignment:${a.id}:${change.toLowerCase()}`,
      params: { team: team.name, change },
      link: { type: 'TEAM', id: a.teamId },
      recipients: user ? [user] : [],
      actorId,
    });
  }

  async list(actor: Actor, args: TeamsArgs): Promise<PageResult<Team>> {
    const search = args.search
      ? {
          OR: [
            { name: contains(args.search) },
            { members: { some: { leftAt: null, user: { name: contains(args.search) } } } },
          ],
        }
      : {};
    const where: Prisma.SupportTeamWhereInput = {
      AND: [teamScope(actor), args.cohortId ? { cohortId: args.cohortId } : {}, search],
    };
    // Natural order (疏附2组 before 疏附10组), the same on every page: sort the scope's names (teams number in the
    // hundreds at most), then load the one page.
    const names = await this.db.prisma.supportTeam.findMany({ where, select: { id: true, name: true } });
    names.sort((a, b) => naturalCompare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const { skip = 0, take = names.length } = toSkipTake(args);
    const ids = names.slice(skip, skip + take).map((n) => n.id);
    const rows = ids.length
      ? await this.db.prisma.supportTeam.findMany({ where: { id: { in: ids } }, select: TEAM_SELECT })
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      items: ids.map((id) => toTeam(byId.get(id)!)),
      total: names.length,
      page: args.page,
      pageSize: args.pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<Team> {
    const row = await this.db.prisma.supportTeam.findFirst({
      where: { AND: [{ id }, teamScope(actor)] },
      select: TEAM_SELECT,
    });
    if (!row) throw DomainError.notFound('Team');
    return toTeam(row);
  }

  /** Creates a team; the composition rules already ran on the input, the people are checked here. */
  async create(actor: Actor, input: CreateTeamInput): Promise<Team> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: input.cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.field('cohortId', msg('common.noSuchCohort'));
    await assertSupportStaff(this.db.prisma, input.members);
    const row = await this.db.prisma.supportTeam.create({
      data: {
        name: input.name,
        cohortId: cohort.id,
        members: { create: input.members.map((m) => ({ userId: m.userId, role: m.role })) },
      },
      select: TEAM_SELECT,
    });
    return toTeam(row);
  }

  /**
   * Replaces the line-up in one transaction: leavers get `leftAt`, a changed role ends the old seat and opens a
   * new one (history stays), newcomers take on every trainee the team backs, within the load cap.
   */
  async update(actor: Actor, input: UpdateTeamInput): Promise<Team> {
    return this.db.prisma.$transaction(async (tx) => {
      const team = await lockTeam(tx, actor, input.id);
      await assertSupportStaff(tx, input.members);
      const current = await tx.teamMembership.findMany({
        where: { teamId: team.id, leftAt: null },
        select: { id: true, userId: true, role: true },
      });
      const now = new Date();
      const keep = (m: { userId: string; role: string }) =>
        input.members.some((n) => n.userId === m.userId && n.role === m.role);
      const leaving = current.filter((m) => !keep(m));
      const joining = input.members.filter((n) => !current.some((m) => m.userId === n.userId && m.role === n.role));
      const newcomers = joining.filter((n) => !current.some((m) => m.userId === n.userId));
      const backed = await tx.teamAssignment.count({ where: { teamId: team.id, endedAt: null } });
      if (backed > 0 && newcomers.length) {
        const loads = await currentLoads(
          tx,
          newcomers.map((n) => n.userId),
        );
        assertWithinLoad(
          newcomers.map((n) => ({
            userId: n.userId,
            name: loads.get(n.userId)!.name,
            current: loads.get(n.userId)!.load,
            adding: backed,
          })),
          maxTraineesPerStaff(),
          (userId) => `members.${input.members.findIndex((m) => m.userId === userId)}.userId`,
        );
      }
      if (leaving.length)
        await tx.teamMembership.updateMany({ where: { id: { in: leaving.map((m) => m.id) } }, data: { leftAt: now } });
      if (joining.length)
        await tx.teamMembership.createMany({
          data: joining.map((n) => ({ teamId: team.id, userId: n.userId, role: n.role, joinedAt: now })),
        });
      const row = await tx.supportTeam.update({
        where: { id: team.id },
        data: { name: input.name },
        select: TEAM_SELECT,
      });
      return toTeam(row);
    });
  }

  /** Puts a trainee under a (complete) team; a current team of theirs is ended with the reason "moved". */
  async assign(actor: Actor, input: AssignTeamInput): Promise<TeamAssignment> {
    return this.db.prisma.$transaction(async (tx) => {
      const team = await lockTeam(tx, actor, input.teamId);
      // Serialises concurrent changes to the same trainee's team (the partial unique index is the backstop).
      await tx.$queryRaw`SELECT id FROM "Trainee" WHERE id = ${input.traineeId} FOR UPDATE`;
      const trainee = await tx.trainee.findFirst({
        where: { AND: [{ id: input.traineeId }, traineeScope(actor)] },
        select: {
          id: true,
          enrolments: { where: { cohortId: team.cohortId, status: 'ACTIVE' }, select: { id: true } },
        },
      });
      if (!trainee) throw DomainError.field('traineeId', msg('common.noSuchTrainee'));
      if (!trainee.enrolments.length) throw DomainError.field('traineeId', msg('teams.traineeNotInCohort'));
      const full = toTeam(await tx.supportTeam.findUniqueOrThrow({ where: { id: team.id }, select: TEAM_SELECT }));
      if (!full.complete) throw DomainError.conflict(msg('teams.incomplete'));
      const previous = await tx.teamAssignment.findFirst({
        where: { traineeId: trainee.id, endedAt: null },
        select: { id: true, teamId: true },
      });
      if (previous?.teamId === team.id) throw DomainError.conflict(msg('teams.alreadyBacksTrainee'));
      const stayOn = previous
        ? new Set(
            (
              await tx.teamMembership.findMany({
                where: { teamId: previous.teamId, leftAt: null },
                select: { userId: true },
              })
            ).map((m) => m.userId),
          )
        : new Set<string>();
      const memberIds = full.members.map((m) => m.user.id);
      const loads = await currentLoads(tx, memberIds);
      assertWithinLoad(
        memberIds.map((id) => ({
          userId: id,
          name: loads.get(id)!.name,
          current: loads.get(id)!.load,
          adding: stayOn.has(id) ? 0 : 1,
        })),
        maxTraineesPerStaff(),
        () => 'teamId',
      );
      const now = new Date();
      if (previous)
        await tx.teamAssignment.update({
          where: { id: previous.id },
          data: { endedAt: now, endedById: actor.id, endReason: `Moved to ${team.name}` },
        });
      const created = await tx.teamAssignment.create({
        data: { teamId: team.id, traineeId: trainee.id, assignedById: actor.id, startedAt: now },
      });
      await this.notifyTeam(tx, created, 'ASSIGNED', actor.id);
      return created;
    });
  }

  async endAssignment(actor: Actor, input: EndTeamAssignmentInput): Promise<TeamAssignment> {
    const current = await this.db.prisma.teamAssignment.findFirst({
      where: { traineeId: input.traineeId, endedAt: null, trainee: traineeScope(actor) },
      select: { id: true },
    });
    if (!current) throw DomainError.notFound('Current team of this trainee');
    return this.db.prisma.$transaction(async (tx) => {
      const ended = await tx.teamAssignment.update({
        where: { id: current.id },
        data: { endedAt: new Date(), endedById: actor.id, endReason: input.reason },
      });
      await this.notifyTeam(tx, ended, 'ENDED', actor.id);
      return ended;
    });
  }

  /** Every active SUPPORT user with their load (trainees backed now) against the cap, and their seats. */
  async workload(): Promise<StaffWorkload[]> {
    const users = await this.db.prisma.user.findMany({
      where: { role: 'SUPPORT', active: true },
      select: {
        id: true,
        name: true,
        teamMemberships: {
          where: { leftAt: null },
          select: { role: true, team: { select: { id: true, name: true } } },
        },
      },
      orderBy: { name: 'asc' },
    });
    const loads = await currentLoads(
      this.db.prisma,
      users.map((u) => u.id),
    );
    const cap = maxTraineesPerStaff();
    return users
      .map((u) => ({
        user: { id: u.id, name: u.name },
        load: loads.get(u.id)?.load ?? 0,
        cap,
        seats: u.teamMemberships.map((m) => ({ teamId: m.team.id, teamName: m.team.name, role: m.role })),
      }))
      .sort((a, b) => b.load - a.load || a.user.name.localeCompare(b.user.name));
  }

  /** Trainees in training (status ACTIVE, enrolment ACTIVE) with no current team, or whose team is no longer complete. */
  async coverageGaps(actor: Actor, cohortId?: string | null): Promise<CoverageGap[]> {
    const enrolments = await this.db.prisma.enrolment.findMany({
      where: {
        status: 'ACTIVE',
        trainee: { status: 'ACTIVE' },
        ...(cohortId ? { cohortId } : {}),
        cohort: cohortScope(actor),
      },
      select: {
        cohort: { select: { id: true, name: true } },
        trainee: {
          select: {
            ...TRAINEE_SELECT,
            teamAssignments: { where: { endedAt: null }, select: { team: { select: TEAM_SELECT } } },
          },
        },
      },
      orderBy: [{ cohort: { startDate: 'asc' } }, { trainee: { name: 'asc' } }],
      take: 500,
    });
    const gaps: CoverageGap[] = [];
    for (const e of enrolments) {
      const current = e.trainee.teamAssignments[0];
      const team = current ? toTeam(current.team) : null;
      if (team?.complete) continue;
      gaps.push({
        trainee: toTrainee(e.trainee),
        cohortId: e.cohort.id,
        cohortName: e.cohort.name,
        problem: team ? 'INCOMPLETE_TEAM' : 'NO_TEAM',
        teamId: team?.id ?? null,
        teamName: team?.name ?? null,
      });
    }
    return gaps;
  }
}

async function lockTeam(tx: Tx, actor: Actor, id: string) {
  const team = await tx.supportTeam.findFirst({
    where: { AND: [{ id }, teamScope(actor)] },
    select: { id: true, name: true, cohortId: true },
  });
  if (!team) throw DomainError.notFound('Team');
  await tx.$queryRaw`SELECT id FROM "SupportTeam" WHERE id = ${id} FOR UPDATE`;
  return team;
}

/** Members must be active SUPPORT users; each wrong one is reported on its row. */
async function assertSupportStaff(db: Tx | PrismaClient, members: TeamMemberInput[]): Promise<void> {
  const ok = new Set(
    (
      await db.user.findMany({
        where: { id: { in: members.map((m) => m.userId) }, role: 'SUPPORT', active: true },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  const problems: FieldError[] = members.flatMap((m, i) =>
    ok.has(m.userId) ? [] : [{ field: `members.${i}.userId`, ...msg('teams.notActiveSupportStaff') }],
  );
  if (problems.length) throw DomainError.badInput(problems);
}

/** Trainees each user backs now, across all their current teams (one SQL statement). */
export async function currentLoads(
  db: Tx | PrismaClient,
  userIds: string[],
): Promise<Map<string, { name: string; load: number }>> {
  if (!userIds.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; name: string; load: number }[]>`
    SELECT u.id, u.name, count(DISTINCT a."traineeId")::int AS load
    FROM "User" u
    LEFT JOIN "TeamMembership" m ON m."userId" = u.id AND m."leftAt" IS NULL
    LEFT JOIN "TeamAssignment" a ON a."teamId" = m."teamId" AND a."endedAt" IS NULL
    WHERE u.id = ANY(${userIds}) GROUP BY u.id, u.name`;
  return new Map(rows.map((r) => [r.id, { name: r.name, load: r.load }]));
}
