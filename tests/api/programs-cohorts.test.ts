import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateTraineeInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';

const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const CREATE_SPONSOR = graphql(`
  mutation ProgramsCohortsCreateSponsor($i: CreateSponsorInput!) {
    createSponsor(input: $i) {
      id
      name
      contactEmail
    }
  }
`);
const CREATE_PROGRAM = graphql(`
  mutation ProgramsCohortsCreateProgram($i: CreateProgramInput!) {
    createProgram(input: $i) {
      id
      name
      budget
      targetGmv
      startDate
      endDate
      sponsor {
        name
      }
    }
  }
`);
const CREATE_COHORT = graphql(`
  mutation ProgramsCohortsCreateCohort($i: CreateCohortInput!) {
    createCohort(input: $i) {
      id
      name
      status
      capacity
      seatsLeft
      program {
        id
      }
    }
  }
`);
const UPDATE_COHORT = graphql(`
  mutation ProgramsCohortsUpdateCohort($i: UpdateCohortInput!) {
    updateCohort(input: $i) {
      id
      status
      capacity
    }
  }
`);
const ENROL = graphql(`
  mutation ProgramsCohortsEnrolTrainees($i: EnrolTraineesInput!) {
    enrolTrainees(input: $i) {
      id
      status
      trainee {
        id
        status
      }
    }
  }
`);

