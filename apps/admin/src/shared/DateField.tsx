import type { FormItemProps } from 'antd';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

import { APP_TIME_ZONE, fromWallClock, wallClock } from './time';

/** Form item props that keep a YYYY-MM-DD string in the form while showing a date picker. */
export const dateItemProps: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

export function DateInput(props: React.ComponentProps<typeof DatePicker>) {
  return <DatePicker style={{ width: '100%' }} {...props} />;
}

/**
 * Form item props that keep an ISO date-time with offset in the form while showing a date-and-time picker in the
 * program's time zone (the picker shows and takes that zone's wall-clock time, whatever the browser's zone).
 */
export function dateTimeItemProps(tz: string = APP_TIME_ZONE): Pick<FormItemProps, 'getValueProps' | 'normalize'> {
  return {
    getValueProps: (v?: string) => ({ value: v ? wallClock(v, tz) : undefined }),
    normalize: (d?: dayjs.Dayjs | null) => (d ? fromWallClock(d, tz) : undefined),
  };
}
