import { Role } from '../auth/roles';
import { addDays } from '../common/dates';
import { DEFAULT_TIME_ZONE, formatInTimeZone, wallClockIn } from '../common/time-zone';
import { z } from '../common/z';

/**
 * Notifications (issue 14, part 2): what each kind of event is, who may be told about it, on which channels by
 * default, and its text in each language. The API records one row per event and recipient and renders the text at
 * read (or send) time from the catalog below, in the recipient's language; the admin shows what the API rendered.
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

type Params = Record<string, string | number | null | undefined>;
interface Text {
  title: string;
  body: string;
}

/** Values of enum-like params, per language. */
const WORDS: Record<NotificationLocale, Record<string, string>> = {
  'zh-CN': {
    FIRST_RESPONSE: '首次响应',
    RESOLUTION: '解决',
    ENROLLED: '已报名',
    WITHDRAWN: '已退出',
    COMPLETED: '已结业',
    ASSIGNED: '已安排',
    ENDED: '已结束',
  },
  en: {
    FIRST_RESPONSE: 'first response',
    RESOLUTION: 'resolution',
    ENROLLED: 'enrolled',
    WITHDRAWN: 'withdrawn',
    COMPLETED: 'completed',
    ASSIGNED: 'assigned',
    ENDED: 'ended',
  },
};

/**
 * The catalog. `{name}` is replaced by the param; params named `at` or ending in `At` are instants (ISO) and are
 * shown as China time; `on` is a date.
 */
export const NOTIFICATION_CATALOG: Record<NotificationLocale, Record<NotificationKind, Text>> = {
  'zh-CN': {
    ASSIGNMENT_SET: { title: '新作业：{title}', body: '截止时间 {dueAt}。' },
    ASSIGNMENT_DUE_24H: { title: '作业明天截止：{title}', body: '截止时间 {dueAt}，请按时提交。' },
    ASSIGNMENT_OVERDUE: { title: '作业已逾期：{title}', body: '{trainee} 的作业已于 {dueAt} 截止，尚未提交。' },
    ASSIGNMENT_GRADED: { title: '作业已评分：{title}', body: '得分 {score}/{maxScore}。' },
    SESSION_SCHEDULED: { title: '新直播安排：{title}', body: '{trainee}，{at} 开播（{platform}）。' },
    SESSION_STARTING_1H: {
      title: '直播 1 小时内开始：{title}',
      body: '{trainee}，{at} 开播（{platform}），请做好准备。',
    },
    SESSION_CHANGED: { title: '直播时间有变：{title}', body: '{trainee}，改为 {at} 开播（{platform}）。' },
    SESSION_CANCELLED: { title: '直播已取消：{title}', body: '{trainee}，原定 {at}。原因：{reason}' },
    TICKET_ASSIGNED: { title: '售后工单分配给你：{number}', body: '客户 {customer}，{type}。' },
    TICKET_SLA_DUE_1H: { title: '工单 {number} 的{clock}时限 1 小时内到期', body: '到期时间 {dueAt}。' },
    TICKET_SLA_BREACHED: { title: '工单 {number} 的{clock}时限已超时', body: '已于 {dueAt} 到期。' },
    TICKET_REFUND_DUE: {
      title: '工单 {number} 需在 {dueAt} 前退款',
      body: '退货已于 {receivedAt} 签收，法定 7 天内须退款。',
    },
    PRODUCT_SUSPENDED: { title: '商品已暂停销售：{product}', body: '售后反馈触发暂停：{reason}。已生成复检任务。' },
    QC_TASK_ASSIGNED: { title: '新质检任务：{product}', body: '{reason}' },
    LICENCE_EXPIRING: { title: '供应商证照 {days} 天内到期：{supplier}', body: '{licence} 有效期至 {on}。' },
    INSPECTION_EXPIRING: { title: '质检结果 {days} 天内到期：{product}', body: '检验有效期至 {validUntil}。' },
    REPORT_SUBMITTED: { title: '待审阅报告：{program} {period}', body: '机构已提交 {period} 报告，请审阅。' },
    REPORT_RETURNED: { title: '报告被退回：{program} {period}', body: '意见：{comments}' },
    REPORT_ACCEPTED: { title: '报告已通过：{program} {period}', body: '资助方已确认 {period} 报告。' },
    ENROLMENT_CHANGED: { title: '报名变动：{cohort}', body: '你在 {cohort} 的报名状态：{change}。' },
    TEAM_CHANGED: { title: '团队变动：{team}', body: '支持团队 {team}：{change}。' },
  },
  en: {
    ASSIGNMENT_SET: { title: 'New assignment: {title}', body: 'Due {dueAt}.' },
    ASSIGNMENT_DUE_24H: { title: 'Assignment due tomorrow: {title}', body: 'Due {dueAt}. Please hand it in on time.' },
    ASSIGNMENT_OVERDUE: {
      title: 'Assignment overdue: {title}',
      body: "{trainee}'s work was due {dueAt} and has not been handed in.",
    },
    ASSIGNMENT_GRADED: { title: 'Assignment graded: {title}', body: 'Score {score}/{maxScore}.' },
    SESSION_SCHEDULED: { title: 'New live session: {title}', body: '{trainee}, on air {at} ({platform}).' },
    SESSION_STARTING_1H: {
      title: 'Live session within the hour: {title}',
      body: '{trainee}, on air {at} ({platform}). Get ready.',
    },
    SESSION_CHANGED: { title: 'Live session moved: {title}', body: '{trainee}, now on air {at} ({platform}).' },
    SESSION_CANCELLED: { title: 'Live session cancelled: {title}', body: '{trainee}, was {at}. Reason: {reason}' },
    TICKET_ASSIGNED: { title: 'Ticket assigned to you: {number}', body: 'Customer {customer}, {type}.' },
    TICKET_SLA_DUE_1H: { title: 'Ticket {number}: {clock} due within the hour', body: 'Due {dueAt}.' },
    TICKET_SLA_BREACHED: { title: 'Ticket {number}: {clock} time breached', body: 'It was due {dueAt}.' },
    TICKET_REFUND_DUE: {
      title: 'Ticket {number}: refund due by {dueAt}',
      body: 'The return was received {receivedAt}; the law gives 7 days to refund.',
    },
    PRODUCT_SUSPENDED: {
      title: 'Product suspended: {product}',
      body: 'After-sales feedback suspended it: {reason}. A re-inspection task is open.',
    },
    QC_TASK_ASSIGNED: { title: 'New QC task: {product}', body: '{reason}' },
    LICENCE_EXPIRING: {
      title: 'Supplier licence expires within {days} days: {supplier}',
      body: '{licence} is valid until {on}.',
    },
    INSPECTION_EXPIRING: {
      title: 'Inspection expires within {days} days: {product}',
      body: 'The inspection is valid until {validUntil}.',
    },
    REPORT_SUBMITTED: {
      title: 'Report to review: {program} {period}',
      body: 'The MCN submitted the {period} report for your decision.',
    },
    REPORT_RETURNED: { title: 'Report returned: {program} {period}', body: 'Comments: {comments}' },
    REPORT_ACCEPTED: {
      title: 'Report accepted: {program} {period}',
      body: 'The sponsor accepted the {period} report.',
    },
    ENROLMENT_CHANGED: { title: 'Enrolment change: {cohort}', body: 'Your enrolment in {cohort}: {change}.' },
    TEAM_CHANGED: { title: 'Team change: {team}', body: 'Support team {team}: {change}.' },
  },
};

