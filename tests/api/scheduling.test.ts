import { createLiveSession, createProduct, createProgram, createTeam } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { ScheduleSessionInput, ScheduleSessionSeriesInput, UpdateSessionInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { imported } from '../support/imports';
import { cohortWithTrainees } from '../support/world';

/**
 * Scheduling help: a week of a team's and its streamer's time (lessons, sessions, members' other sessions, free
 * slots), repeating sessions booked all or nothing, and sessions booked and listed in their program's zone.
 */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const SCHEDULE = graphql(`
  mutation SchedulingScheduleSession($i: ScheduleSessionInput!) {
    scheduleSession(input: $i) {
      id
      scheduledStart
      timeZone
    }
  }
`);
const SERIES = graphql(`
  mutation SchedulingScheduleSessionSeries($i: ScheduleSessionSeriesInput!) {
    scheduleSessionSeries(input: $i) {
      id
      scheduledStart
      scheduledEnd
      timeZone
    }
  }
`);
const WEEK = graphql(`
  query SchedulingAvailability($team: ID, $trainee: ID, $week: String!, $min: Int) {
    availability(teamId: $team, traineeId: $trainee, weekStart: $week, minutes: $min) {
      timeZone
      weekStart
      days
      teamId
      traineeId
      busy {
        kind
        title
        start
        end
        who
        sessionId
      }
      freeSlots {
        start
        end
      }
    }
  }
`);
const LIST = graphql(`
  query SchedulingLiveSessions($from: String, $to: String, $c: ID) {
    liveSessions(from: $from, to: $to, cohortId: $c) {
      total
      items {
        id
      }
    }
  }
`);
const DAYS = graphql(`
  query SchedulingSessionDays($from: String!, $to: String!, $c: ID) {
    sessionDays(from: $from, to: $to, cohortId: $c) {
      date
      total
    }
  }
`);

async function streamer(timeZone = 'Asia/Shanghai') {
  const program = await createProgram(api.db.prisma, { timeZone });
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1, { cohort: { programId: program.id } });
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  return { program, cohort, trainee: trainees[0], team };
}
/** A booked session straight in the database (as another booking path would leave it). */
async function live(traineeId: string, teamId: string, title: string, start: Date, minutes: number) {
  const row = await createLiveSession(api.db.prisma, { traineeId, teamId, start, minutes });
  return api.db.prisma.liveSession.update({ where: { id: row.id }, data: { title } });
}
const series = (
  traineeId: string,
  productId: string,
  o: Partial<ScheduleSessionSeriesInput> & Pick<ScheduleSessionSeriesInput, 'from'>,
): ScheduleSessionSeriesInput => ({
  traineeId,
  platform: 'DOUYIN',
  title: '红枣每日专场',
  items: [{ productId, livePrice: '39.90', commissionPct: '25' }],
  startTime: '19:00',
  plannedMinutes: 120,
  ...o,
});

