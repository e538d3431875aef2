import { loginDelayMs } from './auth.service';

describe('login throttling', () => {
  it('lets the first five failures through without delay', () => {
    expect([0, 1, 4].map(loginDelayMs)).toEqual([0, 0, 0]);
  });
  it('then delays progressively, capped at 30 s', () => {
    expect([5, 6, 7, 8].map(loginDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(loginDelayMs(40)).toBe(30_000);
  });
});
