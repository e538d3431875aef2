import type { graduation as en } from '../en/graduation';
import type { Translation } from '../types';

/** graduation: Chinese texts. */
export const graduation: Translation<typeof en> = {
  'graduation.notEligible': '不符合结业条件：{{reasons}}',
  'graduation.outcomesRecordedAfterTraineeGraduated': '学员结业或退出后才能记录跟踪',
};
