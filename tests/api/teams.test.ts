import { createTeam, createUser } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

/** Support teams: composition rules, the load cap, history, coverage gaps, and who can see which team. */
const api = useApi({ env: { GRASSROOTS_MAX_TRAINEES_PER_STAFF: '2' } });
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const TEAM = graphql(`
  query TeamsTeam($id: ID!) {
    team(id: $id) {
      id
    }
  }
`);
const CREATE_ASSIGNMENT = graphql(`
  mutation TeamsCreateAssignment($i: CreateAssignmentInput!) {
    createAssignment(input: $i) {
      id
    }
  }
`);
const TEAMS = graphql(`
  query TeamsTeams2 {
    teams {
      total
    }
  }
`);
const CREATE = graphql(`
  mutation TeamsCreateTeam($i: CreateTeamInput!) {
    createTeam(input: $i) {
      id
      name
      complete
      members {
        role
        user {
          id
          name
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation TeamsUpdateTeam($i: UpdateTeamInput!) {
    updateTeam(input: $i) {
      id
      complete
      members {
        role
        user {
          id
        }
      }
      memberHistory {
        role
        user {
          id
        }
        leftAt
      }
    }
  }
`);
const ASSIGN = graphql(`
  mutation TeamsAssignTeam($i: AssignTeamInput!) {
    assignTeam(input: $i) {
      id
      teamId
      traineeId
      endedAt
    }
  }
`);
const support = () => createUser(api.db.prisma, { role: 'SUPPORT' });

it('builds a 4-person team and refuses teams that break the rules, each on its field', async () => {
  const { cohort } = await cohortWithTrainees(api.db, 0);
  const [a, b, c, d] = await Promise.all([support(), support(), support(), support()]);
  const ok = await coordinator.ok(CREATE, {
    i: {
      cohortId: cohort.id,
      name: '红枣组',
      members: [
        { userId: a.id, role: 'SCRIPT' },
        { userId: b.id, role: 'ADS' },
        { userId: c.id, role: 'FILMING' },
        { userId: d.id, role: 'PLANNER' },
      ],
    },
  });
  expect(ok.createTeam).toMatchObject({ name: '红枣组', complete: true });
  expect(ok.createTeam.members.map((m) => m.role)).toEqual(['SCRIPT', 'ADS', 'FILMING', 'PLANNER']);

  const tooSmall = await coordinator.request(CREATE, {
    i: {
      cohortId: cohort.id,
      name: '两人组',
      members: [
        { userId: a.id, role: 'SCRIPT' },
        { userId: b.id, role: 'ADS' },
      ],
    },
  });
  expect(codeOf(tooSmall)).toBe('BAD_USER_INPUT');
  expect(tooSmall.errors![0].extensions!.fields!.map((f) => f.message)).toEqual([
    'A team has 3 to 4 members (this one has 2)',
    'Nobody covers filming',
  ]);

  const twice = await coordinator.request(CREATE, {
    i: {
      cohortId: cohort.id,
      name: '重复组',
      members: [
        { userId: a.id, role: 'SCRIPT' },
        { userId: b.id, role: 'ADS' },
        { userId: a.id, role: 'FILMING' },
      ],
    },
  });
  expect(fieldsOf(twice)).toEqual(['members.2.userId']);

  const trainer = await createUser(api.db.prisma, { role: 'COORDINATOR' });
  const notSupport = await coordinator.request(CREATE, {
    i: {
      cohortId: cohort.id,
      name: '错人组',
      members: [
        { userId: a.id, role: 'SCRIPT' },
        { userId: trainer.id, role: 'ADS' },
        { userId: c.id, role: 'FILMING' },
      ],
    },
  });
  expect(fieldsOf(notSupport)).toEqual(['members.1.userId']);

  const dup = await coordinator.request(CREATE, {
    i: {
      cohortId: cohort.id,
      name: '红枣组',
      members: [
        { userId: a.id, role: 'SCRIPT' },
        { userId: b.id, role: 'ADS' },
        { userId: c.id, role: 'FILMING' },
      ],
    },
  });
  expect(codeOf(dup)).toBe('CONFLICT');
});

