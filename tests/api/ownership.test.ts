import { createTeam, createUser } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';
import { buildWorld, type World } from '../support/world';

const TRAINEE_BY_ID = graphql(`
  query OwnershipTrainee($id: ID!) {
    trainee(id: $id) {
      id
    }
  }
`);
const COHORT = graphql(`
  query OwnershipCohort2($id: ID!) {
    cohort(id: $id) {
      id
    }
  }
`);
const PROGRAM = graphql(`
  query OwnershipProgram($id: ID!) {
    program(id: $id) {
      id
    }
  }
`);
const TRAINEE_NATIONAL_ID = graphql(`
  query OwnershipTraineeNationalId($id: ID!) {
    trainee(id: $id) {
      nationalId
    }
  }
`);

/** "Not yours" and "absent" answer alike: by id, by list, and through nested relations. */
const api = useApi();
let w: World;
let traineeA1: GqlClient;
let sponsorA: GqlClient;
let coordinator: GqlClient;
let support: GqlClient;

beforeAll(async () => {
  w = await buildWorld(api.db);
  traineeA1 = await api.signIn('TRAINEE', { traineeId: w.traineeA1.id });
  sponsorA = await api.signIn('SPONSOR', { sponsorId: w.sponsorA.id });
  coordinator = await api.as('COORDINATOR');
  support = await api.as('SUPPORT');
  // The SUPPORT user is on the team backing trainee A1 (and nobody else).
  const others = await Promise.all([
    createUser(api.db.prisma, { role: 'SUPPORT' }),
    createUser(api.db.prisma, { role: 'SUPPORT' }),
  ]);
  await createTeam(api.db.prisma, {
    cohortId: w.cohortA.id,
    size: 3,
    memberIds: [(support as any).userId, ...others.map((u) => u.id)],
    traineeIds: [w.traineeA1.id],
  });
});

