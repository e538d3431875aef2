import { z } from '../common/z';

/**
 * NIST SP 800-63B: length 8–128, no composition rules, refuse passwords known to be common.
 * The list is short on purpose: the worst offenders seen in Chinese and English leaks.
 */
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '87654321',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwertyui',
  'qwerty123',
  'iloveyou',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  '1qaz2wsx',
  'zxcvbnm1',
  'admin123',
  'admin1234',
  'woaini1314',
  '5201314520',
  'qq123456',
  '123123123',
  '147258369',
  '123qweasd',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'letmein1',
  'welcome1',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'dragon12',
  'monkey12',
  'trustno1',
  'grassroots',
  'grassroots1',
]);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, 'auth.passwordTooShort')
  .max(PASSWORD_MAX, 'auth.passwordTooLong')
  .refine((p) => !isCommonPassword(p), 'auth.passwordTooCommon');
