import { passwordSchema } from '../auth/password';
import { Role, ROLES } from '../auth/roles';
import { z } from '../common/z';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'users.emailRequired').max(254),
  password: z.string().min(1, 'users.passwordRequired').max(1024),
});

const linkRules = (v: { role?: Role; traineeId?: string | null; sponsorId?: string | null }, ctx: z.RefinementCtx) => {
  if (v.role === Role.TRAINEE && !v.traineeId)
    ctx.addIssue({ code: 'custom', path: ['traineeId'], message: 'users.traineeAccountNeedsTrainee' });
  if (v.role === Role.SPONSOR && !v.sponsorId)
    ctx.addIssue({ code: 'custom', path: ['sponsorId'], message: 'users.sponsorAccountNeedsSponsor' });
};

export const createUserSchema = z
  .object({
    email: z.email('common.enterValidEmail').trim().toLowerCase().max(254),
    name: z.string().trim().min(1, 'common.nameRequired').max(50),
    role: z.enum(ROLES as [Role, ...Role[]]),
    password: passwordSchema,
    traineeId: z.string().min(1).optional().nullable(),
    sponsorId: z.string().min(1).optional().nullable(),
  })
  .superRefine(linkRules);

export const updateUserSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1, 'common.nameRequired').max(50).optional(),
    role: z.enum(ROLES as [Role, ...Role[]]).optional(),
    traineeId: z.string().min(1).optional().nullable(),
    sponsorId: z.string().min(1).optional().nullable(),
  })
  .superRefine(linkRules);

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'users.enterYourCurrentPassword'),
  newPassword: passwordSchema,
});
