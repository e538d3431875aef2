import type { lessons as en } from '../en/lessons';
import type { Translation } from '../types';

/** lessons: Chinese texts. */
export const lessons: Translation<typeof en> = {
  'lessons.attendanceAlreadyRecordedTraineesLesson_other': '已为 {{count}} 名学员记录考勤，不能删除该课程',
  'lessons.chooseActiveStaffMember': '请选择在职员工',
  'lessons.endTimeMustAfterStart': '结束时间须晚于开始时间',
  'lessons.lessonAlreadyScheduledDateTime': '该时间已有课程',
  'lessons.lessonHasNotTakenPlace': '课程尚未开始',
  'lessons.noActiveStaffMemberEmail': '没有使用该邮箱的在职员工',
  'lessons.noLessonCohortDateTime': '本班在该时间没有课程',
  'lessons.notTraineeCohort': '不是本班学员',
  'lessons.onlyLessonsInstructorCoordinatorCan': '只有本课讲师或项目协调员可以点名',
};
