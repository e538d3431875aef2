import type { auth as en } from '../en/auth';
import type { Translation } from '../types';

/** auth: Chinese texts. */
export const auth: Translation<typeof en> = {
  'auth.badLogin': '邮箱或密码错误',
  'auth.wrongCurrentPassword': '当前密码不正确',
  'auth.passwordTooCommon': '密码过于常见',
  'auth.passwordTooLong': '密码最多 {{max}} 位',
  'auth.passwordTooShort': '密码至少 {{min}} 位',
  'auth.signInFirst': '请先登录',
  'auth.tooManySignInAttempts_other': '登录尝试次数过多，请 {{count}} 分钟后再试',
};