it('assigns a team to trainees of its cohort, keeps history when a trainee moves, and refuses a second assignment', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 2);
  const other = await cohortWithTrainees(api.db, 1);
  const t1 = await createTeam(api.db.prisma, { cohortId: cohort.id });
  const t2 = await createTeam(api.db.prisma, { cohortId: cohort.id, size: 3 });
  await coordinator.ok(ASSIGN, { i: { teamId: t1.id, traineeId: trainees[0].id } });
  expect(codeOf(await coordinator.request(ASSIGN, { i: { teamId: t1.id, traineeId: trainees[0].id } }))).toBe(
    'CONFLICT',
  );
  const outsider = await coordinator.request(ASSIGN, { i: { teamId: t1.id, traineeId: other.trainees[0].id } });
  expect(fieldsOf(outsider)).toEqual(['traineeId']);

  await coordinator.ok(ASSIGN, { i: { teamId: t2.id, traineeId: trainees[0].id } });
  const history = await coordinator.ok(
    graphql(`
      query TeamsTrainee($id: ID!) {
        trainee(id: $id) {
          supportTeam {
            id
          }
          teamHistory {
            teamId
            endedAt
            endReason
          }
        }
      }
    `),
    { id: trainees[0].id },
  );
  expect(history.trainee.supportTeam.id).toBe(t2.id);
  expect(history.trainee.teamHistory).toEqual([
    { teamId: t2.id, endedAt: null, endReason: null },
    { teamId: t1.id, endedAt: expect.any(String), endReason: expect.stringContaining('Moved to') },
  ]);
});

it('caps how many trainees one staff member supports across teams', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 3);
  const busy = await support();
  const teamA = await createTeam(api.db.prisma, {
    cohortId: cohort.id,
    size: 3,
    memberIds: [busy.id, (await support()).id, (await support()).id],
  });
  const teamB = await createTeam(api.db.prisma, {
    cohortId: cohort.id,
    size: 3,
    memberIds: [(await support()).id, busy.id, (await support()).id],
  });
  await coordinator.ok(ASSIGN, { i: { teamId: teamA.id, traineeId: trainees[0].id } });
  await coordinator.ok(ASSIGN, { i: { teamId: teamB.id, traineeId: trainees[1].id } });
  // The cap is 2 in this suite: a third trainee would take `busy` past it.
  const over = await coordinator.request(ASSIGN, { i: { teamId: teamA.id, traineeId: trainees[2].id } });
  expect(codeOf(over)).toBe('BAD_USER_INPUT');
  expect(over.errors![0].extensions!.fields).toMatchObject([
    { field: 'teamId', message: `${busy.name} already supports 2 trainees; the cap is 2` },
  ]);
  expect(await api.db.prisma.teamAssignment.count({ where: { traineeId: trainees[2].id } })).toBe(0);

  const workload = (
    await coordinator.ok(
      graphql(`
        query TeamsStaffWorkload {
          staffWorkload {
            user {
              id
            }
            load
            cap
            seats {
              teamId
              role
            }
          }
        }
      `),
    )
  ).staffWorkload;
  expect(workload.find((w) => w.user.id === busy.id)).toMatchObject({
    load: 2,
    cap: 2,
    seats: expect.arrayContaining([
      { teamId: teamA.id, role: 'SCRIPT' },
      { teamId: teamB.id, role: 'ADS' },
    ]),
  });
});

