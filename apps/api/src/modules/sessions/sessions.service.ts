import { Prisma, type PrismaClient } from '@grassroots/db';
import {
  addDays,
  computeResult,
  countRows,
  dayStartIn,
  DEFAULT_TIME_ZONE,
  DomainError,
  type FieldError,
  MATCH_WINDOW_MINUTES,
  msg,
  nextSessionStatus,
  Permission,
  type ProvenanceMap,
  qcGateProblems,
  readResultsCsv,
  type RunOfShowItemInput,
  seriesOccurrences,
  type SessionAction,
  type SessionStatus,
  sortProblems,
  suggestFreeSlots,
  todayIn,
  toSkipTake,
  wallClockIn,
} from '@grassroots/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { liveSessionScope, liveSessionScopeSql, teamScope, traineeScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { ImportReport } from '../../core/graphql/models/import-report.model';
import type { PageResult } from '../../core/graphql/pagination';
import { type ImportJob, toImportJob } from '../../core/jobs/job.model';
import { type ImportHooks, JobsService } from '../../core/jobs/jobs.service';
import { importFileOf, readSpreadsheet } from '../../core/spreadsheet/read-spreadsheet';
import { loadGateFacts } from '../catalogue/gate-facts';
import { NotificationsService, teamStaff, traineeUsers } from '../notifications/notifications.service';
import { TEAM_SELECT, toTeam } from '../teams/models/team.model';
import { todoIds } from '../workbench/todo-filters';
import {
  assertNoDoubleBooking,
  bookedSessions,
  bookedSessionsOf,
  clashReason,
  instantOf,
  lessonClash,
  lessonsBetween,
  lockPeople,
} from './booking-clashes';
import type {
  AvailabilityArgs,
  CancelSessionInput,
  ImportResultsInput,
  LiveSessionsArgs,
  PerformanceArgs,
  RecordResultsInput,
  ScheduleSessionInput,
  ScheduleSessionSeriesInput,
  SessionDaysArgs,
  UpdateSessionInput,
} from './dto/session.input';
import type { Availability, BusyBlock } from './models/availability.model';
import {
  type LiveSession,
  SESSION_SELECT,
  type SessionDay,
  toSession,
  type TraineePerformance,
} from './models/session.model';
import { salesTotals, type TotalsRow, toTotals } from './sales.sql';
import { runOfShowSales } from './session-refunds';

type Tx = Prisma.TransactionClient;
/** An instant as people of the program read it: YYYY-MM-DD HH:mm in its zone. */

