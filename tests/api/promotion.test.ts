import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';

/**
 * Short-term → long-term: the best graduates of a program's short class go on to its long-term incubation. All or
 * none, one active enrolment at a time, the short-term enrolment kept as the history; COORDINATOR/ADMIN only.
 */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const PROMOTE = graphql(`
  mutation PromotionPromoteGraduates($i: PromoteGraduatesInput!) {
    promoteGraduates(input: $i) {
      id
      status
      cohort {
        id
      }
      trainee {
        id
        status
      }
    }
  }
`);

async function county() {
  const p = api.db.prisma;
  const sponsor = await createSponsor(p);
  const program = await createProgram(p, { sponsorId: sponsor.id });
  const short = await createCohort(p, { programId: program.id, track: 'SHORT_TERM', status: 'COMPLETED' });
  const long = await createCohort(p, { programId: program.id, track: 'LONG_TERM', status: 'RECRUITING', capacity: 3 });
  const grads = [await createTrainee(p, { status: 'GRADUATED' }), await createTrainee(p, { status: 'GRADUATED' })];
  for (const t of grads) await createEnrolment(p, { traineeId: t.id, cohortId: short.id, status: 'COMPLETED' });
  return { sponsor, program, short, long, grads };
}

it('enrols graduates into the long-term cohort, keeps the short-term enrolment as history and tells the trainee', async () => {
  const { short, long, grads } = await county();
  const me = await api.signIn('TRAINEE', { traineeId: grads[0].id });
  const out = (
    await coordinator.ok(PROMOTE, {
      i: { fromCohortId: short.id, toCohortId: long.id, traineeIds: grads.map((g) => g.id) },
    })
  ).promoteGraduates;
  expect(out.map((e) => [e.trainee.id, e.cohort.id, e.status, e.trainee.status])).toEqual(
    grads.map((g) => [g.id, long.id, 'ACTIVE', 'ENROLLED']),
  );

  const history = await api.db.prisma.enrolment.findMany({
    where: { traineeId: grads[0].id },
    orderBy: { enrolledAt: 'asc' },
    select: { cohortId: true, status: true },
  });
  expect(history).toEqual([
    { cohortId: short.id, status: 'COMPLETED' },
    { cohortId: long.id, status: 'ACTIVE' },
  ]);
  const told = await api.db.prisma.notification.findMany({
    where: { kind: 'ENROLMENT_CHANGED', eventKey: { startsWith: `enrolment:${out[0].id}` } },
    select: { recipientId: true },
  });
  expect(told.map((n) => n.recipientId)).toEqual([me.userId]);

  // The trainee sees both enrolments, the finished one and the new one.
  const mine = (
    await me.ok(
      graphql(`
        query PromotionMyTrainee {
          myTrainee {
            enrolments {
              status
              cohort {
                id
              }
            }
          }
        }
      `),
    )
  ).myTrainee.enrolments;
  expect(mine.map((e) => `${e.cohort.id}:${e.status}`).sort()).toEqual(
    [`${long.id}:ACTIVE`, `${short.id}:COMPLETED`].sort(),
  );
});

it('refuses a cohort of another program or track with a field error, and changes nothing', async () => {
  const { short, grads } = await county();
  const elsewhere = await createCohort(api.db.prisma, { track: 'LONG_TERM', status: 'RECRUITING' });
  const r = await coordinator.request(PROMOTE, {
    i: { fromCohortId: short.id, toCohortId: elsewhere.id, traineeIds: [grads[0].id] },
  });
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions!.fields).toMatchObject([
    { field: 'toCohortId', message: 'Choose a long-term cohort of the same program' },
  ]);
  const sibling = await createCohort(api.db.prisma, {
    programId: short.programId,
    track: 'SHORT_TERM',
    status: 'RECRUITING',
  });
  expect(
    fieldsOf(
      await coordinator.request(PROMOTE, {
        i: { fromCohortId: short.id, toCohortId: sibling.id, traineeIds: [grads[0].id] },
      }),
    ),
  ).toEqual(['toCohortId']);
  expect(await api.db.prisma.enrolment.count({ where: { traineeId: grads[0].id } })).toBe(1);
});

it('refuses non-graduates and trainees with another active enrolment, all or nothing', async () => {
  const p = api.db.prisma;
  const { short, long, grads } = await county();
  const stillIn = await createTrainee(p, { status: 'ACTIVE' });
  await createEnrolment(p, { traineeId: stillIn.id, cohortId: short.id });
  const busy = grads[1];
  await createEnrolment(p, { traineeId: busy.id, cohortId: (await createCohort(p, { status: 'IN_PROGRESS' })).id });
  const r = await coordinator.request(PROMOTE, {
    i: { fromCohortId: short.id, toCohortId: long.id, traineeIds: [grads[0].id, stillIn.id, busy.id] },
  });
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions!.fields).toMatchObject([
    { field: 'traineeIds.1', message: 'Not a graduate of this cohort' },
    { field: 'traineeIds.2', message: 'Already has an active enrolment' },
  ]);
  expect(await p.enrolment.count({ where: { cohortId: long.id } })).toBe(0);
  expect((await p.trainee.findUniqueOrThrow({ where: { id: grads[0].id } })).status).toBe('GRADUATED');
});

it('is for coordinators and admins only; a sponsor, support, a trainee and anonymous are refused', async () => {
  const { sponsor, short, long, grads } = await county();
  const input = { i: { fromCohortId: short.id, toCohortId: long.id, traineeIds: [grads[0].id] } };
  for (const role of ['SUPPORT', 'QC_INSPECTOR', 'AFTERSALES_AGENT'] as const)
    expect(codeOf(await (await api.signIn(role)).request(PROMOTE, input))).toBe('FORBIDDEN');
  expect(codeOf(await (await api.signIn('SPONSOR', { sponsorId: sponsor.id })).request(PROMOTE, input))).toBe(
    'FORBIDDEN',
  );
  expect(codeOf(await (await api.signIn('TRAINEE', { traineeId: grads[0].id })).request(PROMOTE, input))).toBe(
    'FORBIDDEN',
  );
  expect(codeOf(await api.client().request(PROMOTE, input))).toBe('UNAUTHENTICATED');
  expect(await api.db.prisma.enrolment.count({ where: { cohortId: long.id } })).toBe(0);
  const admin = await api.signIn('ADMIN');
  expect((await admin.ok(PROMOTE, input)).promoteGraduates).toHaveLength(1);
});

it('refuses an unknown source cohort as not found', async () => {
  const { long, grads } = await county();
  expect(
    codeOf(
      await coordinator.request(PROMOTE, {
        i: { fromCohortId: 'nope', toCohortId: long.id, traineeIds: [grads[0].id] },
      }),
    ),
  ).toBe('NOT_FOUND');
});
