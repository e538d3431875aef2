import { ACCOUNT_SIGN_IN_LIMIT, retryAfterMinutes, throttleVerdict } from './throttle';

describe('sign-in throttle verdict', () => {
  const start = new Date('2026-11-29T10:00:00Z');
  const windowEnds = new Date(start.getTime() + ACCOUNT_SIGN_IN_LIMIT.windowSeconds * 1000);
  const at = (s: number) => new Date(start.getTime() + s * 1000);

  it('lets the first five attempts of a window through', () => {
    for (const hits of [1, 2, 5])
      expect(throttleVerdict({ hits, windowEnds }, ACCOUNT_SIGN_IN_LIMIT, at(1))).toEqual({ allowed: true });
  });

  it('refuses the sixth until the window ends, saying how long', () => {
    expect(throttleVerdict({ hits: 6, windowEnds }, ACCOUNT_SIGN_IN_LIMIT, at(60))).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60,
    });
    expect(throttleVerdict({ hits: 60, windowEnds }, ACCOUNT_SIGN_IN_LIMIT, at(15 * 60 - 0.2))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it('rounds the wait up to whole minutes', () => {
    expect([1, 60, 61, 14 * 60 + 1].map(retryAfterMinutes)).toEqual([1, 1, 2, 15]);
  });
});
