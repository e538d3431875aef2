/** Enumerations shared by the database schema, the API and the admin (same literal values everywhere). */
export const CohortTrack = { SHORT_TERM: 'SHORT_TERM', LONG_TERM: 'LONG_TERM' } as const;
export type CohortTrack = (typeof CohortTrack)[keyof typeof CohortTrack];

export const CohortStatus = {
  PLANNED: 'PLANNED',
  RECRUITING: 'RECRUITING',
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const;
export type CohortStatus = (typeof CohortStatus)[keyof typeof CohortStatus];

export const TraineeStatus = {
  APPLIED: 'APPLIED',
  ENROLLED: 'ENROLLED',
  ACTIVE: 'ACTIVE',
  GRADUATED: 'GRADUATED',
  DROPPED: 'DROPPED',
} as const;
export type TraineeStatus = (typeof TraineeStatus)[keyof typeof TraineeStatus];

export const EnrolmentStatus = { ACTIVE: 'ACTIVE', WITHDRAWN: 'WITHDRAWN', COMPLETED: 'COMPLETED' } as const;
export type EnrolmentStatus = (typeof EnrolmentStatus)[keyof typeof EnrolmentStatus];

export const StreamPlatform = {
  DOUYIN: 'DOUYIN',
  KUAISHOU: 'KUAISHOU',
  TAOBAO_LIVE: 'TAOBAO_LIVE',
  WECHAT_CHANNELS: 'WECHAT_CHANNELS',
  OTHER: 'OTHER',
} as const;
export type StreamPlatform = (typeof StreamPlatform)[keyof typeof StreamPlatform];

export const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