describe('sponsors → programs → cohorts', () => {
  it('creates the chain with money as exact decimal strings', async () => {
    const s = await coordinator.ok(CREATE_SPONSOR, {
      i: {
        name: '疏附县乡村振兴局',
        region: '新疆喀什地区疏附县',
        contactName: '王建军',
        contactPhone: '0998-5621234',
        contactEmail: '',
      },
    });
    expect(s.createSponsor.contactEmail).toBeNull();
    const p = await coordinator.ok(CREATE_PROGRAM, {
      i: {
        sponsorId: s.createSponsor.id,
        name: '2026 直播带货培训',
        region: '疏附县',
        startDate: '2026-09-01',
        endDate: '2027-03-31',
        budget: '480000.10',
        targetShortTermTrainees: 15,
        targetLongTermTrainees: 10,
        targetGmv: '1200000',
      },
    });
    expect(p.createProgram).toMatchObject({
      budget: '480000.10',
      targetGmv: '1200000.00',
      startDate: '2026-09-01',
      sponsor: { name: '疏附县乡村振兴局' },
    });
    const c = await coordinator.ok(CREATE_COHORT, {
      i: {
        programId: p.createProgram.id,
        name: '第一期',
        track: 'SHORT_TERM',
        startDate: '2026-09-07',
        endDate: '2026-09-26',
        capacity: 20,
        location: '电商产业园',
      },
    });
    expect(c.createCohort).toMatchObject({ status: 'PLANNED', seatsLeft: 20, program: { id: p.createProgram.id } });
    const dup = await coordinator.request(CREATE_COHORT, {
      i: {
        programId: p.createProgram.id,
        name: '第一期',
        track: 'SHORT_TERM',
        startDate: '2026-09-07',
        endDate: '2026-09-26',
        capacity: 20,
        location: '电商产业园',
      },
    });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['name']);
  });

  it('reports every bad field of a program at once, by code and field', async () => {
    const r = await coordinator.request(CREATE_PROGRAM, {
      i: {
        sponsorId: '',
        name: 'x',
        region: '',
        startDate: '2026-02-30',
        endDate: '2026-01-01',
        budget: '12.345',
        targetShortTermTrainees: -1,
        targetLongTermTrainees: 0,
        targetGmv: 'lots',
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual([
      'budget',
      'endDate',
      'name',
      'region',
      'sponsorId',
      'startDate',
      'targetGmv',
      'targetShortTermTrainees',
    ]);
    expect(await api.db.prisma.program.count({ where: { name: 'x' } })).toBe(0);
  });

  it('keeps cohorts inside their program dates and capacity above enrolments, and moves status forward only', async () => {
    const program = await createProgram(api.db.prisma, {
      startDate: new Date('2026-09-01'),
      endDate: new Date('2026-12-31'),
    });
    const outside = await coordinator.request(CREATE_COHORT, {
      i: {
        programId: program.id,
        name: '越界',
        track: 'LONG_TERM',
        startDate: '2026-08-01',
        endDate: '2027-01-10',
        capacity: 5,
        location: '基地',
      },
    });
    expect(fieldsOf(outside)).toEqual(['endDate', 'startDate']);
    const cohort = await createCohort(api.db.prisma, { programId: program.id, capacity: 5, status: 'RECRUITING' });
    const t = await createTrainee(api.db.prisma);
    await coordinator.ok(ENROL, { i: { cohortId: cohort.id, traineeIds: [t.id] } });
    expect(fieldsOf(await coordinator.request(UPDATE_COHORT, { i: { id: cohort.id, capacity: 0 } }))).toEqual([
      'capacity',
    ]);
    expect(
      (await coordinator.ok(UPDATE_COHORT, { i: { id: cohort.id, status: 'IN_PROGRESS', capacity: 1 } })).updateCohort,
    ).toMatchObject({ status: 'IN_PROGRESS', capacity: 1 });
    const back = await coordinator.request(UPDATE_COHORT, { i: { id: cohort.id, status: 'PLANNED' } });
    expect(codeOf(back)).toBe('CONFLICT');
    expect(codeOf(await coordinator.request(UPDATE_COHORT, { i: { id: 'nope', name: 'x1' } }))).toBe('NOT_FOUND');
  });

  it('runs a program in China time unless it names another IANA zone, and refuses a made-up zone on its field', async () => {
    const sponsor = await createSponsor(api.db.prisma);
    const p = await createProgram(api.db.prisma, { sponsorId: sponsor.id });
    const UPDATE = graphql(`
      mutation ProgramsCohortsUpdateProgram($i: UpdateProgramInput!) {
        updateProgram(input: $i) {
          id
          timeZone
        }
      }
    `);
    expect(
      (
        await coordinator.ok(
          graphql(`
            query ProgramsCohortsProgram($id: ID!) {
              program(id: $id) {
                timeZone
              }
            }
          `),
          { id: p.id },
        )
      ).program.timeZone,
    ).toBe('Asia/Shanghai');
    const bad = await coordinator.request(UPDATE, { i: { id: p.id, timeZone: 'Asia/Beijing' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['timeZone']);
    expect((await coordinator.ok(UPDATE, { i: { id: p.id, timeZone: 'Asia/Urumqi' } })).updateProgram.timeZone).toBe(
      'Asia/Urumqi',
    );
  });

  it('counts a program’s trainees as its report does: enrolled = in training + graduated + dropped out (issue 15, item 4)', async () => {
    const sponsor = await createSponsor(api.db.prisma);
    const p = await createProgram(api.db.prisma, { sponsorId: sponsor.id });
    const c = await createCohort(api.db.prisma, { programId: p.id });
    for (const status of ['ACTIVE', 'ACTIVE', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'WITHDRAWN'] as const) {
      await createEnrolment(api.db.prisma, {
        traineeId: (await createTrainee(api.db.prisma)).id,
        cohortId: c.id,
        status,
      });
    }
    const got = (
      await coordinator.ok(
        graphql(`
          query ProgramsCohortsProgram2($id: ID!) {
            program(id: $id) {
              traineeCounts {
                enrolled
                inTraining
                graduated
                dropped
              }
            }
          }
        `),
        { id: p.id },
      )
    ).program;
    expect(got.traineeCounts).toEqual({ enrolled: 6, inTraining: 2, graduated: 3, dropped: 1 });
  });

  it('refuses page sizes over 100 with a field error', async () => {
    const r = await coordinator.request(
      graphql(`
        query ProgramsCohortsCohorts {
          cohorts(pageSize: 101) {
            total
          }
        }
      `),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['pageSize']);
  });

  it('searches, filters and paginates', async () => {
    const sponsor = await createSponsor(api.db.prisma, { name: '定西市人社局' });
    const program = await createProgram(api.db.prisma, { sponsorId: sponsor.id, name: '定西马铃薯直播' });
    for (let i = 1; i <= 7; i++)
      await createCohort(api.db.prisma, {
        programId: program.id,
        name: `定西第${i}期`,
        track: i % 2 ? 'SHORT_TERM' : 'LONG_TERM',
      });
    const page2 = await coordinator.ok(
      graphql(`
        query ProgramsCohortsCohorts2($p: ID) {
          cohorts(programId: $p, page: 2, pageSize: 3, search: "定西") {
            total
            page
            items {
              name
            }
          }
        }
      `),
      { p: program.id },
    );
    expect(page2.cohorts.total).toBe(7);
    expect(page2.cohorts.items).toHaveLength(3);
    const long = await coordinator.ok(
      graphql(`
        query ProgramsCohortsCohorts3($p: ID) {
          cohorts(programId: $p, track: LONG_TERM) {
            total
          }
        }
      `),
      {
        p: program.id,
      },
    );
    expect(long.cohorts.total).toBe(3);
    const programs = await coordinator.ok(
      graphql(`
        query ProgramsCohortsPrograms {
          programs(search: "马铃薯") {
            items {
              name
              cohortCount
              enrolledCount
            }
          }
        }
      `),
    );
    expect(programs.programs.items).toEqual([{ name: '定西马铃薯直播', cohortCount: 7, enrolledCount: 0 }]);
  });
});

describe('enrolment', () => {
  it('enrols all or none, enforces capacity and one active enrolment per program, and moves APPLIED to ENROLLED', async () => {
    const program = await createProgram(api.db.prisma);
    const small = await createCohort(api.db.prisma, { programId: program.id, capacity: 2, name: '小班' });
    const other = await createCohort(api.db.prisma, { programId: program.id, capacity: 10, name: '大班' });
    const [a, b, c] = [
      await createTrainee(api.db.prisma),
      await createTrainee(api.db.prisma),
      await createTrainee(api.db.prisma),
    ];

    const tooMany = await coordinator.request(ENROL, { i: { cohortId: small.id, traineeIds: [a.id, b.id, c.id] } });
    expect(codeOf(tooMany)).toBe('CONFLICT');
    expect(fieldsOf(tooMany)).toEqual(['traineeIds']);
    expect(await api.db.prisma.enrolment.count({ where: { cohortId: small.id } })).toBe(0);

    const ok = await coordinator.ok(ENROL, { i: { cohortId: small.id, traineeIds: [a.id, b.id] } });
    expect(ok.enrolTrainees.map((e) => e.trainee.status)).toEqual(['ENROLLED', 'ENROLLED']);

    const twice = await coordinator.request(ENROL, { i: { cohortId: other.id, traineeIds: [c.id, a.id] } });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(fieldsOf(twice)).toEqual(['traineeIds.1']);
    expect(await api.db.prisma.enrolment.count({ where: { cohortId: other.id } })).toBe(0); // c was not written either

    const missing = await coordinator.request(ENROL, { i: { cohortId: other.id, traineeIds: ['nope'] } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');

    const full = await coordinator.request(ENROL, { i: { cohortId: small.id, traineeIds: [c.id] } });
    expect(codeOf(full)).toBe('CONFLICT');

    // Withdrawing frees the seat and the program.
    const WITHDRAW = graphql(`
      mutation ProgramsCohortsWithdrawEnrolment($i: WithdrawEnrolmentInput!) {
        withdrawEnrolment(input: $i) {
          status
          withdrawReason
        }
      }
    `);
    const w = await coordinator.ok(WITHDRAW, { i: { id: ok.enrolTrainees[0].id, reason: '家中农忙，下期再来' } });
    expect(w.withdrawEnrolment).toEqual({ status: 'WITHDRAWN', withdrawReason: '家中农忙，下期再来' });
    expect(codeOf(await coordinator.request(WITHDRAW, { i: { id: ok.enrolTrainees[0].id, reason: 'again' } }))).toBe(
      'CONFLICT',
    );
    await coordinator.ok(ENROL, { i: { cohortId: other.id, traineeIds: [a.id] } });
    await coordinator.ok(ENROL, { i: { cohortId: small.id, traineeIds: [c.id] } });
    const available = await coordinator.ok(
      graphql(`
        query ProgramsCohortsTrainees($c: ID) {
          trainees(availableForCohortId: $c) {
            items {
              id
            }
          }
        }
      `),
      {
        c: other.id,
      },
    );
    expect(available.trainees.items.map((t) => t.id)).not.toContain(a.id);
  });

  it('does not overbook the last seat when two coordinators enrol at the same moment', async () => {
    const cohort = await createCohort(api.db.prisma, { capacity: 1 });
    const [a, b] = [await createTrainee(api.db.prisma), await createTrainee(api.db.prisma)];
    const other = await api.signIn('COORDINATOR');
    const results = await Promise.all([
      coordinator.request(ENROL, { i: { cohortId: cohort.id, traineeIds: [a.id] } }),
      other.request(ENROL, { i: { cohortId: cohort.id, traineeIds: [b.id] } }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await api.db.prisma.enrolment.count({ where: { cohortId: cohort.id, status: 'ACTIVE' } })).toBe(1);
  });
});

describe('trainees', () => {
  const CREATE = graphql(`
    mutation ProgramsCohortsCreateTrainee($i: CreateTraineeInput!) {
      createTrainee(input: $i) {
        id
        status
        phone
        nationalIdMasked
        platformAccounts {
          platform
          handle
        }
      }
    }
  `);
  it('validates identity fields and refuses a second registration of the same ID number', async () => {
    const input: CreateTraineeInput = {
      name: '热依拉',
      phone: '13999887766',
      nationalId: '11010519491231002x',
      hometown: '疏附县',
      platformAccounts: [{ platform: 'DOUYIN', handle: '热依拉的红枣' }],
    };
    const t = await coordinator.ok(CREATE, { i: input });
    expect(t.createTrainee).toMatchObject({
      status: 'APPLIED',
      nationalIdMasked: '110105********002X',
      platformAccounts: [{ platform: 'DOUYIN', handle: '热依拉的红枣' }],
    });
    const again = await coordinator.request(CREATE, { i: { ...input, phone: '13999887700' } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldsOf(again)).toEqual(['nationalId']);
    const bad = await coordinator.request(CREATE, { i: { ...input, phone: '1234', nationalId: '110105194912310021' } });
    expect(fieldsOf(bad)).toEqual(['nationalId', 'phone']);
    const skip = await coordinator.request(
      graphql(`
        mutation ProgramsCohortsUpdateTrainee($i: UpdateTraineeInput!) {
          updateTrainee(input: $i) {
            status
          }
        }
      `),
      { i: { id: t.createTrainee.id, status: 'GRADUATED' } },
    );
    expect(codeOf(skip)).toBe('CONFLICT');
  });
});
