import type { trainees as en } from '../en/trainees';
import type { Translation } from '../types';

/** trainees: Chinese texts. */
export const trainees: Translation<typeof en> = {
  'trainees.accountNameRequired': '请填写账号名',
  'trainees.alreadyRegistered': '该身份证号已登记',
  'trainees.cohortProblem': '{{name}}：{{problem}}',
  'trainees.enter11DigitMobileNumber': '请输入 11 位手机号',
  'trainees.hometownRequired': '请填写家乡',
  'trainees.nameCohort': '请填写班级',
  'trainees.notValidResidentIdNumber': '身份证号无效（18 位，校验位不符）',
  'trainees.sameIdNumberRow': '与第 {{row}} 行的身份证号相同',
  'trainees.traineeCannotMoveFrom': '学员不能从 {{from}} 变为 {{to}}',
  'trainees.traineeIdNumberAlreadyRegistered': '该身份证号已登记',
  'trainees.twoCohortsHaveNameUse': '有两个同名班级，请填写班级 ID',
  'trainees.writeAccountsPlatformAccountSeparated': '平台账号格式为 平台:账号，用 ; 分隔（抖音:abc; 快手:xyz）',
};
