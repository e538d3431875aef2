import type { Browser } from 'playwright-core';

import { launchBrowser, type RunningApp, startBuiltApp } from '../support/browser';

// The same measurement as `npm run bench:admin` (bytes on the wire from Chromium's network events, headers
// included, from an empty cache).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measureColdVisit } = require('../bench/admin-weight.cjs') as {
  measureColdVisit(
    browser: Browser,
    url: string,
    opts: { locale: string },
  ): Promise<{ step: string; jsBytes: number; files: { url: string; encoding: string; bytes: number }[] }[]>;
};

/**
 * Ceilings for the JavaScript a cold browser downloads, so that a change that grows the first pages fails here.
 * Issue 12 asks for 200 kB (sign-in) and 350 kB (sponsor landing); these are the ceilings reached so far, a few
 * kB above what was measured. Lower them as the bundle shrinks; never raise them silently.
 * 2026-11-30: sign-in 225 → 215 (measured 213.7: the catalogs load per language, and sign-in only its own strings);
 * dashboard 690 → 700, raised on purpose (measured 690.9–694.7: the signed-in shell now carries the notification bell,
 * and the sponsor's pages the program time zone support; landing 424 stays under 440).
 * Later on 2026-11-30: sign-in 215 → 190 (measured 180.1: the sign-in form is a plain form with antd's inputs, antd's
 * Form loads with the signed-in app — the 200 kB target is met), landing 440 → 410 (measured 401.7).
 */
// Then landing 410 → 435, raised on purpose: the day's merged features (namesake hints beside names, workbench cards
// that open filtered lists, program time zones on more pages, the reply panel on the dashboard) measured 424.1–428.7 kB
// in CI; the dashboard 700 → 720 for the same reasons (709.9–714.5 kB).
// Later still: landing 435 → 385 (measured 374.1: zod and antd's Select in chunks of their own, the domain's day
// helpers and workbench rules without zod, no antd List on the workbench). Then, with the shared message catalog
// (issue 16, ADR 0013: i18next 14.3 kB and the server's messages in the reader's language 7.7 kB in place of the old
// 2.7 kB table of English sentences): landing 385 → 405 (measured 394.9), dashboard 720 → 755 (measured
// 745.3). Then the dashboard 755 → 725 (measured 706.7): the expenses form and the resubmit dialog load when a
// coordinator opens them, not with every sponsor's dashboard. Then the dashboard 725 → 610 (measured 597.4): the charts
// are drawn by the admin's own SVG components (shared/charts, 3.4 kB) in place of recharts (≈110 kB); then 610 → 585
// (measured 573.8): the domain's report helpers no longer sit in files that build zod schemas (money.schema.ts,
// provenance.ts, outcomes.ts, the period schema with the other report inputs), so the dashboard loads no zod; then
// 585 → 575 (measured 563.5): the provenance mix without decimal.js; then 575 → 565 (measured 551.2): the dashboard
// reads period keys with `readPeriod` (no error to throw), so the server's English catalog is not loaded with it.
const BUDGET_KB = { signIn: 190, sponsorLanding: 405, sponsorDashboard: 565 };

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it.each(['zh-CN', 'en-US'])(
  'keeps a cold sponsor visit within the JavaScript budget, compressed (%s)',
  async (locale) => {
    const [signIn, landing, dashboard] = await measureColdVisit(browser, app.url, { locale });
    // Every script arrives brotli-compressed, but those under 1 kB that the build leaves as they are.
    for (const s of [signIn!, landing!, dashboard!])
      for (const f of s.files)
        if (f.encoding !== 'br') expect(`${f.url} ${f.encoding} ${f.bytes}`).toMatch(/ identity \d{1,4}$/);
    expect(signIn!.jsBytes / 1000).toBeLessThanOrEqual(BUDGET_KB.signIn);
    expect(landing!.jsBytes / 1000).toBeLessThanOrEqual(BUDGET_KB.sponsorLanding);
    expect(dashboard!.jsBytes / 1000).toBeLessThanOrEqual(BUDGET_KB.sponsorDashboard);
  },
);
