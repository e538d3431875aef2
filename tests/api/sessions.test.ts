import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProduct,
  createTeam,
  createTrainee,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { Provenance, ScheduleSessionInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { imported } from '../support/imports';
import { xlsxOf } from '../support/spreadsheets';
import { cohortWithTrainees } from '../support/world';

/** Live sessions: QC gate, double booking, lifecycle, results arithmetic, CSV import and who sees what. */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const CANCEL_SESSION = graphql(`
  mutation SessionsCancelSession($i: CancelSessionInput!) {
    cancelSession(input: $i) {
      status
    }
  }
`);
const LIVE_SESSION = graphql(`
  query SessionsLiveSession4($id: ID!) {
    liveSession(id: $id) {
      id
    }
  }
`);
const LIVE_SESSIONS = graphql(`
  query SessionsLiveSessions3 {
    liveSessions {
      total
    }
  }
`);
const SCHEDULE = graphql(`
  mutation SessionsScheduleSession($i: ScheduleSessionInput!) {
    scheduleSession(input: $i) {
      id
      status
      teamId
      version
      items {
        id
        position
        product {
          name
        }
      }
    }
  }
`);
const START = graphql(`
  mutation SessionsStartSession($id: ID!) {
    startSession(id: $id) {
      status
      startedAt
      version
    }
  }
`);
const END = graphql(`
  mutation SessionsEndSession($id: ID!) {
    endSession(id: $id) {
      status
      endedAt
      version
    }
  }
`);
const RESULTS = graphql(`
  mutation SessionsRecordSessionResults($i: RecordResultsInput!) {
    recordSessionResults(input: $i) {
      status
      version
      results {
        gmv
        refunds
        adSpend
        commission
        netResult
        conversionRate
        gmvPerViewer
        provenance {
          gmv
          refunds
          commission
          netResult
        }
      }
    }
  }
`);
const IMPORT = graphql(`
  mutation SessionsImportSessionResults($i: ImportResultsInput!) {
    importSessionResults(input: $i) {
      ...ImportJobFields
    }
  }
`);

/** A cohort with `n` active trainees, each with a Douyin account, all backed by one complete team. */
let handles = 0;
async function streamers(n = 1) {
  const { cohort, trainees } = await cohortWithTrainees(api.db, n, {
    trainee: () => ({ platformAccounts: [{ platform: 'DOUYIN', handle: `farmer_${++handles}` }] }),
  });
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: trainees.map((t) => t.id) });
  return { cohort, trainees, team };
}
let day = 10;
/** A fresh evening slot (China time) some days ahead, so tests never collide. */
const slot = (hh = '20:00') => `${new Date(Date.now() + day++ * 86_400_000).toISOString().slice(0, 10)}T${hh}:00+08:00`;
const session = (
  traineeId: string,
  productId: string,
  scheduledStart = slot(),
  plannedMinutes = 120,
): ScheduleSessionInput => ({
  traineeId,
  platform: 'DOUYIN',
  scheduledStart,
  plannedMinutes,
  title: '疏附红枣专场',
  scriptUrl: 'https://docs.example.com/script/1',
  items: [{ productId, livePrice: '39.90', commissionPct: '25' }],
});

it('schedules a session with the trainee’s team, and the QC gate refuses an unchecked product by name', async () => {
  const { trainees, team } = await streamers();
  const good = await createProduct(api.db.prisma, { name: '疏附红枣 500g' });
  const pending = await createProduct(api.db.prisma, { name: '未检核桃', status: 'PENDING_QC' });
  const s = (await coordinator.ok(SCHEDULE, { i: session(trainees[0].id, good.id) })).scheduleSession;
  expect(s).toMatchObject({
    status: 'SCHEDULED',
    teamId: team.id,
    items: [{ position: 1, product: { name: '疏附红枣 500g' } }],
  });

  const refused = await coordinator.request(SCHEDULE, {
    i: {
      ...session(trainees[0].id, good.id),
      items: [
        { productId: good.id, livePrice: '39.90', commissionPct: '25' },
        { productId: pending.id, livePrice: '59', commissionPct: '20' },
      ],
    },
  });
  expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors![0].extensions!.fields).toMatchObject([
    { field: 'items.1.productId', message: '未检核桃: is waiting for QC' },
    { field: 'items.1.productId', message: '未检核桃: no passed QC inspection' },
  ]);

  const lonely = await createTrainee(api.db.prisma, { status: 'ACTIVE' });
  expect(fieldsOf(await coordinator.request(SCHEDULE, { i: session(lonely.id, good.id) }))).toEqual(['traineeId']);
});

