/** What a graduate does after the program, asked at each follow-up. */
export const OutcomeStatus = {
  STREAMING_INDEPENDENTLY: 'STREAMING_INDEPENDENTLY',
  HIRED_BY_MCN: 'HIRED_BY_MCN',
  OTHER_EMPLOYMENT: 'OTHER_EMPLOYMENT',
  NOT_WORKING: 'NOT_WORKING',
  UNKNOWN: 'UNKNOWN',
} as const;
export type OutcomeStatus = (typeof OutcomeStatus)[keyof typeof OutcomeStatus];

/** Follow-ups happen 1, 3 and 6 months after the program. */
export const OUTCOME_MONTHS = [1, 3, 6] as const;
