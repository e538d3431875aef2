import { msg, PRACTICE_FILES_PER_SUBMISSION, SubmissionStatus } from '@grassroots/domain';
import {
  BadRequestException,
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  NotFoundException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, finalize, from, mergeMap, type Observable } from 'rxjs';

import type { Actor } from '../../core/auth/actor';
import { DatabaseService } from '../../core/database/database.module';
import { problemBody } from '../../core/http/problem-body';

/** Practice uploads one user may have in flight at once (a phone rarely sends more than one). */
export const PRACTICE_UPLOADS_PER_USER = 2;
/** Practice uploads in flight on one instance: each may hold up to the 50 MB video cap in memory while received. */
export const PRACTICE_UPLOADS_PER_INSTANCE = 8;

/**
 * Counts uploads in flight, per user and in all, on this instance. `take` answers false when either limit is
 * reached; the caller gives the slot back exactly once when the request is over.
 */
export class UploadSlots {
  private readonly perUser = new Map<string, number>();
  private total = 0;
  constructor(
    readonly maxPerUser: number,
    readonly maxTotal: number,
  ) {}

  take(userId: string): 'OK' | 'USER' | 'INSTANCE' {
    const mine = this.perUser.get(userId) ?? 0;
    if (mine >= this.maxPerUser) return 'USER';
    if (this.total >= this.maxTotal) return 'INSTANCE';
    this.perUser.set(userId, mine + 1);
    this.total++;
    return 'OK';
  }

  give(userId: string): void {
    const mine = this.perUser.get(userId) ?? 0;
    if (mine <= 1) this.perUser.delete(userId);
    else this.perUser.set(userId, mine - 1);
    this.total = Math.max(0, this.total - 1);
  }

  inFlight(userId?: string): number {
    return userId ? (this.perUser.get(userId) ?? 0) : this.total;
  }
}

/**
 * Runs before the multipart body of `POST /files/practice/:submissionId` is read (it is declared before the
 * FileInterceptor): the submission must exist, be the caller's own, still accept files and have room for one more,
 * and the caller must have a free upload slot. A refusal answers at once and closes the connection, so the body
 * a refused client is still sending is never buffered. The controller checks the submission again under a row lock
 * when it stores the file (this check is the cheap early one, not the only one).
 */
@Injectable()
export class PracticeUploadGate implements NestInterceptor {
  readonly slots = new UploadSlots(PRACTICE_UPLOADS_PER_USER, PRACTICE_UPLOADS_PER_INSTANCE);

  constructor(private readonly db: DatabaseService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { actor: Actor }>();
    const res = http.getResponse<Response>();
    return from(this.admit(req, res)).pipe(
      // The slot is given back when the handler is done with the upload (stored or refused) — not when the socket
      // closes: a client that hangs up after its last byte must not free a slot while its 50 MB is still held.
      mergeMap((release) => next.handle().pipe(finalize(release))),
      // A client that gives up mid-upload is not a server error (multer reports it as "Request aborted").
      catchError((e: unknown) => {
        if (e instanceof Error && !(e instanceof HttpException) && e.message === 'Request aborted')
          throw new BadRequestException(problemBody('BAD_USER_INPUT', msg('files.uploadInterrupted')));
        throw e;
      }),
    );
  }

  /** Checks the submission and takes a slot; resolves with the function that gives the slot back (once). */
  private async admit(req: Request & { actor: Actor }, res: Response): Promise<() => void> {
    const refuse = (e: HttpException): never => {
      // The client may still be sending a large body: answer now and close, rather than read it to keep the socket.
      res.setHeader('connection', 'close');
      throw e;
    };
    const submissionId = String(req.params.submissionId);
    const [sub] = await this.db.prisma.$queryRaw<{ status: string; files: number }[]>`
      SELECT s.status::text, (SELECT count(*)::int FROM "StoredFile" f WHERE f."submissionId" = s.id) AS files
      FROM "Submission" s WHERE s.id = ${submissionId} AND s."traineeId" = ${req.actor.traineeId ?? ''}`;
    // Someone else's submission answers as an absent one.
    if (!sub) refuse(new NotFoundException(problemBody('NOT_FOUND', msg('notFound.submission'))));
    if (sub.status !== SubmissionStatus.ASSIGNED && sub.status !== SubmissionStatus.RETURNED)
      refuse(new ConflictException(problemBody('CONFLICT', msg('files.onlyBeforeHandedIn'))));
    if (sub.files >= PRACTICE_FILES_PER_SUBMISSION)
      refuse(
        new ConflictException(
          problemBody('CONFLICT', msg('files.mostFilesPerSubmission', { max: PRACTICE_FILES_PER_SUBMISSION })),
        ),
      );
    // The client hung up while the submission was looked up: its body will never come (multer would wait for it).
    if (req.destroyed || res.destroyed || res.closed)
      throw new BadRequestException(problemBody('BAD_USER_INPUT', msg('files.uploadInterrupted')));
    const taken = this.slots.take(req.actor.id);
    if (taken !== 'OK') {
      res.setHeader('retry-after', '30');
      refuse(
        new HttpException(
          {
            ...problemBody(
              'TOO_MANY_REQUESTS',
              taken === 'USER'
                ? msg('files.tooManyUploadsUser', { max: this.slots.maxPerUser })
                : msg('files.tooManyUploadsServer'),
            ),
            reason: taken === 'USER' ? 'USER_UPLOADS' : 'SERVER_UPLOADS',
          },
          HttpStatus.TOO_MANY_REQUESTS,
        ),
      );
    }
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.slots.give(req.actor.id);
    };
  }
}
