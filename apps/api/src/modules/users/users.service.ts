import { hashPassword, type Prisma, type PrismaClient } from '@grassroots/db';
import { addDays, chinaDayStart, DomainError, msg, Role, toSkipTake } from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { SessionService } from '../../core/auth/session.service';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import { todoIds } from '../workbench/todo-filters';
import type { AuditLogArgs, CreateUserInput, SetUserActiveInput, UpdateUserInput, UsersArgs } from './dto/user.input';
import { type AuditEntry, toUser, type User, USER_SELECT } from './models/user.model';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DatabaseService,
    private readonly sessions: SessionService,
  ) {}

  async list(args: UsersArgs): Promise<PageResult<User>> {
    const where: Prisma.UserWhereInput = {
      ...(args.role ? { role: args.role } : {}),
      ...(args.active !== undefined ? { active: args.active } : {}),
      ...(args.search ? { OR: [{ name: contains(args.search) }, { email: contains(args.search) }] } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.user.findMany({
        where,
        select: USER_SELECT,
        orderBy: [{ role: 'asc' }, { name: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.user.count({ where }),
    ]);
    return { items: rows.map(toUser), total, page: args.page, pageSize: args.pageSize };
  }

  async get(id: string): Promise<User> {
    const row = await this.db.prisma.user.findUnique({ where: { id }, select: USER_SELECT });
    if (!row) throw DomainError.notFound('User');
    return toUser(row);
  }

  async create(input: CreateUserInput): Promise<User> {
    await this.checkLinks(input.role, input.traineeId ?? null, input.sponsorId ?? null);
    const exists = await this.db.prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (exists)
      throw DomainError.conflict(msg('users.emailAlreadyHasAccount'), [
        { field: 'email', ...msg('common.alreadyInUse') },
      ]);
    const row = await this.db.prisma.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        traineeId: input.role === Role.TRAINEE ? input.traineeId : null,
        sponsorId: input.role === Role.SPONSOR ? input.sponsorId : null,
      },
      select: USER_SELECT,
    });
    return toUser(row);
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<User> {
    const current = await this.get(input.id);
    const role = input.role ?? current.role;
    const traineeId = input.traineeId !== undefined ? input.traineeId : current.traineeId;
    const sponsorId = input.sponsorId !== undefined ? input.sponsorId : current.sponsorId;
    if (actor.id === current.id && role !== current.role) {
      throw DomainError.field('role', msg('users.cannotChangeOwnRole'));
    }
    await this.checkLinks(role, traineeId, sponsorId, current.id);
    if (role === Role.TRAINEE && !traineeId)
      throw DomainError.field('traineeId', msg('users.traineeAccountNeedsTrainee'));
    if (role === Role.SPONSOR && !sponsorId)
      throw DomainError.field('sponsorId', msg('users.sponsorAccountNeedsSponsor'));
    const row = await this.db.prisma.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: current.id },
        data: {
          name: input.name,
          role,
          traineeId: role === Role.TRAINEE ? traineeId : null,
          sponsorId: role === Role.SPONSOR ? sponsorId : null,
        },
        select: USER_SELECT,
      });
      // A new role means new rights: make the user sign in again.
      if (role !== current.role) await tx.session.deleteMany({ where: { userId: current.id } });
      return updated;
    });
    this.sessions.forgetUser(current.id);
    return toUser(row);
  }

  async setActive(actor: Actor, input: SetUserActiveInput): Promise<User> {
    if (actor.id === input.id && !input.active) throw DomainError.field('id', msg('users.cannotDeactivateSelf'));
    await this.get(input.id);
    const row = await this.db.prisma.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: input.id },
        data: { active: input.active },
        select: USER_SELECT,
      });
      if (!input.active) await tx.session.deleteMany({ where: { userId: input.id } });
      return updated;
    });
    this.sessions.forgetUser(input.id);
    return toUser(row);
  }

  async auditLog(actor: Actor, args: AuditLogArgs): Promise<PageResult<AuditEntry>> {
    const todo = await todoIds(this.db.prisma, actor, 'AuditLog', args.todo);
    const where: Prisma.AuditLogWhereInput = {
      ...(todo ? { id: { in: todo.map((id) => BigInt(id)) } } : {}),
      ...(args.action ? { action: { startsWith: args.action } } : {}),
      ...(args.actorId ? { actorId: args.actorId } : {}),
      ...(args.fromDate || args.toDate
        ? {
            at: {
              ...(args.fromDate ? { gte: chinaDayStart(args.fromDate) } : {}),
              ...(args.toDate ? { lt: chinaDayStart(addDays(args.toDate, 1)) } : {}),
            },
          }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.auditLog.findMany({ where, orderBy: { id: 'desc' }, ...toSkipTake(args) }),
      this.db.prisma.auditLog.count({ where }),
    ]);
    const names = await this.auditNames(rows);
    return {
      items: rows.map((r) => ({
        ...r,
        id: r.id.toString(),
        actorRole: r.actorRole as Role | null,
        actorName: r.actorId ? (names.get(`User:${r.actorId}`) ?? null) : null,
        targets: r.targetIds.map((id) => ({ id, name: names.get(`${r.targetType}:${id}`) ?? null })),
        detail: r.detail === null ? null : JSON.stringify(r.detail),
      })),
      total,
      page: args.page,
      pageSize: args.pageSize,
    };
  }

  /** Names for the actors and targets of one page of the log: one query per kind of record on the page. */
  private async auditNames(
    rows: { actorId: string | null; targetType: string | null; targetIds: string[] }[],
  ): Promise<Map<string, string>> {
    const idsByType = new Map<string, Set<string>>([['User', new Set()]]);
    for (const r of rows) {
      if (r.actorId) idsByType.get('User')!.add(r.actorId);
      if (r.targetType && AUDIT_NAMERS[r.targetType]) {
        const set = idsByType.get(r.targetType) ?? new Set<string>();
        r.targetIds.forEach((id) => set.add(id));
        idsByType.set(r.targetType, set);
      }
    }
    const names = new Map<string, string>();
    await Promise.all(
      [...idsByType]
        .filter(([, ids]) => ids.size)
        .map(async ([type, ids]) => {
          for (const { id, name } of await AUDIT_NAMERS[type](this.db.prisma, [...ids]))
            names.set(`${type}:${id}`, name);
        }),
    );
    return names;
  }

  private async checkLinks(
    role: Role,
    traineeId: string | null,
    sponsorId: string | null,
    userId?: string,
  ): Promise<void> {
    if (role === Role.TRAINEE && traineeId) {
      const t = await this.db.prisma.trainee.findUnique({
        where: { id: traineeId },
        select: { user: { select: { id: true } } },
      });
      if (!t) throw DomainError.field('traineeId', msg('common.noSuchTrainee'));
      if (t.user && t.user.id !== userId)
        throw DomainError.conflict(msg('users.traineeAlreadyHasAccount'), [
          { field: 'traineeId', ...msg('users.alreadyLinkedAnotherAccount') },
        ]);
    }
    if (role === Role.SPONSOR && sponsorId) {
      const s = await this.db.prisma.sponsor.findUnique({ where: { id: sponsorId }, select: { id: true } });
      if (!s) throw DomainError.field('sponsorId', msg('common.noSuchSponsor'));
    }
  }
}

