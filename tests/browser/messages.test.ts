import { graphql } from '../gql';
import { pageGql, signIn, useBrowserApp } from '../support/browser';

/**
 * Server messages reach a Chinese reader in Chinese, values included (ADR 0013): the API refuses with a message code and
 * params ("enrolments.alreadyEnrolledProgram", { name }) and the admin renders them from the shared catalog. Before,
 * any message with a value in it stayed English.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

const PROGRAMS = graphql(`
  query MessagesPrograms {
    programs(search: "疏附县2026") {
      items {
        id
      }
    }
  }
`);
const CREATE_COHORT = graphql(`
  mutation MessagesCreateCohort($i: CreateCohortInput!) {
    createCohort(input: $i) {
      id
    }
  }
`);
const ENROL = graphql(`
  mutation MessagesEnrol($i: EnrolTraineesInput!) {
    enrolTrainees(input: $i) {
      trainee {
        name
      }
    }
  }
`);
const cohortInput = (programId: string, name: string) => ({
  programId,
  name,
  track: 'SHORT_TERM' as const,
  startDate: '2027-02-01',
  endDate: '2027-02-20',
  capacity: 5,
  location: '疏附县电子商务产业园',
});

it('shows a Chinese coordinator "<name> 已在本项目中报名" beside the trainee the API refused', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  // GraphQL as the signed-in coordinator (the page's cookie).
  const program = (await pageGql(page, app.url, PROGRAMS)).programs.items[0];
  const first = (await pageGql(page, app.url, CREATE_COHORT, { i: cohortInput(program.id, '消息测试一期') }))
    .createCohort;
  const second = (await pageGql(page, app.url, CREATE_COHORT, { i: cohortInput(program.id, '消息测试二期') }))
    .createCohort;

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
  const enrolled = (await pageGql(page, app.url, ENROL, { i: { cohortId: second.id, traineeIds: [traineeId] } }))
    .enrolTrainees;
  const name = enrolled[0].trainee.name;

  await modal.getByRole('button', { name: '加入班期' }).click();
  await modal.getByText(`${name} 已在本项目中报名`).waitFor();
  expect(await modal.getByText('is already enrolled in this program').count()).toBe(0);
});
