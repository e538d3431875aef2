import { z } from '../common/z';

export const AttendanceStatus = { PRESENT: 'PRESENT', LATE: 'LATE', ABSENT: 'ABSENT', EXCUSED: 'EXCUSED' } as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const attendanceMarkSchema = z
  .object({
    traineeId: z.string().min(1),
    status: z.enum([
      AttendanceStatus.PRESENT,
      AttendanceStatus.LATE,
      AttendanceStatus.ABSENT,
      AttendanceStatus.EXCUSED,
    ]),
    note: z.string().trim().max(500).optional().nullable(),
  })
  .superRefine((m, ctx) => {
    if (m.status === AttendanceStatus.EXCUSED && !m.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'training.sayWhyAbsenceExcused' });
  });

export const markAttendanceSchema = z.object({
  lessonId: z.string().min(1),
  marks: z
    .array(attendanceMarkSchema)
    .min(1, 'training.markLeastOneTrainee')
    .max(500)
    .refine((ms) => new Set(ms.map((m) => m.traineeId)).size === ms.length, 'training.traineeMarkedTwice'),
});

export interface AttendanceCounts {
  present: number;
  late: number;
  absent: number;
  excused: number;
}

/**
 * Attendance rate: lessons attended (present or late) over lessons that counted. An excused absence does not
 * count against the trainee, so it leaves the denominator. Null when nothing counted yet (not 0 %, not 100 %).
 */
export function attendanceRate(c: AttendanceCounts): number | null {
  const counted = c.present + c.late + c.absent;
  return counted === 0 ? null : (c.present + c.late) / counted;
}

export const emptyCounts = (): AttendanceCounts => ({ present: 0, late: 0, absent: 0, excused: 0 });

/** Folds rows of (status, count) — e.g. a SQL GROUP BY — into counts. */
export function countsFrom(rows: { status: string; n: number }[]): AttendanceCounts {
  const c = emptyCounts();
  for (const r of rows) {
    const key = r.status.toLowerCase() as keyof AttendanceCounts;
    if (key in c) c[key] += r.n;
  }
  return c;
}
