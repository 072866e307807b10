/// <reference lib="dom" />
/**
 * The composite-indices page end to end: Chromium (Debian's, through playwright-core) against the real server
 * over a fresh PGlite database with the migrations only (indices need no bundled twin-city data).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { createTestUser, paintedPixels, signIn, startWebServer, type WebServer } from '../support/web.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;

interface Build {
  levels: { rows: { uCode: string; scores: Record<string, number>; ranks: Record<string, number> }[] }[];
}

async function build(body: unknown): Promise<Build> {
  const res = await fetch(`${base}/api/indices/build`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Build;
}

/** The index score shown in the first row of the ranking table, as a number. */
async function firstScore(page: Page): Promise<number> {
  const text = await page
    .locator('[data-testid=index-ranking] tbody tr')
    .first()
    .getByTestId('index-score')
    .textContent();
  return Number((text ?? '').replace(/[^\d.-]/g, ''));
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

describe('composite indices page', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'indices' });
    ({ base, context } = web);
    // Indices belong to no place: an editor's role anywhere may save them (here over the whole nation).
    await createTestUser(web.db, 'index.editor', [{ role: 'editor', jurisdictionId: null }], {
      name: '指数编辑',
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('builds the ASEM preset, rebuilds on a new normalisation, sorts, and switches language', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '指数', exact: true }).click();
    await page.waitForURL('**/indices');
    await expect.poll(() => page.locator('h1').textContent()).toBe('综合指数');

    const rows = page.locator('[data-testid=index-ranking] tbody tr');
    await expect.poll(() => rows.count()).toBe(51);
    const minMax = await build({ preset: 'asem' });
    const top = minMax.levels[0].rows.find((r) => r.ranks.Index === 1)!;
    expect(await firstScore(page)).toBeCloseTo(top.scores.Index, 1);

    await page.locator('[data-testid=index-profile-chart] [data-ready=true]').waitFor();
    await expect
      .poll(() => paintedPixels(page, '[data-testid=index-profile-chart]'), { timeout: 10_000 })
      .toBeGreaterThan(500);
    expect(await page.getByTestId('index-strengths').locator('li').count()).toBe(3);

    // z-scores: the page rebuilds and shows the API's scores for the new settings.
    await page.getByTestId('index-normalisation').selectOption('zScore');
    const zScore = await build({
      preset: 'asem',
      settings: {
        impute: { method: 'groupMean', group: 'EurAsia_group' },
        treat: { winmax: 5 },
        normalise: { spec: { method: 'zScore' } },
        aggregate: { method: 'arithmetic', weights: 'framework' },
      },
    });
    const zTop = zScore.levels[0].rows.find((r) => r.ranks.Index === 1)!;
    await expect.poll(() => firstScore(page)).toBeCloseTo(zTop.scores.Index, 2);
    expect(Math.abs(zTop.scores.Index - top.scores.Index)).toBeGreaterThan(10);
    await expect.poll(() => rows.count()).toBe(51);

    // Sorting by rank the other way puts the last unit first.
    await page.getByRole('button', { name: '按排名排序' }).click();
    await expect.poll(() => rows.first().locator('td').first().textContent()).toBe('51');
    expect(await page.locator('th[aria-sort=descending]').count()).toBe(1);

    // English and back, keeping the built index.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Composite indices');
    expect(await page.getByRole('link', { name: 'Indices', exact: true }).count()).toBe(1);
    expect(await page.locator('#index-ranking-title').textContent()).toBe('Ranking');
    expect(await rows.count()).toBe(51);
    expect(await page.getByTestId('index-normalisation').inputValue()).toBe('zScore');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('综合指数');
    expect(await page.locator('#index-ranking-title').textContent()).toBe('排名');
    await page.close();
  });

  it('shows a framework without data with its weights and templates, and builds it from an uploaded iData', async () => {
    const page = await newPage();
    await page.goto(`${base}/indices`);
    await expect.poll(() => page.locator('[data-testid=index-ranking] tbody tr').count()).toBe(51);
    await page.getByTestId('index-source').selectOption('bri-city-development');
    await page.getByTestId('index-no-data').waitFor();
    // The choice is in the address: a link (or a reload) opens the same index.
    await expect.poll(() => new URL(page.url()).searchParams.get('index')).toBe('bri-city-development');
    await page.reload();
    await page.getByTestId('index-no-data').waitFor();
    expect(await page.getByTestId('index-source').inputValue()).toBe('bri-city-development');
    await page.getByTestId('index-needs-data').waitFor();
    expect(await page.getByTestId('index-ranking').count()).toBe(0);
    const tree = page.getByTestId('index-framework');
    expect(await tree.textContent()).toContain('商业活动');
    expect(await tree.textContent()).toContain('30%');
    expect(await tree.textContent()).toContain('10%');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'iMeta 模板（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bri-city-development-iMeta.csv');

    // Eight cities with made-up values for every criterion.
    const presets = (await (await fetch(`${base}/api/indices/presets`)).json()) as {
      items: { id: string; framework: { nodes: { code: string; type?: string }[] } }[];
    };
    const criteria = presets.items
      .find((p) => p.id === 'bri-city-development')!
      .framework.nodes.filter((n) => n.type === 'Indicator')
      .map((n) => n.code);
    const cities = ['Shanghai', 'Beijing', 'Singapore', 'Dubai', 'Istanbul', 'Moscow', 'Almaty', 'Karachi'];
    const lines = [
      ['uCode', 'uName', ...criteria].join(','),
      ...cities.map((c, i) =>
        [c.toUpperCase().slice(0, 4), c, ...criteria.map((_, k) => ((i * 7 + k * 3) % 11) + i)].join(','),
      ),
    ];
    await page.locator('input[type=file]').setInputFiles({
      name: 'iData.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await expect.poll(() => page.locator('[data-testid=index-ranking] tbody tr').count()).toBe(8);
    await page.getByTestId('index-typology').waitFor();
    // Not saved, the ranking still downloads as a workbook: a row per city, the methodology beside the credit.
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('index-export-xlsx').click(),
    ]);
    expect(workbook.suggestedFilename()).toBe('amity-index-bri-city-development.xlsx');
    const files = unzipSync(new Uint8Array(readFileSync((await workbook.path())!)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/<row /g)).toHaveLength(9);
    const strings = strFromU8(files['xl/sharedStrings.xml']);
    for (const city of cities) expect(strings).toContain(city);
    expect(strFromU8(files['xl/workbook.xml'])).toContain('name="attribution"');
    expect(strings).toContain('友城 Amity 综合指数');
    await page.close();
  });

  it('saves the index as a signed-in editor and shows the rank intervals of an uncertainty analysis', async () => {
    const page = await newPage();
    await page.goto(`${base}/indices`);
    // Signed out: saving asks to sign in, with a way back here.
    const needs = page.getByTestId('index-uncertainty-needs-save');
    await needs.waitFor();
    expect(await needs.textContent()).toContain('需要登录有权编写指数的账户');
    await page.getByTestId('index-save-needs-sign-in').waitFor();
    await needs.getByRole('link', { name: '登录' }).click();
    await page.waitForURL('**/login?next=%2Findices');
    await signIn(page, base, 'index.editor', { next: '/indices', name: '指数编辑' });
    await page.waitForURL('**/indices');
    await expect.poll(() => page.locator('[data-testid=index-ranking] tbody tr').count()).toBe(51);
    await page.getByTestId('index-save-id').fill('asem-e2e');
    await page.getByRole('button', { name: '保存指数' }).click();
    const xlsx = page.getByRole('link', { name: 'XLSX' });
    await xlsx.waitFor();
    const file = await fetch(`${base}${await xlsx.getAttribute('href')}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');

    await expect.poll(() => page.getByTestId('index-saved').inputValue()).toBe('asem-e2e');
    await page.getByLabel('重复次数').fill('200');
    await page.getByLabel('随机种子').fill('7');
    await page.getByRole('button', { name: '运行' }).click();
    const chart = '[data-testid=index-uncertainty-chart]';
    await page.locator(`${chart} [data-ready=true]`).waitFor();
    await expect.poll(() => paintedPixels(page, chart), { timeout: 10_000 }).toBeGreaterThan(500);
    expect(await page.locator(`${chart} figcaption`).textContent()).toContain('200 次重复');
    expect(await page.locator('[data-testid=index-uncertainty-result] tbody tr').count()).toBe(51);
    // The rank intervals as a table file: a line per unit under the table's Chinese headings.
    await page.getByTestId('index-uncertainty-result').locator('summary').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('uncertainty-downloads').locator('[data-format=csv]').click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(52);
    expect(lines[0]).toBe('\uFEFFuCode,单元,名义排名,排名中位数,排名 · 5%,排名 · 95%');
    await page.close();
  });
});
