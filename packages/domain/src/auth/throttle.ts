/**
 * Sign-in throttling (NIST SP 800-63B §5.2.2, OWASP ASVS V2.2). Every attempt is counted before the password is
 * checked, so parallel guesses cannot slip past the count; a success gives its own attempt back.
 */
export interface ThrottleLimit {
  /** Attempts allowed per window; the next one is refused until the window ends. */
  max: number;
  windowSeconds: number;
}

/** Per account: 5 failures in 15 minutes, then refused (even the right password) until the 15 minutes are over. */
export const ACCOUNT_SIGN_IN_LIMIT: ThrottleLimit = { max: 5, windowSeconds: 15 * 60 };
/** Per client address, across accounts: spreading guesses over many accounts from one place. */
export const CLIENT_SIGN_IN_LIMIT: ThrottleLimit = { max: 30, windowSeconds: 15 * 60 };

export interface ThrottleCount {
  /** Attempts counted in the current window, this one included. */
  hits: number;
  windowEnds: Date;
}

/**
 * Whether the attempt that brought the count to `hits` may go ahead; if not, how many seconds until the window
 * ends (at least 1).
 */
export function throttleVerdict(
  count: ThrottleCount,
  limit: ThrottleLimit,
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (count.hits <= limit.max) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((count.windowEnds.getTime() - now.getTime()) / 1000)),
  };
}

/** Whole minutes for "try again in N minutes" (never 0). */
export const retryAfterMinutes = (retryAfterSeconds: number): number => Math.max(1, Math.ceil(retryAfterSeconds / 60));