it('refuses double booking of the streamer or of a team member, and lets back-to-back and cancelled slots through', async () => {
  const a = await streamers();
  const product = await createProduct(api.db.prisma);
  const start = slot('20:00');
  const first = (await coordinator.ok(SCHEDULE, { i: session(a.trainees[0].id, product.id, start) })).scheduleSession;

  const overlap = await coordinator.request(SCHEDULE, {
    i: session(a.trainees[0].id, product.id, start.replace('20:00', '21:30')),
  });
  expect(codeOf(overlap)).toBe('CONFLICT');
  expect(overlap.errors![0].message).toMatch(/already has “疏附红枣专场”/);

  const backToBack = await coordinator.request(SCHEDULE, {
    i: session(a.trainees[0].id, product.id, start.replace('20:00', '22:00'), 60),
  });
  expect(backToBack.errors).toBeUndefined();

  // Another streamer whose team shares the ADS person with the first team.
  const cohort = await createCohort(api.db.prisma, { status: 'IN_PROGRESS' });
  const t2 = await createTrainee(api.db.prisma, { status: 'ACTIVE' });
  await createEnrolment(api.db.prisma, { traineeId: t2.id, cohortId: cohort.id });
  const shared = a.team.memberIds[1];
  const b = await createTeam(api.db.prisma, {
    cohortId: cohort.id,
    size: 3,
    memberIds: [(await api.signIn('SUPPORT')).userId, shared, (await api.signIn('SUPPORT')).userId],
    traineeIds: [t2.id],
  });
  expect(b.id).toBeTruthy();
  const crew = await coordinator.request(SCHEDULE, { i: session(t2.id, product.id, start.replace('20:00', '20:30')) });
  expect(codeOf(crew)).toBe('CONFLICT');
  expect(crew.errors![0].extensions!.fields![0]).toMatchObject({
    field: 'scheduledStart',
    message: expect.stringMatching(/is on “疏附红枣专场”/),
  });

  await coordinator.ok(CANCEL_SESSION, {
    i: { id: first.id, reason: '主播生病' },
  });
  // (20:30–21:30: clear of the back-to-back 22:00 session that the shared ADS person also works)
  expect(
    (await coordinator.request(SCHEDULE, { i: session(t2.id, product.id, start.replace('20:00', '20:30'), 60) }))
      .errors,
  ).toBeUndefined();
});

it('runs SCHEDULED → LIVE → ENDED, refuses illegal moves, re-checks the gate on going live, and computes the net result', async () => {
  const { trainees } = await streamers();
  const apples = await createProduct(api.db.prisma, { name: '阿克苏苹果' });
  const honey = await createProduct(api.db.prisma, { name: '野花蜜' });
  const s = (
    await coordinator.ok(SCHEDULE, {
      i: {
        ...session(trainees[0].id, apples.id),
        items: [
          { productId: apples.id, livePrice: '49.90', commissionPct: '25' },
          { productId: honey.id, livePrice: '68', commissionPct: '20' },
        ],
      },
    })
  ).scheduleSession;
  expect(codeOf(await coordinator.request(END, { id: s.id }))).toBe('CONFLICT');

  // Suspended by QC by hand: the refusal gives QC's reason, not the after-sales loop's.
  const inspector = await api.signIn('QC_INSPECTOR');
  await inspector.ok(
    graphql(`
      mutation SessionsSuspendProduct($i: SuspendProductInput!) {
        suspendProduct(input: $i) {
          status
        }
      }
    `),
    {
      i: { id: honey.id, reason: '抽检发现霉变' },
    },
  );
  const blocked = await coordinator.request(START, { id: s.id });
  expect(codeOf(blocked)).toBe('CONFLICT');
  expect(blocked.errors![0].message).toBe('Cannot go live: 野花蜜: is suspended: 抽检发现霉变');
  await api.db.prisma.product.update({ where: { id: honey.id }, data: { status: 'APPROVED' } });

  expect((await coordinator.ok(START, { id: s.id })).startSession.status).toBe('LIVE');
  expect(codeOf(await coordinator.request(START, { id: s.id }))).toBe('CONFLICT');
  expect(
    codeOf(
      await coordinator.request(CANCEL_SESSION, {
        i: { id: s.id, reason: '太晚了' },
      }),
    ),
  ).toBe('CONFLICT');
  const ended = (await coordinator.ok(END, { id: s.id })).endSession;
  expect(ended.status).toBe('ENDED');

  const f = <T>(value: T, provenance: Provenance = 'MANUAL') => ({ value, provenance });
  const input = {
    sessionId: s.id,
    version: ended.version,
    actualMinutes: f(118),
    viewers: f(2000, 'PLATFORM_EXPORT'),
    peakViewers: f(85),
    newFollowers: f(30),
    orders: f(40, 'PLATFORM_EXPORT'),
    gmv: f('3000.10', 'PLATFORM_EXPORT'),
    adSpend: f('450.00', 'PLATFORM_EXPORT'),
    refunds: f('300.01'),
    items: [
      { itemId: s.items[0].id, unitsSold: 40, gmv: '2000.00' },
      { itemId: s.items[1].id, unitsSold: 15, gmv: '1000.10' },
    ],
  };
  const r = (await coordinator.ok(RESULTS, { i: input })).recordSessionResults;
  // commission (2000.00 × 25 % + 1000.10 × 20 %) × (3000.10 − 300.01) / 3000.10 = 630.02; net = 3000.10 − 300.01 − 630.02 − 450.00
  expect(r.results).toMatchObject({
    gmv: '3000.10',
    refunds: '300.01',
    commission: '630.02',
    netResult: '1620.07',
    gmvPerViewer: '1.50',
  });
  expect(r.results.conversionRate).toBeCloseTo(0.02);
  expect(r.results.provenance).toEqual({
    gmv: 'PLATFORM_EXPORT',
    refunds: 'MANUAL',
    commission: 'MANUAL',
    netResult: 'MANUAL',
  });

  const stale = await coordinator.request(RESULTS, { i: input });
  expect(codeOf(stale)).toBe('CONFLICT');
  const tooMuch = await coordinator.request(RESULTS, { i: { ...input, version: r.version, peakViewers: f(5000) } });
  expect(fieldsOf(tooMuch)).toEqual(['peakViewers.value']);
});