type Named = { id: string; name: string };
const byIds = (ids: string[]) => ({ where: { id: { in: ids } } });
/** How each kind of audited record is named on the audit screen (the GraphQL type name is the audit targetType). */
const AUDIT_NAMERS: Record<string, (p: PrismaClient, ids: string[]) => Promise<Named[]>> = {
  User: (p, ids) => p.user.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Trainee: (p, ids) => p.trainee.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Sponsor: (p, ids) => p.sponsor.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Program: (p, ids) => p.program.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Cohort: (p, ids) => p.cohort.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Team: (p, ids) => p.supportTeam.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Product: (p, ids) => p.product.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Supplier: (p, ids) => p.supplier.findMany({ ...byIds(ids), select: { id: true, name: true } }),
  Ticket: async (p, ids) =>
    (await p.afterSalesTicket.findMany({ ...byIds(ids), select: { id: true, number: true } })).map((r) => ({
      id: r.id,
      name: r.number,
    })),
  LiveSession: async (p, ids) =>
    (await p.liveSession.findMany({ ...byIds(ids), select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      name: r.title,
    })),
  Assignment: async (p, ids) =>
    (await p.assignment.findMany({ ...byIds(ids), select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      name: r.title,
    })),
  StoredFile: async (p, ids) =>
    (await p.storedFile.findMany({ ...byIds(ids), select: { id: true, originalName: true } })).map((r) => ({
      id: r.id,
      name: r.originalName,
    })),
};
