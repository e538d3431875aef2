import { z } from '../common/z';
import { isValidMobile } from '../trainees/identity';

const phone = z
  .string()
  .trim()
  .refine((p) => isValidMobile(p) || /^0\d{2,3}-?\d{7,8}$/.test(p), 'sponsors.phoneFormat');

export const sponsorFields = {
  name: z.string().trim().min(2, 'common.nameRequired').max(100),
  region: z.string().trim().min(2, 'qc.regionRequired').max(100),
  contactName: z.string().trim().min(1, 'sponsors.contactNameRequired').max(50),
  contactPhone: phone,
  contactEmail: z
    .union([z.email('common.enterValidEmail'), z.literal('')])
    .optional()
    .nullable(),
};
export const createSponsorSchema = z.object(sponsorFields);
export const updateSponsorSchema = z.object({ id: z.string().min(1), ...sponsorFields }).partial({
  name: true,
  region: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
});
export type CreateSponsorInput = z.infer<typeof createSponsorSchema>;
