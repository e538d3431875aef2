import { passwordSchema } from '../auth/password';
import { Role, ROLES } from '../auth/roles';
import { z } from '../common/z';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Email is required').max(254),
  password: z.string().min(1, 'Password is required').max(1024),
});

const linkRules = (v: { role?: Role; traineeId?: string | null; sponsorId?: string | null }, ctx: z.RefinementCtx) => {
  if (v.role === Role.TRAINEE && !v.traineeId)
    ctx.addIssue({ code: 'custom', path: ['traineeId'], message: 'A trainee account must be linked to a trainee' });
  if (v.role === Role.SPONSOR && !v.sponsorId)
    ctx.addIssue({ code: 'custom', path: ['sponsorId'], message: 'A sponsor account must be linked to a sponsor' });
};

export const createUserSchema = z
  .object({
    email: z.email('Enter a valid email').trim().toLowerCase().max(254),
    name: z.string().trim().min(1, 'Name is required').max(50),
    role: z.enum(ROLES as [Role, ...Role[]]),
    password: passwordSchema,
    traineeId: z.string().min(1).optional().nullable(),
    sponsorId: z.string().min(1).optional().nullable(),
  })
  .superRefine(linkRules);

export const updateUserSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1, 'Name is required').max(50).optional(),
    role: z.enum(ROLES as [Role, ...Role[]]).optional(),
    traineeId: z.string().min(1).optional().nullable(),
    sponsorId: z.string().min(1).optional().nullable(),
  })
  .superRefine(linkRules);

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password'),
  newPassword: passwordSchema,
});
