import { graphql } from '../gql';
import { pageGql, pickOption, signIn, useBrowserApp } from '../support/browser';

const TRAINEES = graphql(`
  query AdminAuditTrainees {
    trainees(pageSize: 1) {
      items {
        id
        name
      }
    }
  }
`);
const UPDATE_TRAINEE = graphql(`
  mutation AdminAuditUpdateTrainee($i: UpdateTraineeInput!) {
    updateTrainee(input: $i) {
      id
    }
  }
`);

/** An admin reads the audit log: people and records by name, readable operations, filters by person and kind. */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

it('sign-in says which field is missing, beside it, and a wrong password at the top', async () => {
  const { page, app } = ui;
  await page.goto(`${app.url}/login`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#email-help').getByText('Enter your email').waitFor();
  await page.locator('#password-help').getByText('Enter your password').waitFor();
  await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
  await page.getByLabel('Email').fill('admin@grassroots.local');
  await expect(page.locator('#email-help').count()).resolves.toBe(0);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('login-error').waitFor();
  await expect(page.locator('#password-help').count()).resolves.toBe(0);
});

it('names the person, the operation and the record, and filters by person and kind', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'admin@grassroots.local');
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  // A change to a named record, made with the admin's session (the page's cookies).
  const trainee = (await pageGql(page, app.url, TRAINEES)).trainees.items[0];
  await pageGql(page, app.url, UPDATE_TRAINEE, { i: { id: trainee.id, name: trainee.name } });

  await page.goto(`${app.url}/audit`);
  const rows = page.locator('.ant-table-row');
  await rows.first().waitFor();
  const card = page.locator('.ant-card').first();
  await pickOption(page, card, 'Kind', 'Changes');
  const change = rows.filter({ hasText: 'Update a trainee' }).first();
  await change.waitFor();
  const cells = await change.locator('td').allInnerTexts();
  expect(cells.slice(1, 5)).toEqual(['系统管理员 Admin · Admin', 'Update a trainee', 'Success', trainee.name]);
  expect(cells.join(' ')).not.toContain(trainee.id.slice(-6));

  await pickOption(page, card, 'Kind', 'Sign in');
  await rows.filter({ hasText: 'Sign in' }).first().waitFor();
  await pickOption(page, card, 'Person', '系统管理员');
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-table-row').length > 0 && !document.querySelector('.ant-spin-spinning'),
  );
  const who = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent));
  expect(new Set(who)).toEqual(new Set(['系统管理员 Admin · Admin']));
});
