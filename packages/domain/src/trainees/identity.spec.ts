import { isValidMobile, isValidNationalId, maskNationalId, maskPhone, nationalIdCheckChar } from './identity';

describe('resident ID numbers (GB 11643)', () => {
  it('computes the published example check digit', () => {
    // The standard's worked example: 11010519491231002 → X
    expect(nationalIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidNationalId('11010519491231002X')).toBe(true);
  });
  it('refuses a wrong check digit, an impossible date and a wrong length', () => {
    expect(isValidNationalId('110105194912310021')).toBe(false);
    expect(isValidNationalId('11010519490231002X'.replace('0231', '0230'))).toBe(false);
    expect(isValidNationalId('1101051949123100')).toBe(false);
  });
  it('masks the middle', () => {
    expect(maskNationalId('110105199003071234')).toBe('110105********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBeNull();
  });
  it('accepts mainland mobiles only', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    expect(isValidMobile('12812345678')).toBe(false);
    expect(isValidMobile('1381234567')).toBe(false);
  });
});
