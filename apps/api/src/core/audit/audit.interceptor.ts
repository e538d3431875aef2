import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError } from '@grassroots/domain';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { GqlContext } from '../graphql/context';
import { AuditService } from './audit.service';

/** Logs to be written by the resolver itself (login records the account it tried). */
const SELF_AUDITED = new Set(['login', 'logout']);

/** Every mutation leaves an audit entry: who, which operation, which records, when, and the outcome. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info.parentType.name !== 'Mutation' || SELF_AUDITED.has(info.fieldName)) return next.handle();
    const { actor } = gql.getContext<GqlContext>();
    const action = `Mutation.${info.fieldName}`;
    const input = gql.getArgs().input as { id?: string } | undefined;
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          this.audit
            .record({ actor, action, result: 'SUCCESS', targetIds: idsOf(result, input), targetType: info.returnType.toString().replace(/[[\]!]/g, '') })
            .then(() => result),
        ),
      ),
      catchError((error: unknown) =>
        from(
          this.audit
            .record({
              actor,
              action,
              result: 'FAILURE',
              targetIds: input?.id ? [input.id] : [],
              detail: { code: error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR' },
            })
            .then(() => {
              throw error;
            }),
        ),
      ),
    );
  }
}

function idsOf(result: unknown, input?: { id?: string }): string[] {
  if (Array.isArray(result)) return result.map((r) => (r as { id?: string }).id).filter((x): x is string => !!x);
  const id = (result as { id?: string } | null)?.id ?? input?.id;
  return id ? [id] : [];
}
