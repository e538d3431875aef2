import type { users as en } from '../en/users';
import type { Translation } from '../types';

/** users: Chinese texts. */
export const users: Translation<typeof en> = {
  'users.alreadyLinkedAnotherAccount': '已关联到其他账号',
  'users.emailAlreadyHasAccount': '该邮箱已有账号',
  'users.emailRequired': '请填写邮箱',
  'users.enterYourCurrentPassword': '请输入当前密码',
  'users.passwordRequired': '请填写密码',
  'users.sponsorAccountNeedsSponsor': '资助方账号必须关联资助方',
  'users.traineeAccountNeedsTrainee': '学员账号必须关联学员档案',
  'users.traineeAlreadyHasAccount': '该学员已有账号',
  'users.cannotChangeOwnRole': '不能修改自己的角色',
  'users.cannotDeactivateSelf': '不能停用自己的账号',
};
