import fs from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { ARTIFACTS, launchBrowser, newAppContext, type RunningApp, signIn, startBuiltApp } from '../support/browser';

/**
 * The assignment loop across two people: a coordinator sets an assignment for one trainee, the trainee hands it
 * in on a phone-sized screen, the coordinator grades it, and the trainee sees the score.
 */
let app: RunningApp;
let browser: Browser;
let staff: Page;
let trainee: Page;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  for (const opts of [
    { viewport: { width: 1366, height: 900 } },
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  ]) {
    contexts.push(await newAppContext(browser, { locale: 'en-US', ...opts }));
  }
  [staff, trainee] = await Promise.all(contexts.map((c) => c.newPage()));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});
afterEach(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const name = expect.getState().currentTestName?.replace(/\W+/g, '-');
  await staff?.screenshot({ path: path.join(ARTIFACTS, `${name}-staff.png`), fullPage: true });
  await trainee?.screenshot({ path: path.join(ARTIFACTS, `${name}-trainee.png`), fullPage: true });
});

it('staff set an assignment with a rubric for one trainee', async () => {
  await signIn(staff, app.url, 'coordinator@grassroots.local');
  await staff.waitForURL('**/workbench');
  await staff.getByRole('menuitem', { name: 'Cohorts' }).click();
  await staff.locator('.ant-table-row').filter({ hasText: '疏附县长期孵化班' }).click();
  await staff.getByRole('tab', { name: 'Assignments' }).click();
  await staff.getByRole('button', { name: 'New assignment' }).click();
  const drawer = staff.getByRole('dialog');
  await drawer.getByLabel('Title').fill('巴旦木直播开场白');
  await drawer.getByRole('button', { name: 'Add criterion' }).click();
  await drawer.getByPlaceholder('Criterion').fill('开场');
  await drawer.getByPlaceholder('Points').fill('6');
  await drawer.getByRole('button', { name: 'Add criterion' }).click();
  await drawer.getByPlaceholder('Criterion').nth(1).fill('合规');
  await drawer.getByPlaceholder('Points').nth(1).fill('4');
  await drawer.getByLabel('For').click();
  await drawer.getByLabel('For').fill('阿依古丽');
  await staff.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await drawer.getByLabel('Title').click(); // close the dropdown
  await drawer.getByRole('button', { name: 'Save' }).click();
  await staff.getByRole('columnheader', { name: /巴旦木直播开场白/ }).waitFor();
});

it('the trainee hands it in on a phone', async () => {
  await signIn(trainee, app.url, 'trainee@grassroots.local');
  await trainee.waitForURL('**/workbench');
  await trainee.goto(`${app.url}/portal`);
  await trainee.getByTestId('portal-assignment').filter({ hasText: '巴旦木直播开场白' }).click();
  const drawer = trainee.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Submit' }).click();
  await drawer.getByText('Write something or add a link').waitFor(); // nothing to hand in yet: said beside the field
  await drawer.getByLabel('Text').fill('家人们好！今天给大家带来疏附的巴旦木，颗颗饱满……');
  await drawer.getByLabel('Links').fill('https://docs.example.com/badanmu-script');
  await drawer.getByRole('button', { name: 'Submit' }).click();
  await trainee
    .getByTestId('portal-assignment')
    .filter({ hasText: '巴旦木直播开场白' })
    .getByText('Submitted')
    .waitFor();
});

it('staff grade it by rubric and the trainee sees the score', async () => {
  await staff.reload();
  await staff.getByRole('tab', { name: 'Assignments' }).click();
  await staff.getByText('To grade').click();
  // The demo trainee's hand-in (the demo has namesakes: pick the cell that was submitted, not just the name).
  await staff
    .locator('.ant-table-row')
    .filter({ hasText: '阿依古丽·买买提' })
    .locator('[data-assignment="巴旦木直播开场白"]')
    .filter({ hasText: 'Submitted' })
    .click();
  const drawer = staff.getByRole('dialog');
  await drawer.getByText('家人们好！').waitFor();
  await drawer.getByLabel(/开场/).fill('5.5');
  await drawer.getByLabel(/合规/).fill('4');
  await drawer.getByLabel('Feedback').fill('开场有感染力，继续保持');
  await drawer.getByRole('button', { name: 'Grade' }).click();
  await staff.getByText('Saved').first().waitFor();

  await trainee.reload();
  await trainee
    .getByTestId('portal-assignment')
    .filter({ hasText: '巴旦木直播开场白' })
    .getByText('Score 9.5 / 10')
    .waitFor();
});