it('replaces a line-up keeping history, and counts a newcomer’s load', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, size: 3, traineeIds: [trainees[0].id] });
  const newcomer = await support();
  const r = await coordinator.ok(UPDATE, {
    i: {
      id: team.id,
      name: '新组',
      members: [
        { userId: team.memberIds[0], role: 'SCRIPT' },
        { userId: team.memberIds[1], role: 'ADS' },
        { userId: newcomer.id, role: 'FILMING' },
      ],
    },
  });
  expect(r.updateTeam.members.map((m) => m.user.id)).toEqual([team.memberIds[0], team.memberIds[1], newcomer.id]);
  expect(r.updateTeam.memberHistory.find((m) => m.user.id === team.memberIds[2])!.leftAt).not.toBeNull();

  const bad = await coordinator.request(UPDATE, {
    i: {
      id: team.id,
      name: '新组',
      members: [
        { userId: newcomer.id, role: 'SCRIPT' },
        { userId: team.memberIds[1], role: 'ADS' },
      ],
    },
  });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
});

it('lists active trainees without a complete team, including a team left short by a deactivated account', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 3);
  const team = await createTeam(api.db.prisma, {
    cohortId: cohort.id,
    size: 3,
    traineeIds: [trainees[0].id, trainees[1].id],
  });
  const gaps = async () =>
    (
      await coordinator.ok(
        graphql(`
          query TeamsTeamCoverageGaps($c: ID) {
            teamCoverageGaps(cohortId: $c) {
              trainee {
                id
              }
              problem
              teamId
            }
          }
        `),
        {
          c: cohort.id,
        },
      )
    ).teamCoverageGaps;
  expect(await gaps()).toEqual([{ trainee: { id: trainees[2].id }, problem: 'NO_TEAM', teamId: null }]);
  await api.db.prisma.user.update({ where: { id: team.memberIds[2] }, data: { active: false } });
  expect((await gaps()).map((g) => g.problem).sort()).toEqual(['INCOMPLETE_TEAM', 'INCOMPLETE_TEAM', 'NO_TEAM']);
  const stillAssignable = await coordinator.request(ASSIGN, { i: { teamId: team.id, traineeId: trainees[2].id } });
  expect(codeOf(stillAssignable)).toBe('CONFLICT');
});

