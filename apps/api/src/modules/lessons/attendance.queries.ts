import type { PrismaClient } from '@grassroots/db';
import { type AttendanceCounts, countsFrom } from '@grassroots/domain';

/** Attendance counts per trainee over a cohort's lessons, aggregated in SQL (one statement). */
export async function attendanceCountsByTrainee(
  prisma: PrismaClient,
  cohortId: string,
): Promise<Map<string, AttendanceCounts>> {
  const rows = await prisma.$queryRaw<{ traineeId: string; status: string; n: number }[]>`
    SELECT a."traineeId", a.status::text AS status, count(*)::int AS n
    FROM "Attendance" a JOIN "Lesson" l ON l.id = a."lessonId"
    WHERE l."cohortId" = ${cohortId}
    GROUP BY a."traineeId", a.status`;
  const byTrainee = new Map<string, { status: string; n: number }[]>();
  for (const r of rows) byTrainee.set(r.traineeId, [...(byTrainee.get(r.traineeId) ?? []), r]);
  return new Map([...byTrainee].map(([id, rs]) => [id, countsFrom(rs)]));
}
