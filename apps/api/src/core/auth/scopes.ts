import { Prisma } from '@grassroots/db';
import { Role } from '@grassroots/domain';

import type { Actor } from './actor';

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

/** SUPPORT staff: the teams they are on now. */
const myTeams = (a: Actor): Prisma.SupportTeamWhereInput => ({ members: { some: { userId: a.id, leftAt: null } } });
/** SUPPORT staff: the trainees their teams back now. */
const myTrainees = (a: Actor): Prisma.TraineeWhereInput => ({
  teamAssignments: { some: { endedAt: null, team: myTeams(a) } },
});
/** SUPPORT staff reach a cohort through a team of theirs in it or a lesson they teach in it. */
const myCohorts = (a: Actor): Prisma.CohortWhereInput => ({
  OR: [{ supportTeams: { some: myTeams(a) } }, { lessons: { some: { instructorId: a.id } } }],
});

export function programScope(a: Actor): Prisma.ProgramWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { sponsorId: a.sponsorId } : NOTHING;
  if (a.role === Role.SUPPORT) return { cohorts: { some: myCohorts(a) } };
  if (a.role === Role.TRAINEE) return a.traineeId ? { enrolments: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

/** Sponsor reports: a sponsor their own programs' once submitted (drafts are the MCN's work in progress). */
export function reportScope(a: Actor): Prisma.SponsorReportWhereInput {
  return { program: programScope(a), ...(a.role === Role.SPONSOR ? { status: { not: 'DRAFT' } } : {}) };
}

export function cohortScope(a: Actor): Prisma.CohortWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { program: { sponsorId: a.sponsorId } } : NOTHING;
  if (a.role === Role.SUPPORT) return myCohorts(a);
  if (a.role === Role.TRAINEE) return a.traineeId ? { enrolments: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

export function traineeScope(a: Actor): Prisma.TraineeWhereInput {
  if (a.role === Role.SPONSOR)
    return a.sponsorId ? { enrolments: { some: { program: { sponsorId: a.sponsorId } } } } : NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { id: a.traineeId } : NOTHING;
  if (a.role === Role.SUPPORT) return myTrainees(a);
  return {};
}

export function enrolmentScope(a: Actor): Prisma.EnrolmentWhereInput {
  if (a.role === Role.SPONSOR) return a.sponsorId ? { program: { sponsorId: a.sponsorId } } : NOTHING;
  if (a.role === Role.SUPPORT) return { trainee: myTrainees(a) };
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}

export function lessonScope(a: Actor): Prisma.LessonWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.SUPPORT)
    return { OR: [{ instructorId: a.id }, { cohort: { supportTeams: { some: myTeams(a) } } }] };
  if (a.role === Role.TRAINEE) {
    return a.traineeId
      ? { cohort: { enrolments: { some: { traineeId: a.traineeId, status: { in: ['ACTIVE', 'COMPLETED'] } } } } }
      : NOTHING;
  }
  return {};
}

export function attendanceScope(a: Actor): Prisma.AttendanceWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.SUPPORT) return { OR: [{ lesson: { instructorId: a.id } }, { trainee: myTrainees(a) }] };
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}

/**
 * A lesson's roster (its attendance sheet): the whole class for whoever may mark the lesson (SUPPORT only the
 * lessons they teach), otherwise the trainees the caller reaches. The same rule as attendanceScope, for one lesson.
 */
export function rosterScope(a: Actor, lesson: { instructorId: string | null }): Prisma.EnrolmentWhereInput {
  if (a.role === Role.SUPPORT && lesson.instructorId === a.id) return {};
  return { trainee: traineeScope(a) };
}

export function assignmentScope(a: Actor): Prisma.AssignmentWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.SUPPORT)
    return { OR: [{ createdById: a.id }, { submissions: { some: { trainee: myTrainees(a) } } }] };
  if (a.role === Role.TRAINEE) return a.traineeId ? { submissions: { some: { traineeId: a.traineeId } } } : NOTHING;
  return {};
}

export function submissionScope(a: Actor): Prisma.SubmissionWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.SUPPORT) return { trainee: myTrainees(a) };
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  return {};
}

export function teamScope(a: Actor): Prisma.SupportTeamWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE)
    return a.traineeId ? { assignments: { some: { traineeId: a.traineeId, endedAt: null } } } : NOTHING;
  if (a.role === Role.SUPPORT) return myTeams(a);
  return {};
}

/** Sessions: a trainee their own, SUPPORT their teams', sponsors none (they get aggregates). */
export function liveSessionScope(a: Actor): Prisma.LiveSessionWhereInput {
  if (a.role === Role.SPONSOR) return NOTHING;
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  if (a.role === Role.SUPPORT) return { team: myTeams(a) };
  return {};
}

/** The same rule as liveSessionScope, for raw SQL aggregates over "LiveSession" aliased `s`. */
export function liveSessionScopeSql(a: Actor): Prisma.Sql {
  if (a.role === Role.SPONSOR) return Prisma.sql`FALSE`;
  if (a.role === Role.TRAINEE) return a.traineeId ? Prisma.sql`s."traineeId" = ${a.traineeId}` : Prisma.sql`FALSE`;
  if (a.role === Role.SUPPORT) {
    return Prisma.sql`EXISTS (SELECT 1 FROM "TeamMembership" sm WHERE sm."teamId" = s."teamId" AND sm."userId" = ${a.id} AND sm."leftAt" IS NULL)`;
  }
  return Prisma.sql`TRUE`;
}

/** After-sales tickets: staff with the permission see all; a trainee only those from their own sessions. */
export function ticketScope(a: Actor): Prisma.AfterSalesTicketWhereInput {
  if (a.role === Role.TRAINEE) return a.traineeId ? { traineeId: a.traineeId } : NOTHING;
  if (a.role === Role.SPONSOR || a.role === Role.SUPPORT || a.role === Role.QC_INSPECTOR) return NOTHING;
  return {};
}
