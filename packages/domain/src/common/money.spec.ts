import { isCommonPassword, passwordSchema } from '../auth/password';
import { fenToYuan, yuanToFen } from './money';
import { moneySchema } from './money.schema';

describe('money', () => {
  it('converts yuan strings to fen without floats', () => {
    expect(yuanToFen('0.1')).toBe(10n);
    expect(yuanToFen('1200000.50')).toBe(120000050n);
    expect(fenToYuan(yuanToFen('0.10') + yuanToFen('0.20'))).toBe('0.30');
  });
  it('refuses more than 2 decimals, negatives and floats in exponent form', () => {
    for (const bad of ['1.234', '-5', '1e5', '', '01']) expect(moneySchema.safeParse(bad).success).toBe(false);
  });
});

describe('passwords (NIST 800-63B)', () => {
  it('needs 8 to 128 characters and refuses common ones', () => {
    expect(passwordSchema.safeParse('short').success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(129)).success).toBe(false);
    expect(isCommonPassword('Password123')).toBe(true);
    expect(passwordSchema.safeParse('12345678').success).toBe(false);
    expect(passwordSchema.safeParse('冰糖橙直播间2026').success).toBe(true);
  });
});
