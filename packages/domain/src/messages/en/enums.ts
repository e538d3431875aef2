/** enums: English texts (the fallback `message` sent with each code). */
export const enums = {
  'enums.CohortStatus.CANCELLED': 'cancelled',
  'enums.CohortStatus.COMPLETED': 'completed',
  'enums.CohortStatus.IN_PROGRESS': 'in progress',
  'enums.CohortStatus.PLANNED': 'planned',
  'enums.CohortStatus.RECRUITING': 'recruiting',
  'enums.CohortTrack.LONG_TERM': 'Long-term incubation',
  'enums.CohortTrack.SHORT_TERM': 'Short-term class',
  'enums.EnrolmentStatus.ACTIVE': 'active',
  'enums.EnrolmentStatus.COMPLETED': 'completed',
  'enums.EnrolmentStatus.WITHDRAWN': 'withdrawn',
  'enums.TraineeStatus.ACTIVE': 'active',
  'enums.TraineeStatus.APPLIED': 'applied',
  'enums.TraineeStatus.DROPPED': 'dropped',
  'enums.TraineeStatus.ENROLLED': 'enrolled',
  'enums.TraineeStatus.GRADUATED': 'graduated',
};
