import { Tag } from 'antd';

import { useI18n } from '../app/i18n';
import type { MessageKey } from '../app/messages';

const COLORS: Record<string, string> = {
  PLANNED: 'default',
  RECRUITING: 'blue',
  IN_PROGRESS: 'green',
  COMPLETED: 'purple',
  CANCELLED: 'red',
  APPLIED: 'default',
  ENROLLED: 'blue',
  ACTIVE: 'green',
  GRADUATED: 'purple',
  DROPPED: 'red',
  WITHDRAWN: 'orange',
  PRESENT: 'green',
  LATE: 'gold',
  ABSENT: 'red',
  EXCUSED: 'default',
  CLASS: 'blue',
  ASSIGNED: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  GRADED: 'green',
  STREAMING_INDEPENDENTLY: 'green',
  HIRED_BY_MCN: 'cyan',
  OTHER_EMPLOYMENT: 'blue',
  NOT_WORKING: 'orange',
  UNKNOWN: 'default',
  PRACTICE_STREAM: 'magenta',
  FIELD_VISIT: 'orange',
  SHORT_TERM: 'cyan',
  LONG_TERM: 'geekblue',
  SUCCESS: 'green',
  FAILURE: 'orange',
  DENIED: 'red',
  SCHEDULED: 'blue',
  LIVE: 'red',
  ENDED: 'green',
  DOUYIN: 'default',
  KUAISHOU: 'orange',
  TAOBAO_LIVE: 'volcano',
  WECHAT_CHANNELS: 'green',
  DRAFT: 'default',
  ACCEPTED: 'green',
  TRAINING: 'blue',
  STAFF: 'purple',
  TRAFFIC: 'magenta',
  TRAVEL: 'orange',
  EQUIPMENT: 'cyan',
  PLATFORM_EXPORT: 'green',
  MANUAL: 'gold',
  ESTIMATE: 'orange',
  RECORDED: 'blue',
};

/** A coloured, translated tag for an enum value (status, track, platform …). */
export function EnumTag({ type, value, suffix = '' }: { type: EnumType; value: string; suffix?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[value] ?? 'default'}>
      {t(`enum.${type}.${value}` as MessageKey)}
      {suffix}
    </Tag>
  );
}

/** Every enum with translated labels (`enum.<Type>.<VALUE>` in messages.ts). */
export type EnumType =
  | 'CohortTrack'
  | 'CohortStatus'
  | 'TraineeStatus'
  | 'EnrolmentStatus'
  | 'StreamPlatform'
  | 'AuditResult'
  | 'LessonKind'
  | 'AttendanceStatus'
  | 'AssignmentKind'
  | 'SubmissionStatus'
  | 'OutcomeStatus'
  | 'LiveSessionStatus'
  | 'TeamRole'
  | 'Provenance'
  | 'ProductStatus'
  | 'SupplierKind'
  | 'LicenceKind'
  | 'TicketType'
  | 'TicketPriority'
  | 'TicketStatus'
  | 'RootCause'
  | 'ReportStatus'
  | 'ExpenseCategory';

/** Select options for an enum, labelled in the current language (usable anywhere, also inside render callbacks). */
export function enumOptions(t: (key: MessageKey) => string, type: EnumType, values: readonly string[]) {
  return values.map((v) => ({ value: v, label: t(`enum.${type}.${v}` as MessageKey) }));
}

export function useEnumOptions(type: EnumType, values: readonly string[]) {
  const { t } = useI18n();
  return enumOptions(t, type, values);
}