describe('repeating sessions', () => {
  it('books daily at 19:00 in the program zone, all at once', async () => {
    const s = await streamer('Asia/Urumqi');
    const product = await createProduct(api.db.prisma);
    const booked = (
      await coordinator.ok(SERIES, { i: series(s.trainee.id, product.id, { from: '2027-03-01', until: '2027-03-21' }) })
    ).scheduleSessionSeries;
    expect(booked).toHaveLength(21);
    // 19:00 in Urumqi (UTC+6) is 13:00 UTC.
    expect(booked[0]).toMatchObject({
      scheduledStart: '2027-03-01T13:00:00.000Z',
      scheduledEnd: '2027-03-01T15:00:00.000Z',
      timeZone: 'Asia/Urumqi',
    });
    expect(booked[20].scheduledStart).toBe('2027-03-21T13:00:00.000Z');
    const weekdays = (
      await coordinator.ok(SERIES, {
        i: series(s.trainee.id, product.id, {
          startTime: '10:00',
          plannedMinutes: 60,
          weekdays: [1, 3],
          from: '2027-03-01',
          count: 4,
        }),
      })
    ).scheduleSessionSeries;
    expect(weekdays.map((x: { scheduledStart: string }) => x.scheduledStart.slice(0, 10))).toEqual([
      '2027-03-01',
      '2027-03-03',
      '2027-03-08',
      '2027-03-10',
    ]);
  });

  it('refuses the whole series when any occurrence clashes, listing each one with its date and reason', async () => {
    const s = await streamer();
    const product = await createProduct(api.db.prisma);
    // The streamer already streams on the 3rd; a team member works another streamer's session on the 5th.
    await live(s.trainee.id, s.team.id, '已排专场', new Date('2027-04-03T11:30:00Z'), 60);
    const other = await streamer();
    await api.db.prisma.teamMembership.updateMany({
      where: { teamId: other.team.id, role: 'ADS' },
      data: { userId: s.team.memberIds[1] },
    });
    await live(other.trainee.id, other.team.id, '别组专场', new Date('2027-04-05T12:00:00Z'), 60);
    const before = await api.db.prisma.liveSession.count({ where: { traineeId: s.trainee.id } });

    const r = await coordinator.request(SERIES, {
      i: series(s.trainee.id, product.id, { from: '2027-04-01', until: '2027-04-07' }),
    });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toBe('2 of 7 sessions clash; none was booked');
    const fields = r.errors![0].extensions!.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(['occurrences.2', 'occurrences.4']);
    expect(fields[0].message).toMatch(/^2027-04-03: .* already has “已排专场” at 2027-04-03 19:30–20:30$/);
    expect(fields[1].message).toMatch(/^2027-04-05: .* is on “别组专场” \(.*\) at 2027-04-05 20:00–21:00$/);
    expect(await api.db.prisma.liveSession.count({ where: { traineeId: s.trainee.id } })).toBe(before);
  });

  it('refuses more than 62 occurrences and an open-ended series on their fields', async () => {
    const s = await streamer();
    const product = await createProduct(api.db.prisma);
    expect(
      fieldsOf(
        await coordinator.request(SERIES, { i: series(s.trainee.id, product.id, { from: '2027-05-01', count: 63 }) }),
      ),
    ).toEqual(['count']);
    expect(
      fieldsOf(
        await coordinator.request(SERIES, {
          i: series(s.trainee.id, product.id, { from: '2027-05-01', until: '2027-08-01' }),
        }),
      ),
    ).toEqual(['until']);
    expect(
      fieldsOf(await coordinator.request(SERIES, { i: series(s.trainee.id, product.id, { from: '2027-05-01' }) })),
    ).toEqual(['until']);
  });

  it('SUPPORT books only for their own teams; trainees, sponsors and anonymous callers cannot book', async () => {
    const s = await streamer();
    const product = await createProduct(api.db.prisma);
    const member = await api.signIn('SUPPORT');
    const outsider = await api.signIn('SUPPORT');
    await api.db.prisma.teamMembership.updateMany({
      where: { teamId: s.team.id, role: 'PLANNER' },
      data: { userId: member.userId },
    });
    const input = (from: string) => series(s.trainee.id, product.id, { from, count: 2 });
    expect((await member.ok(SERIES, { i: input('2027-06-01') })).scheduleSessionSeries).toHaveLength(2);
    expect(fieldsOf(await outsider.request(SERIES, { i: input('2027-06-10') }))).toEqual(['traineeId']);
    const trainee = await api.signIn('TRAINEE', { traineeId: s.trainee.id });
    expect(codeOf(await trainee.request(SERIES, { i: input('2027-06-10') }))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(SERIES, { i: input('2027-06-10') }))).toBe('UNAUTHENTICATED');
  });
});

