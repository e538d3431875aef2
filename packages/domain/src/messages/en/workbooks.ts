/** workbooks: English texts (the fallback `message` sent with each code). */
export const workbooks = {
  'workbooks.roster.absent': 'Absent',
  'workbooks.roster.accounts': 'Platform accounts',
  'workbooks.roster.attendanceRate': 'Attendance rate',
  'workbooks.roster.attendanceSheet': 'Attendance',
  'workbooks.roster.enrolledAt': 'Enrolled at',
  'workbooks.roster.enrolmentStatus': 'Enrolment status',
  'workbooks.roster.excused': 'Excused',
  'workbooks.roster.fileName': 'roster',
  'workbooks.roster.hometown': 'Hometown',
  'workbooks.roster.late': 'Late',
  'workbooks.roster.name': 'Name',
  'workbooks.roster.nationalId': 'ID number (masked)',
  'workbooks.roster.phone': 'Phone',
  'workbooks.roster.present': 'Present',
  'workbooks.roster.sheet': 'Roster',
  'workbooks.roster.traineeStatus': 'Trainee status',
};