describe('who sees which team and trainee', () => {
  it('SUPPORT reach only the trainees their teams back; trainees see their own team; sponsors and anonymous none', async () => {
    const { cohort, trainees } = await cohortWithTrainees(api.db, 2);
    const mine = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
    const theirs = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[1].id] });
    const member = await api.signIn('SUPPORT');
    await api.db.prisma.teamMembership.update({
      where: {
        id: (await api.db.prisma.teamMembership.findFirstOrThrow({ where: { teamId: mine.id, role: 'PLANNER' } })).id,
      },
      data: { userId: member.userId },
    });

    const teams = (
      await member.ok(
        graphql(`
          query TeamsTeams {
            teams {
              items {
                id
              }
            }
          }
        `),
      )
    ).teams.items.map((t) => t.id);
    expect(teams).toEqual([mine.id]);
    expect(codeOf(await member.request(TEAM, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(
      (
        await member.ok(
          graphql(`
            query TeamsTrainee2($id: ID!) {
              trainee(id: $id) {
                id
                name
              }
            }
          `),
          { id: trainees[0].id },
        )
      ).trainee.id,
    ).toBe(trainees[0].id);
    expect(
      codeOf(
        await member.request(
          graphql(`
            query TeamsTrainee3($id: ID!) {
              trainee(id: $id) {
                id
              }
            }
          `),
          { id: trainees[1].id },
        ),
      ),
    ).toBe('NOT_FOUND');
    const listed = (
      await member.ok(
        graphql(`
          query TeamsTrainees {
            trainees(pageSize: 100) {
              items {
                id
              }
            }
          }
        `),
      )
    ).trainees.items.map((t) => t.id);
    expect(listed).toEqual([trainees[0].id]);
    // Assignments: a SUPPORT member's "whole cohort" is the trainees their teams back.
    const created = await member.ok(CREATE_ASSIGNMENT, {
      i: {
        cohortId: cohort.id,
        title: '脚本练习',
        kind: 'SCRIPT_WRITING',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxScore: 10,
      },
    });
    const subs = await api.db.prisma.submission.findMany({
      where: { assignmentId: created.createAssignment.id },
      select: { traineeId: true },
    });
    expect(subs.map((s) => s.traineeId)).toEqual([trainees[0].id]);
    const notMine = await member.request(CREATE_ASSIGNMENT, {
      i: {
        cohortId: cohort.id,
        title: '脚本练习',
        kind: 'SCRIPT_WRITING',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxScore: 10,
        traineeIds: [trainees[1].id],
      },
    });
    expect(fieldsOf(notMine)).toEqual(['traineeIds.0']);

    const trainee = await api.signIn('TRAINEE', { traineeId: trainees[1].id });
    const own = (
      await trainee.ok(
        graphql(`
          query TeamsMyTrainee {
            myTrainee {
              supportTeam {
                id
                members {
                  role
                  user {
                    name
                  }
                }
              }
            }
          }
        `),
      )
    ).myTrainee.supportTeam;
    expect(own.id).toBe(theirs.id);
    expect(own.members).toHaveLength(4);
    expect(codeOf(await trainee.request(TEAM, { id: mine.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await trainee.request(
          graphql(`
            query TeamsStaffWorkload2 {
              staffWorkload {
                load
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');

    const sponsor = await api.signIn('SPONSOR');
    expect(codeOf(await sponsor.request(TEAMS))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(TEAMS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await member.request(ASSIGN, { i: { teamId: mine.id, traineeId: trainees[0].id } }))).toBe(
      'FORBIDDEN',
    );
  });
});

it('ends a trainee’s support with a reason, keeping the record', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  const END = graphql(`
    mutation TeamsEndTeamAssignment($i: EndTeamAssignmentInput!) {
      endTeamAssignment(input: $i) {
        endedAt
        endReason
      }
    }
  `);
  expect(fieldsOf(await coordinator.request(END, { i: { traineeId: trainees[0].id, reason: '' } }))).toEqual([
    'reason',
  ]);
  const ended = (await coordinator.ok(END, { i: { traineeId: trainees[0].id, reason: '学员转入短视频方向' } }))
    .endTeamAssignment;
  expect(ended).toMatchObject({ endedAt: expect.any(String), endReason: '学员转入短视频方向' });
  const t = (
    await coordinator.ok(
      graphql(`
        query TeamsTrainee4($id: ID!) {
          trainee(id: $id) {
            supportTeam {
              id
            }
            teamHistory {
              endReason
            }
          }
        }
      `),
      {
        id: trainees[0].id,
      },
    )
  ).trainee;
  expect(t).toEqual({ supportTeam: null, teamHistory: [{ endReason: '学员转入短视频方向' }] });
  expect(codeOf(await coordinator.request(END, { i: { traineeId: trainees[0].id, reason: '再次结束' } }))).toBe(
    'NOT_FOUND',
  );
});

it('lists teams in natural order on every page: 疏附2组 before 疏附10组 (issue 15, item 9)', async () => {
  const { cohort } = await cohortWithTrainees(api.db, 0);
  for (const name of ['疏附10组', '疏附1组', '疏附2组', '疏附11组', '疏附3组'])
    await createTeam(api.db.prisma, { cohortId: cohort.id, size: 3, name });
  const page = async (n: number) =>
    (
      await coordinator.ok(
        graphql(`
          query TeamsTeams4($c: ID, $p: Int) {
            teams(cohortId: $c, page: $p, pageSize: 2) {
              total
              items {
                name
              }
            }
          }
        `),
        { c: cohort.id, p: n },
      )
    ).teams;
  const pages = await Promise.all([1, 2, 3].map(page));
  expect(pages[0].total).toBe(5);
  expect(pages.flatMap((p) => p.items.map((t: { name: string }) => t.name))).toEqual([
    '疏附1组',
    '疏附2组',
    '疏附3组',
    '疏附10组',
    '疏附11组',
  ]);
});
