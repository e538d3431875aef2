import { StreamPlatform, TraineeStatus, values } from '../common/enums';
import { z } from '../common/z';
import { isValidMobile, isValidNationalId } from './identity';

export const platformAccountSchema = z.object({
  platform: z.enum(values(StreamPlatform)),
  handle: z.string().trim().min(1, 'trainees.accountNameRequired').max(80),
});

export const traineeFields = {
  name: z.string().trim().min(1, 'common.nameRequired').max(50),
  phone: z.string().trim().refine(isValidMobile, 'trainees.enter11DigitMobileNumber'),
  nationalId: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .refine(isValidNationalId, 'trainees.notValidResidentIdNumber'),
  hometown: z.string().trim().min(1, 'trainees.hometownRequired').max(100),
  background: z.string().trim().max(500).default(''),
  platformAccounts: z.array(platformAccountSchema).max(10).default([]),
};
export const createTraineeSchema = z.object({
  ...traineeFields,
  status: z.enum(values(TraineeStatus)).default('APPLIED'),
});
export const updateTraineeSchema = z
  .object({ id: z.string().min(1), ...traineeFields, status: z.enum(values(TraineeStatus)) })
  .partial()
  .required({ id: true });
export type CreateTraineeInput = z.infer<typeof createTraineeSchema>;
