import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installFakeClock } = require('./fake-clock.cjs') as { installFakeClock: (offset: number) => void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seededTemplate } = require('./seeded-template.cjs') as { seededTemplate: () => { dir: string; now: number } };
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

import { type Data, documentText, type Variables, type VariablesArg } from './client';

const ROOT = path.resolve(__dirname, '..', '..');
/** The seed and the app run on the suites' pinned clock (see fake-clock.cjs and jest.config.js). */
const CLOCK_ARGS = ['--require', path.join(__dirname, 'fake-clock.cjs')];

/** The pinned clock's offset from real time (0 when unpinned). */
export const CLOCK_OFFSET_MS = Number(process.env.GRASSROOTS_CLOCK_OFFSET_MS ?? 0);

/** A calendar date in China time, `days` after the pinned "today", as YYYY-MM-DD. */
export function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the built app exactly as `npm start` runs it (one process: admin, GraphQL, health) on its own copy of the
 * embedded database loaded with the demo seed (seeded once per run: seeded-template.cjs), on a free port.
 */
export async function startBuiltApp(): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-e2e-'));
  fs.cpSync(seededTemplate().dir, dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, GRASSROOTS_DATA_DIR: dataDir, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, [...CLOCK_ARGS, path.join(ROOT, 'apps/api/dist/src/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A suite that times out in beforeAll never reaches its afterAll's stop(): the app dies with the test process.
  process.once('exit', () => child.kill('SIGKILL'));
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`app did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    async stop() {
      // An app that already exited emits no 'exit' again (waiting for it would hang the suite's afterAll); one that
      // does not finish draining within 20 s is killed, and says so.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          process.stderr.write(`app on ${url} did not stop within 20 s of SIGTERM; killing it\n${log.slice(-2000)}\n`);
          child.kill('SIGKILL');
        }, 20_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function signIn(page: Page, url: string, email: string, password = 'grassroots-demo-2026'): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Chooses an option of an antd Select by typing part of its label. */
export async function pickOption(page: Page, scope: Locator, fieldLabel: string, text: string): Promise<void> {
  const input = scope.getByLabel(fieldLabel);
  await input.click();
  // A select without search has a read-only input: just open it and pick.
  if ((await input.getAttribute('readonly')) === null) await input.fill(text);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-disabled)')
    .filter({ hasText: text })
    .first();
  await option.waitFor();
  // Hovering makes it the active option; Enter picks it. (A click landing while the dropdown animates in can be lost.)
  await option.hover();
  await scope.getByLabel(fieldLabel).press('Enter');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Types a date into an antd DatePicker. */
export async function pickDate(scope: Locator, fieldLabel: string, date: string): Promise<void> {
  const input = scope.getByLabel(fieldLabel);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A browser context whose clock agrees with the app's and the test's (the same shift, as an init script). */
export async function newAppContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const ctx = await browser.newContext(options);
  await ctx.addInitScript(installFakeClock, CLOCK_OFFSET_MS);
  return ctx;
}

export const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/**
 * Registers the hooks of a browser suite: the built app on a fresh seeded database, one Chromium page with the
 * given context (locale, viewport), and a full-page screenshot of every test in tests/artifacts.
 */
export function useBrowserApp(context: BrowserContextOptions): {
  readonly app: RunningApp;
  readonly page: Page;
  readonly browser: Browser;
} {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
    page = await (await newAppContext(browser, context)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  afterEach(async () => {
    if (!page) return;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, `${expect.getState().currentTestName?.replace(/\W+/g, '-')}.png`),
      fullPage: true,
    });
  });
  return {
    get app() {
      return app;
    },
    get page() {
      return page;
    },
    /** For a second context (another time zone, another person) beside the suite's page. */
    get browser() {
      return browser;
    },
  };
}

/**
 * Confirms the open Popconfirm. Waits for its zoom-in to finish before clicking OK (a click landing mid-animation
 * can be lost under load). The click counts as taken once the popup closes or its OK button shows the spinner of
 * an async confirm; only a click that did neither is repeated. Then waits for the popup to close.
 */
export async function confirmPopup(page: Page): Promise<void> {
  const open = page.locator('.ant-popconfirm:not(.ant-popover-hidden):not([class*="-leave"])');
  const ok = open.getByRole('button', { name: 'OK' });
  for (let attempt = 0; attempt < 4; attempt++) {
    await ok.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.ant-popconfirm[class*="-appear"], .ant-popconfirm[class*="-enter"]'),
    );
    await ok.click();
    const taken = await page
      .waitForFunction(
        () => {
          const popup = document.querySelector('.ant-popconfirm:not(.ant-popover-hidden):not([class*="-leave"])');
          return !popup || !!popup.querySelector('.ant-btn-loading');
        },
        undefined,
        { timeout: 3000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (taken) {
      await open.waitFor({ state: 'hidden' });
      return;
    }
  }
  throw new Error('The confirmation popup did not take the click');
}

/**
 * Sends a typed GraphQL document (`graphql(\`…\`)` from tests/gql) as the page's signed-in user — its cookies — for a
 * suite's setup or to read the server's state beside what the UI shows. Fails the test on any GraphQL error.
 */
export async function pageGql<R, V extends Variables>(
  page: Page,
  url: string,
  document: TypedDocumentNode<R, V>,
  ...[variables]: VariablesArg<V>
): Promise<Data<R>> {
  const res = await page.request.post(`${url}/graphql`, { data: { query: documentText(document), variables } });
  const body = (await res.json()) as { data?: Data<R>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as Data<R>;
}
