import type { jobs as en } from '../en/jobs';
import type { Translation } from '../types';

/** jobs: Chinese texts. */
export const jobs: Translation<typeof en> = {
  'jobs.failed': '处理失败（已自动重试）。请稍后再试，或联系管理员。',
  'jobs.personWhoStartedJobCan': '发起此任务的账号已无权执行它',
};
