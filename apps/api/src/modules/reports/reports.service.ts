import { computeReport, hashSnapshot, Prisma } from '@grassroots/db';
import {
  checkSubmission,
  dateOnlyToDate,
  dateToDateOnly,
  deidentifiedName,
  discrepancies,
  DomainError,
  figureChanges,
  maskPhone,
  msg,
  nextReportStatus,
  parsePeriod,
  periodInstants,
  periodOver,
  RECORD_KINDS,
  recordChanges,
  recordKindsOf,
  type ReportAction,
  type ReportSnapshot,
  type ReportStatus,
  share,
  todayIn,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope, programScope, reportScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import { NotificationsService, sponsorUsers, usersWithRole } from '../notifications/notifications.service';
import type {
  AcceptReportInput,
  PrepareReportInput,
  ProgramExpensesArgs,
  RecordExpenseInput,
  ReturnReportInput,
  SubmitReportInput,
} from './dto/report.input';
import type { ProgramExpense, ProgramReport, ReportTrainee, SponsorReport } from './models/report.model';

const PROGRAM_FIELDS = {
  id: true,
  name: true,
  startDate: true,
  endDate: true,
  budget: true,
  targetGmv: true,
  targetShortTermTrainees: true,
  targetLongTermTrainees: true,
  timeZone: true,
  sponsor: { select: { name: true } },
} satisfies Prisma.ProgramSelect;
type ProgramRow = Prisma.ProgramGetPayload<{ select: typeof PROGRAM_FIELDS }>;

const REPORT_INCLUDE = {
  events: { orderBy: { at: 'asc' } },
  attachments: {
    orderBy: { createdAt: 'asc' },
    select: {
      createdAt: true,
      eventId: true,
      file: { select: { id: true, originalName: true, size: true, contentType: true } },
    },
  },
} satisfies Prisma.SponsorReportInclude;

/** Files a coordinator uploads to send with a resubmitted report (files.controller.ts). */
export const REPORT_ATTACHMENT_PURPOSE = 'report-attachments';
type ReportRow = Prisma.SponsorReportGetPayload<{ include: typeof REPORT_INCLUDE }>;

const recordCounts = (s: ReportSnapshot) => Object.fromEntries(RECORD_KINDS.map((k) => [k, s.records[k].length]));

/** A report as the actor may see it: sponsors never see drafts (they are the MCN's work in progress). */
const visibleReport = reportScope;

@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Submitted: the program's sponsor's people (only theirs). Returned or accepted: the coordinators. */
  private async notifyReport(
    tx: Prisma.TransactionClient,
    row: ReportRow,
    action: 'SUBMIT' | 'RETURN' | 'ACCEPT',
    eventId: string,
    actor: Actor,
    comments?: string,
  ) {
    const program = await tx.program.findUniqueOrThrow({ where: { id: row.programId }, select: { name: true } });
    const kind = action === 'SUBMIT' ? 'REPORT_SUBMITTED' : action === 'RETURN' ? 'REPORT_RETURNED' : 'REPORT_ACCEPTED';
    await this.notifications.notify(tx, {
      kind,
      key: `report:${row.id}:${action.toLowerCase()}:${eventId}`,
      params: { program: program.name, period: row.period, comments: comments ?? null },
      link: { type: 'REPORT', id: row.programId }, // the program's report page
      recipients:
        action === 'SUBMIT' ? await sponsorUsers(tx, row.programId) : await usersWithRole(tx, ['COORDINATOR']),
      actorId: actor.id,
      group: { programId: row.programId },
    });
  }

  /** The program's figures for a period, computed now, with the period's report and any drift from its snapshot. */
  async live(actor: Actor, programId: string, periodKey: string): Promise<ProgramReport> {
    const program = await this.program(actor, programId);
    const snapshot = await this.compute(program, periodKey);
    const row = await this.db.prisma.sponsorReport.findFirst({
      where: { AND: [{ programId, period: snapshot.period.key }, visibleReport(actor)] },
      include: REPORT_INCLUDE,
    });
    const report = row ? await this.toReport(row) : null;
    const frozen = row?.snapshot ? (row.snapshot as unknown as ReportSnapshot) : null;
    const changes = frozen ? recordChanges(frozen.records, snapshot.records) : [];
    return {
      programId,
      programName: program.name,
      sponsorName: program.sponsor.name,
      period: snapshot.period.key,
      from: snapshot.period.from,
      to: snapshot.period.to,
      figures: snapshot.figures,
      charts: snapshot.charts,
      recordCounts: recordCounts(snapshot),
      hash: hashSnapshot(snapshot),
      computedAt: new Date(),
      report,
      discrepancies: frozen
        ? discrepancies(
            frozen.figures as unknown as Record<string, unknown>,
            snapshot.figures as unknown as Record<string, unknown>,
          ).map((d) => ({
            figure: d.figure,
            snapshot: d.accepted === null ? null : String(d.accepted),
            now: d.now === null ? null : String(d.now),
            records: changes.filter((c) => recordKindsOf(d.figure).includes(c.kind)),
          }))
        : [],
      recordChanges: changes,
    };
  }

  /** The snapshot that exports print: the frozen one once submitted (refused if it no longer matches its hash), else the live figures. */
  async forExport(actor: Actor, programId: string, periodKey: string) {
    const program = await this.program(actor, programId);
    const period = parsePeriod(periodKey);
    const row = await this.db.prisma.sponsorReport.findFirst({
      where: { AND: [{ programId, period: period.key }, visibleReport(actor)] },
      select: {
        status: true,
        snapshot: true,
        snapshotHash: true,
        returnComments: true,
        reply: true,
        previousSnapshot: true,
        previousSnapshotHash: true,
        attachments: { orderBy: { createdAt: 'asc' }, select: { file: { select: { originalName: true } } } },
      },
    });
    if (row?.snapshot && hashSnapshot(row.snapshot) !== row.snapshotHash)
      throw DomainError.conflict(msg('reports.snapshotMismatchNotExported'));
    const snapshot = row?.snapshot
      ? (row.snapshot as unknown as ReportSnapshot)
      : await this.compute(program, periodKey);
    const resubmission = row?.reply
      ? {
          returnComments: row.returnComments,
          reply: row.reply,
          previousHash: row.previousSnapshotHash,
          changes: row.previousSnapshot
            ? figureChanges((row.previousSnapshot as unknown as ReportSnapshot).figures, snapshot.figures)
            : [],
          attachments: row.attachments.map((a) => a.file.originalName),
        }
      : null;
    return {
      program,
      snapshot,
      hash: row?.snapshotHash ?? hashSnapshot(snapshot),
      status: (row?.status ?? 'DRAFT') as ReportStatus,
      resubmission,
    };
  }

  async list(actor: Actor, programId: string): Promise<SponsorReport[]> {
    await this.program(actor, programId);
    const rows = await this.db.prisma.sponsorReport.findMany({
      where: { AND: [{ programId }, visibleReport(actor)] },
      include: REPORT_INCLUDE,
      orderBy: { periodFrom: 'desc' },
    });
    return Promise.all(rows.map((r) => this.toReport(r)));
  }

  async prepare(actor: Actor, input: PrepareReportInput): Promise<SponsorReport> {
    const program = await this.program(actor, input.programId);
    const period = parsePeriod(input.period);
    if (!periodOver(period, todayIn(program.timeZone)))
      throw DomainError.field('period', msg('reports.periodNotOver', { period: period.key }));
    if (period.to < dateToDateOnly(program.startDate) || period.from > dateToDateOnly(program.endDate)) {
      throw DomainError.field(
        'period',
        msg('reports.programRunsOutside', {
          startDate: dateToDateOnly(program.startDate),
          endDate: dateToDateOnly(program.endDate),
          period: period.key,
        }),
      );
    }
    try {
      const row = await this.db.prisma.sponsorReport.create({
        data: {
          programId: program.id,
          period: period.key,
          periodFrom: dateOnlyToDate(period.from),
          periodTo: dateOnlyToDate(period.to),
          preparedById: actor.id,
          events: { create: { action: 'PREPARE', toStatus: 'DRAFT', actorId: actor.id } },
        },
        include: REPORT_INCLUDE,
      });
      return this.toReport(row);
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
        throw DomainError.conflict(msg('reports.periodAlreadyPrepared', { period: period.key }), [
          { field: 'period', ...msg('reports.alreadyPrepared') },
        ]);
      throw e;
    }
  }

  /**
   * Freezes the figures and the records they came from, hashes them, and sends the report to the sponsor. A returned
   * report goes back with the coordinator's reply and any documents, and keeps the returned snapshot so the sponsor
   * sees what changed since, figure by figure.
   */
  async submit(actor: Actor, input: SubmitReportInput): Promise<SponsorReport> {
    const row = await this.report(actor, input.reportId);
    const to = this.move(row, 'SUBMIT', input.version);
    const problems = checkSubmission(row.status, input);
    if (problems.length) throw DomainError.badInput(problems);
    const attachmentIds = input.attachmentIds ?? [];
    const files = attachmentIds.length
      ? await this.db.prisma.storedFile.findMany({
          where: { id: { in: attachmentIds }, purpose: REPORT_ATTACHMENT_PURPOSE, uploadedById: actor.id },
          select: { id: true, reportAttachment: { select: { id: true } } },
        })
      : [];
    const fileProblems = attachmentIds.flatMap((id, i) => {
      const f = files.find((x) => x.id === id);
      // Another user's upload is "no such file" too: an id alone does not let anyone attach it.
      if (!f) return [{ field: `attachmentIds.${i}`, ...msg('reports.noSuchFile') }];
      return f.reportAttachment ? [{ field: `attachmentIds.${i}`, ...msg('reports.alreadySentReport') }] : [];
    });
    if (fileProblems.length) throw DomainError.badInput(fileProblems);
    const program = await this.program(actor, row.programId);
    const snapshot = await this.compute(program, row.period);
    const hash = hashSnapshot(snapshot);
    const resubmission = row.status === 'RETURNED';
    const reply = resubmission ? input.reply!.trim() : null;
    await this.db.prisma.$transaction(async (tx) => {
      const n = await tx.sponsorReport.updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: {
          status: to,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          snapshotHash: hash,
          submittedAt: new Date(),
          submittedById: actor.id,
          version: { increment: 1 },
          reply,
          previousSnapshot:
            resubmission && row.snapshot !== null ? (row.snapshot as Prisma.InputJsonValue) : Prisma.DbNull,
          previousSnapshotHash: resubmission ? row.snapshotHash : null,
        },
      });
      if (n.count !== 1) throw DomainError.conflict(msg('reports.staleReport'));
      const ev = await tx.sponsorReportEvent.create({
        data: {
          reportId: row.id,
          action: 'SUBMIT',
          fromStatus: row.status,
          toStatus: to,
          comments: reply,
          snapshotHash: hash,
          actorId: actor.id,
        },
        select: { id: true },
      });
      if (attachmentIds.length)
        await tx.sponsorReportAttachment.createMany({
          data: attachmentIds.map((fileId) => ({ reportId: row.id, fileId, eventId: ev.id })),
        });
      await this.notifyReport(tx, row, 'SUBMIT', ev.id, actor);
    });
    return this.get(actor, row.id);
  }

  /** The sponsor accepts exactly the snapshot they reviewed (by its hash); the row is then locked by the database. */
  async accept(actor: Actor, input: AcceptReportInput): Promise<SponsorReport> {
    const row = await this.report(actor, input.reportId);
    const to = this.move(row, 'ACCEPT');
    if (row.snapshotHash !== input.snapshotHash)
      throw DomainError.conflict(msg('reports.resubmittedSinceOpened'), [
        { field: 'snapshotHash', ...msg('reports.doesNotMatchSubmittedReport') },
      ]);
    if (hashSnapshot(row.snapshot) !== row.snapshotHash)
      throw DomainError.conflict(msg('reports.snapshotMismatchNotAccepted'));
    await this.transition(actor, row, to, 'ACCEPT', { acceptedAt: new Date(), acceptedById: actor.id });
    return this.get(actor, row.id);
  }

  async returnToMcn(actor: Actor, input: ReturnReportInput): Promise<SponsorReport> {
    const row = await this.report(actor, input.reportId);
    const to = this.move(row, 'RETURN');
    await this.transition(
      actor,
      row,
      to,
      'RETURN',
      { returnedAt: new Date(), returnedById: actor.id, returnComments: input.comments },
      input.comments,
    );
    return this.get(actor, row.id);
  }

  async get(actor: Actor, id: string): Promise<SponsorReport> {
    return this.toReport(await this.report(actor, id));
  }

  async expenses(actor: Actor, args: ProgramExpensesArgs): Promise<PageResult<ProgramExpense>> {
    await this.program(actor, args.programId);
    const where = { programId: args.programId };
    const [rows, total] = await Promise.all([
      this.db.prisma.programExpense.findMany({
        where,
        orderBy: [{ spentOn: 'desc' }, { createdAt: 'desc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.programExpense.count({ where }),
    ]);
    const names = await this.names(rows.map((r) => r.recordedById));
    return { items: rows.map((r) => this.toExpense(r, names)), total, page: args.page, pageSize: args.pageSize };
  }

  async recordExpense(actor: Actor, input: RecordExpenseInput): Promise<ProgramExpense> {
    const program = await this.program(actor, input.programId);
    if (input.spentOn < dateToDateOnly(program.startDate) || input.spentOn > dateToDateOnly(program.endDate)) {
      throw DomainError.field(
        'spentOn',
        msg('reports.programRuns', {
          startDate: dateToDateOnly(program.startDate),
          endDate: dateToDateOnly(program.endDate),
        }),
      );
    }
    if (input.spentOn > todayIn(program.timeZone)) throw DomainError.field('spentOn', msg('reports.expenseNotPaidYet'));
    // Late invoices for an accepted period are allowed; that period's dashboard then flags the difference.
    const row = await this.db.prisma.programExpense.create({
      data: { ...input, spentOn: dateOnlyToDate(input.spentOn), recordedById: actor.id },
    });
    return this.toExpense(row, await this.names([actor.id]));
  }

  /** A cohort's trainees as a sponsor may see them, with their period figures, each from one grouped statement. */
  async trainees(actor: Actor, programId: string, cohortId: string, periodKey: string): Promise<ReportTrainee[]> {
    const period = parsePeriod(periodKey);
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId, programId }, cohortScope(actor)] },
      select: { id: true, program: { select: { timeZone: true } } },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    const { fromTs, toTs } = periodInstants(period, cohort.program.timeZone);
    const rows = await this.db.prisma.$queryRaw<
      {
        traineeId: string;
        name: string;
        phone: string;
        status: string;
        present: number;
        counted: number;
        due: number;
        completed: number;
        held: number;
        gmv: string;
      }[]
    >`
      SELECT t.id AS "traineeId", t.name, t.phone, e.status::text AS status,
        coalesce(att.present, 0)::int AS present, coalesce(att.counted, 0)::int AS counted,
        coalesce(sub.due, 0)::int AS due, coalesce(sub.completed, 0)::int AS completed,
        coalesce(ses.held, 0)::int AS held, coalesce(ses.gmv, 0)::text AS gmv
      FROM "Enrolment" e JOIN "Trainee" t ON t.id = e."traineeId"
      LEFT JOIN (
        SELECT a."traineeId", count(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE')) AS present, count(*) FILTER (WHERE a.status <> 'EXCUSED') AS counted
        FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
        WHERE l."cohortId" = ${cohortId} AND l.date BETWEEN ${period.from}::date AND ${period.to}::date GROUP BY 1
      ) att ON att."traineeId" = t.id
      LEFT JOIN (
        SELECT s."traineeId", count(*) AS due, count(*) FILTER (WHERE s.status IN ('SUBMITTED', 'GRADED')) AS completed
        FROM "Submission" s JOIN "Assignment" a ON a.id = s."assignmentId"
        WHERE a."cohortId" = ${cohortId} AND a."dueAt" >= ${fromTs} AND a."dueAt" < ${toTs} GROUP BY 1
      ) sub ON sub."traineeId" = t.id
      LEFT JOIN (
        SELECT s."traineeId", count(*) AS held, sum(s.gmv) AS gmv FROM "LiveSession" s
        WHERE s."cohortId" = ${cohortId} AND s.status = 'ENDED' AND s."scheduledStart" >= ${fromTs} AND s."scheduledStart" < ${toTs} GROUP BY 1
      ) ses ON ses."traineeId" = t.id
      WHERE e."cohortId" = ${cohortId}
      ORDER BY e."enrolledAt", t.id`;
    return rows.map((r, i) => ({
      code: `T${String(i + 1).padStart(2, '0')}`,
      name: deidentifiedName(r.name),
      phone: maskPhone(r.phone) ?? '',
      status: r.status,
      attendanceRate: share(r.present, r.counted),
      assignmentsDue: r.due,
      assignmentsCompleted: r.completed,
      sessionsHeld: r.held,
      gmv: new Prisma.Decimal(r.gmv).toFixed(2),
    }));
  }

  // ---- internals ----

  private async program(actor: Actor, id: string): Promise<ProgramRow> {
    const row = await this.db.prisma.program.findFirst({
      where: { AND: [{ id }, programScope(actor)] },
      select: PROGRAM_FIELDS,
    });
    if (!row) throw DomainError.notFound('Program');
    return row;
  }

  private async report(actor: Actor, id: string): Promise<ReportRow> {
    const row = await this.db.prisma.sponsorReport.findFirst({
      where: { AND: [{ id }, visibleReport(actor)] },
      include: REPORT_INCLUDE,
    });
    if (!row) throw DomainError.notFound('Report');
    return row;
  }

  private compute(program: ProgramRow, periodKey: string): Promise<ReportSnapshot> {
    return computeReport(this.db.prisma, program, periodKey);
  }

  private move(row: ReportRow, action: ReportAction, version?: number): ReportStatus {
    if (version !== undefined && version !== row.version) throw DomainError.conflict(msg('reports.staleReport'));
    return nextReportStatus(row.status, action);
  }

  private async transition(
    actor: Actor,
    row: ReportRow,
    to: ReportStatus,
    action: ReportAction,
    data: Prisma.SponsorReportUpdateManyMutationInput,
    comments?: string,
  ) {
    await this.db.prisma.$transaction(async (tx) => {
      const n = await tx.sponsorReport.updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: { ...data, status: to, version: { increment: 1 } },
      });
      if (n.count !== 1) throw DomainError.conflict(msg('reports.staleReport'));
      const ev = await tx.sponsorReportEvent.create({
        data: {
          reportId: row.id,
          action,
          fromStatus: row.status,
          toStatus: to,
          comments: comments ?? null,
          snapshotHash: row.snapshotHash,
          actorId: actor.id,
        },
        select: { id: true },
      });
      if (action === 'RETURN' || action === 'ACCEPT') await this.notifyReport(tx, row, action, ev.id, actor, comments);
    });
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.db.prisma.user.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private async toReport(r: ReportRow): Promise<SponsorReport> {
    const snap = r.snapshot as unknown as ReportSnapshot | null;
    const names = await this.names(r.events.map((e) => e.actorId));
    return {
      id: r.id,
      programId: r.programId,
      period: r.period,
      from: dateToDateOnly(r.periodFrom),
      to: dateToDateOnly(r.periodTo),
      status: r.status,
      snapshotHash: r.snapshotHash,
      hashVerified: snap ? hashSnapshot(snap) === r.snapshotHash : null,
      figures: snap?.figures ?? null,
      charts: snap?.charts ?? null,
      recordCounts: snap ? recordCounts(snap) : null,
      returnComments: r.returnComments,
      reply: r.reply,
      previousSnapshotHash: r.previousSnapshotHash,
      changesSinceReturn:
        snap && r.previousSnapshot
          ? figureChanges((r.previousSnapshot as unknown as ReportSnapshot).figures, snap.figures)
          : [],
      attachments: r.attachments.map((a) => ({
        fileId: a.file.id,
        name: a.file.originalName,
        size: a.file.size,
        contentType: a.file.contentType,
        sentAt: a.createdAt,
      })),
      preparedAt: r.preparedAt,
      submittedAt: r.submittedAt,
      acceptedAt: r.acceptedAt,
      returnedAt: r.returnedAt,
      version: r.version,
      events: r.events.map((e) => ({
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        comments: e.comments,
        snapshotHash: e.snapshotHash,
        actorName: names.get(e.actorId) ?? '—',
        at: e.at,
      })),
    };
  }

  private toExpense(r: Prisma.ProgramExpenseGetPayload<object>, names: Map<string, string>): ProgramExpense {
    return {
      id: r.id,
      programId: r.programId,
      spentOn: dateToDateOnly(r.spentOn),
      amount: r.amount.toFixed(2),
      category: r.category,
      description: r.description,
      recordedByName: names.get(r.recordedById) ?? '—',
      createdAt: r.createdAt,
    };
  }
}
