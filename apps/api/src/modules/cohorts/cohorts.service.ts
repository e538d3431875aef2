import type { Prisma } from '@grassroots/db';
import {
  assertCohortTransition,
  cohortDatesWithinProgram,
  dateOnlyToDate,
  dateToDateOnly,
  DomainError,
  type FieldError,
  msg,
  SEAT_HOLDING_STATUSES,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import type { CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.input';
import { type Cohort, COHORT_SELECT, toCohort } from './models/cohort.model';

@Injectable()
export class CohortsService {
  constructor(private readonly db: DatabaseService) {}

  async list(actor: Actor, args: CohortsArgs): Promise<PageResult<Cohort>> {
    const where: Prisma.CohortWhereInput = {
      AND: [
        cohortScope(actor),
        args.programId ? { programId: args.programId } : {},
        args.status ? { status: args.status } : {},
        args.track ? { track: args.track } : {},
        args.search ? { OR: [{ name: contains(args.search) }, { location: contains(args.search) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.cohort.findMany({
        where,
        select: COHORT_SELECT,
        orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.cohort.count({ where }),
    ]);
    return { items: rows.map(toCohort), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Cohort> {
    const row = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id }, cohortScope(actor)] },
      select: COHORT_SELECT,
    });
    if (!row) throw DomainError.notFound('Cohort');
    return toCohort(row);
  }

  async create(input: CreateCohortInput): Promise<Cohort> {
    const program = await this.db.prisma.program.findUnique({
      where: { id: input.programId },
      select: { startDate: true, endDate: true },
    });
    if (!program) throw DomainError.field('programId', msg('common.noSuchProgram'));
    const errors = cohortDatesWithinProgram(input, {
      startDate: dateToDateOnly(program.startDate),
      endDate: dateToDateOnly(program.endDate),
    });
    if (errors.length) throw DomainError.badInput(errors);
    await this.assertNameFree(input.programId, input.name);
    const row = await this.db.prisma.cohort.create({
      data: { ...input, startDate: dateOnlyToDate(input.startDate), endDate: dateOnlyToDate(input.endDate) },
      select: COHORT_SELECT,
    });
    return toCohort(row);
  }

  async update(actor: Actor, input: UpdateCohortInput): Promise<Cohort> {
    const { id, ...data } = input;
    return this.db.prisma.$transaction(async (tx) => {
      const current = await tx.cohort.findFirst({
        where: { AND: [{ id }, cohortScope(actor)] },
        select: { ...COHORT_SELECT, program: { select: { startDate: true, endDate: true } } },
      });
      if (!current) throw DomainError.notFound('Cohort');
      const c = toCohort(current);
      const errors: FieldError[] = [];
      const startDate = data.startDate ?? c.startDate;
      const endDate = data.endDate ?? c.endDate;
      if (endDate < startDate) errors.push({ field: 'endDate', ...msg('common.endDateMustNotBefore') });
      errors.push(
        ...cohortDatesWithinProgram(
          { startDate, endDate },
          { startDate: dateToDateOnly(current.program.startDate), endDate: dateToDateOnly(current.program.endDate) },
        ),
      );
      if (data.capacity !== undefined) {
        const taken = await tx.enrolment.count({ where: { cohortId: id, status: { in: [...SEAT_HOLDING_STATUSES] } } });
        if (data.capacity < taken)
          errors.push({ field: 'capacity', ...msg('cohorts.capacityBelowEnrolled', { taken }) });
      }
      if (errors.length) throw DomainError.badInput(errors);
      if (data.status) assertCohortTransition(c.status, data.status);
      if (data.name && data.name !== c.name) {
        const other = await tx.cohort.findUnique({
          where: { programId_name: { programId: c.programId, name: data.name } },
          select: { id: true },
        });
        if (other)
          throw DomainError.conflict(msg('cohorts.nameTaken'), [{ field: 'name', ...msg('common.alreadyInUse') }]);
      }
      const row = await tx.cohort.update({
        where: { id },
        data: {
          ...data,
          startDate: data.startDate ? dateOnlyToDate(data.startDate) : undefined,
          endDate: data.endDate ? dateOnlyToDate(data.endDate) : undefined,
        },
        select: COHORT_SELECT,
      });
      return toCohort(row);
    });
  }

  private async assertNameFree(programId: string, name: string): Promise<void> {
    const other = await this.db.prisma.cohort.findUnique({
      where: { programId_name: { programId, name } },
      select: { id: true },
    });
    if (other) throw DomainError.conflict(msg('cohorts.nameTaken'), [{ field: 'name', ...msg('common.alreadyInUse') }]);
  }
}
