/** programs: English texts (the fallback `message` sent with each code). */
export const programs = {
  'programs.chooseSponsor': 'Choose a sponsor',
  'programs.cohortEndsProgramMustEnd': 'A cohort ends on {{endDate}}; the program must end after it',
  'programs.cohortStartsProgramMustStart': 'A cohort starts on {{startDate}}; the program must start by then',
  'programs.most100': 'At most 100',
  'programs.mustNotNegative': 'Must not be negative',
  'programs.sponsorAlreadyHasProgramName': 'This sponsor already has a program with this name',
  'programs.useTimeZoneNameSuch': 'Use a time zone name such as Asia/Shanghai',
};
