import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@grassroots/domain';
import type { GqlContext } from '../graphql/context';

/** The signed-in user as every service sees it. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  traineeId: string | null;
  sponsorId: string | null;
  sessionId: string;
}

/** Injects the signed-in user; the global guard has already refused anonymous calls where a policy needs one. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().actor;
});