it('imports results from a Douyin export: a bad file writes nothing and reports every bad row; a good one fills the figures', async () => {
  const { trainees, team } = await streamers(2);
  const start = new Date(Date.now() - 3 * 86_400_000);
  start.setUTCHours(12, 0, 0, 0); // 20:00 China time
  const a = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start,
    status: 'LIVE',
  });
  const b = await createLiveSession(api.db.prisma, {
    traineeId: trainees[1].id,
    teamId: team.id,
    start,
    status: 'SCHEDULED',
  });
  const day = new Date(start.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const handle = (i: number) => (trainees[i].platformAccounts as { handle: string }[])[0].handle;
  const header = '抖音号,开播时间,直播时长,累计观看人次,最高在线人数,涨粉人数,成交订单数,直播间成交金额,千川消耗';
  const bad = [
    header,
    `${handle(0)},${day} 20:05,2小时,1.2万,310,45,88,"¥6,120.00",900`,
    `${handle(1)},${day} 20:00,120,800,40,3,5,300,`,
    `nobody,${day} 20:00,120,800,40,3,5,abc,`,
  ].join('\n');
  const report = await imported(coordinator, IMPORT, { i: { platform: 'DOUYIN', csv: bad } });
  expect(report.imported).toBe(0);
  expect(report.problems).toEqual([
    { row: 3, column: 'start', message: expect.stringContaining('was never started') },
    { row: 4, column: 'gmv', message: expect.any(String) },
  ]);
  expect((await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: a.id } })).gmv).toBeNull();

  const good = [header, `${handle(0)},${day} 20:05,2小时,1.2万,310,45,88,"¥6,120.00",900`].join('\n');
  expect(await imported(coordinator, IMPORT, { i: { platform: 'DOUYIN', csv: good } })).toEqual({
    imported: 1,
    rows: 1,
    problems: [],
  });
  const got = (
    await coordinator.ok(
      graphql(`
        query SessionsLiveSession2($id: ID!) {
          liveSession(id: $id) {
            status
            results {
              viewers
              orders
              gmv
              adSpend
              provenance {
                gmv
                viewers
                adSpend
                refunds
              }
            }
          }
        }
      `),
      { id: a.id },
    )
  ).liveSession;
  expect(got).toEqual({
    status: 'ENDED',
    results: {
      viewers: 12000,
      orders: 88,
      gmv: '6120.00',
      adSpend: '900.00',
      provenance: { gmv: 'PLATFORM_EXPORT', viewers: 'PLATFORM_EXPORT', adSpend: 'PLATFORM_EXPORT', refunds: 'MANUAL' },
    },
  });
  expect((await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('SCHEDULED');
});

