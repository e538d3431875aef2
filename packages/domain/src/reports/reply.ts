import { z } from '../common/z';
import type { FieldError } from '../errors';
import { msg } from '../errors';
import { discrepancies, type ReportStatus } from './period';

/** A reply to the sponsor's return comments: long enough to answer them, short enough to read. */
export const REPLY_MAX_CHARS = 2000;
export const REPORT_ATTACHMENTS_MAX = 5;

export const submitReportSchema = z.object({
  reportId: z.string().min(1),
  version: z.number().int().min(1),
  reply: z.string().trim().max(REPLY_MAX_CHARS, 'common.mostCharacters').nullish(),
  attachmentIds: z
    .array(z.string().min(1))
    .max(REPORT_ATTACHMENTS_MAX, 'reporting.mostAttachments')
    .refine((ids) => new Set(ids).size === ids.length, 'reporting.fileAttachedTwice')
    .nullish(),
});
export type SubmitReportInput = z.infer<typeof submitReportSchema>;

/**
 * A returned report goes back with a reply to the sponsor's comments (and may carry documents); a first submission
 * has nothing to answer, so it takes neither.
 */
export function checkSubmission(
  status: ReportStatus,
  input: Pick<SubmitReportInput, 'reply' | 'attachmentIds'>,
): FieldError[] {
  const reply = input.reply?.trim() ?? '';
  if (status === 'RETURNED')
    return reply.length < 2 ? [{ field: 'reply', ...msg('reporting.answerSponsorsComments') }] : [];
  const errors: FieldError[] = [];
  if (reply) errors.push({ field: 'reply', ...msg('reporting.replyOnlyWhenReturned') });
  if (input.attachmentIds?.length)
    errors.push({ field: 'attachmentIds', ...msg('reporting.attachmentsOnlyWhenReturned') });
  return errors;
}

export interface FigureChange {
  /** Dotted path into ReportFigures, e.g. live.gmv. */
  figure: string;
  before: string | null;
  after: string | null;
}

/** What changed between the returned snapshot's figures and the resubmitted ones, figure by figure. */
export function figureChanges(returned: object, resubmitted: object): FigureChange[] {
  return discrepancies(returned as Record<string, unknown>, resubmitted as Record<string, unknown>).map((d) => ({
    figure: d.figure,
    before: d.accepted === null ? null : String(d.accepted),
    after: d.now === null ? null : String(d.now),
  }));
}
