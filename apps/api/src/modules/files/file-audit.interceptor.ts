import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, mergeMap, type Observable } from 'rxjs';

import { AuditService } from '../../core/audit/audit.service';
import type { Actor } from '../../core/auth/actor';

type FileRequest = Request & { actor?: Actor; file?: { originalname: string; size: number } };

/**
 * Every upload and download leaves an audit entry, refused ones included (wrong type, too large, not allowed,
 * not found). It wraps the multipart parsing too, so a file refused while it is received is recorded as well.
 * (Anonymous requests are refused and recorded by the policy guard before this runs.)
 */
@Injectable()
export class FileAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<FileRequest>();
    const upload = req.method === 'POST';
    const action = upload ? 'file.upload' : 'file.download';
    const detail = () => ({
      ...(upload ? { purpose: req.params.purpose } : {}),
      ...(req.file ? { name: req.file.originalname.slice(0, 200), size: req.file.size } : {}),
    });
    const write = (
      result: 'SUCCESS' | 'FAILURE' | 'DENIED',
      targetIds: string[],
      extra: Record<string, unknown> = {},
    ) =>
      this.audit.record({
        actor: req.actor ?? null,
        action,
        result,
        targetType: 'StoredFile',
        targetIds,
        detail: { ...detail(), ...extra },
      });
    return next.handle().pipe(
      mergeMap((result) =>
        from(write('SUCCESS', [upload ? (result as { id: string }).id : String(req.params.id)]).then(() => result)),
      ),
      catchError((error: unknown) => {
        const status = error instanceof HttpException ? error.getStatus() : 500;
        const refusal =
          error instanceof HttpException ? (error.getResponse() as { message?: unknown }).message : undefined;
        return from(
          write(status === 403 || status === 404 ? 'DENIED' : 'FAILURE', upload ? [] : [String(req.params.id)], {
            status,
            reason: refusal,
          }).then(() => {
            throw error;
          }),
        );
      }),
    );
  }
}