/** An instant in `tz` (the reader's zone), "11-26 20:00" (plus the year when it is not `now`'s year there). */
export function formatNotificationTime(iso: string, now: Date, tz: string): string {
  const d = formatInTimeZone(new Date(iso), tz);
  const sameYear = d.slice(0, 4) === formatInTimeZone(now, tz).slice(0, 4);
  return sameYear ? d.slice(5) : d;
}

const isInstant = (key: string) => key === 'at' || key.endsWith('At') || key === 'validUntil';

/**
 * The title and body of a notification in `locale`, times in `tz` (the reader's zone: a trainee's program's, a
 * group robot's team's or program's; China time otherwise); unknown params show as "—".
 */
export function renderNotification(
  kind: NotificationKind,
  params: Params,
  locale: NotificationLocale,
  now = new Date(),
  tz: string = DEFAULT_TIME_ZONE,
): Text {
  const t = NOTIFICATION_CATALOG[locale][kind];
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, key: string) => {
      const v = params[key];
      if (v === null || v === undefined || v === '') return '—';
      if (isInstant(key) && typeof v === 'string') return formatNotificationTime(v, now, tz);
      return WORDS[locale][String(v)] ?? String(v);
    });
  return { title: fill(t.title), body: fill(t.body) };
}

// ---- inputs ----

export const ROBOT_PLATFORMS = ['WECOM', 'DINGTALK', 'FEISHU'] as const;
export type RobotPlatform = (typeof ROBOT_PLATFORMS)[number];

export const markNotificationsReadSchema = z
  .object({ ids: z.array(z.string().min(1)).max(100).optional(), all: z.boolean().optional() })
  .refine((v) => !!v.all !== !!v.ids?.length, { message: 'notifications.giveNotificationsMarkAll', path: ['ids'] });

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
    webhookUrl: z.string().trim().url('notifications.webhookUrlHttps').max(500).nullish(),
    secret: z.string().trim().min(1).max(200).nullish(),
    kinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length).default([]),
    locale: z.enum(NOTIFICATION_LOCALES).default('zh-CN'),
    active: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (!!v.teamId === !!v.programId)
      ctx.addIssue({ code: 'custom', path: ['teamId'], message: 'notifications.chooseTeamProgram' });
    if (!v.id && !v.webhookUrl)
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'notifications.webhookUrlHttps' });
    for (const k of v.kinds) {
      const scope = KIND_META[k].robot;
      if (!scope || (scope === 'TEAM') !== !!v.teamId)
        ctx.addIssue({ code: 'custom', path: ['kinds'], message: `${k} is not posted to this group` });
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
