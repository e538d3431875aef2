import type { graduation as en } from '../en/graduation';
import type { Translation } from '../types';

/** graduation: Chinese texts. */
export const graduation: Translation<typeof en> = {
  'graduation.assignmentsGraded': '已批改 {{graded}}/{{total}} 份作业，平均 {{average}}（需达到 {{needs}}）',
  'graduation.attendance': '出勤率 {{rate}}（需达到 {{needs}}）',
  'graduation.noAttendanceYet': '尚无考勤记录',
  'graduation.noResultsYet': '尚无直播数据',
  'graduation.notEligible': '不符合结业条件：{{reasons}}',
  'graduation.outcomesOnlyAfterGraduation': '学员结业或退出后才能记录跟踪',
  'graduation.sales_other': '直播 {{count}} 场，成交额 ¥{{gmv}}',
};
