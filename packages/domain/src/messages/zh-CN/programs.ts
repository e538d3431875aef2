import type { programs as en } from '../en/programs';
import type { Translation } from '../types';

/** programs: Chinese texts. */
export const programs: Translation<typeof en> = {
  'programs.chooseSponsor': '请选择资助方',
  'programs.endsBeforeCohort': '有班级于 {{endDate}} 结束，项目不能早于该日结束',
  'programs.startsAfterCohort': '有班级于 {{startDate}} 开始，项目须在该日之前开始',
  'programs.most100': '最多 100',
  'programs.notNegative': '不能为负数',
  'programs.nameTaken': '该资助方已有同名项目',
  'programs.timeZoneFormat': '请填写时区名称，如 Asia/Shanghai',
};