describe('a trainee', () => {
  it('sees their own profile and cohort', async () => {
    const d = await traineeA1.ok(
      graphql(`
        query OwnershipMyTrainee {
          myTrainee {
            id
            name
            phone
            nationalIdMasked
            enrolments {
              status
              cohort {
                id
                name
                program {
                  name
                }
              }
            }
          }
        }
      `),
    );
    expect(d.myTrainee).toMatchObject({ id: w.traineeA1.id, phone: '13812345678' });
    expect(d.myTrainee.enrolments.map((e) => e.cohort.id)).toEqual([w.cohortA.id]);
  });

  it('cannot read another trainee by id, and lists only themself', async () => {
    expect(codeOf(await traineeA1.request(TRAINEE_BY_ID, { id: w.traineeA2.id }))).toBe('NOT_FOUND');
    expect(codeOf(await traineeA1.request(TRAINEE_BY_ID, { id: 'does-not-exist' }))).toBe('NOT_FOUND');
    const list = await traineeA1.ok(
      graphql(`
        query OwnershipTrainees {
          trainees {
            total
            items {
              id
            }
          }
        }
      `),
    );
    expect(list.trainees).toEqual({ total: 1, items: [{ id: w.traineeA1.id }] });
  });

  it('does not reach classmates through the cohort, nor other cohorts or programs', async () => {
    const d = await traineeA1.ok(
      graphql(`
        query OwnershipCohort($id: ID!) {
          cohort(id: $id) {
            enrolledCount
            enrolments {
              trainee {
                id
              }
            }
          }
        }
      `),
      { id: w.cohortA.id },
    );
    expect(d.cohort.enrolledCount).toBe(2);
    expect(d.cohort.enrolments.map((e) => e.trainee.id)).toEqual([w.traineeA1.id]);
    expect(codeOf(await traineeA1.request(COHORT, { id: w.cohortB.id }))).toBe('NOT_FOUND');
    expect(codeOf(await traineeA1.request(PROGRAM, { id: w.programB.id }))).toBe('NOT_FOUND');
    const programs = await traineeA1.ok(
      graphql(`
        query OwnershipPrograms {
          programs {
            items {
              id
              cohorts {
                id
              }
            }
          }
        }
      `),
    );
    expect(programs.programs.items).toEqual([{ id: w.programA.id, cohorts: [{ id: w.cohortA.id }] }]);
    const enrolments = await traineeA1.ok(
      graphql(`
        query OwnershipEnrolments {
          enrolments {
            items {
              id
            }
          }
        }
      `),
    );
    expect(enrolments.enrolments.items).toEqual([{ id: w.enrolA1.id }]);
  });

  it('cannot see the sponsor organisation records or national ID numbers', async () => {
    expect(
      codeOf(
        await traineeA1.request(
          graphql(`
            query OwnershipSponsors {
              sponsors {
                total
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await traineeA1.request(
          graphql(`
            query OwnershipMyTrainee2 {
              myTrainee {
                nationalId
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('a sponsor', () => {
  it("sees only their own organisation's programs, by list and by id", async () => {
    const d = await sponsorA.ok(
      graphql(`
        query OwnershipPrograms2 {
          programs {
            total
            items {
              id
              sponsor {
                id
              }
            }
          }
          sponsors {
            items {
              id
            }
          }
        }
      `),
    );
    expect(d.programs.items).toEqual([{ id: w.programA.id, sponsor: { id: w.sponsorA.id } }]);
    expect(d.sponsors.items).toEqual([{ id: w.sponsorA.id }]);
    expect(codeOf(await sponsorA.request(PROGRAM, { id: w.programB.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await sponsorA.request(
          graphql(`
            query OwnershipSponsor($id: ID!) {
              sponsor(id: $id) {
                id
              }
            }
          `),
          { id: w.sponsorB.id },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('does not reach another sponsor through cohorts, enrolments or trainees', async () => {
    expect(codeOf(await sponsorA.request(COHORT, { id: w.cohortB.id }))).toBe('NOT_FOUND');
    expect(codeOf(await sponsorA.request(TRAINEE_BY_ID, { id: w.traineeB.id }))).toBe('NOT_FOUND');
    const cohorts = await sponsorA.ok(
      graphql(`
        query OwnershipCohorts {
          cohorts {
            items {
              id
              program {
                id
              }
            }
          }
        }
      `),
    );
    expect(cohorts.cohorts.items).toEqual([{ id: w.cohortA.id, program: { id: w.programA.id } }]);
    const enrolments = await sponsorA.ok(
      graphql(`
        query OwnershipEnrolments2 {
          enrolments {
            total
          }
        }
      `),
    );
    expect(enrolments.enrolments.total).toBe(2);
    const trainees = await sponsorA.ok(
      graphql(`
        query OwnershipTrainees2 {
          trainees {
            items {
              id
            }
          }
        }
      `),
    );
    expect(trainees.trainees.items.map((t) => t.id).sort()).toEqual([w.traineeA1.id, w.traineeA2.id].sort());
  });

  it('gets de-identified trainees: masked phone, no national ID', async () => {
    const d = await sponsorA.ok(
      graphql(`
        query OwnershipTrainee4($id: ID!) {
          trainee(id: $id) {
            phone
            nationalIdMasked
          }
        }
      `),
      {
        id: w.traineeA1.id,
      },
    );
    expect(d.trainee.phone).toBe('138****5678');
    expect(d.trainee.nationalIdMasked).toBeNull();
    expect(codeOf(await sponsorA.request(TRAINEE_NATIONAL_ID, { id: w.traineeA1.id }))).toBe('FORBIDDEN');
  });
});

describe('MCN staff', () => {
  it('see every sponsor and program', async () => {
    const d = await coordinator.ok(
      graphql(`
        query OwnershipPrograms3 {
          programs {
            total
          }
          sponsors {
            total
          }
          cohorts {
            total
          }
          trainees {
            total
          }
        }
      `),
    );
    expect(d).toEqual({
      programs: { total: 2 },
      sponsors: { total: 2 },
      cohorts: { total: 2 },
      trainees: { total: 4 },
    });
  });

  it('see a national ID number only as ADMIN/COORDINATOR, and every reveal is audited', async () => {
    const d = await coordinator.ok(
      graphql(`
        query OwnershipTrainee6($id: ID!) {
          trainee(id: $id) {
            nationalId
            nationalIdMasked
          }
        }
      `),
      {
        id: w.traineeA1.id,
      },
    );
    expect(d.trainee.nationalId).toMatch(/^\d{17}[\dX]$/);
    expect(d.trainee.nationalId.slice(-4)).toBe(d.trainee.nationalIdMasked.slice(-4));
    const audit = await api.db.prisma.auditLog.findFirst({
      where: { action: 'Trainee.nationalId.reveal', targetIds: { has: w.traineeA1.id } },
    });
    expect(audit?.actorId).toBe((coordinator as any).userId);
    expect(codeOf(await support.request(TRAINEE_NATIONAL_ID, { id: w.traineeA1.id }))).toBe('FORBIDDEN');
    // SUPPORT staff reach only the trainees their teams back.
    expect(
      codeOf(
        await support.request(
          graphql(`
            query OwnershipTrainee8($id: ID!) {
              trainee(id: $id) {
                name
              }
            }
          `),
          { id: w.traineeA2.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    // …and the national ID number is not stored in clear.
    const raw = await (
      await api.db.sql()
    ).query<{ nationalIdCipher: string }>('SELECT "nationalIdCipher" FROM "Trainee" WHERE id = $1', [w.traineeA1.id]);
    expect(raw[0].nationalIdCipher).not.toContain(d.trainee.nationalId);
  });

  it('record denied attempts in the audit log', async () => {
    await support.request(
      graphql(`
        mutation OwnershipCreateSponsor {
          createSponsor(input: { name: "x", region: "x", contactName: "x", contactPhone: "13800000000" }) {
            id
          }
        }
      `),
    );
    const denied = await api.db.prisma.auditLog.findFirst({
      where: { action: 'Mutation.createSponsor', result: 'DENIED' },
    });
    expect(denied?.actorRole).toBe('SUPPORT');
  });
});