@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Tells the trainee and the session's team's SUPPORT staff (their scope) about a change to a session. */
  private async notifySession(
    tx: Tx,
    kind: 'SESSION_SCHEDULED' | 'SESSION_CHANGED' | 'SESSION_CANCELLED',
    id: string,
    actor: Actor,
  ): Promise<void> {
    const s = await tx.liveSession.findUniqueOrThrow({
      where: { id },
      select: {
        title: true,
        scheduledStart: true,
        platform: true,
        teamId: true,
        traineeId: true,
        cancelReason: true,
        version: true,
        trainee: { select: { name: true } },
      },
    });
    const trainee = (await traineeUsers(tx, [s.traineeId])).get(s.traineeId);
    const suffix =
      kind === 'SESSION_CHANGED' ? `changed:${s.version}` : kind === 'SESSION_SCHEDULED' ? 'scheduled' : 'cancelled';
    await this.notifications.notify(tx, {
      kind,
      key: `session:${id}:${suffix}`,
      params: {
        title: s.title,
        at: s.scheduledStart.toISOString(),
        platform: s.platform,
        trainee: s.trainee.name,
        reason: s.cancelReason,
      },
      link: { type: 'SESSION', id },
      recipients: [...(trainee ? [trainee] : []), ...(await teamStaff(tx, s.teamId))],
      actorId: actor.id,
      group: { teamId: s.teamId },
    });
  }

  /** Result imports run as jobs (off the request path, retried, progress to poll). */
  onModuleInit(): void {
    // Jobs queued before .xlsx came have no fileName: they are CSV.
    this.jobs.handle<{ platform: ImportResultsInput['platform']; fileName?: string }>(
      'import.sessionResults',
      Permission.SESSIONS_WRITE,
      (ctx) =>
        this.importResults(
          ctx.actor,
          ctx.params.platform,
          { bytes: ctx.input ?? Buffer.alloc(0), fileName: ctx.params.fileName ?? 'import.csv' },
          new Date(),
          ctx,
        ),
    );
  }

  async startImportResults(actor: Actor, input: ImportResultsInput): Promise<ImportJob> {
    const { bytes, fileName } = importFileOf(input);
    return toImportJob(
      await this.jobs.start(actor, 'import.sessionResults', { platform: input.platform, fileName }, bytes),
    );
  }

  async list(actor: Actor, args: LiveSessionsArgs): Promise<PageResult<LiveSession>> {
    const todo = await todoIds(this.db.prisma, actor, 'LiveSession', args.todo);
    const where: Prisma.LiveSessionWhereInput = {
      AND: [
        liveSessionScope(actor),
        todo ? { id: { in: todo } } : {},
        args.from || args.to ? await onProgramDays(this.db.prisma, args.from, args.to) : {},
        args.cohortId ? { cohortId: args.cohortId } : {},
        args.teamId ? { teamId: args.teamId } : {},
        args.traineeId ? { traineeId: args.traineeId } : {},
        args.status ? { status: args.status } : {},
        args.productId ? { items: { some: { productId: args.productId } } } : {},
        args.search ? { OR: [{ title: contains(args.search) }, { trainee: { name: contains(args.search) } }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.liveSession.findMany({
        where,
        select: SESSION_SELECT,
        orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.liveSession.count({ where }),
    ]);
    return { items: rows.map(toSession), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<LiveSession> {
    const row = await this.db.prisma.liveSession.findFirst({
      where: { AND: [{ id }, liveSessionScope(actor)] },
      select: SESSION_SELECT,
    });
    if (!row) throw DomainError.notFound('Live session');
    return toSession(row);
  }

  /** Per-day counts and GMV for a calendar (one grouped SQL statement, whatever the number of sessions). */
  async days(actor: Actor, args: SessionDaysArgs): Promise<SessionDay[]> {
    const rows = await this.db.prisma.$queryRaw<
      {
        day: Date;
        total: number;
        scheduled: number;
        live: number;
        ended: number;
        cancelled: number;
        gmv: Prisma.Decimal;
      }[]
    >`
      SELECT (s."scheduledStart" AT TIME ZONE 'UTC' AT TIME ZONE zp."timeZone")::date AS day, count(*)::int AS total,
        count(*) FILTER (WHERE s.status = 'SCHEDULED')::int AS scheduled, count(*) FILTER (WHERE s.status = 'LIVE')::int AS live,
        count(*) FILTER (WHERE s.status = 'ENDED')::int AS ended, count(*) FILTER (WHERE s.status = 'CANCELLED')::int AS cancelled,
        coalesce(sum(s.gmv) FILTER (WHERE s.status = 'ENDED'), 0) AS gmv
      FROM "LiveSession" s JOIN "Cohort" zc ON zc.id = s."cohortId" JOIN "Program" zp ON zp.id = zc."programId"
      WHERE s."scheduledStart" >= ${dayStartIn(args.from, 'Etc/GMT-14')} AND s."scheduledStart" < ${dayStartIn(addDays(args.to, 1), 'Etc/GMT+12')}
        AND (s."scheduledStart" AT TIME ZONE 'UTC' AT TIME ZONE zp."timeZone")::date BETWEEN ${args.from}::date AND ${args.to}::date
        AND ${args.cohortId ? Prisma.sql`s."cohortId" = ${args.cohortId}` : Prisma.sql`TRUE`}
        AND ${args.teamId ? Prisma.sql`s."teamId" = ${args.teamId}` : Prisma.sql`TRUE`}
        AND ${args.traineeId ? Prisma.sql`s."traineeId" = ${args.traineeId}` : Prisma.sql`TRUE`}
        AND ${liveSessionScopeSql(actor)}
      GROUP BY 1 ORDER BY 1`;
    return rows.map((r) => ({
      ...r,
      date: r.day.toISOString().slice(0, 10),
      gmv: new Prisma.Decimal(r.gmv).toFixed(2),
    }));
  }

  /** Schedules a session for a trainee with their current team: QC gate on every product, no double booking. */
  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<LiveSession> {
    return this.db.prisma.$transaction(async (tx) => {
      const { trainee, team, timeZone } = await streamerWithTeam(tx, actor, input.traineeId, input.teamId);
      await assertGate(tx, input.items, 'BAD_USER_INPUT');
      const start = new Date(input.scheduledStart);
      const end = new Date(start.getTime() + input.plannedMinutes * 60_000);
      await assertNoDoubleBooking(tx, {
        selfId: null,
        traineeId: trainee.id,
        cohortId: team.cohortId,
        memberIds: team.members.map((m) => m.user.id),
        start,
        end,
        timeZone,
      });
      const row = await tx.liveSession.create({
        data: {
          traineeId: trainee.id,
          teamId: team.id,
          cohortId: team.cohortId,
          platform: input.platform,
          scheduledStart: start,
          plannedMinutes: input.plannedMinutes,
          scheduledEnd: end,
          title: input.title,
          scriptUrl: input.scriptUrl || null,
          createdById: actor.id,
          items: { create: runOfShowRows(input.items) },
        },
        select: SESSION_SELECT,
      });
      await this.notifySession(tx, 'SESSION_SCHEDULED', row.id, actor);
      return toSession(row);
    });
  }

  /**
   * Books a repeating session (e.g. daily at 19:00 for three weeks) in one transaction: every occurrence is read in
   * the program's zone and checked for double booking first, and one clash refuses the whole series, listing every
   * clashing occurrence with its date and reason.
   */
  async scheduleSeries(actor: Actor, input: ScheduleSessionSeriesInput): Promise<LiveSession[]> {
    return this.db.prisma.$transaction(
      async (tx) => {
        const { trainee, team, timeZone } = await streamerWithTeam(tx, actor, input.traineeId, null);
        await assertGate(tx, input.items, 'BAD_USER_INPUT');
        const occurrences = seriesOccurrences(input, timeZone);
        if (!occurrences.length) throw DomainError.field('weekdays', msg('sessions.noChosenWeekdayFallsThese'));
        const memberIds = team.members.map((m) => m.user.id);
        await lockPeople(tx, trainee.id, memberIds);
        const booked = await bookedSessions(tx, {
          selfId: null,
          traineeId: trainee.id,
          memberIds,
          start: occurrences[0].start,
          end: occurrences.at(-1)!.end,
        });
        const lessons = await lessonsBetween(
          tx,
          team.cohortId,
          occurrences[0].start,
          occurrences.at(-1)!.end,
          timeZone,
        );
        const clashes = occurrences.flatMap((o, i) => [
          ...booked
            .filter((b) => b.start < o.end && o.start < b.end)
            .map((b) => ({
              field: `occurrences.${i}`,
              ...msg('sessions.clashOnDate', { date: o.date, reason: clashReason(b, trainee.id, timeZone) }),
            })),
          ...lessons
            .filter((l) => l.start < o.end && o.start < l.end)
            .map((l) => ({
              field: `occurrences.${i}`,
              ...msg('sessions.clashOnDate', { date: o.date, reason: lessonClash(l, trainee.name, timeZone) }),
            })),
        ]);
        if (clashes.length) {
          const days = new Set(clashes.map((c) => c.field)).size;
          throw DomainError.conflict(
            msg('sessions.sessionsClashNoneWasBooked', { clashing: days, total: occurrences.length }),
            [...new Map(clashes.map((c) => [c.message, c])).values()],
          );
        }
        const created: LiveSession[] = [];
        for (const o of occurrences) {
          const row = await tx.liveSession.create({
            data: {
              traineeId: trainee.id,
              teamId: team.id,
              cohortId: team.cohortId,
              platform: input.platform,
              scheduledStart: o.start,
              plannedMinutes: input.plannedMinutes,
              scheduledEnd: o.end,
              title: input.title,
              scriptUrl: input.scriptUrl || null,
              createdById: actor.id,
              items: { create: runOfShowRows(input.items) },
            },
            select: SESSION_SELECT,
          });
          created.push(toSession(row));
        }
        // One notice for the series (its first session), not one per day.
        await this.notifySession(tx, 'SESSION_SCHEDULED', created[0].id, actor);
        return created;
      },
      { timeout: 60_000 },
    );
  }

  /**
   * A week of a streamer's and their team's time in the program's zone: the cohort's lessons, the streamer's
   * sessions and each member's sessions with other streamers, and prime-time slots free of all of them.
   */
  async availability(actor: Actor, args: AvailabilityArgs, now = new Date()): Promise<Availability> {
    const db = this.db.prisma;
    const team = args.teamId
      ? await db.supportTeam.findFirst({ where: { AND: [{ id: args.teamId }, teamScope(actor)] }, select: TEAM_SELECT })
      : (
          await db.teamAssignment.findFirst({
            where: {
              traineeId: args.traineeId ?? undefined,
              endedAt: null,
              team: teamScope(actor),
              trainee: traineeScope(actor),
            },
            select: { team: { select: TEAM_SELECT } },
          })
        )?.team;
    if (!team) throw DomainError.notFound(args.teamId ? 'Team' : 'Streamer with a team');
    const traineeIds = args.traineeId
      ? [args.traineeId]
      : (
          await db.teamAssignment.findMany({ where: { teamId: team.id, endedAt: null }, select: { traineeId: true } })
        ).map((a) => a.traineeId);
    const timeZone =
      (
        await db.cohort.findUnique({
          where: { id: team.cohortId },
          select: { program: { select: { timeZone: true } } },
        })
      )?.program.timeZone ?? DEFAULT_TIME_ZONE;
    const days = Array.from({ length: 7 }, (_, i) => addDays(args.weekStart, i));
    const from = dayStartIn(days[0], timeZone);
    const to = dayStartIn(addDays(days[0], 7), timeZone);
    const memberIds = team.members.filter((m) => !m.leftAt).map((m) => m.user.id);
    const [lessons, sessions] = await Promise.all([
      db.lesson.findMany({
        where: {
          cohortId: team.cohortId,
          date: {
            gte: new Date(`${addDays(days[0], -1)}T00:00:00Z`),
            lte: new Date(`${addDays(days[6], 1)}T00:00:00Z`),
          },
        },
        select: { id: true, date: true, startTime: true, endTime: true, topic: true },
        orderBy: [{ date: 'asc' }, { startTime: 'asc' }],
      }),
      bookedSessionsOf(db, { traineeIds, memberIds, start: from, end: to }),
    ]);
    const visible = new Set(
      (
        await db.liveSession.findMany({
          where: { AND: [{ id: { in: sessions.map((s) => s.id) } }, liveSessionScope(actor)] },
          select: { id: true },
        })
      ).map((s) => s.id),
    );
    const busy: BusyBlock[] = [
      ...lessons.map((l) => {
        const day = l.date.toISOString().slice(0, 10);
        return {
          kind: 'LESSON' as const,
          title: l.topic,
          start: instantOf(day, l.startTime, timeZone),
          end: instantOf(day, l.endTime, timeZone),
          who: team.name,
          sessionId: null,
        };
      }),
      ...sessions.map((s) =>
        traineeIds.includes(s.traineeId)
          ? {
              kind: 'SESSION' as const,
              title: s.title,
              start: s.start,
              end: s.end,
              who: s.traineeName,
              sessionId: visible.has(s.id) ? s.id : null,
            }
          : {
              kind: 'MEMBER_SESSION' as const,
              title: s.title,
              start: s.start,
              end: s.end,
              who: `${s.memberName} · ${s.traineeName}`,
              sessionId: visible.has(s.id) ? s.id : null,
            },
      ),
    ]
      .filter((b) => b.start < to && b.end > from)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    const minutes = args.minutes ?? 120;
    return {
      timeZone,
      weekStart: days[0],
      days,
      traineeId: traineeIds[0] ?? null,
      teamId: team.id,
      minutes,
      busy,
      freeSlots: suggestFreeSlots({ days, tz: timeZone, minutes, busy, now }),
    };
  }

  /** Reschedules or edits a session that has not started; same checks as scheduling. */
  async update(actor: Actor, input: UpdateSessionInput): Promise<LiveSession> {
    return this.db.prisma.$transaction(async (tx) => {
      const s = await lockSession(tx, actor, input.id);
      if (s.status !== 'SCHEDULED') throw DomainError.conflict(msg('sessions.onlyScheduledSessionCanEdited'));
      const team = toTeam(await tx.supportTeam.findUniqueOrThrow({ where: { id: s.teamId }, select: TEAM_SELECT }));
      await assertGate(tx, input.items, 'BAD_USER_INPUT');
      const start = new Date(input.scheduledStart);
      const end = new Date(start.getTime() + input.plannedMinutes * 60_000);
      const timeZone = await programZone(tx, team.cohortId);
      await assertNoDoubleBooking(tx, {
        selfId: s.id,
        traineeId: s.traineeId,
        cohortId: team.cohortId,
        memberIds: team.members.map((m) => m.user.id),
        start,
        end,
        timeZone,
      });
      await tx.liveSessionItem.deleteMany({ where: { sessionId: s.id } });
      const row = await tx.liveSession.update({
        where: { id: s.id },
        data: {
          platform: input.platform,
          scheduledStart: start,
          plannedMinutes: input.plannedMinutes,
          scheduledEnd: end,
          title: input.title,
          scriptUrl: input.scriptUrl || null,
          version: { increment: 1 },
          items: { create: runOfShowRows(input.items) },
        },
        select: SESSION_SELECT,
      });
      await this.notifySession(tx, 'SESSION_CHANGED', row.id, actor);
      return toSession(row);
    });
  }

  /** SCHEDULED → LIVE, only if every featured product still passes the QC gate. */
  async start(actor: Actor, id: string, now = new Date()): Promise<LiveSession> {
    return this.move(actor, id, 'START', async (tx, s) => {
      const items = await tx.liveSessionItem.findMany({
        where: { sessionId: s.id },
        select: { productId: true, livePrice: true, commissionPct: true },
        orderBy: { position: 'asc' },
      });
      await assertGate(
        tx,
        items.map((i) => ({
          productId: i.productId,
          livePrice: i.livePrice.toFixed(2),
          commissionPct: i.commissionPct.toFixed(2),
        })),
        'CONFLICT',
      );
      return { startedAt: now };
    });
  }

  async end(actor: Actor, id: string, now = new Date()): Promise<LiveSession> {
    return this.move(actor, id, 'END', async () => ({ endedAt: now }));
  }

  async cancel(actor: Actor, input: CancelSessionInput): Promise<LiveSession> {
    return this.move(actor, input.id, 'CANCEL', async () => ({ cancelReason: input.reason }));
  }

  private async move(
    actor: Actor,
    id: string,
    action: SessionAction,
    extra: (tx: Tx, s: LockedSession) => Promise<Prisma.LiveSessionUpdateInput>,
  ): Promise<LiveSession> {
    return this.db.prisma.$transaction(async (tx) => {
      const s = await lockSession(tx, actor, id);
      const status = nextSessionStatus(s.status as SessionStatus, action);
      const row = await tx.liveSession.update({
        where: { id: s.id },
        data: { status, version: { increment: 1 }, ...(await extra(tx, s)) },
        select: SESSION_SELECT,
      });
      if (action === 'CANCEL') await this.notifySession(tx, 'SESSION_CANCELLED', row.id, actor);
      return toSession(row);
    });
  }

  /** Records an ended session's results; commission and net result are computed by the domain rule. */
  async recordResults(actor: Actor, input: RecordResultsInput, now = new Date()): Promise<LiveSession> {
    return this.db.prisma.$transaction(async (tx) => {
      const s = await lockSession(tx, actor, input.sessionId);
      if (s.status !== 'ENDED') throw DomainError.conflict(msg('sessions.resultsRecordedOnceSessionHas'));
      if (s.version !== input.version) throw DomainError.conflict(msg('sessions.someoneElseChangedSessionSince'));
      const items = await tx.liveSessionItem.findMany({
        where: { sessionId: s.id },
        select: { id: true, commissionPct: true, gmv: true, unitsSold: true },
      });
      const byId = new Map(items.map((i) => [i.id, i]));
      const bad: FieldError[] = (input.items ?? []).flatMap((it, i) =>
        byId.has(it.itemId) ? [] : [{ field: `items.${i}.itemId`, ...msg('sessions.notProductSession') }],
      );
      if (bad.length) throw DomainError.badInput(bad);
      for (const it of input.items ?? []) {
        await tx.liveSessionItem.update({
          where: { id: it.itemId },
          data: { unitsSold: it.unitsSold ?? null, gmv: it.gmv ?? null },
        });
        const cur = byId.get(it.itemId)!;
        byId.set(it.itemId, {
          ...cur,
          gmv: it.gmv == null ? null : new Prisma.Decimal(it.gmv),
          unitsSold: it.unitsSold ?? null,
        });
      }
      const old = (s.provenance ?? {}) as ProvenanceMap;
      const provenance: ProvenanceMap = {
        actualMinutes: input.actualMinutes.provenance,
        viewers: input.viewers.provenance,
        peakViewers: input.peakViewers.provenance,
        newFollowers: input.newFollowers.provenance,
        orders: input.orders.provenance,
        gmv: input.gmv.provenance,
        adSpend: input.adSpend.provenance,
        refunds: input.refunds?.provenance ?? old.refunds ?? 'MANUAL',
      };
      const refunds = input.refunds?.value ?? s.refunds.toFixed(2);
      const computed = computeResult({
        gmv: input.gmv.value,
        refunds,
        adSpend: input.adSpend.value,
        orders: input.orders.value,
        viewers: input.viewers.value,
        provenance,
        items: runOfShowSales([...byId.values()]),
      });
      const row = await tx.liveSession.update({
        where: { id: s.id },
        data: {
          actualMinutes: input.actualMinutes.value,
          viewers: input.viewers.value,
          peakViewers: input.peakViewers.value,
          newFollowers: input.newFollowers.value,
          orders: input.orders.value,
          gmv: input.gmv.value,
          adSpend: input.adSpend.value,
          refunds,
          commission: computed.commission,
          netResult: computed.netResult,
          provenance: { ...provenance, ...computed.provenance },
          resultsRecordedAt: now,
          resultsRecordedById: actor.id,
          version: { increment: 1 },
        },
        select: SESSION_SELECT,
      });
      return toSession(row);
    });
  }

  /**
   * Imports a platform export: each row is matched to a session by the streamer's account on that platform and the
   * start time (±90 min); every row is checked first, then all are written in one transaction or none.
   */
  async importResults(
    actor: Actor,
    platform: ImportResultsInput['platform'],
    file: { bytes: Buffer; fileName: string },
    now = new Date(),
    hooks?: ImportHooks,
  ): Promise<ImportReport> {
    await hooks?.progress('reading');
    const sheet = await readSpreadsheet(file.bytes, file.fileName);
    if (!sheet.table) return { imported: 0, rows: 0, problems: sheet.problems };
    const { rows, problems } = readResultsCsv(sheet.table, platform);
    await hooks?.progress('checking', 0, rows.length);
    const matched = new Map<number, string>();
    const startOf = new Map<number, Date>();
    if (rows.length) {
      const times = rows.map((r) => r.start.getTime());
      const window = MATCH_WINDOW_MINUTES * 60_000;
      // Export times carry no offset: each is read in the zone of the program of the session it may match, so
      // candidates are fetched with the widest spread of zones (UTC+14 … UTC−12) around China time.
      const spread = 14 * 3600_000;
      const candidates = await this.db.prisma.liveSession.findMany({
        where: {
          AND: [
            liveSessionScope(actor),
            { platform: platform, status: { not: 'CANCELLED' } },
            {
              scheduledStart: {
                gte: new Date(Math.min(...times) - window - spread),
                lte: new Date(Math.max(...times) + window + spread),
              },
            },
          ],
        },
        select: {
          id: true,
          status: true,
          title: true,
          scheduledStart: true,
          startedAt: true,
          team: { select: { cohort: { select: { program: { select: { timeZone: true } } } } } },
          trainee: { select: { platformAccounts: true } },
        },
        take: 20_000,
      });
      const claimed = new Map<string, number>();
      for (const r of rows) {
        const handle = r.account.toLowerCase();
        const near = candidates.filter(
          (c) =>
            accountsOf(c.trainee.platformAccounts).some(
              (a) => a.platform === platform && a.handle.toLowerCase() === handle,
            ) &&
            Math.abs(
              (c.startedAt ?? c.scheduledStart).getTime() -
                wallClockIn(r.wallClock, c.team.cohort.program.timeZone).getTime(),
            ) <= window,
        );
        if (!near.length)
          problems.push({
            row: r.row,
            column: 'account',
            ...msg('sessions.noSessionAround', {
              account: r.account,
              time: r.wallClock.slice(0, 16).replace('T', ' '),
            }),
          });
        else if (near.length > 1)
          problems.push({
            row: r.row,
            column: 'start',
            ...msg('sessions.sessionsNearTime', { count: near.length, account: r.account }),
          });
        else if (near[0].status === 'SCHEDULED')
          problems.push({
            row: r.row,
            column: 'start',
            ...msg('sessions.wasNeverStartedGrassroots', { title: near[0].title }),
          });
        else if (claimed.has(near[0].id))
          problems.push({
            row: r.row,
            column: 'start',
            ...msg('sessions.sameSessionRow', { row: claimed.get(near[0].id)! }),
          });
        else {
          claimed.set(near[0].id, r.row);
          matched.set(r.row, near[0].id);
          startOf.set(r.row, wallClockIn(r.wallClock, near[0].team.cohort.program.timeZone));
        }
      }
    }
    if (problems.length) return { imported: 0, rows: countRows(rows, problems), problems: sortProblems(problems) };
    await hooks?.progress('writing', 0, rows.length);
    const report = { imported: rows.length, rows: rows.length, problems: [] };
    await this.db.prisma.$transaction(
      async (tx) => {
        for (const r of rows) {
          const s = await lockSession(tx, actor, matched.get(r.row)!);
          const items = await tx.liveSessionItem.findMany({
            where: { sessionId: s.id },
            select: { commissionPct: true, gmv: true },
          });
          const old = (s.provenance ?? {}) as ProvenanceMap;
          const adSpend = r.adSpend ?? s.adSpend?.toFixed(2) ?? '0.00';
          const provenance: ProvenanceMap = {
            ...old,
            actualMinutes: 'PLATFORM_EXPORT',
            viewers: 'PLATFORM_EXPORT',
            orders: 'PLATFORM_EXPORT',
            gmv: 'PLATFORM_EXPORT',
            ...(r.peakViewers !== null ? { peakViewers: 'PLATFORM_EXPORT' as const } : {}),
            ...(r.newFollowers !== null ? { newFollowers: 'PLATFORM_EXPORT' as const } : {}),
            adSpend: r.adSpend !== null ? 'PLATFORM_EXPORT' : (old.adSpend ?? 'ESTIMATE'),
            refunds: old.refunds ?? 'MANUAL',
          };
          const computed = computeResult({
            gmv: r.gmv,
            refunds: s.refunds.toFixed(2),
            adSpend,
            orders: r.orders,
            viewers: r.viewers,
            provenance,
            items: runOfShowSales(items),
          });
          await tx.liveSession.update({
            where: { id: s.id },
            data: {
              ...(s.status === 'LIVE'
                ? { status: 'ENDED', endedAt: new Date(startOf.get(r.row)!.getTime() + r.minutes * 60_000) }
                : {}),
              actualMinutes: r.minutes,
              viewers: r.viewers,
              peakViewers: r.peakViewers ?? s.peakViewers ?? 0,
              newFollowers: r.newFollowers ?? s.newFollowers ?? 0,
              orders: r.orders,
              gmv: r.gmv,
              adSpend,
              commission: computed.commission,
              netResult: computed.netResult,
              provenance: { ...provenance, ...computed.provenance },
              resultsRecordedAt: now,
              resultsRecordedById: actor.id,
              version: { increment: 1 },
            },
          });
        }
        await hooks?.finish(tx, report);
      },
      { timeout: 120_000 },
    );
    return report;
  }

  /** The zone of the program of a trainee's latest enrolment (their "today"). */
  private async traineeZone(traineeId: string): Promise<string> {
    const e = await this.db.prisma.enrolment.findFirst({
      where: { traineeId },
      orderBy: { enrolledAt: 'desc' },
      select: { program: { select: { timeZone: true } } },
    });
    return e?.program.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** A streamer's totals, daily series and best products over a period, aggregated in SQL. */
  async performance(actor: Actor, args: PerformanceArgs): Promise<TraineePerformance> {
    const trainee = await this.db.prisma.trainee.findFirst({
      where: { AND: [{ id: args.traineeId }, traineeScope(actor)] },
      select: { id: true },
    });
    if (!trainee) throw DomainError.notFound('Trainee');
    const zone = await this.traineeZone(trainee.id);
    const to = args.to ?? todayIn(zone);
    const from = args.from ?? addDays(to, -59);
    if (from > to) throw DomainError.field('from', msg('sessions.mustNotAfter'));
    // Results count on the day the stream actually went live (a session started early counts that day).
    const range = Prisma.sql`s."traineeId" = ${trainee.id} AND s.status = 'ENDED' AND s.gmv IS NOT NULL
      AND coalesce(s."startedAt", s."scheduledStart") >= ${dayStartIn(from, 'Etc/GMT-14')} AND coalesce(s."startedAt", s."scheduledStart") < ${dayStartIn(addDays(to, 1), 'Etc/GMT+12')}
      AND ${sessionLocalDay(Prisma.sql`coalesce(s."startedAt", s."scheduledStart")`)} BETWEEN ${from}::date AND ${to}::date
      AND ${liveSessionScopeSql(actor)}`;
    const [totals, series, best, tickets] = await Promise.all([
      this.db.prisma.$queryRaw<TotalsRow[]>`SELECT ${salesTotals} FROM "LiveSession" s WHERE ${range}`,
      this.db.prisma.$queryRaw<{ day: Date; sessions: number; gmv: Prisma.Decimal; viewers: number; orders: number }[]>`
        SELECT ${sessionLocalDay(Prisma.sql`coalesce(s."startedAt", s."scheduledStart")`)} AS day, count(*)::int AS sessions, sum(s.gmv) AS gmv,
          sum(s.viewers)::int AS viewers, sum(s.orders)::int AS orders
        FROM "LiveSession" s WHERE ${range} GROUP BY 1 ORDER BY 1`,
      this.db.prisma.$queryRaw<
        { productId: string; productName: string; sessions: number; unitsSold: number; gmv: Prisma.Decimal }[]
      >`
        SELECT p.id AS "productId", p.name AS "productName", count(DISTINCT s.id)::int AS sessions,
          coalesce(sum(i."unitsSold"), 0)::int AS "unitsSold", coalesce(sum(i.gmv), 0) AS gmv
        FROM "LiveSession" s JOIN "LiveSessionItem" i ON i."sessionId" = s.id JOIN "Product" p ON p.id = i."productId"
        WHERE ${range} GROUP BY p.id, p.name ORDER BY coalesce(sum(i.gmv), 0) DESC, count(DISTINCT s.id) DESC LIMIT 10`,
      this.db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "AfterSalesTicket" t JOIN "LiveSession" s ON s.id = t."sessionId" WHERE ${range}`,
    ]);
    const t = toTotals(totals[0]);
    return {
      from,
      to,
      totals: t,
      afterSalesTickets: tickets[0]?.n ?? 0,
      afterSalesRate: t.orders > 0 ? (tickets[0]?.n ?? 0) / t.orders : null,
      series: series.map((r) => ({
        date: r.day.toISOString().slice(0, 10),
        sessions: r.sessions,
        gmv: new Prisma.Decimal(r.gmv).toFixed(2),
        viewers: r.viewers,
        orders: r.orders,
      })),
      bestProducts: best.map((r) => ({ ...r, gmv: new Prisma.Decimal(r.gmv).toFixed(2) })),
    };
  }
}

type LockedSession = Prisma.LiveSessionGetPayload<{
  select: {
    id: true;
    status: true;
    traineeId: true;
    teamId: true;
    version: true;
    provenance: true;
    refunds: true;
    adSpend: true;
    peakViewers: true;
    newFollowers: true;
  };
}>;

/** Finds the session within the caller's scope and locks its row for the rest of the transaction. */
async function lockSession(tx: Tx, actor: Actor, id: string): Promise<LockedSession> {
  const found = await tx.liveSession.findFirst({
    where: { AND: [{ id }, liveSessionScope(actor)] },
    select: { id: true },
  });
  if (!found) throw DomainError.notFound('Live session');
  await tx.$queryRaw`SELECT id FROM "LiveSession" WHERE id = ${id} FOR UPDATE`;
  return tx.liveSession.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      status: true,
      traineeId: true,
      teamId: true,
      version: true,
      provenance: true,
      refunds: true,
      adSpend: true,
      peakViewers: true,
      newFollowers: true,
    },
  });
}

/** The QC gate on every product of a run of show; each problem is reported on its row. */
async function assertGate(
  tx: Tx,
  items: RunOfShowItemInput[],
  as: 'BAD_USER_INPUT' | 'CONFLICT',
  now = new Date(),
): Promise<void> {
  if (!items.length) return;
  const facts = await loadGateFacts(
    tx,
    items.map((i) => i.productId),
  );
  const problems: FieldError[] = items.flatMap((it, i) => {
    const f = facts.get(it.productId);
    if (!f) return [{ field: `items.${i}.productId`, ...msg('common.noSuchProduct') }];
    return qcGateProblems(f, now).map((g) => ({ field: `items.${i}.productId`, ...g.message }));
  });
  if (!problems.length) return;
  if (as === 'CONFLICT') throw DomainError.conflict(msg('sessions.cannotGoLive', { problems }), problems);
  throw DomainError.badInput(problems, msg('sessions.productDoesNotPassQc'));
}

/** The calendar day of an instant of session `s` in its program's zone, in SQL. */
const sessionLocalDay = (at: Prisma.Sql) =>
  Prisma.sql`(${at} AT TIME ZONE 'UTC' AT TIME ZONE (SELECT zp."timeZone" FROM "Cohort" zc JOIN "Program" zp ON zp.id = zc."programId" WHERE zc.id = s."cohortId"))::date`;

/**
 * Sessions on calendar days `from`..`to` of their own program's zone: one bound per zone in use (programs use a
 * handful of zones), so an Urumqi session at 00:30 local counts on its own day, not China's. The list and its export
 * filter with it.
 */
export async function onProgramDays(
  db: PrismaClient,
  from: string | undefined,
  to: string | undefined,
): Promise<Prisma.LiveSessionWhereInput> {
  const zones = (await db.program.findMany({ distinct: ['timeZone'], select: { timeZone: true } })).map(
    (p) => p.timeZone,
  );
  return {
    OR: zones.map((tz) => ({
      team: { cohort: { program: { timeZone: tz } } },
      scheduledStart: {
        ...(from ? { gte: dayStartIn(from, tz) } : {}),
        ...(to ? { lt: dayStartIn(addDays(to, 1), tz) } : {}),
      },
    })),
  };
}

/** The trainee and team of a booking, within the caller's scope, with the zone of the team's program. */
async function streamerWithTeam(tx: Tx, actor: Actor, traineeId: string, teamId: string | null | undefined) {
  const trainee = await tx.trainee.findFirst({
    where: { AND: [{ id: traineeId }, traineeScope(actor)] },
    select: { id: true, name: true },
  });
  if (!trainee) throw DomainError.field('traineeId', msg('common.noSuchTrainee'));
  const current = await tx.teamAssignment.findFirst({
    where: { traineeId: trainee.id, endedAt: null, team: teamScope(actor) },
    select: { team: { select: TEAM_SELECT } },
  });
  if (!current) throw DomainError.field('traineeId', msg('sessions.hasNoSupportTeamYet', { name: trainee.name }));
  if (teamId && teamId !== current.team.id)
    throw DomainError.field('teamId', msg('sessions.alreadyBackedBy', { name: trainee.name, team: current.team.name }));
  const team = toTeam(current.team);
  if (!team.complete)
    throw DomainError.field('traineeId', msg('sessions.incompleteFillSeatsBeforeScheduling', { name: team.name }));
  return { trainee, team, timeZone: await programZone(tx, team.cohortId) };
}

/** The IANA zone of a cohort's program: its sessions' times are entered, shown and counted in it. */
export async function programZone(tx: Tx | PrismaClient, cohortId: string): Promise<string> {
  const c = await tx.cohort.findUnique({
    where: { id: cohortId },
    select: { program: { select: { timeZone: true } } },
  });
  return c?.program.timeZone ?? DEFAULT_TIME_ZONE;
}

function accountsOf(json: unknown): { platform: string; handle: string }[] {
  return Array.isArray(json) ? (json as { platform: string; handle: string }[]) : [];
}

/** The run of show as rows, in the order given (position 1, 2, …). */
function runOfShowRows(items: RunOfShowItemInput[]) {
  return items.map((it, i) => ({
    position: i + 1,
    productId: it.productId,
    livePrice: it.livePrice,
    commissionPct: it.commissionPct,
  }));
}
