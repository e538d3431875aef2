/** jobs: English texts (the fallback `message` sent with each code). */
export const jobs = {
  'jobs.failed': 'The job failed',
  'jobs.personWhoStartedJobCan': 'The person who started this job can no longer do it',
};
