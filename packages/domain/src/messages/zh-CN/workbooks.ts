import type { workbooks as en } from '../en/workbooks';
import type { Translation } from '../types';

/** workbooks: Chinese texts. */
export const workbooks: Translation<typeof en> = {
  'workbooks.roster.absent': '缺勤',
  'workbooks.roster.accounts': '平台账号',
  'workbooks.roster.attendanceRate': '出勤率',
  'workbooks.roster.attendanceSheet': '考勤',
  'workbooks.roster.enrolledAt': '报名时间',
  'workbooks.roster.enrolmentStatus': '报名状态',
  'workbooks.roster.excused': '请假',
  'workbooks.roster.fileName': '花名册',
  'workbooks.roster.hometown': '籍贯',
  'workbooks.roster.late': '迟到',
  'workbooks.roster.name': '姓名',
  'workbooks.roster.nationalId': '身份证号（脱敏）',
  'workbooks.roster.phone': '手机号',
  'workbooks.roster.present': '出勤',
  'workbooks.roster.sheet': '花名册',
  'workbooks.roster.traineeStatus': '学员状态',
};