describe("the streamer's lessons", () => {
  const UPDATE = graphql(`
    mutation SchedulingUpdateSession($i: UpdateSessionInput!) {
      updateSession(input: $i) {
        id
        scheduledStart
      }
    }
  `);
  async function lesson(cohortId: string, date: string, startTime: string, endTime: string, topic: string) {
    await api.db.prisma.lesson.create({
      data: {
        cohortId,
        date: new Date(`${date}T00:00:00Z`),
        startTime,
        endTime,
        topic,
        kind: 'CLASS',
        location: '教室 1',
      },
    });
  }
  const single = (traineeId: string, productId: string, scheduledStart: string): ScheduleSessionInput => ({
    traineeId,
    platform: 'DOUYIN',
    scheduledStart,
    plannedMinutes: 60,
    title: '课上专场',
    items: [{ productId, livePrice: '9.90', commissionPct: '20' }],
  });

  it('refuses booking or moving a session over a lesson of the cohort, naming it in the program zone', async () => {
    const s = await streamer('Asia/Urumqi');
    const product = await createProduct(api.db.prisma);
    // 14:00–16:00 Urumqi time on 2 March is 08:00–10:00 UTC (16:00–18:00 in Beijing).
    await lesson(s.cohort.id, '2027-03-02', '14:00', '16:00', '投流实操');
    const before = await api.db.prisma.liveSession.count({ where: { traineeId: s.trainee.id } });

    const clash = await coordinator.request(SCHEDULE, {
      i: single(s.trainee.id, product.id, '2027-03-02T15:30:00+06:00'),
    });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors![0].extensions!.fields).toMatchObject([
      { field: 'scheduledStart', message: `${s.trainee.name} has the lesson “投流实操” at 2027-03-02 14:00–16:00` },
    ]);
    expect(await api.db.prisma.liveSession.count({ where: { traineeId: s.trainee.id } })).toBe(before);

    // Right after the lesson (16:00 Urumqi time) is free; so is 12:00–13:00 Urumqi time, which a lesson read in
    // China time (14:00–16:00 +08:00 = 12:00–14:00 Urumqi time) would have wrongly blocked.
    const booked = (
      await coordinator.ok(SCHEDULE, { i: single(s.trainee.id, product.id, '2027-03-02T16:00:00+06:00') })
    ).scheduleSession;
    expect(booked.scheduledStart).toBe('2027-03-02T10:00:00.000Z');
    await coordinator.ok(SCHEDULE, { i: single(s.trainee.id, product.id, '2027-03-02T12:00:00+06:00') });

    // Moving the booked session back into the lesson is refused the same way.
    const moved = await coordinator.request(UPDATE, {
      // The schedule input without its trainee, as an update.
      i: {
        ...single(s.trainee.id, product.id, '2027-03-02T13:30:00+06:00'),
        traineeId: undefined,
        id: booked.id,
      } as UpdateSessionInput,
    });
    expect(codeOf(moved)).toBe('CONFLICT');
    expect(moved.errors![0].message).toContain('“投流实操” at 2027-03-02 14:00–16:00');
    const kept = await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: booked.id } });
    expect(kept.scheduledStart.toISOString()).toBe('2027-03-02T10:00:00.000Z');

    // Another cohort's lesson at that hour does not concern this streamer.
    const other = await streamer('Asia/Urumqi');
    await lesson(other.cohort.id, '2027-03-03', '14:00', '16:00', '别班课');
    await coordinator.ok(SCHEDULE, { i: single(s.trainee.id, product.id, '2027-03-03T14:00:00+06:00') });
  });

  it('refuses a series when an occurrence falls on a lesson, listing the lesson beside any double booking', async () => {
    const s = await streamer('Asia/Urumqi');
    const product = await createProduct(api.db.prisma);
    await lesson(s.cohort.id, '2027-04-02', '18:30', '20:00', '直播复盘');
    await live(s.trainee.id, s.team.id, '已排专场', new Date('2027-04-04T13:30:00Z'), 60);
    const r = await coordinator.request(SERIES, {
      i: series(s.trainee.id, product.id, { from: '2027-04-01', until: '2027-04-05' }),
    });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toBe('2 of 5 sessions clash; none was booked');
    expect(r.errors![0].extensions!.fields).toMatchObject([
      {
        field: 'occurrences.1',
        message: `2027-04-02: ${s.trainee.name} has the lesson “直播复盘” at 2027-04-02 18:30–20:00`,
      },
      {
        field: 'occurrences.3',
        message: `2027-04-04: ${s.trainee.name} already has “已排专场” at 2027-04-04 19:30–20:30`,
      },
    ]);
    expect(await api.db.prisma.liveSession.count({ where: { traineeId: s.trainee.id } })).toBe(1);
  });
});

