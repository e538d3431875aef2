#!/usr/bin/env node
// Runs before `npm test`: the browser suites need Chromium, and finding out after minutes of other suites is no
// use. Uses CHROMIUM_PATH or Debian's /usr/bin/chromium; as root with apt, installs Debian's package; otherwise
// stops at once with the command to run.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(wanted)) process.exit(0);
const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
if (canApt && !process.env.CHROMIUM_PATH) {
  console.log("Chromium is missing: installing Debian's chromium for the browser tests (apt-get) …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
      .status === 0;
  if (ok && fs.existsSync(wanted)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${wanted}, and it is not there.\n` +
    (process.env.CHROMIUM_PATH
      ? `Point CHROMIUM_PATH at a Chromium binary, or unset it to use Debian's.\n`
      : `Install it (Debian/Ubuntu):  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or set CHROMIUM_PATH to a Chromium binary. (Never "npx playwright install": it downloads a browser.)\n`) +
    `Only the API suites:  npm run test:api`,
);
process.exit(1);
