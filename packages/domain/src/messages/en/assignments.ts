/** assignments: English texts (the fallback `message` sent with each code). */
export const assignments = {
  'assignments.cohortHasNoActiveTrainees': 'The cohort has no active trainees to assign to',
  'assignments.notInCohort': 'Not an active trainee of this cohort',
  'assignments.staleSubmission': 'Someone changed this submission since you opened it; reload and try again',
};
