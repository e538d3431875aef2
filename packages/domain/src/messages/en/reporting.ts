/** reporting: English texts (the fallback `message` sent with each code). */
export const reporting = {
  'reporting.answerSponsorsComments': 'Answer the sponsor’s comments',
  'reporting.enterAmountAbove0': 'Enter an amount above 0',
  'reporting.amountFormat': 'Enter an amount in yuan with at most 2 decimals, e.g. 3500.00',
  'reporting.fileAttachedTwice': 'A file is attached twice',
  'reporting.mostAttachments': 'At most {{max}} attachments',
  'reporting.attachmentsOnlyWhenReturned': 'Only a returned report takes attachments',
  'reporting.replyOnlyWhenReturned': 'Only a returned report takes a reply',
  'reporting.periodLocked': 'This period was accepted and is locked',
  'reporting.reportCannotBe': 'A {{status}} report cannot be {{action}}',
  'reporting.sayWhatNeedsChange': 'Say what needs to change',
  'reporting.describeExpense': 'Say what was paid for (invoice, supplier)',
  'reporting.periodFormat': 'Use a month (2026-11) or a quarter (2026-Q4)',
};
