import type { enums as en } from '../en/enums';
import type { Translation } from '../types';

/** enums: Chinese texts. */
export const enums: Translation<typeof en> = {
  'enums.CohortStatus.CANCELLED': '已取消',
  'enums.CohortStatus.COMPLETED': '已结束',
  'enums.CohortStatus.IN_PROGRESS': '进行中',
  'enums.CohortStatus.PLANNED': '计划中',
  'enums.CohortStatus.RECRUITING': '招生中',
  'enums.CohortTrack.LONG_TERM': '长期孵化',
  'enums.CohortTrack.SHORT_TERM': '短期班',
  'enums.EnrolmentStatus.ACTIVE': '在班',
  'enums.EnrolmentStatus.COMPLETED': '已完成',
  'enums.EnrolmentStatus.WITHDRAWN': '已退出',
  'enums.TraineeStatus.ACTIVE': '在训',
  'enums.TraineeStatus.APPLIED': '已报名',
  'enums.TraineeStatus.DROPPED': '已退出',
  'enums.TraineeStatus.ENROLLED': '已入班',
  'enums.TraineeStatus.GRADUATED': '已结业',
};
