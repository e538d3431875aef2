import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { GqlContext } from '../graphql/context';
import type { Actor } from './actor';

/** Injects the signed-in user; the global guard has already refused anonymous calls where a policy needs one. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().actor;
});
