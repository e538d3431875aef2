import type { cohorts as en } from '../en/cohorts';
import type { Translation } from '../types';

/** cohorts: Chinese texts. */
export const cohorts: Translation<typeof en> = {
  'cohorts.capacityMost': '名额最多为 {{max}}',
  'cohorts.capacityMustLeast1': '名额至少为 1',
  'cohorts.chooseProgram': '请选择项目',
  'cohorts.cohortCannotMoveFrom': '班级不能从 {{from}} 变为 {{to}}',
  'cohorts.mustAfterProgramStart': '不能早于项目开始日期（{{startDate}}）',
  'cohorts.mustBeforeProgramEnd': '不能晚于项目结束日期（{{endDate}}）',
  'cohorts.programAlreadyHasCohortName': '该项目已有同名班级',
  'cohorts.traineesEnrolledCapacityCannotLower': '已有 {{taken}} 名学员报名，名额不能低于此数',
};
