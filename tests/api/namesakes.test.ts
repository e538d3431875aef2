import {
  createCohort,
  createEnrolment,
  createProgram,
  createSponsor,
  createTeam,
  createTrainee,
  createUser,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';

/**
 * Three 热依拉·艾力 in one cohort: wherever trainees are listed, each carries a hint that tells them apart (phone
 * tail, hometown), only when someone else the caller reaches shares the shown name, and only from what the caller
 * is shown anyway (a sponsor: the phone tail of the masked number, never the hometown). Batched: no N+1.
 */
const api = useApi({ env: { GRASSROOTS_JOBS: 'off' } });
let coordinator: GqlClient;
let sponsor: GqlClient;
let cohortId: string;
let rayilas: Awaited<ReturnType<typeof createTrainee>>[];
let other: Awaited<ReturnType<typeof createTrainee>>;
let loner: Awaited<ReturnType<typeof createTrainee>>;

beforeAll(async () => {
  const p = api.db.prisma;
  const s = await createSponsor(p);
  const cohort = await createCohort(p, {
    programId: (await createProgram(p, { sponsorId: s.id })).id,
    status: 'IN_PROGRESS',
  });
  cohortId = cohort.id;
  rayilas = [
    await createTrainee(p, { name: '热依拉·艾力', phone: '13800001111', hometown: '伽师县', status: 'ACTIVE' }),
    await createTrainee(p, { name: '热依拉·艾力', phone: '13900002222', hometown: '疏附县', status: 'ACTIVE' }),
    await createTrainee(p, { name: '热依拉·艾力', phone: '15800003333', hometown: '疏勒县', status: 'ACTIVE' }),
  ];
  other = await createTrainee(p, { name: '热合曼·吐尔逊', phone: '18600004444', hometown: '伽师县', status: 'ACTIVE' });
  loner = await createTrainee(p, {
    name: '古丽娜尔·阿不都',
    phone: '17700005555',
    hometown: '疏附县',
    status: 'ACTIVE',
  });
  for (const t of [...rayilas, other, loner]) await createEnrolment(p, { traineeId: t.id, cohortId });
  coordinator = await api.as('COORDINATOR');
  sponsor = await api.signIn('SPONSOR', { sponsorId: s.id });
});

const TRAINEE_HINT = graphql(`
  query NamesakesTrainee($id: ID!) {
    trainee(id: $id) {
      nameHint {
        phoneTail
      }
    }
  }
`);
const ROSTER = graphql(`
  query NamesakesCohort($id: ID!) {
    cohort(id: $id) {
      enrolments {
        trainee {
          id
          name
          phone
          hometown
          nameHint {
            phoneTail
            hometown
          }
        }
      }
    }
  }
`);
type Row = {
  id: string;
  name: string;
  phone: string;
  hometown: string | null;
  nameHint: { phoneTail: string; hometown: string | null } | null;
};
const roster = async (c: GqlClient): Promise<Map<string, Row>> =>
  new Map(
    (await c.ok(ROSTER, { id: cohortId })).cohort.enrolments.map((e: { trainee: Row }) => [e.trainee.id, e.trainee]),
  );

it('gives staff the phone tail and hometown of each namesake, and nothing for a unique name', async () => {
  const seen = await roster(coordinator);
  expect(rayilas.map((t) => seen.get(t.id)!.nameHint)).toEqual([
    { phoneTail: '1111', hometown: '伽师县' },
    { phoneTail: '2222', hometown: '疏附县' },
    { phoneTail: '3333', hometown: '疏勒县' },
  ]);
  expect(seen.get(other.id)!.nameHint).toBeNull();
  expect(seen.get(loner.id)!.nameHint).toBeNull();
  // The same in the trainee list and a search (the pickers' query).
  const list = (
    await coordinator.ok(
      graphql(`
        query NamesakesTrainees {
          trainees(search: "热依拉", pageSize: 100) {
            items {
              id
              nameHint {
                phoneTail
              }
            }
          }
        }
      `),
    )
  ).trainees.items;
  expect(list.map((t) => t.nameHint.phoneTail).sort()).toEqual(['1111', '2222', '3333']);
});

it('gives a sponsor hints by the pseudonym it sees, from the masked phone only, never the hometown', async () => {
  const seen = await roster(sponsor);
  // 热依拉·艾力 and 热合曼·吐尔逊 are all 热** to a sponsor: four namesakes; 古** is alone.
  for (const t of [...rayilas, other]) {
    const r = seen.get(t.id)!;
    expect(r.name).toBe('热**');
    expect(r.hometown).toBeNull();
    expect(r.nameHint).toEqual({ phoneTail: r.phone.slice(-4), hometown: null });
    expect(r.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  }
  expect(seen.get(loner.id)!.nameHint).toBeNull();
  // Another sponsor reaches none of them.
  const stranger = await api.signIn('SPONSOR', { sponsorId: (await createSponsor(api.db.prisma)).id });
  const r = await stranger.request(TRAINEE_HINT, {
    id: rayilas[0].id,
  });
  expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

it('counts only the namesakes the caller reaches: support staff backing one of them, a trainee themselves', async () => {
  const support = await api.signIn('SUPPORT');
  await createTeam(api.db.prisma, {
    cohortId,
    traineeIds: [rayilas[0].id],
    memberIds: [
      support.userId,
      ...(await Promise.all([1, 2, 3].map(() => createUser(api.db.prisma, { role: 'SUPPORT' })))).map((u) => u.id),
    ],
  });
  const d = await support.ok(TRAINEE_HINT, { id: rayilas[0].id });
  expect(d.trainee.nameHint).toBeNull();
  const me = await api.signIn('TRAINEE', { traineeId: rayilas[1].id });
  expect(
    (
      await me.ok(
        graphql(`
          query NamesakesMyTrainee {
            myTrainee {
              nameHint {
                phoneTail
              }
            }
          }
        `),
      )
    ).myTrainee.nameHint,
  ).toBeNull();
  // Anonymous callers reach no trainee at all.
  expect(
    (
      await api.client().request(
        graphql(`
          query NamesakesTrainees2 {
            trainees {
              items {
                nameHint {
                  phoneTail
                }
              }
            }
          }
        `),
      )
    ).errors?.[0]?.extensions?.code,
  ).toBe('UNAUTHENTICATED');
});

it('resolves the hints in batch: the statement count does not grow with the roster', async () => {
  const count = async () => {
    const before = api.db.stats.statements;
    await coordinator.ok(ROSTER, { id: cohortId });
    return api.db.stats.statements - before;
  };
  const few = await count();
  for (let i = 0; i < 10; i++) {
    const t = await createTrainee(api.db.prisma, { name: i % 2 ? '热依拉·艾力' : `学员甲${i}`, status: 'ACTIVE' });
    await createEnrolment(api.db.prisma, { traineeId: t.id, cohortId });
  }
  expect(await count()).toBe(few);
});

it('marks the namesakes on a lesson’s attendance sheet, counted within that class', async () => {
  const lesson = await api.db.prisma.lesson.create({
    data: {
      cohortId,
      date: new Date('2026-10-12T00:00:00Z'),
      startTime: '10:00',
      endTime: '12:00',
      topic: '直播话术',
      kind: 'CLASS',
      location: '直播间',
    },
  });
  const sheet = (
    await coordinator.ok(
      graphql(`
        query NamesakesLesson($id: ID!) {
          lesson(id: $id) {
            attendanceSheet {
              traineeId
              nameHint {
                phoneTail
                hometown
              }
            }
          }
        }
      `),
      { id: lesson.id },
    )
  ).lesson.attendanceSheet;
  const hint = new Map(sheet.map((r) => [r.traineeId, r.nameHint]));
  expect(hint.get(rayilas[0].id)).toEqual({ phoneTail: '1111', hometown: '伽师县' });
  expect(hint.get(other.id)).toBeNull();
  expect(hint.get(loner.id)).toBeNull();
});
