/**
 * Measures what a cold browser downloads from the built admin: bytes on the wire (compressed bodies plus headers,
 * as Chromium's CDP reports them in Network.loadingFinished.encodedDataLength), per step of a sponsor's first
 * visit. Shared by `npm run bench:admin` (tests/bench/admin-weight.bench.cjs) and tests/browser/bundle-weight.test.ts.
 */

/** The steps of a cold first visit, each measured from a fresh browser context (empty cache, no cookies). */
const SPONSOR = { email: 'sponsor@grassroots.local', password: 'grassroots-demo-2026' };

function newTally() {
  return { jsBytes: 0, jsFiles: 0, totalBytes: 0, requests: 0 };
}

/**
 * Opens a fresh context, then (a) the sign-in page until its form shows and the network is idle, (b) signs in as
 * the sponsor and waits for their landing page (the workbench), (c) opens their program's report dashboard from it.
 * Returns the cumulative wire bytes after each step.
 */
async function measureColdVisit(browser, url, { locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const types = new Map();
  const tally = newTally();
  const files = [];
  cdp.on('Network.responseReceived', (e) =>
    types.set(e.requestId, {
      type: e.type,
      url: e.response.url,
      encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'],
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = types.get(e.requestId);
    tally.requests += 1;
    tally.totalBytes += e.encodedDataLength;
    if (r && (r.type === 'Script' || /\.m?js(\?|$)/.test(r.url))) {
      tally.jsBytes += e.encodedDataLength;
      tally.jsFiles += 1;
      files.push({ url: r.url.replace(url, ''), bytes: e.encodedDataLength, encoding: r.encoding ?? 'identity' });
    }
  });
  const snapshot = (step) => ({ step, ...tally, files: files.splice(0) });
  const steps = [];

  await page.goto(`${url}/login`, { waitUntil: 'networkidle' });
  await page.locator('#email').waitFor();
  await page.waitForLoadState('networkidle');
  steps.push(snapshot('sign-in page'));

  await page.locator('#email').fill(SPONSOR.email);
  await page.locator('#password').fill(SPONSOR.password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL('**/workbench');
  await page.getByTestId('workbench-figure-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  steps.push(snapshot('signed in: sponsor workbench'));

  await page.getByTestId('workbench-figure-link').first().click();
  await page.locator('[data-testid="figure-live.gmv"]').waitFor();
  await page.waitForLoadState('networkidle');
  steps.push(snapshot('sponsor program dashboard'));

  await context.close();
  return steps;
}

module.exports = { measureColdVisit };
