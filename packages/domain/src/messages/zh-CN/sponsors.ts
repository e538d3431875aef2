import type { sponsors as en } from '../en/sponsors';
import type { Translation } from '../types';

/** sponsors: Chinese texts. */
export const sponsors: Translation<typeof en> = {
  'sponsors.contactNameRequired': '请填写联系人',
  'sponsors.phoneFormat': '请输入手机号或座机号（如 0998-1234567）',
  'sponsors.nameTaken': '已有同名资助方',
};
