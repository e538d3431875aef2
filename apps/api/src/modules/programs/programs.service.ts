import type { Prisma } from '@grassroots/db';
import { dateOnlyToDate, dateToDateOnly, DomainError, type FieldError, msg, toSkipTake } from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { programScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import { todoIds } from '../workbench/todo-filters';
import type { CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dto/program.input';
import { type Program, PROGRAM_SELECT, toProgram } from './models/program.model';

@Injectable()
export class ProgramsService {
  constructor(private readonly db: DatabaseService) {}

  async list(actor: Actor, args: ProgramsArgs): Promise<PageResult<Program>> {
    const todo = await todoIds(this.db.prisma, actor, 'Program', args.todo);
    const where: Prisma.ProgramWhereInput = {
      AND: [
        programScope(actor),
        todo ? { id: { in: todo } } : {},
        args.sponsorId ? { sponsorId: args.sponsorId } : {},
        args.search ? { OR: [{ name: contains(args.search) }, { region: contains(args.search) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.program.findMany({
        where,
        select: PROGRAM_SELECT,
        orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.program.count({ where }),
    ]);
    return { items: rows.map(toProgram), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Program> {
    const row = await this.db.prisma.program.findFirst({
      where: { AND: [{ id }, programScope(actor)] },
      select: PROGRAM_SELECT,
    });
    if (!row) throw DomainError.notFound('Program');
    return toProgram(row);
  }

  async create(input: CreateProgramInput): Promise<Program> {
    const sponsor = await this.db.prisma.sponsor.findUnique({ where: { id: input.sponsorId }, select: { id: true } });
    if (!sponsor) throw DomainError.field('sponsorId', msg('common.noSuchSponsor'));
    await this.assertNameFree(input.sponsorId, input.name);
    const row = await this.db.prisma.program.create({
      data: { ...input, startDate: dateOnlyToDate(input.startDate), endDate: dateOnlyToDate(input.endDate) },
      select: PROGRAM_SELECT,
    });
    return toProgram(row);
  }

  async update(actor: Actor, input: UpdateProgramInput): Promise<Program> {
    const { id, ...data } = input;
    const current = await this.get(actor, id);
    const startDate = data.startDate ?? current.startDate;
    const endDate = data.endDate ?? current.endDate;
    const errors: FieldError[] = [];
    if (endDate < startDate) errors.push({ field: 'endDate', ...msg('common.endDateMustNotBefore') });
    if (data.startDate || data.endDate) {
      const span = await this.db.prisma.cohort.aggregate({
        where: { programId: id },
        _min: { startDate: true },
        _max: { endDate: true },
      });
      if (span._min.startDate && startDate > dateToDateOnly(span._min.startDate)) {
        errors.push({
          field: 'startDate',
          ...msg('programs.startsAfterCohort', { startDate: dateToDateOnly(span._min.startDate) }),
        });
      }
      if (span._max.endDate && endDate < dateToDateOnly(span._max.endDate)) {
        errors.push({
          field: 'endDate',
          ...msg('programs.endsBeforeCohort', { endDate: dateToDateOnly(span._max.endDate) }),
        });
      }
    }
    if (errors.length) throw DomainError.badInput(errors);
    if (data.name) await this.assertNameFree(current.sponsorId, data.name, id);
    const row = await this.db.prisma.program.update({
      where: { id },
      data: {
        ...data,
        startDate: data.startDate ? dateOnlyToDate(data.startDate) : undefined,
        endDate: data.endDate ? dateOnlyToDate(data.endDate) : undefined,
      },
      select: PROGRAM_SELECT,
    });
    return toProgram(row);
  }

  private async assertNameFree(sponsorId: string, name: string, exceptId?: string): Promise<void> {
    const other = await this.db.prisma.program.findUnique({
      where: { sponsorId_name: { sponsorId, name } },
      select: { id: true },
    });
    if (other && other.id !== exceptId)
      throw DomainError.conflict(msg('programs.nameTaken'), [{ field: 'name', ...msg('common.alreadyInUse') }]);
  }
}
