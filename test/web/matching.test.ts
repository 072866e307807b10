/// <reference lib="dom" />
/**
 * The "Find partners" page end to end: Chromium (Debian's, through playwright-core) against the real
 * server over a PGlite database in a temp folder with the bundled data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { startWebServer, type WebServer } from '../support/web.ts';

const SHANGHAI = 'gn:1796236';

let web: WebServer;
let context: BrowserContext;
let base: string;

interface Candidates {
  items: { place: { id: string; nameEn: string }; explanation: { contribution: number; zh: string }[] }[];
}

describe('find partners', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: true, name: 'matching' });
    ({ base, context } = web);
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('ranks and explains candidates for Shanghai, by strategy and in both languages', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${base}/`);
    await page.evaluate(() => localStorage.setItem('amity.lang', 'en'));

    await page.goto(`${base}/place/${SHANGHAI}`);
    await page.getByRole('link', { name: 'Find partners' }).click();
    await page.waitForURL(`**/place/${encodeURIComponent(SHANGHAI)}/partners`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Shanghai');

    const rows = page.locator('[data-testid=candidate-table] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(10);
    for (const reasons of await page.getByTestId('candidate-reasons').all())
      expect((await reasons.locator('li').count()) > 0).toBe(true);
    expect(await rows.first().getByTestId('candidate-reasons').textContent()).toMatch(/[a-z]{3}/);
    const before = {
      first: await rows.first().locator('td').nth(1).locator('a').textContent(),
      scores: (await page.getByTestId('candidate-score').allTextContents()).join(' '),
    };

    // The same ranking as the API's, strategy by strategy.
    await page.getByTestId('matching-strategy').selectOption('fill-deficit');
    await page.waitForURL('**strategy=fill-deficit');
    await expect
      .poll(async () => ({
        first: await rows.first().locator('td').nth(1).locator('a').textContent(),
        scores: (await page.getByTestId('candidate-score').allTextContents()).join(' '),
      }))
      .not.toEqual(before);
    expect(await page.getByTestId('strategy-text').textContent()).toContain('under-represented');
    const api = (await (
      await fetch(`${base}/api/matching/candidates?place=${SHANGHAI}&strategy=fill-deficit&limit=20`)
    ).json()) as Candidates;
    await expect
      .poll(() => rows.first().locator('td').nth(1).locator('a').textContent())
      .toBe(api.items[0].place.nameEn);
    expect(await rows.count()).toBe(api.items.length);

    // The CSV and the workbook carry the same strategy.
    const downloads = page.getByTestId('matching-download');
    const csvHref = await downloads.locator('[data-format=csv]').getAttribute('href');
    expect(csvHref).toContain('strategy=fill-deficit');
    const csv = await fetch(`${base}${csvHref}`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toContain('explanationZh');
    const xlsxHref = await downloads.locator('[data-format=xlsx]').getAttribute('href');
    expect(xlsxHref).toContain('strategy=fill-deficit');
    const xlsx = await fetch(`${base}${xlsxHref}`);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // A zip, as every workbook is.
    expect([...new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]);

    // One candidate's full explanation.
    await rows.first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('vet-detail').waitFor();
    expect(await drawer.locator('[data-testid=vet-explanation] tbody tr').count()).toBeGreaterThan(0);
    expect(await drawer.locator('h2').textContent()).toContain(api.items[0].place.nameEn);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Chinese reasons after switching the language.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('上海');
    const firstReason = api.items[0].explanation.find((e) => e.contribution > 0)!.zh;
    await expect
      .poll(() => rows.first().getByTestId('candidate-reasons').textContent())
      .toContain(firstReason);
    expect(await page.getByTestId('strategy-text').textContent()).toContain('代表不足');
    await page.close();
  });
});
