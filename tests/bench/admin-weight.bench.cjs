#!/usr/bin/env node
// Benchmark: the admin's weight on the wire for a cold browser (run `npm run build` first).
//   npm run bench:admin            (3 runs)      npm run bench:admin -- 5 en-US   (runs, browser locale)
// Starts the built app as the browser tests do (a fresh seeded PGlite, production mode), then for each run opens
// a fresh Chromium context and walks a sponsor's first visit: the sign-in page, signing in (their report list),
// and their program's dashboard. Prints KB of JavaScript and of everything on the wire, cumulative per step.
const path = require('node:path');
require('../../packages/db/scripts/ts-require.cjs'); // tests/support/*.ts
const { launchBrowser, startBuiltApp } = require(path.join(__dirname, '..', 'support', 'browser.ts'));
const { measureColdVisit } = require('./admin-weight.cjs');

const kb = (n) => (n / 1000).toFixed(1); // decimal kB, as the budgets are stated

(async () => {
  const runs = Number(process.argv[2] ?? 3);
  const locale = process.argv[3] ?? 'zh-CN';
  const [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const steps = await measureColdVisit(browser, app.url, { locale });
      results.push(steps);
      console.log(`run ${i + 1} (${locale}):`);
      for (const s of steps) {
        console.log(
          `  ${s.step.padEnd(32)} JS ${kb(s.jsBytes).padStart(7)} KB in ${String(s.jsFiles).padStart(2)} files   all ${kb(s.totalBytes).padStart(7)} KB in ${String(s.requests).padStart(3)} requests`,
        );
        if (i === 0 && process.env.VERBOSE)
          for (const f of s.files) console.log(`      ${kb(f.bytes).padStart(7)} KB ${f.encoding.padEnd(8)} ${f.url}`);
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log(`\nspread over ${runs} runs (min–max, cumulative from cold):`);
  for (let s = 0; s < results[0].length; s++) {
    const js = results.map((r) => r[s].jsBytes);
    const all = results.map((r) => r[s].totalBytes);
    console.log(
      `  ${results[0][s].step.padEnd(32)} JS ${kb(Math.min(...js))}–${kb(Math.max(...js))} KB   all ${kb(Math.min(...all))}–${kb(Math.max(...all))} KB`,
    );
  }
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
