// The demo seed, made once per test run and copied for each browser suite (issue 16: each suite used to seed for
// ~25 s, and under load their beforeAll timed out). The first suite that needs it seeds into
// tests/.tmp/seeded-<run>; the others wait for it. It records the pinned "now" at which seeding finished, and each
// suite starts its clock at that moment (browser-clock.cjs), so every suite sees the data exactly as fresh as a suite
// that seeded for itself — whenever in the run it starts, and across midnight on a month's last evening.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const TMP = path.join(__dirname, '..', '.tmp');
const CLOCK = path.join(__dirname, 'fake-clock.cjs');

/** The run the template belongs to: the jest parent process (jest.config.js), or this process (a bench script). */
const runId = () => process.env.GRASSROOTS_TEST_RUN || String(process.pid);
const templateDir = () => path.join(TMP, `seeded-${runId()}`);

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The seeded data directory of this run and the pinned time (ms) at which it was seeded, seeding it if nobody has.
 * Synchronous: jest setup files cannot wait for a promise.
 */
function seededTemplate() {
  const dir = templateDir();
  const meta = path.join(dir, 'seeded.json');
  fs.mkdirSync(TMP, { recursive: true });
  let mine = false;
  try {
    fs.mkdirSync(`${dir}.lock`);
    mine = true;
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
  }
  if (mine && !fs.existsSync(meta)) {
    const work = `${dir}.partial`;
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work);
    const env = { ...process.env, GRASSROOTS_DATA_DIR: work, NODE_ENV: 'production' };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    const seed = spawnSync(
      process.execPath,
      ['--require', CLOCK, path.join(ROOT, 'packages/db/dist/scripts/seed.js')],
      { env, encoding: 'utf8' },
    );
    if (seed.status !== 0) {
      fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
      throw new Error(`seed failed: ${seed.stderr}`);
    }
    // The pinned clock of the run (jest.config.js), at the moment seeding finished.
    const now =
      Date.now() + Number(process.env.GRASSROOTS_RUN_CLOCK_OFFSET_MS || process.env.GRASSROOTS_CLOCK_OFFSET_MS || 0);
    fs.writeFileSync(path.join(work, 'seeded.json'), JSON.stringify({ now }));
    fs.renameSync(work, dir);
    if (!process.env.GRASSROOTS_TEST_RUN) process.once('exit', () => removeTemplate());
  }
  const deadline = Date.now() + 240_000;
  while (!fs.existsSync(meta)) {
    if (Date.now() > deadline) throw new Error(`the seeded template ${dir} did not appear (seeding failed elsewhere?)`);
    sleep(250);
  }
  return { dir, now: JSON.parse(fs.readFileSync(meta, 'utf8')).now };
}

/** Removes this run's template (global teardown), and templates of runs whose process is gone (global setup). */
function removeTemplate(run = runId()) {
  for (const p of [
    path.join(TMP, `seeded-${run}`),
    path.join(TMP, `seeded-${run}.lock`),
    path.join(TMP, `seeded-${run}.partial`),
  ])
    fs.rmSync(p, { recursive: true, force: true });
}
function removeStaleTemplates(alive) {
  if (!fs.existsSync(TMP)) return;
  for (const name of fs.readdirSync(TMP)) {
    const run = /^seeded-(\d+)(\.lock|\.partial)?$/.exec(name)?.[1];
    if (run && !alive(Number(run))) removeTemplate(run);
  }
}

module.exports = { seededTemplate, removeTemplate, removeStaleTemplates };
