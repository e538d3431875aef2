import { z } from '../common/z';
import { isValidMobile } from '../trainees/identity';

const phone = z
  .string()
  .trim()
  .refine(
    (p) => isValidMobile(p) || /^0\d{2,3}-?\d{7,8}$/.test(p),
    'Enter a mobile (11 digits) or landline number (e.g. 0998-1234567)',
  );

export const sponsorFields = {
  name: z.string().trim().min(2, 'Name is required').max(100),
  region: z.string().trim().min(2, 'Region is required').max(100),
  contactName: z.string().trim().min(1, 'Contact name is required').max(50),
  contactPhone: phone,
  contactEmail: z
    .union([z.email('Enter a valid email'), z.literal('')])
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