it('reads a Douyin .xlsx export directly: date-time cells, numbers and money as numbers', async () => {
  const { trainees, team } = await streamers(1);
  const start = new Date(Date.now() - 2 * 86_400_000);
  start.setUTCHours(12, 0, 0, 0); // 20:00 China time
  const s = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start,
    status: 'LIVE',
  });
  const day = new Date(start.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const handle = (trainees[0].platformAccounts as { handle: string }[])[0].handle;
  // Excel keeps the export's wall-clock time (China) with no zone: a cell of 20:05 that day.
  const file = await xlsxOf([
    [
      '抖音号',
      '开播时间',
      '直播时长',
      '累计观看人次',
      '最高在线人数',
      '涨粉人数',
      '成交订单数',
      '直播间成交金额',
      '千川消耗',
    ],
    [handle, new Date(`${day}T20:05:00Z`), 118, 15000, 320, 45, 88, 6120.5, 900],
  ]);
  expect(
    await imported(coordinator, IMPORT, {
      i: { platform: 'DOUYIN', file: file.toString('base64'), fileName: '直播数据.xlsx' },
    }),
  ).toEqual({ imported: 1, rows: 1, problems: [] });
  const got = (
    await coordinator.ok(
      graphql(`
        query SessionsLiveSession3($id: ID!) {
          liveSession(id: $id) {
            status
            results {
              viewers
              orders
              gmv
              adSpend
            }
          }
        }
      `),
      {
        id: s.id,
      },
    )
  ).liveSession;
  expect(got).toEqual({ status: 'ENDED', results: { viewers: 15000, orders: 88, gmv: '6120.50', adSpend: '900.00' } });
});

describe('who sees which session', () => {
  it('trainees their own, SUPPORT their teams’, sponsors only program aggregates, anonymous nothing', async () => {
    const mine = await streamers();
    const theirs = await streamers();
    const product = await createProduct(api.db.prisma);
    const start = new Date(Date.now() - 86_400_000);
    const own = await createLiveSession(api.db.prisma, {
      traineeId: mine.trainees[0].id,
      teamId: mine.team.id,
      start,
      status: 'ENDED',
      gmv: '1234.50',
      productIds: [product.id],
    });
    const other = await createLiveSession(api.db.prisma, {
      traineeId: theirs.trainees[0].id,
      teamId: theirs.team.id,
      start,
      status: 'ENDED',
      gmv: '99.00',
    });

    const trainee = await api.signIn('TRAINEE', { traineeId: mine.trainees[0].id });
    const listed = (
      await trainee.ok(
        graphql(`
          query SessionsLiveSessions {
            liveSessions(pageSize: 100) {
              items {
                id
                items {
                  product {
                    name
                  }
                }
                results {
                  gmv
                }
              }
            }
          }
        `),
      )
    ).liveSessions.items;
    expect(listed.map((s) => s.id)).toEqual([own.id]);
    expect(listed[0].results.gmv).toBe('1234.50');
    expect(codeOf(await trainee.request(LIVE_SESSION, { id: other.id }))).toBe('NOT_FOUND');
    expect(codeOf(await trainee.request(START, { id: own.id }))).toBe('FORBIDDEN');
    const perf = (
      await trainee.ok(
        graphql(`
          query SessionsTraineePerformance($t: ID!) {
            traineePerformance(traineeId: $t) {
              totals {
                sessions
                gmv
              }
              bestProducts {
                productName
              }
            }
          }
        `),
        { t: mine.trainees[0].id },
      )
    ).traineePerformance;
    expect(perf.totals).toEqual({ sessions: 1, gmv: '1234.50' });
    expect(
      codeOf(
        await trainee.request(
          graphql(`
            query SessionsTraineePerformance2($t: ID!) {
              traineePerformance(traineeId: $t) {
                totals {
                  gmv
                }
              }
            }
          `),
          {
            t: theirs.trainees[0].id,
          },
        ),
      ),
    ).toBe('NOT_FOUND');

    const member = await api.signIn('SUPPORT');
    await api.db.prisma.teamMembership.updateMany({
      where: { teamId: mine.team.id, role: 'PLANNER' },
      data: { userId: member.userId },
    });
    expect(
      (
        await member.ok(
          graphql(`
            query SessionsLiveSessions2 {
              liveSessions {
                items {
                  id
                }
              }
            }
          `),
        )
      ).liveSessions.items.map((s) => s.id),
    ).toEqual([own.id]);
    expect(codeOf(await member.request(LIVE_SESSION, { id: other.id }))).toBe('NOT_FOUND');
    const theirsSession = (await coordinator.ok(SCHEDULE, { i: session(theirs.trainees[0].id, product.id) }))
      .scheduleSession;
    expect(codeOf(await member.request(START, { id: theirsSession.id }))).toBe('NOT_FOUND');
    expect(fieldsOf(await member.request(SCHEDULE, { i: session(theirs.trainees[0].id, product.id) }))).toEqual([
      'traineeId',
    ]);

    const cohort = await api.db.prisma.cohort.findUniqueOrThrow({
      where: { id: mine.cohort.id },
      include: { program: true },
    });
    const sponsor = await api.signIn('SPONSOR', { sponsorId: cohort.program.sponsorId });
    expect(codeOf(await sponsor.request(LIVE_SESSIONS))).toBe('FORBIDDEN');
    const sales = (
      await sponsor.ok(
        graphql(`
          query SessionsProgram($id: ID!) {
            program(id: $id) {
              liveSales {
                sessions
                gmv
              }
            }
          }
        `),
        { id: cohort.programId },
      )
    ).program.liveSales;
    expect(sales).toEqual({ sessions: 1, gmv: '1234.50' });
    expect(codeOf(await api.client().request(LIVE_SESSIONS))).toBe('UNAUTHENTICATED');
  });
});

