import {
  assertTraineeTransition,
  attendanceRate,
  criteriaOfProgram,
  DomainError,
  emptyCounts,
  evaluateGraduation,
  fenToYuan,
  type MessageCode,
  msg,
  SEAT_HOLDING_STATUSES,
  type TraineeStatus,
  yuanToFen,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { cohortScope, traineeScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { attendanceCountsByTrainee } from '../lessons/attendance.queries';
import { toTrainee, type Trainee, TRAINEE_SELECT } from '../trainees/models/trainee.model';
import {
  type DecideGraduationInput,
  type GraduationCheck,
  type RecordOutcomeInput,
  toOutcome,
  type TraineeOutcome,
} from './graduation.model';

@Injectable()
export class GraduationService {
  constructor(private readonly db: DatabaseService) {}

  /** Every active trainee of the cohort against the program's criteria, with the facts aggregated in SQL. */
  async report(actor: Actor, cohortId: string): Promise<GraduationCheck[]> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: {
        id: true,
        program: {
          select: {
            gradMinAttendancePct: true,
            gradMinGraded: true,
            gradMinAveragePct: true,
            gradMinSessions: true,
            gradMinGmv: true,
          },
        },
      },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    const p = cohort.program;
    const criteria = criteriaOfProgram({
      ...p,
      gradMinGmvFen: p.gradMinGmv === null ? null : yuanToFen(p.gradMinGmv.toFixed(2)),
    });
    const [trainees, attendance, grades, sales] = await Promise.all([
      this.db.prisma.trainee.findMany({
        where: {
          AND: [
            { enrolments: { some: { cohortId, status: { in: [...SEAT_HOLDING_STATUSES] } } } },
            traineeScope(actor),
          ],
        },
        select: TRAINEE_SELECT,
        orderBy: { name: 'asc' },
      }),
      attendanceCountsByTrainee(this.db.prisma, cohortId),
      this.db.prisma.$queryRaw<{ traineeId: string; graded: number; share: number | null }[]>`
        SELECT s."traineeId", count(*)::int AS graded, avg(s.score / a."maxScore")::float8 AS share
        FROM "Submission" s JOIN "Assignment" a ON a.id = s."assignmentId"
        WHERE a."cohortId" = ${cohortId} AND s.status = 'GRADED' GROUP BY s."traineeId"`,
      // The sales criterion: sessions streamed (ended) for this cohort and their GMV.
      this.db.prisma.$queryRaw<{ traineeId: string; sessions: number; gmvFen: bigint }[]>`
        SELECT "traineeId", count(*)::int AS sessions, (coalesce(sum(gmv), 0) * 100)::bigint AS "gmvFen"
        FROM "LiveSession" WHERE "cohortId" = ${cohortId} AND status = 'ENDED' GROUP BY "traineeId"`,
    ]);
    return trainees.map((t) => {
      const rate = attendanceRate(attendance.get(t.id) ?? emptyCounts());
      const g = grades.find((r) => r.traineeId === t.id);
      const sold = sales.find((r) => r.traineeId === t.id);
      const facts = {
        attendanceRate: rate,
        gradedAssignments: g?.graded ?? 0,
        averageScoreShare: g?.share ?? null,
        sales: { sessions: sold?.sessions ?? 0, gmvFen: BigInt(sold?.gmvFen ?? 0) },
      };
      return {
        trainee: toTrainee(t) as Trainee,
        ...facts,
        liveSessions: facts.sales.sessions,
        gmv: fenToYuan(facts.sales.gmvFen),
        ...said(evaluateGraduation(criteria, facts)),
      };
    });
  }

  /** Graduates an eligible trainee (their enrolment completes) or drops one with a reason (it is withdrawn). */
  async decide(actor: Actor, input: DecideGraduationInput): Promise<Trainee> {
    const checks = await this.report(actor, input.cohortId);
    const check = checks.find((c) => c.trainee.id === input.traineeId);
    if (!check) throw DomainError.notFound('Trainee in this cohort');
    if (input.decision === 'GRADUATE' && !check.eligible) {
      throw DomainError.conflict(
        msg('graduation.notEligible', {
          reasons: check.results
            .filter((r) => !r.met)
            .map((r) => ({ code: r.detailCode as MessageCode, params: r.detailParams })),
        }),
      );
    }
    const target: TraineeStatus = input.decision === 'GRADUATE' ? 'GRADUATED' : 'DROPPED';
    assertTraineeTransition(check.trainee.status, target);
    return this.db.prisma.$transaction(async (tx) => {
      const row = await tx.trainee.update({
        where: { id: input.traineeId },
        data: { status: target, statusReason: input.reason ?? null },
        select: TRAINEE_SELECT,
      });
      await tx.enrolment.updateMany({
        where: { traineeId: input.traineeId, cohortId: input.cohortId, status: 'ACTIVE' },
        data:
          input.decision === 'GRADUATE'
            ? { status: 'COMPLETED', completedAt: new Date() }
            : { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawReason: input.reason ?? null },
      });
      return toTrainee(row);
    });
  }

  /** Records (or corrects) the 1-, 3- or 6-month follow-up of a trainee who finished the program. */
  async recordOutcome(actor: Actor, input: RecordOutcomeInput): Promise<TraineeOutcome> {
    const trainee = await this.db.prisma.trainee.findFirst({
      where: { AND: [{ id: input.traineeId }, traineeScope(actor)] },
      select: { status: true },
    });
    if (!trainee) throw DomainError.notFound('Trainee');
    if (trainee.status !== 'GRADUATED' && trainee.status !== 'DROPPED')
      throw DomainError.conflict(msg('graduation.outcomesOnlyAfterGraduation'));
    const data = {
      status: input.status,
      monthlyIncome: input.monthlyIncome || null,
      note: input.note || null,
      recordedById: actor.id,
      recordedAt: new Date(),
    };
    const row = await this.db.prisma.traineeOutcome.upsert({
      where: { traineeId_monthsAfter: { traineeId: input.traineeId, monthsAfter: input.monthsAfter } },
      create: { traineeId: input.traineeId, monthsAfter: input.monthsAfter, ...data },
      update: data,
    });
    return toOutcome(row);
  }
}

/** Each criterion's detail as a message code with params too, for the reader's language. */
function said(e: ReturnType<typeof evaluateGraduation>) {
  return {
    eligible: e.eligible,
    results: e.results.map((r) => ({ ...r, detailCode: r.message.code, detailParams: r.message.params })),
  };
}
