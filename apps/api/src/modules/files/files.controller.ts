import { createHash, randomUUID } from 'node:crypto';

import {
  AUTHENTICATED,
  can,
  checkPracticeFile,
  msg,
  Permission,
  PRACTICE_FILES_PER_SUBMISSION,
  PRACTICE_VIDEO_MAX_BYTES,
  SubmissionStatus,
} from '@grassroots/domain';
import {
  BadRequestException,
  ConflictException,
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';

import type { Actor } from '../../core/auth/actor';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { reportScope, submissionScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { FILE_STORE, type FileStore, type FileTx } from '../../core/files/file-store';
import { stripImageMetadata } from '../../core/files/image-metadata';
import { problemBody } from '../../core/http/problem-body';
import { FileAuditInterceptor } from './file-audit.interceptor';
import { PracticeUploadGate } from './practice-upload.gate';
import { purposeOf, UploadPurposeGate, UTF8_NAMES, XLSX } from './upload-purposes';

interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** 5 MB per file: a phone photo fits, a video does not. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * What the bytes are, from their first bytes (the declared type and the file name are not trusted). A spreadsheet is
 * a ZIP holding `xl/` parts; a CSV has no signature, so it is text that decodes as UTF-8 with no control bytes.
 */
export function sniff(b: Buffer): string | null {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return b.includes('xl/', 0, 'latin1') ? XLSX : null;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (b.length > 0 && isPlainText(b)) return 'text/csv';
  return null;
}

function isPlainText(b: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what plain text must not contain
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

/**
 * Real uploads (multipart/form-data, field `file`): licence scans and inspection photos. The type is checked from
 * the bytes, the size is capped while receiving, and nothing is stored unless every check passes.
 */
@Controller('files')
@UseInterceptors(FileAuditInterceptor)
export class FilesController {
  constructor(
    private readonly db: DatabaseService,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  @Post(':purpose')
  @RequirePolicy(AUTHENTICATED)
  @UseInterceptors(
    UploadPurposeGate,
    FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 }, ...UTF8_NAMES }),
  )
  async upload(
    @Req() req: Request & { actor: Actor },
    @Param('purpose') purpose: string,
    @UploadedFile() file: Upload | undefined,
  ) {
    // UploadPurposeGate (before the body was read) has refused an unknown kind and a caller without its permission.
    const p = purposeOf(purpose)!;
    if (!file)
      throw new BadRequestException(
        problemBody('BAD_USER_INPUT', msg('files.attachAsFileField'), [{ field: 'file', ...msg('files.noFile') }]),
      );
    if (file.size > MAX_UPLOAD_BYTES)
      throw new PayloadTooLargeException(problemBody('BAD_USER_INPUT', msg('files.largerThan5Mb')));
    const type = sniff(file.buffer);
    if (!type || !(p.types as readonly string[]).includes(type)) {
      const allowed =
        purpose === 'inspection-photos'
          ? msg('files.onlyPhotos')
          : purpose === 'report-attachments'
            ? msg('files.onlyReportAttachments')
            : msg('files.onlyImagesOrPdf');
      throw new UnsupportedMediaTypeException(problemBody('BAD_USER_INPUT', allowed));
    }
    // Photos are stored without EXIF/GPS, XMP, IPTC or comments (pixels untouched); a malformed image is refused.
    const bytes = stripImageMetadata(type, file.buffer);
    if (!bytes) throw new UnsupportedMediaTypeException(problemBody('BAD_USER_INPUT', msg('files.imageDamaged')));
    const id = randomUUID();
    const storageKey = `${purpose}/${id.slice(0, 2)}/${id}`;
    const data = {
      id,
      purpose,
      contentType: type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      originalName: file.originalname.replace(/\0/g, '').slice(0, 200),
      storageKey,
      uploadedById: req.actor.id,
    };
    const select = { id: true, contentType: true, size: true, originalName: true } as const;
    if (this.store.transactional) {
      // The row and its bytes commit together: no row without bytes, no bytes without a row.
      return this.db.prisma.$transaction(async (tx) => {
        const row = await tx.storedFile.create({ data, select });
        await this.store.put(storageKey, bytes, tx);
        return row;
      });
    }
    await this.store.put(storageKey, bytes);
    try {
      return await this.db.prisma.storedFile.create({ data, select });
    } catch (e) {
      await this.store.delete(storageKey);
      throw e;
    }
  }

  /**
   * A practice video or script on the trainee's own submission, while it can still be handed in. Before any of the
   * body is read, PracticeUploadGate checks the submission (the caller's own, open, room for a file) and takes one of
   * the caller's upload slots (429 beyond 2 at a time per user, 8 per instance). The multipart body is then cut off
   * at the video cap while it is received (multer's fileSize limit: a larger body is never buffered); the script
   * cap, the type from the bytes and the extension are checked before anything is stored.
   */
  @Post('practice/:submissionId')
  @RequirePolicy(Permission.SUBMISSIONS_SUBMIT)
  @UseInterceptors(
    PracticeUploadGate,
    FileInterceptor('file', {
      limits: { fileSize: PRACTICE_VIDEO_MAX_BYTES, files: 1, fields: 0, parts: 1 },
      ...UTF8_NAMES,
    }),
  )
  async uploadPractice(
    @Req() req: Request & { actor: Actor },
    @Param('submissionId') submissionId: string,
    @UploadedFile() file: Upload | undefined,
  ) {
    if (!file)
      throw new BadRequestException(
        problemBody('BAD_USER_INPUT', msg('files.attachAsFileField'), [{ field: 'file', ...msg('files.noFile') }]),
      );
    const name = file.originalname.replace(/\0/g, '').slice(0, 200);
    const check = checkPracticeFile(name, file.buffer);
    if (!check.ok) {
      if (check.reason === 'TOO_LARGE')
        throw new PayloadTooLargeException({
          ...problemBody('BAD_USER_INPUT', msg('files.practiceTooLarge')),
          reason: 'TOO_LARGE',
        });
      throw new UnsupportedMediaTypeException({
        ...problemBody(
          'BAD_USER_INPUT',
          check.reason === 'EXTENSION' ? msg('files.nameDoesNotMatchContent') : msg('files.onlyPracticeTypes'),
        ),
        reason: check.reason,
      });
    }
    const id = randomUUID();
    const storageKey = `practice/${id.slice(0, 2)}/${id}`;
    const bytes = file.buffer;
    const data = {
      id,
      purpose: 'practice',
      contentType: check.type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      originalName: name,
      storageKey,
      uploadedById: req.actor.id,
      submissionId,
    };
    const select = { id: true, contentType: true, size: true, originalName: true } as const;
    const attach = async (tx: FileTx) => {
      // Only one's own submission, and only while it can still be handed in; a row lock keeps the per-submission cap
      // true under parallel uploads. Someone else's submission answers as an absent one.
      const [sub] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status::text FROM "Submission" WHERE id = ${submissionId} AND "traineeId" = ${req.actor.traineeId ?? ''} FOR UPDATE`;
      if (!sub) throw new NotFoundException(problemBody('NOT_FOUND', msg('notFound.submission')));
      if (sub.status !== SubmissionStatus.ASSIGNED && sub.status !== SubmissionStatus.RETURNED) {
        throw new ConflictException(problemBody('CONFLICT', msg('files.onlyBeforeHandedIn')));
      }
      if ((await tx.storedFile.count({ where: { submissionId } })) >= PRACTICE_FILES_PER_SUBMISSION) {
        throw new ConflictException(
          problemBody('CONFLICT', msg('files.mostFilesPerSubmission', { max: PRACTICE_FILES_PER_SUBMISSION })),
        );
      }
      return tx.storedFile.create({ data, select });
    };
    if (this.store.transactional) {
      return this.db.prisma.$transaction(
        async (tx) => {
          const row = await attach(tx);
          await this.store.put(storageKey, bytes, tx);
          return row;
        },
        { timeout: 60_000 },
      );
    }
    await this.store.put(storageKey, bytes);
    try {
      return await this.db.prisma.$transaction((tx) => attach(tx));
    } catch (e) {
      await this.store.delete(storageKey);
      throw e;
    }
  }

  @Get(':id')
  @RequirePolicy(AUTHENTICATED)
  async download(@Req() req: Request & { actor: Actor }, @Param('id') id: string, @Res() res: Response) {
    const select = {
      purpose: true,
      contentType: true,
      originalName: true,
      storageKey: true,
      sha256: true,
      uploadedById: true,
    } as const;
    // Practice files: whoever reaches the submission (the trainee, their teams' SUPPORT, COORDINATOR and ADMIN),
    // scoped in the query; other files: by their purpose's read permission (report attachments through their report).
    const row = can(req.actor.role, Permission.ASSIGNMENTS_READ)
      ? await this.db.prisma.storedFile.findFirst({
          where: {
            id,
            OR: [{ purpose: { not: 'practice' } }, { purpose: 'practice', submission: submissionScope(req.actor) }],
          },
          select,
        })
      : await this.db.prisma.storedFile.findFirst({ where: { id, purpose: { not: 'practice' } }, select });
    const p = row ? purposeOf(row.purpose) : undefined;
    if (
      !row ||
      (row.purpose !== 'practice' && (!p || !can(req.actor.role, p.read) || !(await this.mayRead(req.actor, id, row))))
    )
      throw new NotFoundException(problemBody('NOT_FOUND', msg('notFound.file')));
    res.setHeader('content-type', row.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : row.contentType);
    // Images, PDFs, videos and plain text open in the browser; spreadsheets, CSV and Word files are saved, never rendered.
    // A trainee's PDF is saved too: a PDF can carry script for the browser's viewer, and staff open these on our origin.
    const inline =
      row.contentType.startsWith('image/') ||
      row.contentType.startsWith('video/') ||
      (row.contentType === 'application/pdf' && row.purpose !== 'practice') ||
      row.contentType === 'text/plain';
    res.setHeader(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.originalName)}`,
    );
    res.setHeader('cache-control', 'private, max-age=3600');
    res.setHeader('x-content-type-options', 'nosniff');
    // The stored bytes never change: their hash is a strong validator, the same on every instance.
    res.setHeader('etag', `"${row.sha256}"`);
    if (req.fresh) return void res.status(304).end();
    const bytes = await this.store.get(row.storageKey);
    if (!bytes) throw new NotFoundException(problemBody('NOT_FOUND', msg('notFound.file')));
    res.setHeader('content-length', String(bytes.length));
    res.end(bytes);
  }

  /**
   * A report's attachment is read through its report, in the same scope as the report (a sponsor: their own
   * programs', once submitted); one not yet sent only by whoever uploaded it.
   */
  private async mayRead(actor: Actor, id: string, row: { purpose: string; uploadedById: string }): Promise<boolean> {
    if (row.purpose !== 'report-attachments') return true;
    if (row.uploadedById === actor.id) return true;
    return (
      (await this.db.prisma.sponsorReportAttachment.count({ where: { fileId: id, report: reportScope(actor) } })) > 0
    );
  }
}