it('shows per-day counts for a calendar and refuses a range over two months', async () => {
  const { trainees, team } = await streamers();
  const start = new Date('2026-03-10T12:00:00Z');
  await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start,
    status: 'ENDED',
    gmv: '100.00',
  });
  await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date('2026-03-10T15:00:00Z'),
    status: 'CANCELLED',
  });
  const days = (
    await coordinator.ok(
      graphql(`
        query SessionsSessionDays($t: ID) {
          sessionDays(from: "2026-03-01", to: "2026-03-31", traineeId: $t) {
            date
            total
            ended
            cancelled
            gmv
          }
        }
      `),
      { t: trainees[0].id },
    )
  ).sessionDays;
  expect(days).toEqual([{ date: '2026-03-10', total: 2, ended: 1, cancelled: 1, gmv: '100.00' }]);
  expect(
    fieldsOf(
      await coordinator.request(
        graphql(`
          query SessionsSessionDays2 {
            sessionDays(from: "2026-01-01", to: "2026-06-30") {
              date
            }
          }
        `),
      ),
    ),
  ).toEqual(['to']);
});

it('edits a scheduled session with the same checks, and refuses to edit one that has started', async () => {
  const { trainees } = await streamers(2);
  const product = await createProduct(api.db.prisma);
  const UPDATE = graphql(`
    mutation SessionsUpdateSession($i: UpdateSessionInput!) {
      updateSession(input: $i) {
        id
        title
        plannedMinutes
        items {
          position
        }
      }
    }
  `);
  const start = slot('19:00');
  const a = (await coordinator.ok(SCHEDULE, { i: session(trainees[0].id, product.id, start) })).scheduleSession;
  const b = (
    await coordinator.ok(SCHEDULE, { i: session(trainees[1].id, product.id, start.replace('19:00', '22:00')) })
  ).scheduleSession;
  const { traineeId: _t, ...editable } = session(trainees[0].id, product.id, start);
  const edited = (await coordinator.ok(UPDATE, { i: { ...editable, id: a.id, title: '改期专场', plannedMinutes: 90 } }))
    .updateSession;
  expect(edited).toMatchObject({ title: '改期专场', plannedMinutes: 90, items: [{ position: 1 }] });
  // Same team: moving session a onto session b's slot double-books the team.
  const clash = await coordinator.request(UPDATE, {
    i: { ...editable, id: a.id, scheduledStart: start.replace('19:00', '22:30') },
  });
  expect(codeOf(clash)).toBe('CONFLICT');
  expect(fieldsOf(await coordinator.request(UPDATE, { i: { ...editable, id: a.id, plannedMinutes: 5 } }))).toEqual([
    'plannedMinutes',
  ]);
  await coordinator.ok(START, { id: b.id });
  expect(codeOf(await coordinator.request(UPDATE, { i: { ...editable, id: b.id } }))).toBe('CONFLICT');
});

it('gives each session its program’s time zone, China time unless the program names another (issue 15, item 3)', async () => {
  const { cohort, trainees, team } = await streamers();
  const s = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date('2026-12-01T02:00:00Z'),
  });
  const Q = graphql(`
    query SessionsLiveSession($id: ID!) {
      liveSession(id: $id) {
        timeZone
      }
    }
  `);
  expect((await coordinator.ok(Q, { id: s.id })).liveSession.timeZone).toBe('Asia/Shanghai');
  const { programId } = await api.db.prisma.cohort.findUniqueOrThrow({
    where: { id: cohort.id },
    select: { programId: true },
  });
  await api.db.prisma.program.update({ where: { id: programId }, data: { timeZone: 'Asia/Urumqi' } });
  expect((await coordinator.ok(Q, { id: s.id })).liveSession.timeZone).toBe('Asia/Urumqi');
});
