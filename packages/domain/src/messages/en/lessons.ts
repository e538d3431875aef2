/** lessons: English texts (the fallback `message` sent with each code). */
export const lessons = {
  'lessons.attendanceAlreadyRecordedTraineesLesson_one':
    'Attendance is already recorded for {{count}} trainee; the lesson cannot be deleted',
  'lessons.attendanceAlreadyRecordedTraineesLesson_other':
    'Attendance is already recorded for {{count}} trainees; the lesson cannot be deleted',
  'lessons.chooseActiveStaffMember': 'Choose an active staff member',
  'lessons.endTimeMustAfterStart': 'End time must be after the start time',
  'lessons.lessonAlreadyScheduledDateTime': 'A lesson is already scheduled at this date and time',
  'lessons.lessonHasNotTakenPlace': 'This lesson has not taken place yet',
  'lessons.noActiveStaffMemberEmail': 'No active staff member with this email',
  'lessons.noLessonCohortDateTime': 'No lesson of this cohort at this date and time',
  'lessons.notTraineeCohort': 'Not a trainee of this cohort',
  'lessons.onlyLessonsInstructorCoordinatorCan': 'Only the lesson’s instructor or a coordinator can mark it',
};
