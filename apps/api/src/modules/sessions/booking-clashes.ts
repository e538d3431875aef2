import { Prisma, type PrismaClient } from '@grassroots/db';
import {
  addDays,
  BOOKED_STATUSES,
  dayStartIn,
  DomainError,
  formatInTimeZone,
  type Message,
  msg,
} from '@grassroots/domain';

type Tx = Prisma.TransactionClient;

const fmt = (d: Date, tz: string) => formatInTimeZone(d, tz);

/**
 * Who is busy when: the sessions a streamer or team member is already booked on and the lessons of the streamer's
 * cohort, and the refusal of a booking that would put anyone in two places at once (single, series, moved sessions).
 */
/** A lesson's "HH:MM" on its calendar day, in the program's zone. */
export function instantOf(day: string, hhmm: string, tz: string): Date {
  return new Date(dayStartIn(day, tz).getTime() + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000);
}

/** Rows of the trainee and the members are locked first so that two concurrent bookings cannot both pass the check. */
export async function lockPeople(tx: Tx, traineeId: string, memberIds: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Trainee" WHERE id = ${traineeId} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ANY(${memberIds}) ORDER BY id FOR UPDATE`;
}

export interface Booked {
  id: string;
  title: string;
  start: Date;
  end: Date;
  traineeId: string;
  traineeName: string;
  memberName: string | null;
}

/** Booked sessions between `start` and `end` of the streamers, or of another team any of the members is on. */
export async function bookedSessionsOf(
  tx: Tx | PrismaClient,
  q: { selfId?: string | null; traineeIds: string[]; memberIds: string[]; start: Date; end: Date },
): Promise<Booked[]> {
  const booked = Prisma.sql`s.status::text = ANY(${[...BOOKED_STATUSES]}) AND s.id <> ${q.selfId ?? ''} AND s."scheduledStart" < ${q.end} AND s."scheduledEnd" > ${q.start}`;
  return tx.$queryRaw<Booked[]>`
    SELECT * FROM (
      SELECT s.id, s.title, s."scheduledStart" AS start, s."scheduledEnd" AS end, s."traineeId", t.name AS "traineeName", NULL::text AS "memberName"
      FROM "LiveSession" s JOIN "Trainee" t ON t.id = s."traineeId"
      WHERE ${booked} AND s."traineeId" = ANY(${q.traineeIds})
      UNION ALL
      SELECT s.id, s.title, s."scheduledStart", s."scheduledEnd", s."traineeId", t.name, u.name
      FROM "LiveSession" s JOIN "Trainee" t ON t.id = s."traineeId"
      JOIN "TeamMembership" m ON m."teamId" = s."teamId" AND m."leftAt" IS NULL AND m."userId" = ANY(${q.memberIds})
      JOIN "User" u ON u.id = m."userId"
      WHERE ${booked} AND s."traineeId" <> ALL(${q.traineeIds})
    ) b
    ORDER BY b.start, b."memberName"
    LIMIT 5000`;
}

export const bookedSessions = (
  tx: Tx,
  q: { selfId: string | null; traineeId: string; memberIds: string[]; start: Date; end: Date },
) => bookedSessionsOf(tx, { ...q, traineeIds: [q.traineeId] });

/** Why a booked session clashes, in the program's zone. */
export function clashReason(c: Booked, traineeId: string, tz: string): Message {
  const when = `${fmt(c.start, tz)}–${fmt(c.end, tz).slice(11)}`;
  return c.traineeId === traineeId
    ? msg('sessions.clashSelf', { trainee: c.traineeName, title: c.title, when })
    : msg('sessions.clashMember', { member: c.memberName ?? '', trainee: c.traineeName, title: c.title, when });
}

export interface LessonSlot {
  topic: string;
  start: Date;
  end: Date;
}

/**
 * The lessons of a cohort that overlap `start`–`end`. A lesson is stored as a calendar date with "HH:MM" times in the
 * program's zone, so the rows of the days around the range are read and placed on the time line in that zone.
 */
export async function lessonsBetween(
  tx: Tx,
  cohortId: string,
  start: Date,
  end: Date,
  tz: string,
): Promise<LessonSlot[]> {
  const rows = await tx.lesson.findMany({
    where: {
      cohortId,
      date: {
        gte: new Date(`${addDays(start.toISOString().slice(0, 10), -1)}T00:00:00Z`),
        lte: new Date(`${addDays(end.toISOString().slice(0, 10), 1)}T00:00:00Z`),
      },
    },
    select: { date: true, startTime: true, endTime: true, topic: true },
    orderBy: [{ date: 'asc' }, { startTime: 'asc' }],
  });
  return rows
    .map((l) => {
      const day = l.date.toISOString().slice(0, 10);
      return { topic: l.topic, start: instantOf(day, l.startTime, tz), end: instantOf(day, l.endTime, tz) };
    })
    .filter((l) => l.start < end && start < l.end);
}

/** Why a lesson of the streamer's cohort clashes, in the program's zone. */
export function lessonClash(l: LessonSlot, traineeName: string, tz: string): Message {
  const when = `${fmt(l.start, tz)}–${fmt(l.end, tz).slice(11)}`;
  return msg('sessions.clashLesson', { trainee: traineeName, topic: l.topic, when });
}

/**
 * Refuses a session that would put the streamer, or any member of their team, in two sessions at once, or the
 * streamer in a session during a lesson of their cohort.
 */
export async function assertNoDoubleBooking(
  tx: Tx,
  q: {
    selfId: string | null;
    traineeId: string;
    cohortId: string;
    memberIds: string[];
    start: Date;
    end: Date;
    timeZone: string;
  },
): Promise<void> {
  await lockPeople(tx, q.traineeId, q.memberIds);
  const clashes = (await bookedSessions(tx, q)).slice(0, 10);
  const lessons = (await lessonsBetween(tx, q.cohortId, q.start, q.end, q.timeZone)).slice(0, 10);
  if (!clashes.length && !lessons.length) return;
  const traineeName = lessons.length
    ? (await tx.trainee.findUniqueOrThrow({ where: { id: q.traineeId }, select: { name: true } })).name
    : '';
  const seen = new Set<string>();
  const reasons = [
    ...clashes.map((c) => clashReason(c, q.traineeId, q.timeZone)),
    ...lessons.map((l) => lessonClash(l, traineeName, q.timeZone)),
  ].filter((r) => !seen.has(r.message) && !!seen.add(r.message));
  throw DomainError.conflict(
    msg(clashes.length ? 'sessions.doubleBooking' : 'sessions.lessonClashes', { clashes: reasons }),
    reasons.map((reason) => ({ field: 'scheduledStart', ...reason })),
  );
}
