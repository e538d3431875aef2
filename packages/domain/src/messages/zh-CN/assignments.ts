import type { assignments as en } from '../en/assignments';
import type { Translation } from '../types';

/** assignments: Chinese texts. */
export const assignments: Translation<typeof en> = {
  'assignments.cohortHasNoActiveTrainees': '该班级没有可布置作业的在训学员',
  'assignments.notInCohort': '不是本班的在训学员',
  'assignments.staleSubmission': '有人在你打开后修改了这份作业，请刷新后重试',
};
