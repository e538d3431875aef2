import { Role } from '../auth/roles';
import { addDays } from '../common/dates';
import { DEFAULT_TIME_ZONE, formatInTimeZone, wallClockIn } from '../common/time-zone';
import { z } from '../common/z';
import { en } from '../messages/en';
import type { MessageCode, MessageParam, MessageRef } from '../messages/render';

/**
 * Notifications (issue 14, part 2): what each kind of event is, who may be told about it, on which channels by
 * default. Its title and body are in the shared message catalog (messages/<lang>/notifications.ts); the API records one
 * row per event and recipient and renders the text at read (or send) time, in the recipient's language, through the
 * same i18next path as its exports; the admin shows what the API rendered.
 */

export const NOTIFICATION_KINDS = [
  'ASSIGNMENT_SET',
  'ASSIGNMENT_DUE_24H',
  'ASSIGNMENT_OVERDUE',
  'ASSIGNMENT_GRADED',
  'SESSION_SCHEDULED',
  'SESSION_STARTING_1H',
  'SESSION_CHANGED',
  'SESSION_CANCELLED',
  'TICKET_ASSIGNED',
  'TICKET_SLA_DUE_1H',
  'TICKET_SLA_BREACHED',
  'TICKET_REFUND_DUE',
  'PRODUCT_SUSPENDED',
  'QC_TASK_ASSIGNED',
  'LICENCE_EXPIRING',
  'INSPECTION_EXPIRING',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_ACCEPTED',
  'ENROLMENT_CHANGED',
  'TEAM_CHANGED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Channels a person chooses per kind; in-app is always on, for everyone. */
export const PERSONAL_CHANNELS = ['SMS', 'EMAIL'] as const;
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];

/** What an inbox entry links to (the admin maps it to a route). */
export type NotificationLinkType =
  | 'ASSIGNMENT'
  | 'SUBMISSION'
  | 'SESSION'
  | 'TICKET'
  | 'PRODUCT'
  | 'QC_TASK'
  | 'SUPPLIER'
  | 'REPORT'
  | 'TRAINEE'
  | 'TEAM';

export interface KindMeta {
  /** Roles that can receive it (the preferences page lists these kinds for these roles). */
  roles: readonly Role[];
  /** Whether a group robot may post it, and for which scope: a team's group or a program's group. */
  robot: 'TEAM' | 'PROGRAM' | null;
  /** Roles for which SMS / EMAIL are on unless they turn them off. */
  sms: readonly Role[];
  email: readonly Role[];
}

const { ADMIN, COORDINATOR, SUPPORT, QC_INSPECTOR, AFTERSALES_AGENT, TRAINEE, SPONSOR } = Role;
const STAFF_TRAINING = [ADMIN, COORDINATOR, SUPPORT] as const;

/** The event × role × channel table (docs/notifications.md shows it). */
export const KIND_META: Readonly<Record<NotificationKind, KindMeta>> = {
  ASSIGNMENT_SET: { roles: [TRAINEE], robot: 'TEAM', sms: [], email: [] },
  ASSIGNMENT_DUE_24H: { roles: [TRAINEE], robot: null, sms: [TRAINEE], email: [] },
  ASSIGNMENT_OVERDUE: { roles: [TRAINEE, ...STAFF_TRAINING], robot: 'TEAM', sms: [], email: [] },
  ASSIGNMENT_GRADED: { roles: [TRAINEE], robot: null, sms: [], email: [] },
  SESSION_SCHEDULED: { roles: [TRAINEE, SUPPORT], robot: 'TEAM', sms: [], email: [] },
  SESSION_STARTING_1H: { roles: [TRAINEE, SUPPORT], robot: 'TEAM', sms: [TRAINEE], email: [] },
  SESSION_CHANGED: { roles: [TRAINEE, SUPPORT], robot: 'TEAM', sms: [TRAINEE], email: [] },
  SESSION_CANCELLED: { roles: [TRAINEE, SUPPORT], robot: 'TEAM', sms: [TRAINEE], email: [] },
  TICKET_ASSIGNED: { roles: [AFTERSALES_AGENT, ADMIN], robot: null, sms: [], email: [] },
  TICKET_SLA_DUE_1H: { roles: [AFTERSALES_AGENT, ADMIN], robot: null, sms: [], email: [] },
  TICKET_SLA_BREACHED: { roles: [AFTERSALES_AGENT, ADMIN], robot: null, sms: [], email: [AFTERSALES_AGENT] },
  TICKET_REFUND_DUE: { roles: [AFTERSALES_AGENT, ADMIN], robot: null, sms: [], email: [] },
  PRODUCT_SUSPENDED: { roles: [QC_INSPECTOR, COORDINATOR], robot: null, sms: [], email: [QC_INSPECTOR] },
  QC_TASK_ASSIGNED: { roles: [QC_INSPECTOR], robot: null, sms: [], email: [] },
  LICENCE_EXPIRING: { roles: [QC_INSPECTOR, COORDINATOR], robot: null, sms: [], email: [QC_INSPECTOR] },
  INSPECTION_EXPIRING: { roles: [QC_INSPECTOR], robot: null, sms: [], email: [] },
  REPORT_SUBMITTED: { roles: [SPONSOR], robot: 'PROGRAM', sms: [], email: [SPONSOR] },
  REPORT_RETURNED: { roles: [COORDINATOR], robot: 'PROGRAM', sms: [], email: [COORDINATOR] },
  REPORT_ACCEPTED: { roles: [COORDINATOR], robot: 'PROGRAM', sms: [], email: [] },
  ENROLMENT_CHANGED: { roles: [TRAINEE], robot: null, sms: [], email: [] },
  TEAM_CHANGED: { roles: [TRAINEE], robot: null, sms: [], email: [] },
};

