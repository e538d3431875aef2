/** trainees: English texts (the fallback `message` sent with each code). */
export const trainees = {
  'trainees.accountNameRequired': 'Account name is required',
  'trainees.alreadyRegistered': 'Already registered',
  'trainees.cohortProblem': '{{name}}: {{problem}}',
  'trainees.enter11DigitMobileNumber': 'Enter an 11-digit mobile number',
  'trainees.hometownRequired': 'Hometown is required',
  'trainees.nameCohort': 'Name the cohort',
  'trainees.notValidResidentIdNumber': 'Not a valid resident ID number (18 characters, check digit)',
  'trainees.sameIdNumberRow': 'The same ID number as row {{row}}',
  'trainees.traineeCannotMoveFrom': 'A trainee cannot move from {{from}} to {{to}}',
  'trainees.traineeIdNumberAlreadyRegistered': 'A trainee with this ID number is already registered',
  'trainees.twoCohortsHaveNameUse': 'Two cohorts have this name: use the cohort’s id',
  'trainees.writeAccountsPlatformAccountSeparated':
    'Write accounts as platform:account, separated by ; (douyin:abc; kuaishou:xyz)',
};
