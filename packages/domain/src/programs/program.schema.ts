import { dateOnlySchema, endNotBeforeStart } from '../common/dates';
import { moneySchema } from '../common/money.schema';
import { isTimeZone } from '../common/time-zone';
import { z } from '../common/z';

/** A program's time zone: an IANA name, e.g. Asia/Shanghai (the default) or Asia/Urumqi. */
export const timeZoneSchema = z.string().trim().max(64).refine(isTimeZone, 'programs.timeZoneFormat');

const target = z.number().int('common.wholeNumber').min(0, 'programs.notNegative').max(100000);

export const programFields = {
  sponsorId: z.string().min(1, 'programs.chooseSponsor'),
  name: z.string().trim().min(2, 'common.nameRequired').max(120),
  region: z.string().trim().min(2, 'qc.regionRequired').max(100),
  startDate: dateOnlySchema,
  endDate: dateOnlySchema,
  budget: moneySchema,
  targetShortTermTrainees: target,
  targetLongTermTrainees: target,
  targetGmv: moneySchema,
  /** IANA zone its times are shown, entered and counted in; Asia/Shanghai when not given. */
  timeZone: timeZoneSchema.optional(),
};

const percent = z.number().int('common.wholeNumber').min(0, 'programs.notNegative').max(100, 'programs.most100');
/** Graduation criteria of a program (the sales criterion applies once live sessions are recorded). */
export const graduationCriteriaFields = {
  gradMinAttendancePct: percent,
  gradMinGraded: z.number().int('common.wholeNumber').min(0, 'programs.notNegative').max(200),
  gradMinAveragePct: percent,
  gradMinSessions: z.number().int('common.wholeNumber').min(0).max(10000).optional().nullable(),
  gradMinGmv: moneySchema.optional().nullable(),
};
export const createProgramSchema = z.object(programFields).superRefine(endNotBeforeStart);
export const updateProgramSchema = z
  .object({ id: z.string().min(1), ...programFields, ...graduationCriteriaFields })
  .omit({ sponsorId: true })
  .partial()
  .required({ id: true })
  .superRefine(endNotBeforeStart);
export type CreateProgramInput = z.infer<typeof createProgramSchema>;