export const isNotificationKind = (k: string): k is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(k);

/** Kinds a role can receive, in catalog order. */
export const kindsForRole = (role: Role): NotificationKind[] =>
  NOTIFICATION_KINDS.filter((k) => KIND_META[k].roles.includes(role));

/** Whether a person of `role` gets `kind` on `channel` when they have not chosen. */
export function defaultPreference(role: Role, kind: NotificationKind, channel: PersonalChannel): boolean {
  return (channel === 'SMS' ? KIND_META[kind].sms : KIND_META[kind].email).includes(role);
}

// ---- time rules ----

const HOUR = 3600_000;
/** A time-based reminder looks this far ahead: assignments due within 24 h, sessions starting within 1 h, SLA clocks. */
export const REMINDER_WINDOWS = {
  assignmentDueMs: 24 * HOUR,
  sessionStartsMs: HOUR,
  slaDueMs: HOUR,
  refundDueMs: 24 * HOUR,
} as const;
/** How far back an "overdue" / "breached" event is still news (a first scan after a long stop does not flood). */
export const LATE_EVENT_LOOKBACK_MS = 24 * HOUR;
/** Licences and inspections are announced at these distances from their end (days). */
export const EXPIRY_NOTICE_DAYS = [30, 7] as const;

/** Quiet hours for texts to trainees: 22:00–08:00 in the trainee's own zone (their program's, China time by default). */
export const QUIET_HOURS = { from: 22, to: 8 } as const;

/**
 * When an SMS to a person of `role` may go out: now, or — for a trainee during quiet hours — at the next 08:00 in
 * `tz`, the recipient's zone (their program's; China time when unknown). Deferred, never dropped.
 */
export function smsNotBefore(role: Role, now: Date, tz: string = DEFAULT_TIME_ZONE): Date {
  if (role !== TRAINEE) return now;
  const local = formatInTimeZone(now, tz);
  const hour = Number(local.slice(11, 13));
  if (hour < QUIET_HOURS.from && hour >= QUIET_HOURS.to) return now;
  const day = local.slice(0, 10);
  const morning = wallClockIn(`${hour >= QUIET_HOURS.from ? addDays(day, 1) : day}T0${QUIET_HOURS.to}:00:00`, tz);
  return morning;
}

// ---- text ----

export const NOTIFICATION_LOCALES = ['zh-CN', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];
export const toNotificationLocale = (l: string | null | undefined): NotificationLocale => (l === 'en' ? 'en' : 'zh-CN');

/** A param is a value, or a message of the catalog (a QC task's reason) said in the reader's language. */
export type NotificationParams = Record<string, string | number | null | undefined | MessageRef>;

/** Values of enum-like params (an SLA clock, an enrolment or team change), said in the reader's language. */
const WORDS: Readonly<Record<string, MessageCode>> = {
  FIRST_RESPONSE: 'notifications.word.FIRST_RESPONSE',
  RESOLUTION: 'notifications.word.RESOLUTION',
  ENROLLED: 'notifications.word.ENROLLED',
  WITHDRAWN: 'notifications.word.WITHDRAWN',
  COMPLETED: 'notifications.word.COMPLETED',
  ASSIGNED: 'notifications.word.ASSIGNED',
  ENDED: 'notifications.word.ENDED',
};

/** A notification's title and body as messages of the catalog (`notifications.kind.<KIND>.title` / `.body`). */
export interface NotificationMessage {
  title: MessageRef;
  body: MessageRef;
}

/** An instant in `tz` (the reader's zone), "11-26 20:00" (plus the year when it is not `now`'s year there). */
export function formatNotificationTime(iso: string, now: Date, tz: string): string {
  const d = formatInTimeZone(new Date(iso), tz);
  const sameYear = d.slice(0, 4) === formatInTimeZone(now, tz).slice(0, 4);
  return sameYear ? d.slice(5) : d;
}

