/** sponsors: English texts (the fallback `message` sent with each code). */
export const sponsors = {
  'sponsors.contactNameRequired': 'Contact name is required',
  'sponsors.phoneFormat': 'Enter a mobile (11 digits) or landline number (e.g. 0998-1234567)',
  'sponsors.nameTaken': 'A sponsor with this name exists',
};
