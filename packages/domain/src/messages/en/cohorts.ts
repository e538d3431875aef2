/** cohorts: English texts (the fallback `message` sent with each code). */
export const cohorts = {
  'cohorts.capacityAtMost': 'Capacity must be at most {{max}}',
  'cohorts.capacityAtLeast1': 'Capacity must be at least 1',
  'cohorts.chooseProgram': 'Choose a program',
  'cohorts.cannotMove': 'A cohort cannot move from {{from}} to {{to}}',
  'cohorts.beforeProgramStart': 'Must be on or after the program start ({{startDate}})',
  'cohorts.afterProgramEnd': 'Must be on or before the program end ({{endDate}})',
  'cohorts.nameTaken': 'This program already has a cohort with this name',
  'cohorts.capacityBelowEnrolled': '{{taken}} trainees are enrolled; capacity cannot be lower',
};
