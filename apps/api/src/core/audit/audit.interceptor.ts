import { DomainError, ErrorCode } from '@grassroots/domain';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';

import type { GqlContext } from '../graphql/context';
import { AuditService } from './audit.service';

/** Logs to be written by the resolver itself (login records the account it tried). */
const SELF_AUDITED = new Set(['login', 'logout']);

/** Every mutation leaves an audit entry (who, which operation, which records, when, the outcome); so does a NOT_FOUND query. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    const { actor } = gql.getContext<GqlContext>();
    if (info.parentType.name === 'Query') {
      // Reads are not logged, but a lookup that finds nothing is: "not yours" answers NOT_FOUND, like "absent".
      const id = gql.getArgs<{ id?: unknown }>().id;
      return next.handle().pipe(
        catchError((error: unknown) => {
          if (!(error instanceof DomainError && error.code === ErrorCode.NOT_FOUND)) return throwError(() => error);
          const targetIds = typeof id === 'string' ? [id] : [];
          return from(
            this.audit
              .record({
                actor,
                action: `Query.${info.fieldName}`,
                result: 'DENIED',
                targetIds,
                detail: { code: error.code },
              })
              .then(() => {
                throw error;
              }),
          );
        }),
      );
    }
    if (info.parentType.name !== 'Mutation' || SELF_AUDITED.has(info.fieldName)) return next.handle();
    const action = `Mutation.${info.fieldName}`;
    const input = gql.getArgs().input as { id?: string } | undefined;
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          this.audit
            .record({
              actor,
              action,
              result: 'SUCCESS',
              targetIds: idsOf(result, input),
              targetType: info.returnType.toString().replace(/[[\]!]/g, ''),
            })
            .then(() => result),
        ),
      ),
      catchError((error: unknown) =>
        from(
          this.audit
            .record({
              actor,
              action,
              result: isDenial(error) ? 'DENIED' : 'FAILURE',
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

/** NOT_FOUND answers "not yours" as well as "absent"; both are logged as denials. */
const isDenial = (e: unknown) =>
  e instanceof DomainError && (e.code === ErrorCode.NOT_FOUND || e.code === ErrorCode.FORBIDDEN);

function idsOf(result: unknown, input?: { id?: string }): string[] {
  if (Array.isArray(result)) return result.map((r) => (r as { id?: string }).id).filter((x): x is string => !!x);
  const id = (result as { id?: string } | null)?.id ?? input?.id;
  return id ? [id] : [];
}
