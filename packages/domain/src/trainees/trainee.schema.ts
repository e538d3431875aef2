import { StreamPlatform, TraineeStatus, values } from '../common/enums';
import { z } from '../common/z';
import { isValidMobile, isValidNationalId } from './identity';

export const platformAccountSchema = z.object({
  platform: z.enum(values(StreamPlatform)),
  handle: z.string().trim().min(1, 'Account name is required').max(80),
});

export const traineeFields = {
  name: z.string().trim().min(1, 'Name is required').max(50),
  phone: z.string().trim().refine(isValidMobile, 'Enter an 11-digit mobile number'),
  nationalId: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .refine(isValidNationalId, 'Not a valid resident ID number (18 characters, check digit)'),
  hometown: z.string().trim().min(1, 'Hometown is required').max(100),
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
