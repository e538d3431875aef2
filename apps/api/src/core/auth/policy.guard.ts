import { Injectable, type CanActivate, type ExecutionContext, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AUTHENTICATED, DomainError, PUBLIC, allows, type Policy } from '@grassroots/domain';
import { AuditService } from '../audit/audit.service';
import type { GqlContext } from '../graphql/context';
import { POLICY_KEY } from './policy.decorator';

/** Deny by default: every resolver (root or field) and every HTTP route must declare a policy. */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (context.getType<GqlContextType>() !== 'graphql') {
      if (policy === PUBLIC) return true;
      this.logger.error(`HTTP route ${context.getClass().name}.${context.getHandler().name} declares no policy`);
      throw DomainError.forbidden();
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
      throw DomainError.unauthenticated();
    }
    await this.audit.denied(actor, operation, policy === AUTHENTICATED ? 'not signed in' : `needs ${policy}`);
    throw DomainError.forbidden();
  }
}
