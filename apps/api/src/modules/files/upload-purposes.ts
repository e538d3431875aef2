import { can, msg, Permission } from '@grassroots/domain';
import {
  type CallHandler,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  type NestInterceptor,
  NotFoundException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';

import type { Actor } from '../../core/auth/actor';
import { problemBody } from '../../core/http/problem-body';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Browsers send a file name as UTF-8 without saying so; multer would read it as Latin-1 (预告.mp4 → é¢å.mp4). */
export const UTF8_NAMES = { defParamCharset: 'utf8' } as object;

export const PURPOSES = {
  'licence-scans': {
    permission: Permission.SUPPLIERS_WRITE,
    read: Permission.SUPPLIERS_READ,
    types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
  'inspection-photos': {
    permission: Permission.INSPECTIONS_WRITE,
    read: Permission.INSPECTIONS_READ,
    types: ['image/jpeg', 'image/png', 'image/webp'],
  },
  // Documents answering a returned report (the platform's after-sales export, a scanned letter). Read through the
  // report they were sent with: a sponsor only their own programs' (see download).
  'report-attachments': {
    permission: Permission.REPORTS_PREPARE,
    read: Permission.REPORTS_READ,
    types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', XLSX, 'text/csv'],
  },
} as const;
export type Purpose = keyof typeof PURPOSES;

/** The upload kind named in a path, if it is one (own keys only: `constructor` is not a purpose). */
export function purposeOf(name: string): (typeof PURPOSES)[Purpose] | undefined {
  return Object.hasOwn(PURPOSES, name) ? PURPOSES[name as Purpose] : undefined;
}

/**
 * Runs before the multipart body of `POST /files/:purpose` is read (declared before the FileInterceptor): an unknown
 * kind or a caller without its permission is answered at once and the connection closed, so nobody who may not upload
 * can make the server buffer 5 MB. The controller checks again (this is the early check, not the only one).
 */
@Injectable()
export class UploadPurposeGate implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { actor: Actor }>();
    const res = http.getResponse<Response>();
    const p = purposeOf(String(req.params.purpose));
    if (!p || !can(req.actor.role, p.permission)) {
      res.setHeader('connection', 'close');
      if (!p) throw new NotFoundException(problemBody('NOT_FOUND', msg('files.noSuchUploadKind')));
      throw new ForbiddenException(problemBody('FORBIDDEN', msg('files.notAllowedToUpload')));
    }
    return next.handle();
  }
}
