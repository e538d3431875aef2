import { dateTimeSchema } from '../common/dates';
import { StreamPlatform, values } from '../common/enums';
import { webLinkSchema } from '../common/links';
import { moneySchema } from '../common/money.schema';
import { z } from '../common/z';
import { DomainError, msg } from '../errors';
import { statusLabel } from '../messages/labels';

/** A live stream a trainee runs with their team, from scheduling to its recorded results. */
export const SessionStatus = { SCHEDULED: 'SCHEDULED', LIVE: 'LIVE', ENDED: 'ENDED', CANCELLED: 'CANCELLED' } as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

export const SessionAction = { START: 'START', END: 'END', CANCEL: 'CANCEL' } as const;
export type SessionAction = (typeof SessionAction)[keyof typeof SessionAction];

const MOVES: Record<SessionAction, Partial<Record<SessionStatus, SessionStatus>>> = {
  START: { SCHEDULED: 'LIVE' },
  END: { LIVE: 'ENDED' },
  CANCEL: { SCHEDULED: 'CANCELLED' },
};

/** SCHEDULED → LIVE → ENDED, or SCHEDULED → CANCELLED. Anything else is a CONFLICT. */
export function nextSessionStatus(from: SessionStatus, action: SessionAction): SessionStatus {
  const to = MOVES[action][from];
  if (!to)
    throw DomainError.conflict(
      msg('live.sessionCannotBe', {
        status: statusLabel('SessionStatus', from),
        action: statusLabel('SessionAction', action),
      }),
    );
  return to;
}

/** Sessions that occupy the streamer and the team (a cancelled one frees the slot). */
export const BOOKED_STATUSES: readonly SessionStatus[] = ['SCHEDULED', 'LIVE', 'ENDED'];

/** Half-open intervals [start, start + minutes): back-to-back sessions do not overlap. */
export function overlaps(a: { start: Date; minutes: number }, b: { start: Date; minutes: number }): boolean {
  const aEnd = a.start.getTime() + a.minutes * 60_000;
  const bEnd = b.start.getTime() + b.minutes * 60_000;
  return a.start.getTime() < bEnd && b.start.getTime() < aEnd;
}

export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 720;

/** Commission as a percentage with up to 2 decimals, 0–100. */
export const percentSchema = z
  .string()
  .trim()
  .regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, 'live.enterPercentageFrom0100');

export const runOfShowItemSchema = z.object({
  productId: z.string().min(1, 'common.chooseProduct'),
  livePrice: moneySchema,
  commissionPct: percentSchema,
});
export type RunOfShowItemInput = z.infer<typeof runOfShowItemSchema>;

const sessionFields = {
  platform: z.enum(values(StreamPlatform)),
  scheduledStart: dateTimeSchema,
  plannedMinutes: z.coerce
    .number()
    .int('live.wholeMinutes')
    .min(MIN_SESSION_MINUTES, 'live.leastMinutes')
    .max(MAX_SESSION_MINUTES, 'live.mostMinutes'),
  title: z.string().trim().min(2, 'live.giveSessionTitle').max(120),
  scriptUrl: z
    .union([z.literal(''), webLinkSchema])
    .optional()
    .nullable(),
  items: z.array(runOfShowItemSchema).max(50, 'live.most50ProductsOneSession'),
};

function uniqueProducts(items: readonly RunOfShowItemInput[], ctx: z.RefinementCtx) {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.productId))
      ctx.addIssue({
        code: 'custom',
        path: ['items', i, 'productId'],
        message: 'live.productAlreadyRunShow',
      });
    seen.add(it.productId);
  });
}

export const scheduleSessionSchema = z
  .object({
    traineeId: z.string().min(1, 'live.chooseStreamer'),
    teamId: z.string().min(1).optional().nullable(),
    ...sessionFields,
  })
  .superRefine((v, ctx) => uniqueProducts(v.items, ctx));
export type ScheduleSessionInput = z.infer<typeof scheduleSessionSchema>;

export const updateSessionSchema = z
  .object({ id: z.string().min(1), ...sessionFields })
  .superRefine((v, ctx) => uniqueProducts(v.items, ctx));

export const cancelSessionSchema = z.object({
  id: z.string().min(1),
  reason: z.string().trim().min(2, 'live.giveReasonCancelling').max(300),
});

/** Why a trainee cannot be chosen as a session's streamer (a picker shows it beside the name), or null. */
export type StreamerBlock = 'NO_TEAM' | 'TEAM_INCOMPLETE' | 'LEFT_TRAINING';

/**
 * The scheduling rule as a picker needs it: a streamer needs a complete support team (the API refuses otherwise),
 * and a trainee who graduated or dropped out is not booked again. A trainee whose cohort has not started
 * (ENROLLED) can be booked, e.g. for a practice stream.
 */
export function streamerBlock(t: {
  status: string;
  supportTeam: { complete: boolean } | null | undefined;
}): StreamerBlock | null {
  if (t.status === 'GRADUATED' || t.status === 'DROPPED') return 'LEFT_TRAINING';
  if (!t.supportTeam) return 'NO_TEAM';
  if (!t.supportTeam.complete) return 'TEAM_INCOMPLETE';
  return null;
}

/** Going live more than this long before the booked start asks for confirmation (a wrong session is easy to click). */
export const EARLY_START_CONFIRM_MINUTES = 30;

/** Minutes until the booked start when going live now would be more than EARLY_START_CONFIRM_MINUTES early, else null. */
export function earlyStartMinutes(scheduledStart: Date, now: Date): number | null {
  const minutes = Math.ceil((scheduledStart.getTime() - now.getTime()) / 60_000);
  return minutes > EARLY_START_CONFIRM_MINUTES ? minutes : null;
}
