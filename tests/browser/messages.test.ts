import { signIn, useBrowserApp } from '../support/browser';

/**
 * Server messages reach a Chinese reader in Chinese, values included (ADR 0013): the API refuses with a message code and
 * params ("enrolments.alreadyEnrolledProgram", { name }) and the admin renders them from the shared catalog. Before,
 * any message with a value in it stayed English.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

/** GraphQL as the signed-in coordinator (the page's cookie). */
async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await ui.page.request.post(`${ui.app.url}/graphql`, { data: { query, variables } });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const CREATE_COHORT = 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }';
const cohortInput = (programId: string, name: string) => ({
  programId,
  name,
  track: 'SHORT_TERM',
  startDate: '2027-02-01',
  endDate: '2027-02-20',
  capacity: 5,
  location: '疏附县电子商务产业园',
});

it('shows a Chinese coordinator "<name> 已在本项目中报名" beside the trainee the API refused', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  const program = (await gql('query { programs(search: "疏附县2026") { items { id } } }')).programs.items[0];
  const first = (await gql(CREATE_COHORT, { i: cohortInput(program.id, '消息测试一期') })).createCohort;
  const second = (await gql(CREATE_COHORT, { i: cohortInput(program.id, '消息测试二期') })).createCohort;

  await page.getByTestId('switch-language').click();
  await page.getByRole('menuitem', { name: '班期' }).waitFor();
  await page.goto(`${app.url}/cohorts/${first.id}`);
  await page.getByRole('button', { name: '添加学员' }).click();
  const modal = page.getByRole('dialog');
  const row = modal.locator('.ant-table-row').first();
  await row.waitFor();
  const traineeId = (await row.getAttribute('data-row-key'))!;
  await row.locator('input[type=checkbox]').check();

  // Meanwhile the same trainee joins the program's other cohort (another coordinator, another tab).
  const enrolled = (
    await gql('mutation($i: EnrolTraineesInput!) { enrolTrainees(input: $i) { trainee { name } } }', {
      i: { cohortId: second.id, traineeIds: [traineeId] },
    })
  ).enrolTrainees;
  const name: string = enrolled[0].trainee.name;

  await modal.getByRole('button', { name: '加入班期' }).click();
  await modal.getByText(`${name} 已在本项目中报名`).waitFor();
  expect(await modal.getByText('is already enrolled in this program').count()).toBe(0);
});
