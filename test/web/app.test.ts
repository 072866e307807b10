/// <reference lib="dom" />
/**
 * The web application end to end: Chromium (Debian's, through playwright-core) against the real server
 * over a PGlite database in a temp folder with the bundled data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  anonymousPage,
  createTestUser,
  expectNoOverflow,
  latinInterfaceText,
  signedInPage,
  signIn,
  startWebServer,
  type WebServer,
} from '../support/web.ts';

const SHANGHAI = 'gn:1796236';
const BEIJING = 'gn:1816670';
const EDITOR = 'shanghai.editor';

let web: WebServer;
let context: BrowserContext;
let base: string;

async function api<T>(url: string): Promise<T> {
  const res = await fetch(`${base}${url}`);
  expect(res.status, url).toBe(200);
  return (await res.json()) as T;
}

/** The data-entry page, signed in as the Shanghai editor (through the sign-in page the first time). */
async function openEntry(page: Page): Promise<void> {
  await page.goto(`${base}/entry`);
  await page.getByTestId('entry-writer').or(page.getByTestId('entry-sign-in')).waitFor();
  if (await page.getByTestId('entry-sign-in').count()) {
    await page.getByTestId('entry-sign-in').getByRole('link').click();
    await page.waitForURL('**/login?next=%2Fentry');
    await signIn(page, base, EDITOR, { next: '/entry', name: '上海编辑' });
    await page.waitForURL('**/entry');
  }
  expect(await page.getByTestId('entry-writer').textContent()).toContain('当前录入人：上海编辑');
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

describe('web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: true, name: 'web' });
    ({ base, context } = web);
    // Data entry is done by a signed-in editor for Shanghai.
    await createTestUser(web.db, EDITOR, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: '上海编辑',
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('serves the app at / and deep links, keeps problem+json for unknown API routes and the status page', async () => {
    const home = await fetch(`${base}/`);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home.text()).toContain('<div id="root">');
    const deep = await fetch(`${base}/place/${SHANGHAI}`);
    expect(deep.status).toBe(200);
    const missing = await fetch(`${base}/api/no-such-route`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const status = await fetch(`${base}/status`);
    expect(await status.text()).toContain('Amity');
  });

  it('finds 上海 with the keyboard, opens the profile, draws the map and fills the partner table', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    const search = page.getByRole('combobox');
    await search.fill('上海');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().textContent()).toContain('上海');
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await page.waitForURL(`**/place/${encodeURIComponent(SHANGHAI)}`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('上海');

    await page.locator('[data-testid=place-map] [data-ready=true]').waitFor();
    // The map is drawn in SVG: the world's countries and the lines to the partners.
    await expect.poll(() => page.locator('[data-testid=place-map] svg path').count()).toBeGreaterThan(200);

    const { total } = await api<{ total: number }>(`/api/partnerships?place=${SHANGHAI}&limit=1`);
    const rows = page.locator('[data-testid=partner-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(total);

    // The drawer shows the partnership's sources.
    await rows.first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('[data-testid=partnership-detail]').waitFor();
    expect(await drawer.locator('.source-list li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Exchanges against projects over the last five years, as the API counts them, in Chinese.
    const balance = await api<{
      from: number;
      to: number;
      inSpan: { exchanges: number; projects: number };
      years: unknown[];
    }>(`/api/places/${SHANGHAI}/cooperation`);
    const cooperation = page.getByTestId('cooperation-place');
    await cooperation.waitFor();
    expect(await cooperation.getByTestId('cooperation-summary').textContent()).toContain(
      `${balance.from}—${balance.to}年：交流${balance.inSpan.exchanges}次，新开始的合作项目${balance.inSpan.projects}个。`,
    );
    // The table of years once there is something in them; the sentence alone when there is nothing.
    const recorded = balance.inSpan.exchanges + balance.inSpan.projects > 0;
    expect(await cooperation.locator('tbody tr').count()).toBe(recorded ? balance.years.length : 0);
    await page.close();
  });

  it('reads the map of Shanghai’s partners: names, zoom without stealing the wheel, click-through, a year', async () => {
    const page = await newPage();
    await page.goto(`${base}/place/${SHANGHAI}`);
    const map = page.getByTestId('place-map');
    await map.locator('[data-ready=true]').waitFor();
    // The most populous partners are named on the map (as text, in Chinese), the others on hover.
    const label = map.locator('svg text', { hasText: '伦敦' });
    await label.waitFor();
    expect(await map.locator('svg text').count()).toBeGreaterThanOrEqual(5);
    // The label's place within the map: zooming moves it, scrolling the page does not.
    const frame = map.locator('.chart-frame');
    const where = async () => {
      const [l, m] = [(await label.boundingBox())!, (await frame.boundingBox())!];
      return { x: l.x - m.x, y: l.y - m.y };
    };
    const moved = async () => {
      const now = await where();
      return Math.hypot(now.x - before.x, now.y - before.y);
    };
    const before = await where();
    const at = (await label.boundingBox())!;

    // The plain wheel scrolls the page and leaves the map as it was.
    const scrollY = () => page.evaluate(() => window.scrollY);
    // The browser scrolls smoothly, over several frames (more on a busy machine): wait until it stops.
    const scrollSettled = async () => {
      let last = -1;
      await expect
        .poll(
          async () => {
            const now = await scrollY();
            const same = now === last;
            last = now;
            return same;
          },
          { interval: 300 },
        )
        .toBe(true);
    };
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.mouse.wheel(0, 200);
    await expect.poll(scrollY).toBeGreaterThan(0);
    await scrollSettled();
    // A pixel or two of rounding as the page moves; a zoom moves the label tens of pixels.
    expect(await moved()).toBeLessThan(5);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await scrollSettled();

    // Ctrl+wheel and the buttons zoom the map; the page stays where it is.
    const scrolled = await scrollY();
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(moved).toBeGreaterThan(20);
    await scrollSettled();
    expect(await scrollY()).toBe(scrolled);
    // Back to the whole map: the label returns to within the same pixel or two of rounding.
    await map.getByRole('button', { name: '显示全图' }).click();
    await expect.poll(moved).toBeLessThan(5);
    await map.getByRole('button', { name: '放大' }).click();
    await expect.poll(moved).toBeGreaterThan(20);
    await map.getByRole('button', { name: '显示全图' }).click();
    expect(await page.getByTestId('map-legend').textContent()).toContain('市级');

    // A click on a partner opens its page.
    await label.click();
    await page.waitForURL(/\/place\/gn(:|%3A)2643743$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('伦敦');

    // The year slider shows the ties in force at the end of a year, and says how many undated it leaves out.
    const { items } = await api<{ items: { signedOn: string | null; endedOn: string | null }[] }>(
      `/api/partnerships?place=${SHANGHAI}&limit=1000`,
    );
    const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
    const inForce = items.filter((t) => {
      const signed = year(t.signedOn);
      const ended = year(t.endedOn);
      return signed !== null && signed <= 1990 && (ended === null || ended > 1990);
    }).length;
    const undated = items.filter((t) => t.signedOn === null).length;
    expect(undated).toBeGreaterThan(0);
    await page.goto(`${base}/place/${SHANGHAI}?year=1990`);
    await map.locator('[data-ready=true]').waitFor();
    expect(await page.getByTestId('map-year-value').textContent()).toBe('1990年底');
    expect(await map.locator('figcaption').textContent()).toContain(
      `1990年底有效的 ${inForce} 对有日期的关系；另有 ${undated} 对日期不详，未显示。`,
    );
    // Back to every tie, and the address forgets the year.
    await page.getByTestId('map-year').getByRole('button').click();
    await expect.poll(() => page.url()).not.toContain('year=');
    await expect.poll(() => page.getByTestId('map-year-value').textContent()).toBe('全部（含日期不详）');
    await page.close();
  });

  it("downloads Shanghai's report as PDF and Word with the API's counts, and prints without the site's chrome", async () => {
    const page = await newPage();
    await page.goto(`${base}/place/${SHANGHAI}`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('上海');
    await page.getByTestId('report-download').locator('summary').click();
    expect(await page.getByTestId('report-download').locator('summary').textContent()).toBe('下载报告');
    await page.getByTestId('report-from').fill('2010');
    await page.getByTestId('report-to').fill('2019');
    const layout = await api<{ total: number }>(
      `/api/analysis/layout?place=${SHANGHAI}&status=listed,active,dormant,suspended,ended&to=2019&undated=true`,
    );
    const fresh = await api<{ total: number }>(
      `/api/analysis/layout?place=${SHANGHAI}&status=listed,active,dormant,suspended,ended&from=2010&to=2019`,
    );

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe(`amity-report-gn-1796236-2010-2019-zh.pdf`);
    const pdfFile = join(web.folder, 'report.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(text).toContain('上海市城市对外交往报告（2010—2019年）');
    expect(text).toContain(`截至2019年底已缔结的对外友好关系：${layout.total}对`);
    expect(text).toContain(`2010—2019年新缔结：${fresh.total}对`);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-docx').click(),
    ]);
    const docxFile = join(web.folder, 'report.docx');
    await docx.saveAs(docxFile);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docxFile)))['word/document.xml']);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(runs).toContain(`截至2019年底已缔结的对外友好关系：${layout.total}对`);
    // A word processor opens it: LibreOffice prints it to PDF with the same words and both charts.
    const office = join(web.folder, 'office');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${office}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        office,
        docxFile,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const printed = join(office, 'report.pdf');
    const officeText = execFileSync('pdftotext', ['-enc', 'UTF-8', printed, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(officeText).toContain('上海市城市对外交往报告（2010—2019年）');
    expect(officeText).toContain(`2010—2019年新缔结：${fresh.total}对`);
    const images = execFileSync('pdfimages', ['-list', printed], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
    expect(images.length).toBeGreaterThanOrEqual(2);

    // Printed, the page is its content: no header, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByTestId('report-download').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });

  it('downloads charts as PNG and SVG, each with the credit of its data', async () => {
    const page = await newPage();
    await page.goto(`${base}/place/${SHANGHAI}`);
    const map = page.getByTestId('place-map');
    await map.locator('[data-ready=true]').waitFor();
    const save = async (chart: ReturnType<Page['locator']>, kind: 'png' | 'svg') => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByTestId(`chart-${kind}`).click(),
      ]);
      const path = join(web.folder, file.suggestedFilename());
      await file.saveAs(path);
      return readFileSync(path);
    };
    // The map is drawn in SVG and saved as drawn: the partners' names are in it, and the credit.
    const svg = (await save(map, 'svg')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('横滨');
    expect(svg).toContain('友好城市名单：维基百科贡献者（CC BY-SA 4.0）');
    const png = await save(map, 'png');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // A canvas chart (partners by continent) is drawn again in SVG for the file.
    const continents = page.locator('figure.chart', {
      has: page.getByRole('img', { name: '伙伴的大洲分布' }),
    });
    const bars = (await save(continents, 'svg')).toString('utf8');
    expect(bars).toContain('欧洲');
    expect(bars).toContain('维基百科贡献者');
    await page.close();
  });

  it('offers every data table as CSV and XLSX, with the table’s own headings and the data’s credit', async () => {
    const page = await newPage();
    const save = async (control: ReturnType<Page['locator']>) => {
      const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    /** The text of a workbook's cells and the names of its sheets. */
    const workbook = (bytes: Buffer) => {
      const files = unzipSync(new Uint8Array(bytes));
      return {
        sheets: [...strFromU8(files['xl/workbook.xml']).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
          (m) => m[1],
        ),
        text: strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()),
      };
    };
    const csvLines = (bytes: Buffer) =>
      bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');

    // Every table on these pages has its downloads in the same section.
    const firstId = async (list: string) => (await api<{ items: { id: string }[] }>(list)).items[0].id;
    const organisation = await firstId('/api/organisations?limit=1');
    const paths = [
      '/analysis',
      `/compare?places=${SHANGHAI},${BEIJING}`,
      '/country',
      '/country/VN',
      `/organisations/${encodeURIComponent(organisation)}`,
      `/place/${SHANGHAI}`,
      '/place/st:CN-JS',
      `/partnership/${encodeURIComponent(await firstId(`/api/partnerships?place=${SHANGHAI}&limit=1`))}`,
    ];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const bare = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main table'))
          .filter((t) => !t.closest('details:not([open])'))
          .filter((t) => {
            const box = t.closest('section, .card, .page');
            return !box?.querySelector('.table-downloads, .export-actions');
          })
          .map((t) => t.closest('section')?.querySelector('h2, h3')?.textContent ?? t.outerHTML.slice(0, 80)),
      );
      expect(bare, path).toEqual([]);
      // Not passed for want of tables: each of these pages shows at least one.
      expect(await page.locator('main table').count(), path).toBeGreaterThan(0);
    }

    // Vietnam: one line per tie, as many as the page counts, under Chinese headings.
    await page.goto(`${base}/country/VN`);
    const ties = Number((await page.getByTestId('country-ties').innerText()).replace(/\D/g, ''));
    const downloads = page.getByTestId('country-downloads');
    const csv = await save(downloads.locator('[data-format=csv]'));
    expect(csv.name).toBe('amity-country-VN.csv');
    const lines = csvLines(csv.bytes);
    expect(lines[0]).toContain('越南城市');
    expect(lines).toHaveLength(ties + 1);
    const xlsx = await save(downloads.locator('[data-format=xlsx]'));
    expect(xlsx.name).toBe('amity-country-VN.xlsx');
    const book = workbook(xlsx.bytes);
    expect(book.sheets).toEqual(['amity-country-VN', 'attribution']);
    expect(book.text).toContain('河内');
    expect(book.text).toContain('维基百科贡献者');

    // The benchmark: a line per continent; the rankings come from the server with the same query.
    await page.goto(`${base}/analysis?benchmark=urban-population`);
    const imbalance = await save(page.getByTestId('imbalance-downloads').locator('[data-format=csv]'));
    const continents = csvLines(imbalance.bytes);
    expect(continents[0]).toMatch(/^大洲,/);
    expect(continents.some((l) => l.startsWith('欧洲,'))).toBe(true);
    const rankingHref = await page
      .getByTestId('rankings-downloads')
      .locator('[data-format=xlsx]')
      .getAttribute('href');
    expect(rankingHref).toBe('/api/analysis/rankings?country=CN&by=province&format=xlsx');

    // The comparison: one line per city, the shares as fractions.
    await page.goto(`${base}/compare?places=${SHANGHAI},${BEIJING}`);
    const compared = csvLines(
      (await save(page.getByTestId('compare-downloads').locator('[data-format=csv]'))).bytes,
    );
    expect(compared).toHaveLength(3);
    expect(compared[1]).toMatch(new RegExp(`^${SHANGHAI},上海市,\\d+,`));
    await page.close();
  });

  it('keeps the countries list filter in the address', async () => {
    const page = await newPage();
    await page.goto(`${base}/country?continent=Asia&q=${encodeURIComponent('越南')}`);
    const rows = page.locator('[data-testid=country-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('越南');
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(new URL(page.url()).searchParams.get('continent')).toBe('Asia');
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    await page.close();
  });

  it('switches to English and back, remembering the choice', async () => {
    const page = await newPage();
    await page.goto(`${base}/place/${SHANGHAI}`);
    await page.locator('#partners-title').waitFor();
    expect(await page.locator('#partners-title').textContent()).toContain('伙伴');
    // The tab is titled by the page, in the user's language.
    await expect.poll(() => page.title()).toMatch(/^上海市.* · 友城$/);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('#partners-title').textContent()).toContain('Partners');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Shanghai');
    await expect.poll(() => page.title()).toMatch(/^Shanghai.* · Amity$/);

    await page.reload();
    await page.locator('#partners-title').waitFor();
    expect(await page.locator('#partners-title').textContent()).toContain('Partners');

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('#partners-title').textContent()).toContain('伙伴');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });

  it('compares Shanghai with Beijing', async () => {
    const page = await newPage();
    await page.goto(`${base}/compare?places=${SHANGHAI},${BEIJING}`);
    const totals = page.getByTestId('compare-total');
    await expect.poll(() => totals.count()).toBe(2);
    const expected = await Promise.all(
      [SHANGHAI, BEIJING].map(
        async (id) => (await api<{ total: number }>(`/api/partnerships?place=${id}&limit=1`)).total,
      ),
    );
    const shown = (await totals.allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
    expect(shown).toEqual(expected);
    await page.locator('#compare-shared-title').waitFor();
    expect(await page.locator('#compare-shared-title').textContent()).toMatch(/\d/);
    await page.close();
  });

  it('shows which Chinese places are tied to Vietnam', async () => {
    const page = await newPage();
    await page.goto(`${base}/country/VN`);
    await page.getByTestId('country-table').waitFor();
    expect(await page.locator('[data-testid=country-table] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('capital-status').textContent()).toMatch(/河内|Hanoi|首都/);
    await page.close();
  });

  it('shows the analysis pages, or a clear not-available state while the server lacks them', async () => {
    const page = await newPage();
    await page.goto(`${base}/analysis`);
    await page
      .locator('#analysis-layout [data-testid=not-available], #analysis-layout figure')
      .first()
      .waitFor();
    // The corridor benchmark offers the corridors, keeps the choice in the URL and shows its table.
    await page.getByTestId('benchmark-select').selectOption('corridor');
    const corridor = page.getByTestId('corridor-select');
    await expect.poll(() => corridor.locator('option').count()).toBeGreaterThan(1);
    const second = await corridor.locator('option').nth(1).getAttribute('value');
    await corridor.selectOption(second!);
    await expect.poll(() => page.url()).toContain(`corridor=${encodeURIComponent(second!)}`);
    expect(page.url()).toContain('benchmark=corridor');
    await page.locator('#analysis-imbalance table').waitFor({ timeout: 45_000 });
    expect(await page.locator('#analysis-imbalance').innerText()).not.toMatch(/\b400\b|Bad Request/);
    await page.reload();
    await expect.poll(() => page.getByTestId('corridor-select').inputValue()).toBe(second);
    await page.close();
  });

  it('shows official counts, financed projects, levels, name sources and China’s regions, in Chinese', async () => {
    const page = await newPage();
    // The countries page: the coverage table of AidData's stated counts, in Chinese, with its source.
    await page.goto(`${base}/country`);
    const coverage = page.getByTestId('coverage-table');
    // The coverage comes from an analysis of the whole registry: the first after start may take a while.
    await expect.poll(() => coverage.locator('tbody tr').count(), { timeout: 45_000 }).toBe(38);
    expect(await page.getByTestId('coverage-totals').innerText()).toMatch(/有官方统计的国家38个/);
    expect(await page.locator('#stated-coverage-table').innerText()).toContain('威廉与玛丽学院AidData');
    // China's regions are not among the countries.
    // The countries' table, whichever of the page's tables has loaded first.
    const table = page.getByTestId('country-table');
    const names = await table.innerText();
    for (const region of ['中国香港', '中国澳门', '中国台湾']) expect(names).not.toContain(region);
    // Countries are ranked by their ties with China; the worldwide count stands apart, labelled.
    const head = await table.locator('thead').innerText();
    expect(head).toContain('与我国的友好关系');
    expect(head).toContain('全部友好关系（全球）');
    const countries = (await (await page.request.get(`${base}/api/countries`)).json()) as {
      items: { code: string; partOf: string | null; nameZh: string; chineseTies: number }[];
    };
    const top = countries.items
      .filter((c) => c.code !== 'CN' && c.partOf === null)
      .sort((a, b) => b.chineseTies - a.chineseTies)[0];
    const firstRow = table.locator('tbody tr').first();
    expect(await firstRow.innerText()).toContain(top.nameZh);
    expect(await firstRow.getByTestId('country-chinese-ties').innerText()).toBe(
      top.chineseTies.toLocaleString('zh-CN'),
    );
    // A country's page counts the same ties with China as the list, China's regions included.
    const france = countries.items.find((c) => c.code === 'FR')!;
    await page.goto(`${base}/country/FR`);
    await expect
      .poll(() => page.getByTestId('country-ties').innerText())
      .toBe(france.chineseTies.toLocaleString('zh-CN'));
    // Japan: 377 ties stated (2016) beside those counted here.
    await page.goto(`${base}/country/JP`);
    await expect.poll(() => page.getByTestId('stated-coverage').innerText()).toContain('377');
    // Cambodia: its financed projects.
    await page.goto(`${base}/country/KH`);
    await expect
      .poll(() => page.getByTestId('country-projects-total').innerText())
      .toMatch(/本库记录\d+个项目/);
    // Paraguay: no diplomatic relations, and no capital offered as an opening.
    await page.goto(`${base}/country/PY`);
    await page.getByTestId('no-relations').waitFor();
    expect(await page.getByTestId('capital-status').innerText()).toContain('未与中华人民共和国建交');
    // Hong Kong is part of China.
    await page.goto(`${base}/country/HK`);
    await expect.poll(() => page.locator('main').innerText()).toContain('中国香港是中国的一部分');
    // Shanghai: its level, where its Chinese name comes from, how many ties are dated, practical cooperation.
    await page.goto(`${base}/place/${SHANGHAI}`);
    await expect.poll(() => page.getByTestId('name-source').innerText()).toContain('国家行政区划代码');
    expect(await page.locator('.place-facts').innerText()).toContain('省级');
    await expect.poll(() => page.getByTestId('tie-coverage').first().innerText()).toMatch(/对中\d+对有日期/);
    await expect
      .poll(() => page.getByTestId('practical-summary').innerText())
      .toMatch(/个友好城市中，\d+个有/);
    await page.screenshot({ path: '/tmp/web-shanghai-practical-zh.png', fullPage: true });
    // The partners as GeoJSON: a point per tie with coordinates, the tie's facts, and the data's credits.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('partners-geojson').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.geojson$/);
    const geo = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
      type: string;
      attribution: string;
      features: { geometry: { coordinates: number[] }; properties: { partnerNameZh: string | null } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.attribution).toContain('GeoNames');
    expect(geo.features.length).toBeGreaterThan(60);
    expect(geo.features.every((g) => g.geometry.coordinates.length === 2)).toBe(true);
    const named = geo.features.filter((g) => g.properties.partnerNameZh).length;
    expect(named).toBeGreaterThan(geo.features.length / 2);
    await page.close();
  });

  it('finds a province by its short name and opens it with the ties of its cities', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    const search = page.getByTestId('home-search');
    await search.locator('input').fill('苏');
    await expect.poll(() => search.locator('[role=option]').first().innerText()).toContain('江苏省');
    await search.locator('[role=option]').first().click();
    await page.waitForURL(/\/place\/st(%3A|:)CN-JS/);
    // The official lists count a province with its cities and counties: so does its page, by default.
    const rows = page.locator('[data-testid=partner-table] tbody tr');
    // A hundred at a time, so a phone does not scroll through hundreds of cards; the rest on request.
    await expect.poll(() => rows.count()).toBe(100);
    expect(await page.getByTestId('subdivisions-switch').isChecked()).toBe(true);
    const counted = Number((await page.getByTestId('tie-count').innerText()).replace(/\D/g, ''));
    expect(counted).toBeGreaterThan(100);
    const more = page.getByTestId('partners-more');
    expect(await more.locator('.muted').innerText()).toBe(`已显示 100 条，共 ${counted} 条`);
    await more.getByRole('button', { name: `全部显示（${counted} 条）` }).click();
    await expect.poll(() => rows.count()).toBe(counted);
    expect(await more.count()).toBe(0);
    await page.screenshot({ path: '/tmp/web-jiangsu-zh.png', fullPage: false });
    // As the official lists give them: by partner country, countries by their number of ties, each
    // tie as our side — partner (year); the view and the filters are in the address.
    // The radio follows the address, which a navigation updates: click, then wait for the address.
    await page.getByTestId('partner-view').getByLabel('按国家列出').click();
    await expect.poll(() => page.url()).toContain('view=country');
    const groups = page.locator('[data-testid=ties-by-country] tbody tr');
    await groups.first().waitFor();
    const counts = await groups.locator('td.num').allInnerTexts();
    const numbers = counts.map((c) => Number(c.replace(/\D/g, '')));
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(counted);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const japan = page.locator('[data-testid=ties-by-country] tr[data-country=JP]');
    expect(await japan.locator('th').innerText()).toBe('日本');
    expect(await japan.locator('li').first().innerText()).toMatch(/^\S+ — \S+/);
    // A partner known only by its foreign name says so (italic, marked English, titled), never passing
    // for a Chinese name; every other partner shows Chinese characters.
    const partners = await japan.locator('li a').evaluateAll((links) =>
      links.map((a) => ({
        text: a.textContent ?? '',
        marked: a.querySelector('i.untranslated[lang=en]')?.getAttribute('title') ?? null,
      })),
    );
    for (const p of partners)
      expect(p.marked === '暂无中文名，显示外文名' || /\p{Script=Han}/u.test(p.text), p.text).toBe(true);
    await page.getByTestId('partner-filter-text').fill('日本');
    await expect.poll(() => groups.count()).toBe(1);
    await expect.poll(() => page.url()).toContain('q=');
    await page.screenshot({ path: '/tmp/web-jiangsu-by-country-zh.png', fullPage: false });
    await page.reload();
    await expect.poll(() => groups.count()).toBe(1);
    expect(await page.getByTestId('partner-filter-text').inputValue()).toBe('日本');
    await page.getByTestId('partner-filter-text').fill('');
    await page.getByTestId('partner-view').getByLabel('逐条列出').click();
    await expect.poll(() => page.url()).not.toContain('view=country');
    // The switch leaves them out: the province's own ties only.
    // The switch follows the address, which the router updates in a transition: click, then wait for it.
    await page.getByTestId('subdivisions-switch').click();
    await expect.poll(() => page.url()).toContain('subdivisions=false');
    await expect.poll(() => page.getByTestId('subdivisions-switch').isChecked()).toBe(false);
    await expect.poll(() => rows.count()).toBeLessThan(20);
    await page.close();
  });

  it('shows the whole network in Chinese: figures explained, countries named without overlap, hubs, every measure explained', async () => {
    const page = await newPage();
    await page.goto(`${base}/analysis/network`);
    await expect.poll(() => page.title()).toContain('友好城市关系网络');
    const summary = await api<{ nodes: number; edges: number }>('/api/analysis/network/summary');
    const figures = page.getByTestId('network-figures');
    await figures.waitFor();
    const figureText = await figures.textContent();
    expect(figureText).toContain(summary.nodes.toLocaleString('zh-CN'));
    expect(figureText).toContain(summary.edges.toLocaleString('zh-CN'));
    expect(await figures.locator('.figure-hint').count()).toBe(7);
    expect(await page.getByTestId('network-glossary').locator('dt').count()).toBe(9);

    // Country names are drawn as SVG text: the largest ones, none overlapping another.
    const chart = page.getByTestId('country-network');
    await chart.locator('[data-ready=true]').waitFor();
    await expect.poll(() => chart.locator('svg text').count()).toBeGreaterThan(10);
    const shownLabels = () =>
      chart.locator('svg text').evaluateAll((texts) =>
        texts
          .filter((t) => getComputedStyle(t).display !== 'none' && Number(t.getAttribute('opacity') ?? 1) > 0)
          .map((t) => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          })
          .filter((r) => r.right > r.left),
      );
    const overlaps = async () => {
      const shown = await shownLabels();
      return shown.flatMap((a, i) =>
        shown
          .slice(i + 1)
          // ECharts measures a label with its own font metrics, the browser draws it with the CJK font it
          // finds: a pixel either way is not an overlap anyone sees.
          .filter(
            (b) =>
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2,
          )
          .map((b) => `${a.text}/${b.text}`),
      );
    };
    // The force layout settles over a few frames (longer on a busy machine); the labels are laid out
    // again as it does.
    await expect.poll(overlaps, { timeout: 30_000 }).toEqual([]);
    const labels = await shownLabels();
    expect(labels.map((l) => l.text)).toEqual(
      expect.arrayContaining(['中国', '美国', '德国', '法国', '日本']),
    );
    // China's regions are China: no Taiwan, Hong Kong or Macao among the countries.
    expect(labels.map((l) => l.text)).not.toEqual(expect.arrayContaining(['台湾']));
    expect(await page.getByTestId('china-in-network').textContent()).toContain('含香港、澳门、台湾');

    const hubs = page.getByTestId('network-hubs');
    expect(await hubs.locator('ol').count()).toBe(3);
    await hubs.locator('ol').first().getByRole('link').first().click();
    await page.waitForURL('**/place/**');
    await page.close();
  });

  it('lays out every page within a 390 px phone screen, in Chinese and in English', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const paths = [
      '/',
      `/place/${SHANGHAI}`,
      `/place/${SHANGHAI}/partners`,
      '/place/st:CN-JS',
      '/place/st:CN-JS?view=country',
      '/compare?places=gn:1796236,gn:1816670',
      '/country',
      '/country/JP',
      '/projects',
      '/events',
      '/organisations',
      '/sources',
      '/analysis',
      '/analysis/network',
      `/analysis/network?place=${SHANGHAI}`,
      '/indices',
      '/entry',
      '/login',
    ];
    for (const lang of ['zh', 'en']) {
      await page.goto(`${base}/`);
      await page.evaluate((l) => localStorage.setItem('amity.lang', l), lang);
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        await page.locator('main h1, main .page-head').first().waitFor();
        // Tables, charts and lists arrive after the heading: give them their turn.
        await page.waitForLoadState('networkidle');
        await expectNoOverflow(page, `${path} (${lang})`);
      }
    }
    await page.evaluate(() => localStorage.setItem('amity.lang', 'zh'));
    // A record's history reads on a phone: each change spans the screen, not a column a few characters wide.
    const { items } = await api<{ items: { id: string }[] }>(`/api/partnerships?place=${SHANGHAI}&limit=1`);
    await page.goto(`${base}/partnership/${encodeURIComponent(items[0].id)}`);
    const change = page.locator('[data-testid=record-history] tbody tr').first().locator('td').nth(2);
    await change.waitFor();
    expect((await change.boundingBox())!.width).toBeGreaterThan(300);
    await page.close();
  });

  it('leaves no interface text in English on any page in Chinese (names and codes aside)', async () => {
    // Chinese places the data holds under an English name only (the gazetteer lacks their Chinese name):
    // the server's candidate explanations name them inside a sentence, where no mark can set them apart.
    const untranslated = await web.db.query<{ name: string }>(
      `SELECT DISTINCT p.name_en AS name FROM places p
        WHERE p.country_code = 'CN' AND p.name_zh IS NULL
          AND EXISTS (SELECT 1 FROM partnerships t WHERE t.place_a = p.id OR t.place_b = p.id)`,
    );
    const firstId = async (list: string) => (await api<{ items: { id: string }[] }>(list)).items[0].id;
    const records = [
      `/organisations/${encodeURIComponent(await firstId('/api/organisations?limit=1'))}`,
      `/events/${encodeURIComponent(await firstId('/api/events?limit=1'))}`,
      `/projects/${encodeURIComponent(await firstId('/api/projects?limit=1&country=VN'))}`,
      `/sources/${encodeURIComponent(await firstId('/api/sources?limit=1'))}`,
      `/partnership/${encodeURIComponent(await firstId(`/api/partnerships?place=${SHANGHAI}&limit=1`))}`,
    ];
    const publicPaths = [
      '/',
      `/place/${SHANGHAI}`,
      `/place/${SHANGHAI}/partners`,
      '/place/st:CN-JS',
      '/place/st:CN-JS?view=country',
      `/compare?places=${SHANGHAI},${BEIJING}`,
      '/country',
      '/country/VN',
      '/country/DE',
      '/organisations',
      '/events',
      '/projects',
      '/sources',
      '/analysis',
      '/analysis?benchmark=corridor&corridor=CPEC',
      '/analysis/network',
      `/analysis/network?place=${SHANGHAI}`,
      '/indices',
      '/login',
      '/no-such-page',
      ...records,
    ];
    const signedInPaths = ['/entry', '/workspace', '/account', '/stewardship', '/proposals/new'];
    const found: Record<string, string[]> = {};
    const walk = async (page: Page, paths: string[]) => {
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        await page.locator('main h1, main .page-head').first().waitFor();
        await page.waitForLoadState('networkidle');
        const left = await latinInterfaceText(
          page,
          untranslated.map((r) => r.name),
        );
        if (left.length > 0) found[path] = left;
      }
    };
    const visitor = await anonymousPage(context, 30_000);
    await visitor.goto(`${base}/`);
    await visitor.evaluate(() => localStorage.setItem('amity.lang', 'zh'));
    await walk(visitor, publicPaths);
    await visitor.close();
    const editor = await signedInPage(context, base, { login: EDITOR, name: '上海编辑' }, 30_000);
    await walk(editor, signedInPaths);
    await editor.close();
    expect(found).toEqual({});
  }, 400_000);

  it('says in Chinese when the server cannot be reached, and keeps the browser’s words out of sight', async () => {
    const page = await newPage();
    await page.route('**/api/places/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}/place/${SHANGHAI}`);
    const error = page.locator('.state-error').first();
    await error.waitFor();
    expect(await error.innerText()).toContain('无法连接服务器');
    expect(await error.innerText()).not.toMatch(/fetch|Failed|network/i);
    await page.close();
  });

  it('names the invalid fields next to them when a partnership is rejected', async () => {
    const page = await newPage();
    await openEntry(page);
    await page.locator('#field-signed').fill('2023-13-45');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('entry-error').waitFor();
    // The server's reasons, in Chinese beside the fields they are about.
    expect(await page.locator('[data-field=signed] .error-text').textContent()).toContain(
      '不存在 13 月（“2023-13-45”）',
    );
    expect(await page.locator('[data-field=placeA] .error-text').textContent()).toContain('不能为空');
    expect(await page.locator('[data-field=sourceTitle] .error-text').textContent()).toContain('不能为空');
    expect(await page.getByTestId('entry-error').textContent()).not.toMatch(/[A-Za-z]{3,}/);
    expect(await page.locator('#field-signed').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('adds a partnership through the form and finds it on the profile', async () => {
    const page = await newPage();
    await openEntry(page);
    const pick = async (field: string, text: string, expected: string) => {
      const input = page.locator(`#field-${field}`);
      await input.fill(text);
      await page.locator(`[data-testid=${field}-search] [role=option]`).first().waitFor();
      await input.press('Enter');
      await expect.poll(() => page.getByTestId(`${field}-chosen`).textContent()).toContain(expected);
    };
    await pick('placeA', 'Shanghai', '上海');
    // Reykjavik's Chinese name comes from GeoNames' alternate names.
    await pick('placeB', 'Reykjavik', '雷克雅未克');
    await page.locator('#field-signed').fill('2024-06');
    await page.locator('#field-sourceTitle').fill('E2E test source');
    await page.locator('#field-sourceLocator').fill('p. 1');
    await page.getByRole('button', { name: '保存' }).click();
    const link = page.getByTestId('entry-success').getByRole('link');
    await link.waitFor();
    await link.click();
    await page.waitForURL('**/partnership/**');
    await page.getByTestId('partnership-detail').waitFor();
    expect(await page.getByTestId('partnership-detail').textContent()).toContain('E2E test source');

    await page.goto(`${base}/place/${SHANGHAI}`);
    await page.getByTestId('partner-filter-text').fill('雷克雅未克');
    const rows = page.locator('[data-testid=partner-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('2024');
    await page.close();
  });
});
