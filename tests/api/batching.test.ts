import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from '@grassroots/db/testing';
import { startApi, type TestApi } from '../support/api';
import type { GqlClient } from '../support/client';

/** Relations are batched per request: the SQL count does not grow with the number of rows listed. */
let api: TestApi;
let coordinator: GqlClient;

beforeAll(async () => {
  api = await startApi();
  coordinator = await api.signIn('COORDINATOR');
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
afterAll(() => api.close());

const QUERY = `query($n: Int!) { cohorts(pageSize: $n) { total items {
  id name enrolledCount seatsLeft program { id name enrolledCount sponsor { id name } }
  enrolments { id trainee { id name } }
} } }`;

async function statementsFor(n: number): Promise<{ statements: number; rows: number }> {
  const before = api.db.stats.statements;
  const d = await coordinator.ok(QUERY, { n });
  return { statements: api.db.stats.statements - before, rows: d.cohorts.items.length };
}

it('lists 50 cohorts with program, sponsor, counts and trainees in a bounded number of SQL statements', async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  expect(fifty.rows).toBe(50);
  if (process.env.SHOW_SQL_COUNTS) console.log(`SQL statements: 5 cohorts → ${five.statements}, 50 cohorts → ${fifty.statements}`);
  // session lookup + page + count + one per relation/aggregate, whatever the page size
  expect(fifty.statements).toBe(five.statements);
  expect(fifty.statements).toBeLessThanOrEqual(12);
});
