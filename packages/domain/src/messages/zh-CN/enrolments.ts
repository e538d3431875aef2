import type { enrolments as en } from '../en/enrolments';
import type { Translation } from '../types';

/** enrolments: Chinese texts. */
export const enrolments: Translation<typeof en> = {
  'enrolments.alreadyEnrolledProgram': '{{name}} 已在本项目中报名',
  'enrolments.alreadyHasActiveEnrolment': '已有在读的报名',
  'enrolments.cannotEnrolled': '{{name}} 状态为 {{status}}，不能加入',
  'enrolments.chooseLeastOneGraduate': '请至少选择一名结业学员',
  'enrolments.chooseLeastOneTrainee': '请至少选择一名学员',
  'enrolments.chooseLongTermCohort': '请选择长期班',
  'enrolments.chooseLongTermCohortSame': '请选择同一项目的长期班',
  'enrolments.cohortHasPlacesLeft': '该班级剩余名额 {{left}} / {{capacity}}',
  'enrolments.cohortTakesNoEnrolments': '该班级状态为 {{status}}，不接受报名',
  'enrolments.enrolmentOnlyActiveOnesCan': '该报名状态为 {{status}}，只有在读的报名可以撤销',
  'enrolments.giveReason': '请填写原因',
  'enrolments.most100TraineesOnce': '一次最多 100 名学员',
  'enrolments.notGraduateCohort': '不是本班结业学员',
  'enrolments.onlyGraduatesShortTermCohort': '只有短期班的结业学员可以转入',
  'enrolments.onlyTraineeWhoseStatusGraduated': '只有状态为已结业的学员可以转入',
  'enrolments.thatCohortTakesNoEnrolments': '该班级不再接受报名',
  'enrolments.theseTraineesCannotEnrolled': '这些学员无法加入',
  'enrolments.traineeListedTwice': '有学员被重复选择',
};
