import { attendanceRate, countsFrom, markAttendanceSchema } from './attendance';
import { createLessonSchema, lessonWithinCohort } from './lesson.schema';

describe('attendance rate', () => {
  it('counts late as attended and leaves excused absences out', () => {
    expect(attendanceRate({ present: 6, late: 2, absent: 2, excused: 5 })).toBe(0.8);
  });
  it('is null, not zero, before anything counted', () => {
    expect(attendanceRate({ present: 0, late: 0, absent: 0, excused: 3 })).toBeNull();
  });
  it('folds GROUP BY rows', () => {
    expect(
      countsFrom([
        { status: 'PRESENT', n: 3 },
        { status: 'ABSENT', n: 1 },
        { status: 'PRESENT', n: 1 },
      ]),
    ).toEqual({ present: 4, late: 0, absent: 1, excused: 0 });
  });
});

describe('marking', () => {
  it('needs a note for an excused absence and refuses a trainee marked twice', () => {
    const r = markAttendanceSchema.safeParse({ lessonId: 'l', marks: [{ traineeId: 'a', status: 'EXCUSED' }] });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['marks.0.note']);
    expect(
      markAttendanceSchema.safeParse({
        lessonId: 'l',
        marks: [
          { traineeId: 'a', status: 'PRESENT' },
          { traineeId: 'a', status: 'LATE' },
        ],
      }).success,
    ).toBe(false);
  });
});

describe('lessons', () => {
  const valid = {
    cohortId: 'c',
    date: '2026-10-10',
    startTime: '09:00',
    endTime: '11:30',
    topic: '直播话术基础',
    kind: 'CLASS',
    location: '产业园',
  };
  it('needs the end after the start, in HH:MM', () => {
    expect(createLessonSchema.safeParse(valid).success).toBe(true);
    expect(createLessonSchema.safeParse({ ...valid, endTime: '09:00' }).error?.issues[0].path).toEqual(['endTime']);
    expect(createLessonSchema.safeParse({ ...valid, startTime: '9:00' }).error?.issues[0].path).toEqual(['startTime']);
  });
  it('falls within the cohort', () => {
    expect(lessonWithinCohort('2026-10-10', { startDate: '2026-10-08', endDate: '2027-03-20' })).toEqual([]);
    expect(lessonWithinCohort('2026-10-07', { startDate: '2026-10-08', endDate: '2027-03-20' })).toHaveLength(1);
  });
});
