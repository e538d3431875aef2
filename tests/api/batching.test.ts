import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProduct,
  createProgram,
  createSponsor,
  createTeam,
  createTrainee,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';

/** Relations are batched per request: the SQL count does not grow with the number of rows listed. */
// Statement counts are of the requests alone: no background jobs (the notification scan) in this process.
const api = useApi({ env: { GRASSROOTS_JOBS: 'off' } });
let coordinator: GqlClient;

beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
  const p = api.db.prisma;
  for (let s = 0; s < 5; s++) {
    const sponsor = await createSponsor(p);
    for (let g = 0; g < 2; g++) {
      const program = await createProgram(p, { sponsorId: sponsor.id });
      for (let c = 0; c < 5; c++) {
        const cohort = await createCohort(p, { programId: program.id });
        const t = await createTrainee(p);
        await createEnrolment(p, { traineeId: t.id, cohortId: cohort.id });
      }
    }
  }
});

const QUERY = graphql(`
  query BatchingCohorts($n: Int!) {
    cohorts(pageSize: $n) {
      items {
        id
        name
        enrolledCount
        seatsLeft
        program {
          id
          name
          enrolledCount
          sponsor {
            id
            name
          }
        }
        enrolments {
          id
          trainee {
            id
            name
          }
        }
      }
    }
  }
`);

async function statementsFor(n: number): Promise<{ statements: number; rows: number }> {
  const before = api.db.stats.statements;
  const d = await coordinator.ok(QUERY, { n });
  return { statements: api.db.stats.statements - before, rows: d.cohorts.items.length };
}

it('lists 30 cohorts with program, sponsor, counts and trainees in a bounded number of SQL statements', async () => {
  const five = await statementsFor(5);
  // 30: each cohort's unpaginated enrolments count as a cohort-sized list, so 50 cohorts is over the cost limit.
  const thirty = await statementsFor(30);
  expect(thirty.rows).toBe(30);
  if (process.env.SHOW_SQL_COUNTS)
    console.log(`SQL statements: 5 cohorts → ${five.statements}, 30 cohorts → ${thirty.statements}`);
  // session lookup + page + count + one per relation/aggregate, whatever the page size
  expect(thirty.statements).toBe(five.statements);
  expect(thirty.statements).toBeLessThanOrEqual(12);
});

describe('a month of live sessions', () => {
  // (kept under the query-cost limit at 100 rows)
  const MONTH = graphql(`
    query BatchingLiveSessions($n: Int!) {
      liveSessions(from: "2026-09-01", to: "2026-09-30", pageSize: $n) {
        items {
          title
          trainee {
            name
          }
          team {
            name
          }
          items {
            product {
              name
            }
          }
        }
      }
    }
  `);

  beforeAll(async () => {
    const p = api.db.prisma;
    const cohort = await createCohort(p, { status: 'IN_PROGRESS' });
    const products = [await createProduct(p), await createProduct(p), await createProduct(p)];
    for (let t = 0; t < 4; t++) {
      const trainee = await createTrainee(p, { status: 'ACTIVE' });
      await createEnrolment(p, { traineeId: trainee.id, cohortId: cohort.id });
      const team = await createTeam(p, { cohortId: cohort.id, traineeIds: [trainee.id] });
      for (let d = 1; d <= 30; d++) {
        const start = new Date(`2026-09-${String(d).padStart(2, '0')}T12:00:00Z`);
        await createLiveSession(p, {
          traineeId: trainee.id,
          teamId: team.id,
          start,
          status: 'ENDED',
          productIds: products.map((x) => x.id),
        });
      }
    }
  });

  async function monthStatements(n: number) {
    const before = api.db.stats.statements;
    const d = await coordinator.ok(MONTH, { n });
    return { statements: api.db.stats.statements - before, rows: d.liveSessions.items.length };
  }

  it('lists sessions with trainee, team and product names in the same number of SQL statements for 10 or 100', async () => {
    const ten = await monthStatements(10);
    const hundred = await monthStatements(100);
    expect(hundred.rows).toBe(100);
    if (process.env.SHOW_SQL_COUNTS)
      console.log(`SQL statements: 10 sessions → ${ten.statements}, 100 sessions → ${hundred.statements}`);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(12);
  });
});
