import type { workbench as en } from '../en/workbench';
import type { Translation } from '../types';

/** workbench: Chinese texts. */
export const workbench: Translation<typeof en> = {
  'workbench.cardNotForList': '卡片 {{key}} 不统计这个列表',
};
