import { allows, AUTHENTICATED, DomainError, msg, type Policy, PUBLIC } from '@grassroots/domain';
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

import { AuditService } from '../audit/audit.service';
import type { GqlContext } from '../graphql/context';
import { problemBody } from '../http/problem-body';
import { POLICY_KEY } from './policy.decorator';
import { SESSION_COOKIE, SessionService } from './session.service';

/** Deny by default: every resolver (root or field) and every HTTP route must declare a policy. */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (context.getType<GqlContextType>() !== 'graphql') {
      if (policy === PUBLIC) return true;
      const route = `${context.getClass().name}.${context.getHandler().name}`;
      if (!policy) {
        this.logger.error(`HTTP route ${route} declares no policy`);
        throw new ForbiddenException(problemBody('FORBIDDEN', msg('common.forbidden')));
      }
      // HTTP routes (file uploads) use the same session cookie as /graphql.
      const req = context.switchToHttp().getRequest<Request & { actor?: unknown }>();
      const actor = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      if (!actor) {
        await this.audit.denied(null, route, 'not signed in');
        throw new UnauthorizedException(problemBody('UNAUTHENTICATED', msg('auth.signInFirst')));
      }
      req.actor = actor;
      if (allows(policy, actor.role)) return true;
      await this.audit.denied(actor, route, `needs ${policy}`);
      throw new ForbiddenException(problemBody('FORBIDDEN', msg('common.forbidden')));
    }
    const gql = GqlExecutionContext.create(context);
    const { actor } = gql.getContext<GqlContext>();
    const info = gql.getInfo();
    const operation = `${info.parentType.name}.${info.fieldName}`;
    if (!policy) {
      this.logger.error(`${operation} declares no policy; refused`);
      await this.audit.denied(actor, operation, 'no policy declared');
      throw DomainError.forbidden();
    }
    if (allows(policy, actor?.role)) return true;
    if (!actor) {
      // The admin asks `me` to learn whether a session exists: that probe is not an attempt on anything.
      if (operation !== 'Query.me')
        await this.audit.denied(null, operation, 'not signed in', targetIdsOf(gql.getArgs()));
      throw DomainError.unauthenticated();
    }
    await this.audit.denied(
      actor,
      operation,
      policy === AUTHENTICATED ? 'not signed in' : `needs ${policy}`,
      targetIdsOf(gql.getArgs()),
    );
    throw DomainError.forbidden();
  }
}

/** The record an operation was aimed at: its `id` argument or `input.id`. */
function targetIdsOf(args: { id?: unknown; input?: { id?: unknown } }): string[] {
  const id = args.id ?? args.input?.id;
  return typeof id === 'string' ? [id] : [];
}
