import { Tag } from 'antd';

import type { EnumType } from '../app/enum-labels';
import { useI18n } from '../app/i18n';

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
  const { enumLabel } = useI18n();
  return (
    <Tag color={COLORS[value] ?? 'default'}>
      {enumLabel(type, value)}
      {suffix}
    </Tag>
  );
}

export type { EnumType } from '../app/enum-labels';

/** Select options for an enum, labelled in the current language (usable anywhere, also inside render callbacks). */
export function enumOptions(
  enumLabel: (type: EnumType, value: string) => string,
  type: EnumType,
  values: readonly string[],
) {
  return values.map((v) => ({ value: v, label: enumLabel(type, v) }));
}

export function useEnumOptions(type: EnumType, values: readonly string[]) {
  const { enumLabel } = useI18n();
  return enumOptions(enumLabel, type, values);
}
