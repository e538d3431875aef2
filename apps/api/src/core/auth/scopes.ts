import type { Prisma } from '@grassroots/db';
import { Role } from '@grassroots/domain';
import type { Actor } from './current-user';

/**
 * Row-level ownership, in one place: the `where` fragment that limits what an actor can reach. Every list,
 * every lookup by id and every nested relation ANDs these in, so "not yours" and "absent" look the same.
 * Staff of the MCN see everything (the permission matrix already decided whether they see the kind at all).
 */
const NOTHING = { id: { in: [] as string[] } };

export function sponsorScope(a: Actor): Prisma.SponsorWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { id: a.sponsorId } : NOTHING;
  if (a.role === Role.TRAINEE) return NOTHING;
  return {};
}

export function programScope(a: Actor): Prisma.ProgramWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { sponsorId: a.sponsorId } : NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { enrolments: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

export function cohortScope(a: Actor): Prisma.CohortWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { program: { sponsorId: a.sponsorId } } : NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { enrolments: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

export function traineeScope(a: Actor): Prisma.TraineeWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { enrolments: { some: { program: { sponsorId: a.sponsorId } } } } : NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { id: a.traineeId } : NOTHING;
  return {};
}

export function enrolmentScope(a: Actor): Prisma.EnrolmentWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { program: { sponsorId: a.sponsorId } } : NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}

export function lessonScope(a: Actor): Prisma.LessonWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE) {
    return a.traineeId ? { cohort: { enrolments: { some: { traineeId: a.traineeId, status: { in: ['ACTIVE', 'COMPLETED'] } } } } } : NOTHING;
  }
  return {};
}

export function attendanceScope(a: Actor): Prisma.AttendanceWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}

export function assignmentScope(a: Actor): Prisma.AssignmentWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { submissions: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

export function submissionScope(a: Actor): Prisma.SubmissionWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}
