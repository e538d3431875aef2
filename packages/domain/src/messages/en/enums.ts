/** enums: English texts (the fallback `message` sent with each code). */
export const enums = {
  'enums.CohortTrack.LONG_TERM': 'Long-term incubation',
  'enums.CohortTrack.SHORT_TERM': 'Short-term class',
};
