/** workbench: English texts (the fallback `message` sent with each code). */
export const workbench = {
  'workbench.cardNotForList': 'The card {{key}} does not count this list',
};
