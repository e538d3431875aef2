/** auth: English texts (the fallback `message` sent with each code). */
export const auth = {
  'auth.badLogin': 'Email or password is incorrect',
  'auth.wrongCurrentPassword': 'The current password is not correct',
  'auth.passwordTooCommon': 'This password is too common',
  'auth.passwordTooLong': 'Password must be at most {{max}} characters',
  'auth.passwordTooShort': 'Password must be at least {{min}} characters',
  'auth.signInFirst': 'Sign in first',
  'auth.tooManySignInAttempts_one': 'Too many sign-in attempts; try again in {{count}} minute',
  'auth.tooManySignInAttempts_other': 'Too many sign-in attempts; try again in {{count}} minutes',
};
