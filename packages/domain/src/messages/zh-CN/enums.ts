import type { enums as en } from '../en/enums';
import type { Translation } from '../types';

/** enums: Chinese texts. */
export const enums: Translation<typeof en> = {
  'enums.CohortTrack.LONG_TERM': '长期孵化',
  'enums.CohortTrack.SHORT_TERM': '短期班',
};