describe('availability', () => {
  it("shows a week of lessons, the streamer's sessions and members' other sessions, and free slots around them", async () => {
    const s = await streamer();
    await api.db.prisma.lesson.create({
      data: {
        cohortId: s.cohort.id,
        date: new Date('2027-03-02T00:00:00Z'),
        startTime: '09:00',
        endTime: '11:30',
        topic: '话术训练',
        kind: 'CLASS',
        location: '教室 1',
      },
    });
    const own = await live(s.trainee.id, s.team.id, '周一专场', new Date('2027-03-01T11:00:00Z'), 120);
    const other = await streamer();
    await api.db.prisma.teamMembership.updateMany({
      where: { teamId: other.team.id, role: 'SCRIPT' },
      data: { userId: s.team.memberIds[0] },
    });
    await live(other.trainee.id, other.team.id, '别组周三', new Date('2027-03-03T11:00:00Z'), 60);
    const memberName = (await api.db.prisma.user.findUniqueOrThrow({ where: { id: s.team.memberIds[0] } })).name;

    const w = (await coordinator.ok(WEEK, { team: s.team.id, week: '2027-03-01', min: 60 })).availability;
    expect(w).toMatchObject({
      timeZone: 'Asia/Shanghai',
      weekStart: '2027-03-01',
      teamId: s.team.id,
      traineeId: s.trainee.id,
    });
    expect(w.days).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
    ]);
    expect(w.busy).toEqual([
      {
        kind: 'SESSION',
        title: '周一专场',
        start: '2027-03-01T11:00:00.000Z',
        end: '2027-03-01T13:00:00.000Z',
        who: s.trainee.name,
        sessionId: own.id,
      },
      {
        kind: 'LESSON',
        title: '话术训练',
        start: '2027-03-02T01:00:00.000Z',
        end: '2027-03-02T03:30:00.000Z',
        who: s.team.name,
        sessionId: null,
      },
      {
        kind: 'MEMBER_SESSION',
        title: '别组周三',
        start: '2027-03-03T11:00:00.000Z',
        end: '2027-03-03T12:00:00.000Z',
        who: `${memberName} · ${other.trainee.name}`,
        sessionId: expect.any(String),
      },
    ]);
    const starts = w.freeSlots.map((f: { start: string }) => f.start);
    // Monday 19:00–21:00 and Wednesday 19:00–20:00 China time are taken: the suggestions go around them.
    expect(starts.filter((x: string) => x.startsWith('2027-03-01'))).toEqual([
      '2027-03-01T10:00:00.000Z',
      '2027-03-01T13:00:00.000Z',
    ]);
    expect(starts.filter((x: string) => x.startsWith('2027-03-03'))).toEqual([
      '2027-03-03T10:00:00.000Z',
      '2027-03-03T12:00:00.000Z',
    ]);
    expect(starts.filter((x: string) => x.startsWith('2027-03-04'))).toEqual([
      '2027-03-04T11:00:00.000Z',
      '2027-03-04T12:00:00.000Z',
    ]);
    // The same week, asked for by the streamer.
    expect((await coordinator.ok(WEEK, { trainee: s.trainee.id, week: '2027-03-01' })).availability.busy).toHaveLength(
      3,
    );
  });

  it('is scoped: SUPPORT only their teams (another team answers as absent); trainees, sponsors, anonymous refused', async () => {
    const s = await streamer();
    const member = await api.signIn('SUPPORT');
    await api.db.prisma.teamMembership.updateMany({
      where: { teamId: s.team.id, role: 'FILMING' },
      data: { userId: member.userId },
    });
    const other = await streamer();
    expect((await member.ok(WEEK, { team: s.team.id, week: '2027-03-01' })).availability.teamId).toBe(s.team.id);
    expect(codeOf(await member.request(WEEK, { team: other.team.id, week: '2027-03-01' }))).toBe('NOT_FOUND');
    expect(codeOf(await member.request(WEEK, { trainee: other.trainee.id, week: '2027-03-01' }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await (
          await api.signIn('TRAINEE', { traineeId: s.trainee.id })
        ).request(WEEK, { team: s.team.id, week: '2027-03-01' }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await (await api.signIn('SPONSOR')).request(WEEK, { team: s.team.id, week: '2027-03-01' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.client().request(WEEK, { team: s.team.id, week: '2027-03-01' }))).toBe('UNAUTHENTICATED');
    expect(fieldsOf(await coordinator.request(WEEK, { week: '2027-03-01' }))).toEqual(['teamId']);
  });
});

describe("a program's time zone", () => {
  it('books, lists, counts and reports clashes of an Asia/Urumqi session in Urumqi time', async () => {
    const s = await streamer('Asia/Urumqi');
    const product = await createProduct(api.db.prisma);
    // 23:30 on 10 March in Urumqi is already 01:30 on the 11th in Beijing.
    const booked = (
      await coordinator.ok(SCHEDULE, {
        i: {
          traineeId: s.trainee.id,
          platform: 'DOUYIN',
          scheduledStart: '2027-03-10T23:30:00+06:00',
          plannedMinutes: 60,
          title: '夜场',
          items: [{ productId: product.id, livePrice: '9.90', commissionPct: '20' }],
        },
      })
    ).scheduleSession;
    expect(booked).toMatchObject({ scheduledStart: '2027-03-10T17:30:00.000Z', timeZone: 'Asia/Urumqi' });
    const listed = async (from: string, to: string) =>
      (await coordinator.ok(LIST, { from, to, c: s.cohort.id })).liveSessions.items.map((x: { id: string }) => x.id);
    expect(await listed('2027-03-10', '2027-03-10')).toEqual([booked.id]);
    expect(await listed('2027-03-11', '2027-03-11')).toEqual([]);
    expect((await coordinator.ok(DAYS, { from: '2027-03-09', to: '2027-03-12', c: s.cohort.id })).sessionDays).toEqual([
      { date: '2027-03-10', total: 1 },
    ]);

    const clash = await coordinator.request(SCHEDULE, {
      i: {
        traineeId: s.trainee.id,
        platform: 'DOUYIN',
        scheduledStart: '2027-03-10T23:00:00+06:00',
        plannedMinutes: 60,
        title: '夜场二',
        items: [],
      },
    });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors![0].message).toContain('at 2027-03-10 23:30–00:30');

    const week = (await coordinator.ok(WEEK, { team: s.team.id, week: '2027-03-08' })).availability;
    expect(week.timeZone).toBe('Asia/Urumqi');
    expect(week.busy.map((b: { title: string }) => b.title)).toEqual(['夜场']);
    // Suggestions are Urumqi prime time: 19:00 there is 13:00 UTC.
    expect(week.freeSlots[0].start).toBe('2027-03-08T13:00:00.000Z');
  });

  it("matches a platform export's times, written without an offset, in the session's program zone", async () => {
    const s = await streamer('Asia/Urumqi');
    await api.db.prisma.trainee.update({
      where: { id: s.trainee.id },
      data: { platformAccounts: [{ platform: 'DOUYIN', handle: 'kashgar_dates' }] },
    });
    // Went live 20:00 Urumqi time (14:00 UTC); Beijing's clock read 22:00, beyond the ±90 minute match window.
    const row = await live(s.trainee.id, s.team.id, '晚场', new Date('2027-03-12T14:00:00Z'), 120);
    await api.db.prisma.liveSession.update({
      where: { id: row.id },
      data: { status: 'LIVE', startedAt: new Date('2027-03-12T14:00:00Z') },
    });
    const csv = [
      '抖音号,开播时间,直播时长,累计观看人次,最高在线人数,涨粉人数,成交订单数,直播间成交金额,千川消耗',
      'kashgar_dates,2027-03-12 20:05,120,900,80,12,30,1500,200',
    ].join('\n');
    const IMPORT = graphql(`
      mutation SchedulingImportSessionResults($i: ImportResultsInput!) {
        importSessionResults(input: $i) {
          ...ImportJobFields
        }
      }
    `);
    expect(await imported(coordinator, IMPORT, { i: { platform: 'DOUYIN', csv } })).toEqual({
      imported: 1,
      rows: 1,
      problems: [],
    });
    const after = await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe('ENDED');
    // Ended 120 minutes after the export's start, read in Urumqi time: 14:05 + 2 h UTC.
    expect(after.endedAt!.toISOString()).toBe('2027-03-12T16:05:00.000Z');
  });

  it('a China-time session just after midnight is listed and counted on its own day', async () => {
    const cn = await streamer();
    const product = await createProduct(api.db.prisma);
    const cnSession = (
      await coordinator.ok(SCHEDULE, {
        i: {
          traineeId: cn.trainee.id,
          platform: 'DOUYIN',
          scheduledStart: '2027-03-11T01:00:00+08:00',
          plannedMinutes: 60,
          title: '早场',
          items: [{ productId: product.id, livePrice: '9.90', commissionPct: '20' }],
        },
      })
    ).scheduleSession;
    expect(
      (await coordinator.ok(LIST, { from: '2027-03-11', to: '2027-03-11', c: cn.cohort.id })).liveSessions.items.map(
        (x: { id: string }) => x.id,
      ),
    ).toEqual([cnSession.id]);
    // 01:00 China time is 17:00 UTC the day before: the calendar counts it on the 11th, its own day.
    expect((await coordinator.ok(DAYS, { from: '2027-03-09', to: '2027-03-12', c: cn.cohort.id })).sessionDays).toEqual(
      [{ date: '2027-03-11', total: 1 }],
    );
  });
});
