import { timeZoneOffset } from '@grassroots/domain';

/**
 * The zone as people read it: "China time (UTC+08:00)", or the IANA name and offset for another zone. Without dayjs,
 * so that pages that only label times (the workbench, everyone's landing page) do not download it.
 */
export function zoneName(tz: string, t: (k: 'time.china', v?: Record<string, string>) => string): string {
  const offset = timeZoneOffset(tz);
  return tz === 'Asia/Shanghai' ? t('time.china', { offset }) : `${tz} (UTC${offset})`;
}
