import { pickOption, signIn, useBrowserApp } from '../support/browser';

/**
 * Short-term → long-term: on the county's finished short class the coordinator promotes the best graduates into
 * the long-term incubation. The target is checked inline, the API's capacity problem shows in the dialog, and the
 * promoted trainees then appear in the long-term roster while the short-term one keeps them as graduates.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
const SHORT = '疏附县第一期短期班（20天）';
const LONG = '疏附县长期孵化班';

const openCohort = async (name: string) => {
  const { page } = ui;
  await page.getByRole('menuitem', { name: 'Cohorts' }).click();
  await page.waitForURL('**/cohorts');
  await page.locator('.ant-table-row').filter({ hasText: name }).click();
  await page.waitForURL(/\/cohorts\/c[a-z0-9]+$/);
  await page.getByText(name).first().waitFor();
};

it('offers "Promote graduates" on a short-term cohort only', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  await openCohort(LONG);
  await page.getByRole('button', { name: 'Enrol trainees' }).waitFor();
  expect(await page.getByRole('button', { name: 'Promote graduates' }).count()).toBe(0);
  await openCohort(SHORT);
  await page.getByRole('button', { name: 'Promote graduates' }).waitFor();
});

let promoted: string[] = [];
let offered = 0;

it('checks the target inline, reports the capacity problem from the API, then promotes two graduates', async () => {
  const { page } = ui;
  await page.getByRole('button', { name: 'Promote graduates' }).click();
  const modal = page.getByRole('dialog');
  const rows = modal.locator('.ant-table-row');
  await rows.first().waitFor();
  // Graduates are listed with their results.
  await modal.getByRole('columnheader', { name: 'GMV (CNY)' }).waitFor();
  offered = Number(/^(\d+) graduates waiting/.exec(await modal.getByTestId('promote-hint').innerText())![1]);
  expect(offered).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < 3; i++) await rows.nth(i).locator('input[type=checkbox]').check();
  await expect(modal.getByTestId('promote-hint').innerText()).resolves.toBe(`${offered} graduates waiting; 3 selected`);
  await modal.getByRole('button', { name: 'Promote' }).click();
  await modal.locator('.ant-form-item-explain-error').filter({ hasText: 'Choose a long-term cohort' }).waitFor();

  await pickOption(page, modal, 'Long-term cohort', LONG);
  await modal.getByRole('button', { name: 'Promote' }).click();
  // The long-term class has 2 of 12 seats left: all or none, nobody is promoted.
  await modal.locator('.ant-alert').filter({ hasText: 'The cohort has 2 of 12 places left' }).waitFor();

  // Each name without the namesake hint shown after it ("phone …0985 · 疏附县…").
  promoted = await Promise.all(
    [0, 1].map(async (i) => {
      const cell = rows.nth(i).locator('td').nth(1);
      const hint = cell.getByTestId('name-hint');
      let text = (await cell.innerText()).trim();
      if (await hint.count()) text = text.replace((await hint.innerText()).trim(), '');
      return text.split('\n')[0]!.trim();
    }),
  );
  await rows.nth(2).locator('input[type=checkbox]').uncheck();
  await modal.getByRole('button', { name: 'Promote' }).click();
  await page.getByText(`2 graduates promoted to “${LONG}”`).waitFor();
  await modal.waitFor({ state: 'hidden' });
});

it('shows the promoted trainees in the long-term roster, with the cohort now full', async () => {
  const { page } = ui;
  await openCohort(LONG);
  const roster = page.locator('.ant-card').filter({ hasText: 'Trainees' });
  await roster.locator('.ant-table-row').first().waitFor();
  await page.getByText('12/12', { exact: true }).waitFor();
  for (const name of promoted) {
    // Waits for the roster to show them (it may refetch after the seat count has changed).
    await roster.locator('.ant-table-row').filter({ hasText: name }).filter({ hasText: 'Active' }).first().waitFor();
  }
});

it('keeps the short-term enrolment as history: the graduates are no longer offered for promotion', async () => {
  const { page } = ui;
  await openCohort(SHORT);
  const roster = page.locator('.ant-card').filter({ hasText: 'Trainees' });
  for (const name of promoted)
    await roster.locator('.ant-table-row').filter({ hasText: name }).filter({ hasText: 'Completed' }).first().waitFor();
  await page.getByRole('button', { name: 'Promote graduates' }).click();
  const modal = page.getByRole('dialog');
  await modal.locator('.ant-table-row').first().waitFor();
  await expect(modal.getByTestId('promote-hint').innerText()).resolves.toBe(
    `${offered - 2} graduates waiting; 0 selected`,
  );
  await modal.getByRole('button', { name: 'Cancel' }).click();
});
