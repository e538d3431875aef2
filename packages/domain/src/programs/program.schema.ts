import { z } from '../common/z';
import { moneySchema } from '../common/money';
import { dateOnlySchema, endNotBeforeStart } from '../common/dates';

const target = z.number().int('Whole number').min(0, 'Must not be negative').max(100000);

export const programFields = {
  sponsorId: z.string().min(1, 'Choose a sponsor'),
  name: z.string().trim().min(2, 'Name is required').max(120),
  region: z.string().trim().min(2, 'Region is required').max(100),
  startDate: dateOnlySchema,
  endDate: dateOnlySchema,
  budget: moneySchema,
  targetShortTermTrainees: target,
  targetLongTermTrainees: target,
  targetGmv: moneySchema,
};
export const createProgramSchema = z.object(programFields).superRefine(endNotBeforeStart);
export const updateProgramSchema = z
  .object({ id: z.string().min(1), ...programFields })
  .omit({ sponsorId: true })
  .partial()
  .required({ id: true })
  .superRefine(endNotBeforeStart);
export type CreateProgramInput = z.infer<typeof createProgramSchema>;