const isInstant = (key: string) => key === 'at' || key.endsWith('At') || key === 'validUntil';
const english = en as Record<string, string>;
const placeholders = (code: MessageCode) => [...english[code]!.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

/**
 * The title and body of a notification as catalog messages (texts in messages/<lang>/notifications.ts): params named
 * `at`, ending in `At` or `validUntil` are instants (ISO) written in `tz` (the reader's zone: a trainee's program's, a
 * group robot's team's or program's; China time otherwise), enum-like values become words, unknown params show "—".
 */
export function notificationMessage(
  kind: NotificationKind,
  params: NotificationParams,
  now = new Date(),
  tz: string = DEFAULT_TIME_ZONE,
): NotificationMessage {
  const value = (key: string): MessageParam => {
    const v = params[key];
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'object') return v;
    if (isInstant(key) && typeof v === 'string') return formatNotificationTime(v, now, tz);
    const word = WORDS[String(v)];
    return word ? { code: word } : v;
  };
  const fill = (code: MessageCode): MessageRef => ({
    code,
    params: Object.fromEntries(placeholders(code).map((k) => [k, value(k)])),
  });
  return { title: fill(`notifications.kind.${kind}.title`), body: fill(`notifications.kind.${kind}.body`) };
}

/**
 * The title and body of a notification in one language: `say` renders a catalog message in the recipient's language
 * (the API's `sayIn(locale)`, i18next over the shared catalog).
 */
export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  say: (m: MessageRef) => string,
  now = new Date(),
  tz: string = DEFAULT_TIME_ZONE,
): { title: string; body: string } {
  const m = notificationMessage(kind, params, now, tz);
  return { title: say(m.title), body: say(m.body) };
}

// ---- inputs ----

export const ROBOT_PLATFORMS = ['WECOM', 'DINGTALK', 'FEISHU'] as const;
export type RobotPlatform = (typeof ROBOT_PLATFORMS)[number];

export const markNotificationsReadSchema = z
  .object({ ids: z.array(z.string().min(1)).max(100).optional(), all: z.boolean().optional() })
  .refine((v) => !!v.all !== !!v.ids?.length, { message: 'notifications.chooseWhatToMark', path: ['ids'] });

export const setNotificationPreferenceSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  channel: z.enum(PERSONAL_CHANNELS),
  enabled: z.boolean(),
});

/**
 * An ADMIN's group robot: for one team or one program. The webhook URL and secret are write-only: on an edit, leave
 * them out to keep the stored ones.
 */
export const saveNotificationChannelSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().trim().min(2, 'notifications.giveRobotName').max(60),
    platform: z.enum(ROBOT_PLATFORMS),
    teamId: z.string().min(1).nullish(),
    programId: z.string().min(1).nullish(),
    webhookUrl: z.string().trim().url('notifications.webhookUrlRequired').max(500).nullish(),
    secret: z.string().trim().min(1).max(200).nullish(),
    kinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length).default([]),
    locale: z.enum(NOTIFICATION_LOCALES).default('zh-CN'),
    active: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (!!v.teamId === !!v.programId)
      ctx.addIssue({ code: 'custom', path: ['teamId'], message: 'notifications.chooseTeamProgram' });
    if (!v.id && !v.webhookUrl)
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'notifications.webhookUrlRequired' });
    for (const k of v.kinds) {
      const scope = KIND_META[k].robot;
      if (!scope || (scope === 'TEAM') !== !!v.teamId)
        ctx.addIssue({
          code: 'custom',
          path: ['kinds'],
          message: 'notifications.kindNotForGroup',
          params: { kind: k },
        });
    }
  });

/**
 * The admin path a notification leads to, for the role that follows it (the inbox, emails and robot messages use
 * the same rule). Records a trainee sees only on their portal lead there.
 */
export function notificationPath(type: string | null | undefined, id: string | null | undefined, role: string): string {
  const trainee = role === 'TRAINEE';
  switch (type) {
    case 'ASSIGNMENT':
    case 'SUBMISSION':
      return trainee ? '/portal' : '/cohorts';
    case 'SESSION':
      return trainee ? '/portal' : `/sessions/${id}`;
    case 'TICKET':
      return `/tickets/${id}`;
    case 'PRODUCT':
      return '/products';
    case 'QC_TASK':
      return '/qc';
    case 'SUPPLIER':
      return '/suppliers';
    case 'REPORT':
      return `/reports/${id}`;
    case 'TRAINEE':
      return trainee ? '/portal' : `/trainees/${id}`;
    case 'TEAM':
      return trainee ? '/portal' : `/teams/${id}`;
    default:
      return '/workbench';
  }
}
