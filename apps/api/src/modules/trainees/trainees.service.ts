import { Injectable } from '@nestjs/common';
import { todoIds } from '../workbench/todo-filters';
import { createPiiCipher, type PiiCipher, type Prisma } from '@grassroots/db';
import { assertTraineeTransition, DomainError, maskNationalId, toSkipTake } from '@grassroots/domain';
import { AuditService } from '../../core/audit/audit.service';
import type { Actor } from '../../core/auth/actor';
import { traineeSearchWhere } from '../../core/auth/masked-search';
import { traineeScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import type { CreateTraineeInput, TraineesArgs, UpdateTraineeInput } from './dto/trainee.input';
import { toTrainee, TRAINEE_SELECT, type Trainee } from './models/trainee.model';

@Injectable()
export class TraineesService {
  private readonly pii: PiiCipher = createPiiCipher();

  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, args: TraineesArgs): Promise<PageResult<Trainee>> {
    const filters: Prisma.TraineeWhereInput[] = [traineeScope(actor)];
    const todo = await todoIds(this.db.prisma, actor, 'Trainee', args.todo);
    if (todo) filters.push({ id: { in: todo } });
    if (args.status) filters.push({ status: args.status });
    if (args.cohortId) filters.push({ enrolments: { some: { cohortId: args.cohortId, status: 'ACTIVE' } } });
    if (args.availableForCohortId) {
      const cohort = await this.db.prisma.cohort.findUnique({ where: { id: args.availableForCohortId }, select: { programId: true } });
      if (!cohort) throw DomainError.field('availableForCohortId', 'No such cohort');
      filters.push({ status: { in: ['APPLIED', 'ENROLLED', 'ACTIVE'] } });
      filters.push({ enrolments: { none: { programId: cohort.programId, status: 'ACTIVE' } } });
    }
    if (args.search) filters.push(traineeSearchWhere(actor, args.search, (id) => this.pii.hash(id)));
    const where = { AND: filters };
    const [rows, total] = await Promise.all([
      this.db.prisma.trainee.findMany({ where, select: TRAINEE_SELECT, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], ...toSkipTake(args) }),
      this.db.prisma.trainee.count({ where }),
    ]);
    return { items: rows.map(toTrainee), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Trainee> {
    const row = await this.db.prisma.trainee.findFirst({ where: { AND: [{ id }, traineeScope(actor)] }, select: TRAINEE_SELECT });
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
      data: { ...rest, ...this.identity(nationalId), platformAccounts: (rest.platformAccounts ?? []) as unknown as Prisma.InputJsonValue },
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
        platformAccounts: rest.platformAccounts ? (rest.platformAccounts as unknown as Prisma.InputJsonValue) : undefined,
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
    const row = await this.db.prisma.trainee.findFirst({ where: { AND: [{ id: traineeId }, traineeScope(actor)] }, select: { nationalIdCipher: true } });
    if (!row) throw DomainError.notFound('Trainee');
    await this.audit.record({ actor, action: 'Trainee.nationalId.reveal', result: 'SUCCESS', targetType: 'Trainee', targetIds: [traineeId] });
    return this.pii.decrypt(row.nationalIdCipher);
  }

  private identity(nationalId: string) {
    return { nationalIdCipher: this.pii.encrypt(nationalId), nationalIdHash: this.pii.hash(nationalId), nationalIdMasked: maskNationalId(nationalId)! };
  }

  private async assertIdFree(nationalId: string, exceptId?: string): Promise<void> {
    const other = await this.db.prisma.trainee.findUnique({ where: { nationalIdHash: this.pii.hash(nationalId) }, select: { id: true } });
    if (other && other.id !== exceptId) {
      throw DomainError.conflict('A trainee with this ID number is already registered', [{ field: 'nationalId', message: 'Already registered' }]);
    }
  }
}
