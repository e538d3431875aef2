/** reports: English texts (the fallback `message` sent with each code). */
export const reports = {
  'reports.alreadyPrepared': 'Already prepared',
  'reports.alreadySentReport': 'Already sent with a report',
  'reports.doesNotMatchSubmittedReport': 'Does not match the submitted report',
  'reports.expenseRecordedOncePaid': 'An expense is recorded once it is paid',
  'reports.exportFormats': 'Export as .csv, .xlsx, .pdf or .json',
  'reports.noSuchFile': 'No such file',
  'reports.notOverYetReportPrepared': '{{period}} is not over yet: a report is prepared once its period has ended',
  'reports.notSha256Hash': 'Not a SHA-256 hash',
  'reports.programRuns': 'The program runs {{startDate}} – {{endDate}}',
  'reports.programRunsOutside': 'The program runs {{startDate}} – {{endDate}}; {{period}} is outside it',
  'reports.reportWasAlreadyPrepared': 'The {{period}} report was already prepared',
  'reports.reportWasResubmittedSinceYou': 'The report was resubmitted since you opened it; review the new figures',
  'reports.snapshotMismatchNotAccepted': 'The stored snapshot no longer matches its hash; it cannot be accepted',
  'reports.snapshotMismatchNotExported': 'The stored snapshot no longer matches its hash; it is not exported',
  'reports.someoneElseChangedReportReload': 'Someone else changed this report; reload it',
};
