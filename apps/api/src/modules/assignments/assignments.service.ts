import type { Prisma } from '@grassroots/db';
import {
  computeScore,
  DomainError,
  type FieldError,
  isLate,
  msg,
  nextSubmissionStatus,
  type SubmissionAction,
  type SubmissionStatus,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { assignmentScope, cohortScope, submissionScope, traineeScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import { NotificationsService, traineeUsers } from '../notifications/notifications.service';
import { toTrainee, TRAINEE_SELECT } from '../trainees/models/trainee.model';
import { todoIds } from '../workbench/todo-filters';
import {
  type AssignmentsArgs,
  type CreateAssignmentInput,
  type GradeSubmissionInput,
  GridFilter,
  type ReturnSubmissionInput,
  type SubmissionsArgs,
  type SubmitAssignmentInput,
} from './dto/assignment.input';
import {
  type Assignment,
  ASSIGNMENT_SELECT,
  type AssignmentGrid,
  type Submission,
  SUBMISSION_SELECT,
  toAssignment,
  toSubmission,
} from './models/assignment.model';

const OPEN: SubmissionStatus[] = ['ASSIGNED', 'RETURNED'];

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor, args: AssignmentsArgs): Promise<PageResult<Assignment>> {
    const where: Prisma.AssignmentWhereInput = {
      AND: [assignmentScope(actor), args.cohortId ? { cohortId: args.cohortId } : {}],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.assignment.findMany({
        where,
        select: ASSIGNMENT_SELECT,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.assignment.count({ where }),
    ]);
    return { items: rows.map(toAssignment), total, page: args.page, pageSize: args.pageSize };
  }

  /** Trainees' copies across cohorts (the overdue and to-grade lists the workbench opens), soonest due first. */
  async submissions(actor: Actor, args: SubmissionsArgs): Promise<PageResult<Submission>> {
    const todo = await todoIds(this.db.prisma, actor, 'Submission', args.todo);
    const where: Prisma.SubmissionWhereInput = {
      AND: [
        submissionScope(actor),
        todo ? { id: { in: todo } } : {},
        args.status ? { status: args.status } : {},
        args.cohortId ? { assignment: { cohortId: args.cohortId } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.submission.findMany({
        where,
        select: { ...SUBMISSION_SELECT, assignment: { select: { dueAt: true } } },
        orderBy: [{ assignment: { dueAt: 'asc' } }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.submission.count({ where }),
    ]);
    return {
      items: rows.map((r) => ({ ...toSubmission(r), dueAt: r.assignment.dueAt })),
      total,
      page: args.page,
      pageSize: args.pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<Assignment> {
    const row = await this.db.prisma.assignment.findFirst({
      where: { AND: [{ id }, assignmentScope(actor)] },
      select: ASSIGNMENT_SELECT,
    });
    if (!row) throw DomainError.notFound('Assignment');
    return toAssignment(row);
  }

  async submission(actor: Actor, id: string): Promise<Submission> {
    const row = await this.db.prisma.submission.findFirst({
      where: { AND: [{ id }, submissionScope(actor)] },
      select: SUBMISSION_SELECT,
    });
    if (!row) throw DomainError.notFound('Submission');
    return toSubmission(row);
  }

  /** The trainee's own work, soonest due first. */
  async mine(actor: Actor): Promise<Submission[]> {
    if (!actor.traineeId) return [];
    const rows = await this.db.prisma.submission.findMany({
      where: { traineeId: actor.traineeId },
      select: { ...SUBMISSION_SELECT, assignment: { select: { dueAt: true } } },
      orderBy: { assignment: { dueAt: 'asc' } },
      take: 200,
    });
    return rows.map((r) => ({ ...toSubmission(r), dueAt: r.assignment.dueAt }));
  }

  /** Trainees × assignments of a cohort; `only` keeps the rows with an overdue or an ungraded (submitted) cell. */
  async grid(actor: Actor, cohortId: string, only?: GridFilter | null, now = new Date()): Promise<AssignmentGrid> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.notFound('Cohort');
    const [assignments, trainees, subs] = await Promise.all([
      this.db.prisma.assignment.findMany({
        where: { AND: [{ cohortId }, assignmentScope(actor)] },
        select: ASSIGNMENT_SELECT,
        orderBy: { dueAt: 'asc' },
        take: 100,
      }),
      this.db.prisma.trainee.findMany({
        where: { AND: [traineeScope(actor), { submissions: { some: { assignment: { cohortId } } } }] },
        select: TRAINEE_SELECT,
        orderBy: { name: 'asc' },
      }),
      this.db.prisma.submission.findMany({
        where: { AND: [{ assignment: { cohortId } }, submissionScope(actor)] },
        select: { ...SUBMISSION_SELECT, assignment: { select: { dueAt: true } } },
      }),
    ]);
    const key = (a: string, t: string) => `${a}:${t}`;
    const byKey = new Map(subs.map((s) => [key(s.assignmentId, s.traineeId), s]));
    const rows = trainees
      .map((t) => ({ trainee: toTrainee(t), cells: assignments.map((a) => byKey.get(key(a.id, t.id)) ?? null) }))
      .filter((r) =>
        !only
          ? true
          : r.cells.some((c) =>
              only === GridFilter.OVERDUE
                ? !!c && OPEN.includes(c.status as SubmissionStatus) && c.assignment.dueAt < now
                : c?.status === 'SUBMITTED',
            ),
      )
      .map((r) => ({
        trainee: r.trainee,
        cells: r.cells.map((c) => (c ? { ...toSubmission(c), dueAt: c.assignment.dueAt } : null)),
      }));
    return { assignments: assignments.map(toAssignment), rows };
  }

  /** Creates the assignment and every trainee's copy in one transaction. */
  async create(actor: Actor, input: CreateAssignmentInput): Promise<Assignment> {
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: input.cohortId }, cohortScope(actor)] },
      select: { id: true },
    });
    if (!cohort) throw DomainError.field('cohortId', msg('common.noSuchCohort'));
    // "Active trainees" within the caller's reach: all of the cohort for coordinators, their teams' for SUPPORT.
    const active = (
      await this.db.prisma.enrolment.findMany({
        where: { cohortId: cohort.id, status: 'ACTIVE', trainee: traineeScope(actor) },
        select: { traineeId: true },
      })
    ).map((e) => e.traineeId);
    let traineeIds = active;
    if (input.traineeIds?.length) {
      const set = new Set(active);
      const errors: FieldError[] = input.traineeIds.flatMap((id, i) =>
        set.has(id) ? [] : [{ field: `traineeIds.${i}`, ...msg('assignments.notInCohort') }],
      );
      if (errors.length) throw DomainError.badInput(errors);
      traineeIds = [...new Set(input.traineeIds)];
    }
    if (!traineeIds.length) throw DomainError.field('cohortId', msg('assignments.cohortHasNoActiveTrainees'));
    return this.db.prisma.$transaction(async (tx) => {
      const row = await tx.assignment.create({
        data: {
          cohortId: cohort.id,
          title: input.title,
          instructions: input.instructions ?? '',
          kind: input.kind,
          dueAt: new Date(input.dueAt),
          maxScore: input.maxScore,
          rubric: input.rubric?.length ? (input.rubric as unknown as Prisma.InputJsonValue) : undefined,
          createdById: actor.id,
        },
        select: ASSIGNMENT_SELECT,
      });
      await tx.submission.createMany({ data: traineeIds.map((traineeId) => ({ assignmentId: row.id, traineeId })) });
      const users = await traineeUsers(tx, traineeIds);
      await this.notifications.notify(tx, {
        kind: 'ASSIGNMENT_SET',
        key: `assignment:${row.id}:set`,
        params: { title: row.title, dueAt: row.dueAt.toISOString() },
        link: { type: 'ASSIGNMENT', id: row.id },
        recipients: [...users.values()],
        actorId: actor.id,
      });
      return toAssignment(row);
    });
  }

  submit(actor: Actor, input: SubmitAssignmentInput): Promise<Submission> {
    return this.move(actor, input.submissionId, input.version, 'SUBMIT', (s) => {
      const now = new Date();
      return { text: input.text ?? '', links: input.links ?? [], submittedAt: now, late: isLate(now, s.dueAt) };
    });
  }

  returnForRevision(actor: Actor, input: ReturnSubmissionInput): Promise<Submission> {
    return this.move(actor, input.submissionId, input.version, 'RETURN', () => ({ feedback: input.feedback }));
  }

  grade(actor: Actor, input: GradeSubmissionInput): Promise<Submission> {
    return this.move(actor, input.submissionId, input.version, 'GRADE', (s) => {
      const { score, errors } = computeScore(s, { total: input.total, byCriterion: input.byCriterion });
      if (errors.length) throw DomainError.badInput(errors);
      return {
        score: score.toFixed(1),
        scoresByCriterion: input.byCriterion?.length
          ? (input.byCriterion as unknown as Prisma.InputJsonValue)
          : undefined,
        feedback: input.feedback ?? undefined,
        gradedAt: new Date(),
        gradedById: actor.id,
      };
    });
  }

  /**
   * One step of the submission state machine, guarded against lost updates: the row changes only if it still
   * has the version the caller saw (a trainee resubmitting while a coordinator grades gets CONFLICT, not a
   * silent overwrite).
   */
  private async move(
    actor: Actor,
    id: string,
    version: number,
    action: SubmissionAction,
    changes: (s: {
      dueAt: Date;
      maxScore: number;
      rubric: { name: string; points: number }[] | null;
    }) => Prisma.SubmissionUpdateManyMutationInput,
  ): Promise<Submission> {
    const current = await this.db.prisma.submission.findFirst({
      where: { AND: [{ id }, submissionScope(actor)] },
      select: { status: true, version: true, assignment: { select: { dueAt: true, maxScore: true, rubric: true } } },
    });
    if (!current) throw DomainError.notFound('Submission');
    const stale = () =>
      DomainError.conflict(msg('assignments.staleSubmission'), [{ field: 'version', ...msg('common.stale') }]);
    if (current.version !== version) throw stale();
    const status = nextSubmissionStatus(current.status as SubmissionStatus, action);
    const data = changes({
      ...current.assignment,
      rubric: current.assignment.rubric as unknown as { name: string; points: number }[] | null,
    });
    const updated = await this.db.prisma.$transaction(async (tx) => {
      const u = await tx.submission.updateMany({
        where: { id, version },
        data: { ...data, status, version: { increment: 1 } },
      });
      if (u.count === 1 && action === 'GRADE') await this.notifyGraded(tx, id, actor);
      return u;
    });
    if (updated.count === 0) throw stale(); // changed between our read and our write
    return this.submission(actor, id);
  }

  private async notifyGraded(tx: Prisma.TransactionClient, id: string, actor: Actor): Promise<void> {
    const s = await tx.submission.findUniqueOrThrow({
      where: { id },
      select: {
        traineeId: true,
        score: true,
        version: true,
        assignment: { select: { id: true, title: true, maxScore: true } },
      },
    });
    const users = await traineeUsers(tx, [s.traineeId]);
    await this.notifications.notify(tx, {
      kind: 'ASSIGNMENT_GRADED',
      key: `submission:${id}:graded:${s.version}`,
      params: { title: s.assignment.title, score: s.score?.toFixed(1) ?? null, maxScore: s.assignment.maxScore },
      link: { type: 'ASSIGNMENT', id: s.assignment.id },
      recipients: [...users.values()],
      actorId: actor.id,
    });
  }
}
