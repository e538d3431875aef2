/** cohorts: English texts (the fallback `message` sent with each code). */
export const cohorts = {
  'cohorts.capacityMost': 'Capacity must be at most {{max}}',
  'cohorts.capacityMustLeast1': 'Capacity must be at least 1',
  'cohorts.chooseProgram': 'Choose a program',
  'cohorts.cohortCannotMoveFrom': 'A cohort cannot move from {{from}} to {{to}}',
  'cohorts.mustAfterProgramStart': 'Must be on or after the program start ({{startDate}})',
  'cohorts.mustBeforeProgramEnd': 'Must be on or before the program end ({{endDate}})',
  'cohorts.programAlreadyHasCohortName': 'This program already has a cohort with this name',
  'cohorts.traineesEnrolledCapacityCannotLower': '{{taken}} trainees are enrolled; capacity cannot be lower',
};
