import type { Prisma } from '@grassroots/db';
import {
  checkEnrolment,
  checkPromotion,
  type CohortStatus,
  type CohortTrack,
  DomainError,
  msg,
  SEAT_HOLDING_STATUSES,
  statusAfterEnrolment,
  statusLabel,
  toSkipTake,
  type TraineeStatus,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope, enrolmentScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import { NotificationsService, traineeUsers } from '../notifications/notifications.service';
import type {
  EnrolmentsArgs,
  EnrolTraineesInput,
  PromoteGraduatesInput,
  WithdrawEnrolmentInput,
} from './dto/enrolment.input';
import { type Enrolment, ENROLMENT_SELECT, toEnrolment } from './models/enrolment.model';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The trainee hears about their own enrolment changes (the program's group robot does not: it is personal). */
  private async notifyEnrolment(
    tx: Prisma.TransactionClient,
    rows: { id: string; traineeId: string; cohortId: string }[],
    change: 'ENROLLED' | 'WITHDRAWN',
    actorId: string | null,
  ) {
    const users = await traineeUsers(
      tx,
      rows.map((r) => r.traineeId),
    );
    const cohorts = new Map(
      (
        await tx.cohort.findMany({
          where: { id: { in: rows.map((r) => r.cohortId) } },
          select: { id: true, name: true },
        })
      ).map((c) => [c.id, c.name]),
    );
    await this.notifications.notify(
      tx,
      ...rows.map((r) => ({
        kind: 'ENROLMENT_CHANGED' as const,
        key: `enrolment:${r.id}:${change.toLowerCase()}`,
        params: { cohort: cohorts.get(r.cohortId) ?? '', change },
        link: { type: 'TRAINEE' as const, id: r.traineeId },
        recipients: users.get(r.traineeId) ? [users.get(r.traineeId)!] : [],
        actorId,
      })),
    );
  }

  async list(actor: Actor, args: EnrolmentsArgs): Promise<PageResult<Enrolment>> {
    const where: Prisma.EnrolmentWhereInput = {
      AND: [
        enrolmentScope(actor),
        args.cohortId ? { cohortId: args.cohortId } : {},
        args.traineeId ? { traineeId: args.traineeId } : {},
        args.status ? { status: args.status } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.enrolment.findMany({
        where,
        select: ENROLMENT_SELECT,
        orderBy: [{ enrolledAt: 'desc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.enrolment.count({ where }),
    ]);
    return { items: rows.map(toEnrolment), total, page: args.page, pageSize: args.pageSize };
  }

  /**
   * Enrols several trainees at once, all or nothing. The cohort row is locked for the transaction so that two
   * coordinators filling the last seats cannot overbook it; a partial unique index backs "one active
   * enrolment per trainee per program" in the database itself.
   */
  async enrol(input: EnrolTraineesInput): Promise<Enrolment[]> {
    return this.db.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string; status: CohortStatus; capacity: number; programId: string }[]>`
        SELECT id, status::text AS status, capacity, "programId" FROM "Cohort" WHERE id = ${input.cohortId} FOR UPDATE`;
      const cohort = locked[0];
      if (!cohort) throw DomainError.field('cohortId', msg('common.noSuchCohort'));
      const seatsTaken = await tx.enrolment.count({
        where: { cohortId: cohort.id, status: { in: [...SEAT_HOLDING_STATUSES] } },
      });
      const trainees = await tx.trainee.findMany({
        where: { id: { in: input.traineeIds } },
        select: {
          id: true,
          name: true,
          status: true,
          enrolments: { where: { programId: cohort.programId, status: 'ACTIVE' }, select: { id: true } },
        },
      });
      const byId = new Map(trainees.map((t) => [t.id, t]));
      const missing = input.traineeIds
        .map((id, i) => (byId.has(id) ? null : { field: `traineeIds.${i}`, ...msg('common.noSuchTrainee') }))
        .filter((e) => e !== null);
      if (missing.length) throw DomainError.badInput(missing);
      const candidates = input.traineeIds.map((id) => {
        const t = byId.get(id)!;
        return { id, name: t.name, status: t.status as TraineeStatus, activeInProgram: t.enrolments.length > 0 };
      });
      const problems = checkEnrolment({ status: cohort.status, capacity: cohort.capacity, seatsTaken }, candidates);
      if (problems.length) throw DomainError.conflict(msg('enrolments.theseTraineesCannotEnrolled'), problems);

      const created: Enrolment[] = [];
      for (const c of candidates) {
        const row = await tx.enrolment.create({
          data: { traineeId: c.id, cohortId: cohort.id, programId: cohort.programId },
          select: ENROLMENT_SELECT,
        });
        const next = statusAfterEnrolment(c.status);
        if (next !== c.status) await tx.trainee.update({ where: { id: c.id }, data: { status: next } });
        created.push(toEnrolment(row));
      }
      await this.notifyEnrolment(
        tx,
        created.map((e) => ({ id: e.id, traineeId: e.traineeId, cohortId: cohort.id })),
        'ENROLLED',
        null,
      );
      return created;
    });
  }

  /**
   * Short-term → long-term: graduates of a short-term cohort join a long-term cohort of the same program, all or
   * none, under the same row lock as a normal enrolment. Their short-term enrolment stays COMPLETED (the history);
   * the trainee moves from GRADUATED back to ENROLLED for the new cohort and hears about it like any enrolment.
   */
  async promote(actor: Actor, input: PromoteGraduatesInput): Promise<Enrolment[]> {
    return this.db.prisma.$transaction(async (tx) => {
      const from = await tx.cohort.findFirst({
        where: { AND: [{ id: input.fromCohortId }, cohortScope(actor)] },
        select: { id: true, track: true, programId: true },
      });
      if (!from) throw DomainError.notFound('Cohort');
      const locked = await tx.$queryRaw<
        { id: string; status: CohortStatus; track: CohortTrack; capacity: number; programId: string }[]
      >`
        SELECT id, status::text AS status, track::text AS track, capacity, "programId" FROM "Cohort" WHERE id = ${input.toCohortId} FOR UPDATE`;
      const to = locked[0];
      if (!to) throw DomainError.field('toCohortId', msg('common.noSuchCohort'));
      const seatsTaken = await tx.enrolment.count({
        where: { cohortId: to.id, status: { in: [...SEAT_HOLDING_STATUSES] } },
      });
      const trainees = await tx.trainee.findMany({
        where: { id: { in: input.traineeIds } },
        select: {
          id: true,
          status: true,
          enrolments: {
            where: { OR: [{ status: 'ACTIVE' }, { cohortId: from.id, status: 'COMPLETED' }] },
            select: { status: true },
          },
        },
      });
      const byId = new Map(trainees.map((t) => [t.id, t]));
      const missing = input.traineeIds
        .map((id, i) => (byId.has(id) ? null : { field: `traineeIds.${i}`, ...msg('common.noSuchTrainee') }))
        .filter((e) => e !== null);
      if (missing.length) throw DomainError.badInput(missing);
      const candidates = input.traineeIds.map((id) => {
        const t = byId.get(id)!;
        return {
          id,
          status: t.status as TraineeStatus,
          graduated: t.enrolments.some((e) => e.status === 'COMPLETED'),
          hasActiveEnrolment: t.enrolments.some((e) => e.status === 'ACTIVE'),
        };
      });
      const problems = checkPromotion(
        { track: from.track as CohortTrack, programId: from.programId },
        { ...to, seatsTaken },
        candidates,
      );
      if (problems.length) throw DomainError.badInput(problems);

      const created: Enrolment[] = [];
      for (const c of candidates) {
        const row = await tx.enrolment.create({
          data: { traineeId: c.id, cohortId: to.id, programId: to.programId },
          select: ENROLMENT_SELECT,
        });
        await tx.trainee.update({ where: { id: c.id }, data: { status: 'ENROLLED' } });
        created.push(toEnrolment(row));
      }
      await this.notifyEnrolment(
        tx,
        created.map((e) => ({ id: e.id, traineeId: e.traineeId, cohortId: to.id })),
        'ENROLLED',
        actor.id,
      );
      return created;
    });
  }

  async withdraw(actor: Actor, input: WithdrawEnrolmentInput): Promise<Enrolment> {
    return this.db.prisma.$transaction(async (tx) => {
      const current = await tx.enrolment.findFirst({
        where: { AND: [{ id: input.id }, enrolmentScope(actor)] },
        select: ENROLMENT_SELECT,
      });
      if (!current) throw DomainError.notFound('Enrolment');
      if (current.status !== 'ACTIVE')
        throw DomainError.conflict(
          msg('enrolments.enrolmentOnlyActiveOnesCan', { status: statusLabel('EnrolmentStatus', current.status) }),
        );
      const row = await tx.enrolment.update({
        where: { id: input.id },
        data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawReason: input.reason },
        select: ENROLMENT_SELECT,
      });
      // A trainee with no other active enrolment goes back to APPLIED (ENROLLED) — later statuses are kept.
      const others = await tx.enrolment.count({ where: { traineeId: current.traineeId, status: 'ACTIVE' } });
      if (others === 0)
        await tx.trainee.updateMany({
          where: { id: current.traineeId, status: 'ENROLLED' },
          data: { status: 'APPLIED' },
        });
      await this.notifyEnrolment(
        tx,
        [{ id: row.id, traineeId: current.traineeId, cohortId: current.cohortId }],
        'WITHDRAWN',
        actor.id,
      );
      return toEnrolment(row);
    });
  }
}
