import type { Policy } from '@grassroots/domain';
import { SetMetadata } from '@nestjs/common';

export const POLICY_KEY = 'grassroots:policy';

/**
 * Declares what an operation or field needs: a permission from the matrix in @grassroots/domain, or
 * PUBLIC / AUTHENTICATED. The global guard refuses anything without a declaration.
 */
export const RequirePolicy = (policy: Policy) => SetMetadata(POLICY_KEY, policy);
