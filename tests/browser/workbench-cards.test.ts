import type { Page } from 'playwright-core';

import { signIn, useBrowserApp } from '../support/browser';

/**
 * Issue 14: a to-do card opens the list it counts, filtered to exactly its rows (the API filters by the same SQL
 * the card is counted with), and the list's total is the card's number.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1280, height: 900 } });

async function openCard(page: Page, key: string, path: string) {
  const card = page.getByTestId(`workbench-card-${key}`);
  await card.waitFor();
  const count = Number((await card.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
  await card.click();
  await page.waitForURL(`**${path}?*todo=${key}*`);
  const tag = page.getByTestId('todo-filter');
  await page.waitForFunction(() =>
    /·\s*\d+/.test(document.querySelector('[data-testid="todo-filter"]')?.textContent ?? ''),
  );
  const shown = Number((await tag.innerText()).split('·').pop()!.trim());
  const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
  return { count, shown, rows };
}

it('takes a coordinator from "attendance missing" and "without a complete team" to those lessons and trainees, as many as the cards say', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  const missing = await openCard(page, 'ATTENDANCE_MISSING', '/lessons');
  expect(missing.shown).toBe(missing.count);
  expect(missing.rows).toBe(Math.min(missing.count, 20));
  await expect(page.getByTestId('todo-filter').innerText()).resolves.toContain('Past lessons without attendance');

  await page.goto(`${app.url}/workbench`);
  const noTeam = await openCard(page, 'TRAINEES_WITHOUT_COMPLETE_TEAM', '/trainees');
  expect(noTeam.shown).toBe(noTeam.count);
  expect(noTeam.rows).toBe(Math.min(noTeam.count, 20));
  // Closing the filter shows the whole list again.
  await page.getByTestId('todo-filter').locator('.ant-tag-close-icon').click();
  await page.waitForURL((u) => u.pathname === '/trainees' && !u.search.includes('todo'));
  // The list re-renders after the address changes: wait for the filter tag to go rather than count it at once.
  await page.getByTestId('todo-filter').waitFor({ state: 'detached' });
});

it('takes an agent from "due within 2 h" to exactly those tickets', async () => {
  const { page, app } = ui;
  await page.context().clearCookies();
  await signIn(page, app.url, 'aftersales@grassroots.local');
  await page.waitForURL('**/workbench');
  const due = await openCard(page, 'MY_TICKETS_DUE_SOON', '/tickets');
  expect(due.shown).toBe(due.count);
  expect(due.rows).toBe(Math.min(due.count, 20));
});
