/** graduation: English texts (the fallback `message` sent with each code). */
export const graduation = {
  'graduation.assignmentsGraded': '{{graded}} of {{total}} assignments graded, average {{average}} (needs {{needs}})',
  'graduation.attendance': 'Attendance {{rate}} (needs {{needs}})',
  'graduation.noAttendanceYet': 'No attendance recorded yet',
  'graduation.noResultsYet': 'No live-session results recorded yet',
  'graduation.notEligible': 'Not eligible: {{reasons}}',
  'graduation.outcomesOnlyAfterGraduation': 'Outcomes are recorded after the trainee graduated or left the program',
  'graduation.sales_one': '{{count}} live session, GMV ¥{{gmv}}',
  'graduation.sales_other': '{{count}} live sessions, GMV ¥{{gmv}}',
};
