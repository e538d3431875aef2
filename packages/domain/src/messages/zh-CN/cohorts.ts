import type { cohorts as en } from '../en/cohorts';
import type { Translation } from '../types';

/** cohorts: Chinese texts. */
export const cohorts: Translation<typeof en> = {
  'cohorts.capacityAtMost': '名额最多为 {{max}}',
  'cohorts.capacityAtLeast1': '名额至少为 1',
  'cohorts.chooseProgram': '请选择项目',
  'cohorts.cannotMove': '班级不能从 {{from}} 变为 {{to}}',
  'cohorts.beforeProgramStart': '不能早于项目开始日期（{{startDate}}）',
  'cohorts.afterProgramEnd': '不能晚于项目结束日期（{{endDate}}）',
  'cohorts.nameTaken': '该项目已有同名班级',
  'cohorts.capacityBelowEnrolled': '已有 {{taken}} 名学员报名，名额不能低于此数',
};
