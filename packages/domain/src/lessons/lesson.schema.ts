import { dateOnlySchema } from '../common/dates';
import { z } from '../common/z';
import { type FieldError, msg } from '../errors';

export const LessonKind = { CLASS: 'CLASS', PRACTICE_STREAM: 'PRACTICE_STREAM', FIELD_VISIT: 'FIELD_VISIT' } as const;
export type LessonKind = (typeof LessonKind)[keyof typeof LessonKind];

/** Wall-clock time "HH:MM", 24-hour. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'training.use24HourFormatHh');

export const lessonFields = {
  cohortId: z.string().min(1, 'common.chooseCohort'),
  date: dateOnlySchema,
  startTime: timeSchema,
  endTime: timeSchema,
  topic: z.string().trim().min(2, 'training.topicRequired').max(200),
  kind: z.enum([LessonKind.CLASS, LessonKind.PRACTICE_STREAM, LessonKind.FIELD_VISIT]),
  instructorId: z.string().min(1).optional().nullable(),
  location: z.string().trim().min(2, 'common.locationRequired').max(200),
};

function endAfterStart(v: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx): void {
  if (v.startTime && v.endTime && v.endTime <= v.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'lessons.endTimeMustAfterStart' });
  }
}

export const createLessonSchema = z.object(lessonFields).superRefine(endAfterStart);
export const updateLessonSchema = z
  .object({ id: z.string().min(1), ...lessonFields })
  .omit({ cohortId: true })
  .partial()
  .required({ id: true })
  .superRefine(endAfterStart);

/** A lesson must fall within its cohort's dates. */
export function lessonWithinCohort(date: string, cohort: { startDate: string; endDate: string }): FieldError[] {
  return date < cohort.startDate || date > cohort.endDate
    ? [{ field: 'date', ...msg('training.mustWithinCohort', { startDate: cohort.startDate, endDate: cohort.endDate }) }]
    : [];
}
