import { dateTimeSchema } from '../common/dates';
import { webLinkSchema } from '../common/links';
import { z } from '../common/z';
import { DomainError, type FieldError, msg } from '../errors';
import { statusLabel } from '../messages/labels';

export const AssignmentKind = {
  SCRIPT_WRITING: 'SCRIPT_WRITING',
  PRACTICE_STREAM: 'PRACTICE_STREAM',
  PRODUCT_RESEARCH: 'PRODUCT_RESEARCH',
  SALES_TARGET: 'SALES_TARGET',
  OTHER: 'OTHER',
} as const;
export type AssignmentKind = (typeof AssignmentKind)[keyof typeof AssignmentKind];

export const SubmissionStatus = {
  ASSIGNED: 'ASSIGNED',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  GRADED: 'GRADED',
} as const;
export type SubmissionStatus = (typeof SubmissionStatus)[keyof typeof SubmissionStatus];

export type SubmissionAction = 'SUBMIT' | 'RETURN' | 'GRADE';

/**
 * Each trainee's copy of an assignment: ASSIGNED → SUBMITTED → RETURNED (for revision) → SUBMITTED → GRADED.
 * Only the trainee submits; only staff return or grade. Anything else is a CONFLICT.
 */
export const SUBMISSION_MACHINE: Record<
  SubmissionAction,
  { from: readonly SubmissionStatus[]; to: SubmissionStatus; by: 'TRAINEE' | 'STAFF' }
> = {
  SUBMIT: { from: ['ASSIGNED', 'RETURNED'], to: 'SUBMITTED', by: 'TRAINEE' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED', by: 'STAFF' },
  GRADE: { from: ['SUBMITTED'], to: 'GRADED', by: 'STAFF' },
};

export function nextSubmissionStatus(from: SubmissionStatus, action: SubmissionAction): SubmissionStatus {
  const rule = SUBMISSION_MACHINE[action];
  if (!rule.from.includes(from)) {
    throw DomainError.conflict(
      msg('training.assignmentCannotBe', {
        status: statusLabel('SubmissionStatus', from),
        action: statusLabel('SubmissionAction', action),
      }),
    );
  }
  return rule.to;
}

export const canSubmissionDo = (from: SubmissionStatus, action: SubmissionAction): boolean =>
  SUBMISSION_MACHINE[action].from.includes(from);

/** Late submissions are flagged, never refused. */
export const isLate = (submittedAt: Date, dueAt: Date): boolean => submittedAt.getTime() > dueAt.getTime();

export const rubricCriterionSchema = z.object({
  name: z.string().trim().min(1, 'training.nameCriterion').max(100),
  points: z.number().int('training.wholePoints').min(1, 'training.least1Point').max(1000),
});

export const createAssignmentSchema = z
  .object({
    cohortId: z.string().min(1, 'common.chooseCohort'),
    /** Empty or absent: the whole cohort. */
    traineeIds: z.array(z.string().min(1)).max(500).optional().nullable(),
    title: z.string().trim().min(2, 'training.titleRequired').max(200),
    instructions: z.string().trim().max(5000).default(''),
    kind: z.enum(Object.values(AssignmentKind) as [AssignmentKind, ...AssignmentKind[]]),
    dueAt: dateTimeSchema,
    maxScore: z.number().int('training.wholePoints').min(1).max(1000),
    rubric: z.array(rubricCriterionSchema).max(20).optional().nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.rubric?.length) {
      const total = a.rubric.reduce((s, c) => s + c.points, 0);
      if (total !== a.maxScore)
        ctx.addIssue({
          code: 'custom',
          path: ['rubric'],
          message: 'training.criteriaAddUp',
          params: { total, maxScore: a.maxScore },
        });
      const names = a.rubric.map((c) => c.name);
      if (new Set(names).size !== names.length)
        ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'training.twoCriteriaHaveSameName' });
    }
  });

export interface RubricCriterion {
  name: string;
  points: number;
}

/**
 * The score of a graded submission. With a rubric, one score per criterion (0..its points, in half points);
 * the total is their sum, computed in half-point integers so that 0.5 + 0.5 + … never drifts. Without a rubric,
 * one score between 0 and the maximum.
 */
export function computeScore(
  assignment: { maxScore: number; rubric?: RubricCriterion[] | null },
  given: { total?: number | null; byCriterion?: { name: string; score: number }[] | null },
): { score: number; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const halfPoints = (n: number) => Math.round(n * 2);
  if (assignment.rubric?.length) {
    const byName = new Map((given.byCriterion ?? []).map((c) => [c.name, c.score]));
    let sum = 0;
    assignment.rubric.forEach((c, i) => {
      const s = byName.get(c.name);
      if (s === undefined)
        errors.push({ field: `byCriterion.${i}`, ...msg('training.scoreCriterion', { name: c.name }) });
      else if (s < 0 || s > c.points || halfPoints(s) !== s * 2)
        errors.push({ field: `byCriterion.${i}`, ...msg('training.between0HalfPoints', { points: c.points }) });
      else sum += halfPoints(s);
    });
    for (const name of byName.keys())
      if (!assignment.rubric.some((c) => c.name === name))
        errors.push({ field: 'byCriterion', ...msg('training.noCriterion', { name }) });
    return { score: sum / 2, errors };
  }
  const t = given.total;
  if (t === undefined || t === null) errors.push({ field: 'total', ...msg('training.giveScore') });
  else if (t < 0 || t > assignment.maxScore || halfPoints(t) !== t * 2)
    errors.push({ field: 'total', ...msg('training.scoreBetween0HalfPoints', { maxScore: assignment.maxScore }) });
  return { score: t ?? 0, errors };
}

export const submitSchema = z
  .object({
    submissionId: z.string().min(1),
    text: z.string().trim().max(20_000).default(''),
    links: z.array(webLinkSchema).max(10).default([]),
    version: z.number().int().min(0),
  })
  .superRefine((v, ctx) => {
    if (!v.text && !v.links.length)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'training.writeSomethingAddLink' });
  });

export const returnSchema = z.object({
  submissionId: z.string().min(1),
  feedback: z.string().trim().min(2, 'training.sayWhatRevise').max(5000),
  version: z.number().int().min(0),
});

export const gradeSchema = z.object({
  submissionId: z.string().min(1),
  total: z.number().min(0).optional().nullable(),
  byCriterion: z
    .array(z.object({ name: z.string().min(1), score: z.number().min(0) }))
    .max(20)
    .optional()
    .nullable(),
  feedback: z.string().trim().max(5000).optional().nullable(),
  version: z.number().int().min(0),
});
