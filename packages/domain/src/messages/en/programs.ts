/** programs: English texts (the fallback `message` sent with each code). */
export const programs = {
  'programs.chooseSponsor': 'Choose a sponsor',
  'programs.endsBeforeCohort': 'A cohort ends on {{endDate}}; the program must end after it',
  'programs.startsAfterCohort': 'A cohort starts on {{startDate}}; the program must start by then',
  'programs.most100': 'At most 100',
  'programs.notNegative': 'Must not be negative',
  'programs.nameTaken': 'This sponsor already has a program with this name',
  'programs.timeZoneFormat': 'Use a time zone name such as Asia/Shanghai',
};
