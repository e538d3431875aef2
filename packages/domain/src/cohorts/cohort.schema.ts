import { dateOnlySchema, endNotBeforeStart } from '../common/dates';
import { CohortStatus, CohortTrack, values } from '../common/enums';
import { z } from '../common/z';

export const MAX_COHORT_CAPACITY = 500;

export const cohortFields = {
  programId: z.string().min(1, 'cohorts.chooseProgram'),
  name: z.string().trim().min(2, 'common.nameRequired').max(120),
  track: z.enum(values(CohortTrack)),
  startDate: dateOnlySchema,
  endDate: dateOnlySchema,
  capacity: z
    .number()
    .int('common.wholeNumber')
    .min(1, 'cohorts.capacityAtLeast1')
    .max(MAX_COHORT_CAPACITY, 'cohorts.capacityAtMost'),
  location: z.string().trim().min(2, 'common.locationRequired').max(200),
  status: z.enum(values(CohortStatus)).default(CohortStatus.PLANNED),
};
export const createCohortSchema = z.object(cohortFields).superRefine(endNotBeforeStart);
export const updateCohortSchema = z
  .object({ id: z.string().min(1), ...cohortFields })
  .omit({ programId: true })
  .partial()
  .required({ id: true })
  .superRefine(endNotBeforeStart);
export type CreateCohortInput = z.infer<typeof createCohortSchema>;
