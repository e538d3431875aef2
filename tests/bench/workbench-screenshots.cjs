#!/usr/bin/env node
// Screenshots of every role's workbench for docs/workbench.md: the built app on a fresh demo database, on the test
// suites' pinned clock (2026-11-26 10:00 China time unless GRASSROOTS_TEST_NOW says otherwise), in Chromium.
//   npm run build && npm run docs:workbench      → docs/workbench/<role>.png
const path = require('node:path');
const fs = require('node:fs');
const NOW = process.env.GRASSROOTS_TEST_NOW || '2026-11-26T10:00:00+08:00';
process.env.GRASSROOTS_CLOCK_OFFSET_MS ??= String(Date.parse(NOW) - Date.now());
require('./ts-require.cjs');
const { launchBrowser, newAppContext, startBuiltApp } = require(path.join(__dirname, '..', 'support', 'browser.ts'));

const OUT = path.join(__dirname, '..', '..', 'docs', 'workbench');
const ROLES = [
  ['coordinator', 'coordinator@grassroots.local'],
  ['admin', 'admin@grassroots.local'],
  ['support', 'support@grassroots.local'],
  ['qc-inspector', 'qc@grassroots.local'],
  ['aftersales-agent', 'aftersales@grassroots.local'],
  ['sponsor', 'sponsor@grassroots.local'],
  ['trainee', 'trainee@grassroots.local', { width: 375, height: 812 }],
];

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  try {
    for (const [name, email, phone] of ROLES) {
      const context = await newAppContext(browser, {
        locale: 'zh-CN',
        viewport: phone ?? { width: 1440, height: 900 },
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      await page.goto(`${app.url}/login`);
      await page.locator('#email').fill(email);
      await page.locator('#password').fill('grassroots-demo-2026');
      await page.locator('button[type=submit]').click();
      await page.waitForURL('**/workbench');
      await page.getByTestId('workbench').waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
      console.log(`docs/workbench/${name}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
