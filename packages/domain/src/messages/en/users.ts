/** users: English texts (the fallback `message` sent with each code). */
export const users = {
  'users.alreadyLinkedAnotherAccount': 'Already linked to another account',
  'users.emailAlreadyHasAccount': 'This email already has an account',
  'users.emailRequired': 'Email is required',
  'users.enterYourCurrentPassword': 'Enter your current password',
  'users.passwordRequired': 'Password is required',
  'users.sponsorAccountNeedsSponsor': 'A sponsor account must be linked to a sponsor',
  'users.traineeAccountNeedsTrainee': 'A trainee account must be linked to a trainee',
  'users.traineeAlreadyHasAccount': 'This trainee already has an account',
  'users.cannotChangeOwnRole': 'You cannot change your own role',
  'users.cannotDeactivateSelf': 'You cannot deactivate yourself',
};
