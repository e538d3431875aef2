import { createPiiCipher, type PiiCipher, type Prisma } from '@grassroots/db';
import {
  assertTraineeTransition,
  checkEnrolment,
  type CohortStatus,
  countRows,
  DomainError,
  type ImportProblem,
  maskNationalId,
  msg,
  Permission,
  readTraineeImport,
  SEAT_HOLDING_STATUSES,
  sortProblems,
  statusAfterEnrolment,
  toSkipTake,
  type TraineeImportRow,
} from '@grassroots/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import { AuditService } from '../../core/audit/audit.service';
import type { Actor } from '../../core/auth/actor';
import { traineeSearchWhere } from '../../core/auth/masked-search';
import { traineeScope } from '../../core/auth/scopes';
import { cohortScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { ImportReport } from '../../core/graphql/models/import-report.model';
import type { PageResult } from '../../core/graphql/pagination';
import { type ImportJob, toImportJob } from '../../core/jobs/job.model';
import { type ImportHooks, JobsService } from '../../core/jobs/jobs.service';
import { importFileOf, readSpreadsheet } from '../../core/spreadsheet/read-spreadsheet';
import { todoIds } from '../workbench/todo-filters';
import type { CreateTraineeInput, ImportTraineesInput, TraineesArgs, UpdateTraineeInput } from './dto/trainee.input';
import { toTrainee, type Trainee, TRAINEE_SELECT } from './models/trainee.model';

type ImportParams = { cohortId: string | null; fileName: string };

@Injectable()
export class TraineesService implements OnModuleInit {
  private readonly pii: PiiCipher = createPiiCipher();

  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<ImportParams>('import.trainees', Permission.TRAINEES_WRITE, (ctx) =>
      this.importTrainees(
        ctx.actor,
        ctx.params.cohortId,
        { bytes: ctx.input ?? Buffer.alloc(0), fileName: ctx.params.fileName },
        ctx,
      ),
    );
  }

  /** Checks the page's cohort now (NOT_FOUND at once, not in the job), then queues the import. */
  async startImport(actor: Actor, input: ImportTraineesInput): Promise<ImportJob> {
    let cohortId: string | null = null;
    if (input.cohortId) {
      const cohort = await this.db.prisma.cohort.findFirst({
        where: { AND: [{ id: input.cohortId }, cohortScope(actor)] },
        select: { id: true },
      });
      if (!cohort) throw DomainError.notFound('Cohort');
      cohortId = cohort.id;
    }
    const { bytes, fileName } = importFileOf(input);
    return toImportJob(
      await this.jobs.start(actor, 'import.trainees', { cohortId, fileName } satisfies ImportParams, bytes),
    );
  }

  /**
   * Creates a trainee and an enrolment per row, all or none: every row is checked first (ID check digit, mobile, the
   * same ID twice in the file or already registered, unknown cohort), then, under a lock on the cohorts, whether each
   * cohort takes enrolments and has the places; only then are the rows written, in that one transaction.
   */
  async importTrainees(
    actor: Actor,
    pageCohortId: string | null,
    file: { bytes: Buffer; fileName: string },
    hooks?: ImportHooks,
  ): Promise<ImportReport> {
    await hooks?.progress('reading');
    const sheet = await readSpreadsheet(file.bytes, file.fileName);
    if (!sheet.table) return { imported: 0, rows: 0, problems: sheet.problems };
    const { rows, problems } = readTraineeImport(sheet.table, pageCohortId !== null);
    await hooks?.progress('checking', 0, rows.length);
    const cohortOf = await this.cohortsNamed(actor, pageCohortId, rows, problems);
    const hashes = new Map(rows.map((r) => [r.row, this.pii.hash(r.nationalId)]));
    // Compared under every configured key: during a key rotation a row not yet re-keyed is still a duplicate.
    const lookups = new Map(rows.map((r) => [r.row, this.pii.hashes(r.nationalId)]));
    const registered = new Set(
      (
        await this.db.prisma.trainee.findMany({
          where: { nationalIdHash: { in: [...lookups.values()].flat() } },
          select: { nationalIdHash: true },
        })
      ).map((t) => t.nationalIdHash),
    );
    for (const r of rows)
      if (lookups.get(r.row)!.some((h) => registered.has(h)))
        problems.push({
          row: r.row,
          column: 'nationalId',
          ...msg('trainees.traineeIdNumberAlreadyRegistered'),
        });
    const total = countRows(rows, problems);
    if (problems.length) return { imported: 0, rows: total, problems: sortProblems(problems) };
    await hooks?.progress('writing', 0, rows.length);
    const report: ImportReport = { imported: rows.length, rows: rows.length, problems: [] };
    const refused = await this.db.prisma.$transaction(
      async (tx) => {
        const byCohort = new Map<string, TraineeImportRow[]>();
        for (const r of rows) byCohort.set(cohortOf.get(r.row)!, [...(byCohort.get(cohortOf.get(r.row)!) ?? []), r]);
        const ids = [...byCohort.keys()].sort(); // one lock order for every import: no deadlock between two of them
        const locked = await tx.$queryRaw<
          { id: string; status: CohortStatus; capacity: number; programId: string; name: string }[]
        >`
          SELECT id, status::text AS status, capacity, "programId", name FROM "Cohort" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
        const seats = await tx.enrolment.groupBy({
          by: ['cohortId'],
          where: { cohortId: { in: ids }, status: { in: [...SEAT_HOLDING_STATUSES] } },
          _count: { _all: true },
        });
        const taken = new Map(seats.map((s) => [s.cohortId, s._count._all]));
        const found: ImportProblem[] = [];
        for (const c of locked) {
          const group = byCohort.get(c.id)!;
          // New people: none can already be enrolled in the program; what remains is the cohort's state and its places.
          const errors = checkEnrolment(
            { status: c.status, capacity: c.capacity, seatsTaken: taken.get(c.id) ?? 0 },
            group.map((r) => ({ id: '', name: r.name, status: 'APPLIED', activeInProgram: false })),
          );
          for (const e of errors)
            found.push({
              row: group[0].row,
              column: 'cohort',
              ...msg('trainees.cohortProblem', { name: c.name, problem: e.message }),
            });
        }
        if (found.length) return found;
        const programOf = new Map(locked.map((c) => [c.id, c.programId]));
        const created = await tx.trainee.createManyAndReturn({
          data: rows.map((r) => ({
            name: r.name,
            phone: r.phone,
            hometown: r.hometown,
            status: statusAfterEnrolment('APPLIED'),
            platformAccounts: r.platformAccounts as unknown as Prisma.InputJsonValue,
            ...this.identity(r.nationalId),
          })),
          select: { id: true, nationalIdHash: true },
        });
        const idByHash = new Map(created.map((t) => [t.nationalIdHash, t.id]));
        await tx.enrolment.createMany({
          data: rows.map((r) => {
            const cohortId = cohortOf.get(r.row)!;
            return { traineeId: idByHash.get(hashes.get(r.row)!)!, cohortId, programId: programOf.get(cohortId)! };
          }),
        });
        await hooks?.finish(tx, report);
        return null;
      },
      { timeout: 60_000 },
    );
    if (refused) return { imported: 0, rows: rows.length, problems: sortProblems(refused) };
    return report;
  }

  /** Row → cohort id; a name no cohort (of the actor's) has, or two have, is a problem on that row. */
  private async cohortsNamed(
    actor: Actor,
    pageCohortId: string | null,
    rows: TraineeImportRow[],
    problems: ImportProblem[],
  ): Promise<Map<number, string>> {
    const names = [...new Set(rows.map((r) => r.cohort).filter((n): n is string => !!n))];
    const cohorts = names.length
      ? await this.db.prisma.cohort.findMany({
          where: { AND: [cohortScope(actor), { OR: [{ name: { in: names } }, { id: { in: names } }] }] },
          select: { id: true, name: true },
        })
      : [];
    const out = new Map<number, string>();
    for (const r of rows) {
      if (!r.cohort) {
        out.set(r.row, pageCohortId!);
        continue;
      }
      const matches = cohorts.filter((c) => c.id === r.cohort || c.name === r.cohort);
      if (matches.length === 1) out.set(r.row, matches[0].id);
      else
        problems.push({
          row: r.row,
          column: 'cohort',
          ...(matches.length ? msg('trainees.twoCohortsHaveNameUse') : msg('common.noSuchCohort')),
        });
    }
    return out;
  }

  async list(actor: Actor, args: TraineesArgs): Promise<PageResult<Trainee>> {
    const filters: Prisma.TraineeWhereInput[] = [traineeScope(actor)];
    const todo = await todoIds(this.db.prisma, actor, 'Trainee', args.todo);
    if (todo) filters.push({ id: { in: todo } });
    if (args.status) filters.push({ status: args.status });
    if (args.cohortId) filters.push({ enrolments: { some: { cohortId: args.cohortId, status: 'ACTIVE' } } });
    if (args.availableForCohortId) {
      const cohort = await this.db.prisma.cohort.findUnique({
        where: { id: args.availableForCohortId },
        select: { programId: true },
      });
      if (!cohort) throw DomainError.field('availableForCohortId', msg('common.noSuchCohort'));
      filters.push({ status: { in: ['APPLIED', 'ENROLLED', 'ACTIVE'] } });
      filters.push({ enrolments: { none: { programId: cohort.programId, status: 'ACTIVE' } } });
    }
    if (args.search) filters.push(traineeSearchWhere(actor, args.search, (id) => this.pii.hashes(id)));
    const where = { AND: filters };
    const [rows, total] = await Promise.all([
      this.db.prisma.trainee.findMany({
        where,
        select: TRAINEE_SELECT,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.trainee.count({ where }),
    ]);
    return { items: rows.map(toTrainee), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Trainee> {
    const row = await this.db.prisma.trainee.findFirst({
      where: { AND: [{ id }, traineeScope(actor)] },
      select: TRAINEE_SELECT,
    });
    if (!row) throw DomainError.notFound('Trainee');
    return toTrainee(row);
  }

  async mine(actor: Actor): Promise<Trainee | null> {
    if (!actor.traineeId) return null;
    const row = await this.db.prisma.trainee.findUnique({ where: { id: actor.traineeId }, select: TRAINEE_SELECT });
    return row ? toTrainee(row) : null;
  }

  async create(input: CreateTraineeInput): Promise<Trainee> {
    const { nationalId, ...rest } = input;
    await this.assertIdFree(nationalId);
    const row = await this.db.prisma.trainee.create({
      data: {
        ...rest,
        ...this.identity(nationalId),
        platformAccounts: (rest.platformAccounts ?? []) as unknown as Prisma.InputJsonValue,
      },
      select: TRAINEE_SELECT,
    });
    return toTrainee(row);
  }

  async update(actor: Actor, input: UpdateTraineeInput): Promise<Trainee> {
    const { id, nationalId, ...rest } = input;
    const current = await this.get(actor, id);
    if (rest.status) assertTraineeTransition(current.status, rest.status);
    if (nationalId) await this.assertIdFree(nationalId, id);
    const row = await this.db.prisma.trainee.update({
      where: { id },
      data: {
        ...rest,
        ...(nationalId ? this.identity(nationalId) : {}),
        platformAccounts: rest.platformAccounts
          ? (rest.platformAccounts as unknown as Prisma.InputJsonValue)
          : undefined,
      },
      select: TRAINEE_SELECT,
    });
    return toTrainee(row);
  }

  /** A full phone number read by staff (one entry for all the rows of one list). */
  auditPhoneRead(actor: Actor, traineeId: string): Promise<void> {
    return this.audit.recordRead(actor, 'Trainee.phone.read', 'Trainee', traineeId);
  }

  /** Decrypts a national ID number for a role allowed to see it, and leaves an audit entry. */
  async revealNationalId(actor: Actor, traineeId: string): Promise<string> {
    const row = await this.db.prisma.trainee.findFirst({
      where: { AND: [{ id: traineeId }, traineeScope(actor)] },
      select: { nationalIdCipher: true },
    });
    if (!row) throw DomainError.notFound('Trainee');
    await this.audit.record({
      actor,
      action: 'Trainee.nationalId.reveal',
      result: 'SUCCESS',
      targetType: 'Trainee',
      targetIds: [traineeId],
    });
    return this.pii.decrypt(row.nationalIdCipher);
  }

  private identity(nationalId: string) {
    return {
      nationalIdCipher: this.pii.encrypt(nationalId),
      nationalIdHash: this.pii.hash(nationalId),
      nationalIdMasked: maskNationalId(nationalId)!,
    };
  }

  private async assertIdFree(nationalId: string, exceptId?: string): Promise<void> {
    // Under every configured key: a trainee not yet re-keyed by a rotation in progress is still the same person.
    const other = await this.db.prisma.trainee.findFirst({
      where: { nationalIdHash: { in: this.pii.hashes(nationalId) }, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (other) {
      throw DomainError.conflict(msg('trainees.traineeIdNumberAlreadyRegistered'), [
        { field: 'nationalId', ...msg('trainees.alreadyRegistered') },
      ]);
    }
  }
}
