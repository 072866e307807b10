/// <reference lib="dom" />
/**
 * Stored text never runs as script: records whose names are HTML and script payloads go in through the
 * API, then Chromium visits every page that shows them, in Chinese and English, hovering the charts to open
 * their tooltips, under the content security policy the server sends. Nothing may execute (no dialog, no
 * `window.__pwned`), no CSP violation may be reported (one would mean markup reached the DOM), and the
 * names must show as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { anonymousPage, createTestUser, signIn, startWebServer, type WebServer } from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';

const TOKEN = 'e2e-hostile-token';

/** The policy the server sends (src/api/guards.ts, through @fastify/helmet), directive by directive. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];
const directives = (header: string | null | undefined) =>
  (header ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .sort();

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const FORMULA = '=HYPERLINK("http://x","y")';
/** The payloads that would run if rendered as HTML; each must show as literal text instead. */
const PROBES = [IMG, SCRIPT, SVG];

let web: WebServer;
let context: BrowserContext;
let base: string;
const ids: Record<string, string> = {};

async function post(url: string, payload: unknown): Promise<{ id: string }> {
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(payload),
  });
  expect(res.status, `${url}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

function csv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const t = String(v);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** A small index whose indicator and aggregate names, unit codes and unit names are the payloads. */
const I_META = csv([
  ['Level', 'iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type'],
  [1, 'gdp', `GDP ${IMG}`, 1, 1, 'economy', 'Indicator'],
  [1, 'fdi', `FDI ${SCRIPT}`, 1, 1, 'economy', 'Indicator'],
  [1, 'flights', `Flights ${SVG}`, 1, 1, 'openness', 'Indicator'],
  [1, 'sisters', FORMULA, 1, 1, 'openness', 'Indicator'],
  [2, 'economy', `Economy ${IMG}`, '', 0.6, 'city_index', 'Aggregate'],
  [2, 'openness', `Openness ${SVG}`, '', 0.4, 'city_index', 'Aggregate'],
  [3, 'city_index', `Index ${SCRIPT}`, '', 1, '', 'Aggregate'],
]);
const UNITS = [IMG, SCRIPT, SVG, FORMULA, 'SHA', 'BJS', 'CTU', 'PRG'];
const I_DATA = csv([
  ['uCode', 'uName', 'gdp', 'fdi', 'flights', 'sisters'],
  ...UNITS.map((u, i) => [u, `${u} (unit)`, 1 + i, 10 - i, (i * 37) % 11, ((i * 5) % 7) + 1]),
]);

async function seed(): Promise<void> {
  await withSmallGazetteer(web.db);
  const place = (nameEn: string, nameZh: string, countryCode: string, lat: number, lng: number) =>
    post('/api/places', { kind: 'city', nameEn, nameZh, countryCode, lat, lng, population: 1_000_000 });
  // Every name carries a payload in both languages; "Xss"/"跨站" make them findable by search.
  ids.home = (await place(`Xss ${IMG}`, `跨站 ${SCRIPT}`, 'CN', 31.2, 121.5)).id;
  ids.partner = (await place(`Xss ${SVG}`, `跨站 ${IMG} ${FORMULA}`, 'JP', 35.7, 139.7)).id;
  // Da Nang: apart from the fixture's Hanoi, so its point on the candidate map is not hidden under Hanoi's.
  ids.candidate = (await place(`Xss ${SCRIPT}`, `跨站 ${SVG}`, 'VN', 16.05, 108.2)).id;
  ids.other = (await place('Dalian', '大连', 'CN', 38.9, 121.6)).id;
  const source = {
    source: {
      title: `Source ${IMG}`,
      titleZh: `来源 ${SCRIPT}`,
      publisher: SVG,
      url: 'https://example.org/report',
    },
    locator: FORMULA,
  };
  const tie = (placeA: string, placeB: string, signed: string) =>
    post('/api/partnerships', {
      placeA,
      placeB,
      type: 'sister_city',
      level: 'city',
      signed,
      note: `${SVG} ${FORMULA}`,
      sources: [source],
    });
  ids.partnership = (await tie(ids.home, ids.partner, '2001-05')).id;
  await tie(ids.other, ids.partner, '2012');
  await tie(ids.other, ids.candidate, '2015');
  ids.organisation = (
    await post('/api/organisations', {
      nameEn: `Org ${IMG}`,
      nameZh: `组织 ${SCRIPT}`,
      abbr: SVG,
      kind: 'city_network',
      placeId: ids.home,
      note: FORMULA,
      sources: [source],
    })
  ).id;
  ids.event = (
    await post('/api/events', {
      kind: 'forum',
      nameEn: `Event ${SCRIPT}`,
      nameZh: `活动 ${IMG}`,
      starts: '2019-09',
      placeId: ids.home,
      placeText: SVG,
      participants: [{ placeId: ids.partner, role: FORMULA }],
      figures: { [IMG]: SCRIPT },
      note: SVG,
      sources: [source],
    })
  ).id;
  ids.project = (
    await post('/api/projects', {
      nameEn: `Project ${SVG}`,
      nameZh: `项目 ${IMG}`,
      domain: 'trade',
      sector: SCRIPT,
      placeIds: [ids.home, ids.partner],
      participants: [{ name: IMG, role: SCRIPT }],
      milestones: [{ date: '2020', description: SVG }],
      outcomes: [{ measure: FORMULA, text: IMG }],
      note: SCRIPT,
      sources: [source],
    })
  ).id;
  await post('/api/indices', {
    id: 'hostile',
    nameEn: `Index ${IMG}`,
    nameZh: `指数 ${SCRIPT}`,
    sourceNote: SVG,
    iMeta: I_META,
    iData: I_DATA,
  });
  const sources = (await (await fetch(`${base}/api/sources`)).json()) as { items: { id: string }[] };
  ids.source = sources.items[0].id;
  // Accounts whose names, organisation and jurisdiction are the payloads (a login name cannot hold them).
  for (const lang of ['zh', 'en'] as const)
    await createTestUser(web.db, `hostile.admin.${lang}`, [{ role: 'administrator', jurisdictionId: null }], {
      name: `Admin ${IMG}`,
      organisationId: ids.organisation,
      language: lang,
    });
  await createTestUser(web.db, 'hostile.editor', [{ role: 'editor', jurisdictionId: ids.home }], {
    name: `Editor ${SCRIPT}`,
    organisationId: ids.organisation,
  });
}

interface Watch {
  dialogs: string[];
  csp: string[];
  errors: string[];
}

async function newPage(lang: 'zh' | 'en'): Promise<{ page: Page; watch: Watch }> {
  const page = await anonymousPage(context, 30_000);
  const watch: Watch = { dialogs: [], csp: [], errors: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/content security policy|\bCSP\b/i.test(m.text())) watch.csp.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  // Violations also come as events, including ones the console does not show.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto(`${base}/`);
  await page.evaluate((l) => localStorage.setItem('amity.lang', l), lang);
  return { page, watch };
}

/** Nothing ran, no markup from the data reached the DOM, and the policy was never violated. */
async function expectClean(page: Page, watch: Watch, where: string): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp?: string[] };
    return {
      pwned: w.__pwned,
      violations: w.__csp ?? [],
      injected: document.querySelectorAll('[onerror], [onload], img[src="x"], svg[onload], script:not([src])')
        .length,
    };
  });
  expect(state.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(state.injected, `${where}: elements built from the payloads`).toBe(0);
  expect(state.violations, `${where}: CSP violations`).toEqual([]);
  expect(watch.csp, `${where}: CSP console messages`).toEqual([]);
  expect(watch.dialogs, `${where}: dialogs`).toEqual([]);
  expect(watch.errors, `${where}: page errors`).toEqual([]);
}

/** How many sampled pixels of a canvas are drawn (as paintedPixels in test/support/web.ts, for a locator). */
function painted(c: HTMLCanvasElement): number {
  const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4 * 7) if (data[i] > 0) n++;
  return n;
}

/** The visible text of a chart's tooltip, if one is showing (ECharts adds it beside the canvas host). */
async function tooltipText(chart: Locator): Promise<string> {
  return chart.locator('.chart-canvas').evaluate((el) =>
    Array.from(el.children)
      .filter((c) => !c.querySelector('canvas') && getComputedStyle(c).display !== 'none')
      .map((c) => (c as HTMLElement).innerText)
      .join('\n'),
  );
}

/**
 * Moves the mouse over a chart: over coloured marks (points, lines, bars) found in the canvas pixels, and
 * over a coarse grid. Returns every tooltip text seen, and leaves the mouse where a payload first showed.
 * Up to 80 marked squares are hovered, spread over the chart, unless `everyMark` asks for all of them.
 */
async function hover(page: Page, chart: Locator, everyMark = false): Promise<string[]> {
  await chart.locator('[data-ready=true]').waitFor();
  if ((await chart.locator('canvas').count()) === 0) return hoverSvg(page, chart);
  const canvas = chart.locator('canvas').first();
  await expect.poll(() => canvas.evaluate(painted), { timeout: 10_000 }).toBeGreaterThan(100);
  // Centred, clear of the sticky header, so every point hovered is over the canvas.
  await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
  const box = (await canvas.boundingBox())!;
  // One point per 16-pixel square holding saturated ink (the series' colours; not the map's greys, text or
  // background), so every small mark (a city on the map) is hovered, not only the big ones.
  const points = await canvas.evaluate(
    (c: HTMLCanvasElement, cap: number) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const scale = c.width / c.getBoundingClientRect().width;
      const squares = new Map<string, [number, number]>();
      for (let y = 0; y < c.height; y += 2)
        for (let x = 0; x < c.width; x += 2) {
          const i = (y * c.width + x) * 4;
          const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
          if (a < 150 || Math.max(r, g, b) - Math.min(r, g, b) <= 30) continue;
          const key = `${Math.floor(x / 16)},${Math.floor(y / 16)}`;
          if (!squares.has(key)) squares.set(key, [x / scale, y / scale]);
        }
      const all = [...squares.values()];
      const every = Math.max(1, Math.ceil(all.length / cap));
      return all.filter((_, i) => i % every === 0);
    },
    everyMark ? Infinity : 80,
  );
  for (let gx = 1; gx < 6; gx++)
    for (let gy = 1; gy < 4; gy++) points.push([(box.width * gx) / 6, (box.height * gy) / 4]);
  const seen = new Set<string>();
  let shown: [number, number] | null = null;
  for (const [x, y] of points) {
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForTimeout(30);
    const text = await tooltipText(chart);
    if (text) seen.add(text);
    // The first time only: later, a fading tooltip can still show text from the point before.
    if (!shown && PROBES.some((p) => text.includes(p))) shown = [x, y];
  }
  if (shown) {
    await page.mouse.move(box.x + shown[0], box.y + shown[1]);
    await page.waitForTimeout(200);
  }
  return [...seen];
}

/**
 * The same for a chart drawn in SVG (a place's map): over the centre of every mark filled with a saturated
 * colour (the partners' points, the place itself), over every label, and over the coarse grid.
 */
async function hoverSvg(page: Page, chart: Locator): Promise<string[]> {
  const svg = chart.locator('svg').first();
  await expect.poll(() => svg.locator('path').count(), { timeout: 10_000 }).toBeGreaterThan(10);
  await svg.evaluate((s) => s.scrollIntoView({ block: 'center' }));
  const box = (await svg.boundingBox())!;
  const points = await svg.evaluate((s) => {
    const frame = s.getBoundingClientRect();
    const saturated = (colour: string) => {
      const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
      return !!m && Math.max(+m[1], +m[2], +m[3]) - Math.min(+m[1], +m[2], +m[3]) > 30;
    };
    return Array.from(s.querySelectorAll('path, text'))
      .filter((el) => el.tagName === 'text' || saturated(getComputedStyle(el).fill))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.width < 60 && r.height < 60)
      .map((r) => [r.x + r.width / 2 - frame.x, r.y + r.height / 2 - frame.y] as [number, number]);
  });
  for (let gx = 1; gx < 6; gx++)
    for (let gy = 1; gy < 4; gy++) points.push([(box.width * gx) / 6, (box.height * gy) / 4]);
  const seen = new Set<string>();
  for (const [x, y] of points) {
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForTimeout(30);
    const text = await tooltipText(chart);
    if (text) seen.add(text);
  }
  return [...seen];
}

/** Hovers every chart on the page; returns the tooltips per chart. */
async function hoverAll(page: Page, everyMark = false): Promise<string[][]> {
  const charts = await page.locator('figure.chart').count();
  const tips: string[][] = [];
  for (let i = 0; i < charts; i++)
    tips.push(await hover(page, page.locator('figure.chart').nth(i), everyMark));
  return tips;
}

/** A picture of a chart as it is on screen, tooltip and all (locator.screenshot would scroll it away). */
async function shoot(page: Page, chart: Locator, path: string): Promise<void> {
  await page.screenshot({ path, clip: (await chart.boundingBox())! });
}

const showsPayload = (text: string) => PROBES.some((p) => text.includes(p));

describe('hostile names', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, adminToken: TOKEN, name: 'hostile' });
    ({ base, context } = web);
    await seed();
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('sends the content security policy with the app', async () => {
    const res = await fetch(`${base}/place/${encodeURIComponent(ids.home)}`);
    expect(directives(res.headers.get('content-security-policy'))).toEqual([...CSP].sort());
    // No inline script in the page the server sends: the policy would block it.
    expect(await res.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`shows the names as text and runs nothing, in ${lang}`, async () => {
      const { page, watch } = await newPage(lang);
      const place = `/place/${encodeURIComponent(ids.home)}`;
      const partners = `${place}/partners`;
      const compare = `/compare?places=${encodeURIComponent(`${ids.home},${ids.other}`)}`;
      const network = `/analysis/network?place=${encodeURIComponent(ids.home)}`;
      const chartTips: Record<string, string[][]> = {};
      // `names: false`: pages that list no record by name here (no province, no ranked city).
      const pages: { path: string; charts?: boolean; names?: false }[] = [
        { path: '/', charts: true },
        { path: place, charts: true },
        { path: partners, charts: true },
        { path: `/partnership/${encodeURIComponent(ids.partnership)}` },
        { path: compare, charts: true },
        { path: '/country', names: false },
        // The country map's tooltips are off (its series set none); hovered all the same.
        { path: '/country/JP', charts: true },
        { path: '/organisations' },
        { path: `/organisations/${encodeURIComponent(ids.organisation)}` },
        { path: '/events' },
        { path: `/events/${encodeURIComponent(ids.event)}` },
        { path: '/projects' },
        { path: `/projects/${encodeURIComponent(ids.project)}` },
        { path: '/sources' },
        { path: `/sources/${encodeURIComponent(ids.source)}` },
        { path: '/analysis', charts: true, names: false },
        { path: network, charts: true },
      ];
      for (const { path, charts, names } of pages) {
        const res = await page.goto(`${base}${path}`);
        expect(directives(res?.headers()['content-security-policy']), path).toEqual([...CSP].sort());
        await page.waitForLoadState('networkidle');
        await page.locator('h1').first().waitFor();
        if (charts) {
          chartTips[path] = await hoverAll(page);
          // A busy machine can draw a mark late or under another's tooltip, and a small mark can fall between
          // the squares sampled: look once more on a fresh page, over every marked square.
          if (!chartTips[path].flat().some(showsPayload)) {
            await page.reload();
            await page.waitForLoadState('networkidle');
            chartTips[path] = [...chartTips[path], ...(await hoverAll(page, true))];
          }
        }
        if (path === place) {
          // With the map's tooltip open on a partner, for a look at how the names show.
          const map = page.getByTestId('place-map');
          await hover(page, map);
          await shoot(page, map, `/tmp/hostile-place-map-${lang}.png`);
          await page.screenshot({ path: `/tmp/hostile-place-${lang}.png`, fullPage: true });
        }
        if (names !== false)
          await expect
            .poll(() => page.locator('main').innerText(), { message: path })
            .toSatisfy(showsPayload);
        await expectClean(page, watch, path);
      }
      // The maps' and the network's tooltips opened and showed the names literally.
      for (const path of ['/', place, partners, compare, network])
        expect(chartTips[path].flat().some(showsPayload), `tooltips on ${path}: ${chartTips[path]}`).toBe(
          true,
        );

      // Home search lists the places by their names, as text.
      await page.goto(`${base}/`);
      const search = page.getByRole('combobox');
      await search.fill(lang === 'zh' ? '跨站' : 'Xss');
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
      expect((await page.getByRole('listbox').innerText()).split('\n').some(showsPayload)).toBe(true);
      await expectClean(page, watch, 'home search');
      await page.close();
    }, 300_000);

    it(`shows the names of accounts, organisations and jurisdictions as text, in ${lang}`, async () => {
      const { page, watch } = await newPage(lang);
      await signIn(page, base, `hostile.admin.${lang}`, { name: `Admin ${IMG}` });
      expect(await page.getByTestId('account-name').textContent()).toBe(`Admin ${IMG}`);
      await page.goto(`${base}/account`);
      await page.getByTestId('permission-table').waitFor();
      await expect.poll(() => page.locator('main').innerText()).toContain(`Admin ${IMG}`);
      // The organisation's name holds a payload in both languages.
      expect(await page.getByTestId('account-facts').innerText()).toSatisfy(showsPayload);
      await expectClean(page, watch, '/account');

      await page.goto(`${base}/admin/users`);
      const row = page.locator('tr[data-login="hostile.editor"]');
      await row.waitFor();
      expect(await row.innerText()).toContain(`Editor ${SCRIPT}`);
      // The editor's jurisdiction is the place named by payloads.
      expect(await row.locator('td').nth(3).innerText()).toSatisfy(showsPayload);
      await row.getByTestId('manage-user').click();
      const panel = page.getByTestId('user-panel');
      await panel.getByTestId('panel-history').waitFor();
      expect(await panel.getByTestId('panel-roles').innerText()).toSatisfy(showsPayload);
      await expectClean(page, watch, '/admin/users');
      await page.screenshot({ path: `/tmp/hostile-users-${lang}.png`, fullPage: true });
      await page.close();
    }, 120_000);

    it(`builds, saves and analyses an index named by payloads, in ${lang}`, async () => {
      const { page, watch } = await newPage(lang);
      await page.goto(`${base}/indices`);
      await expect.poll(() => page.locator('[data-testid=index-ranking] tbody tr').count()).toBe(51);

      // Own tables whose names are the payloads.
      await page.getByTestId('index-source').selectOption('own');
      const files = page.locator('input[type=file]');
      await files
        .nth(0)
        .setInputFiles({ name: 'iMeta.csv', mimeType: 'text/csv', buffer: Buffer.from(I_META) });
      await files
        .nth(1)
        .setInputFiles({ name: 'iData.csv', mimeType: 'text/csv', buffer: Buffer.from(I_DATA) });
      const rows = page.locator('[data-testid=index-ranking] tbody tr');
      await expect.poll(() => rows.count()).toBe(UNITS.length);
      expect(await page.getByTestId('index-ranking').innerText()).toContain(IMG);
      expect(await page.getByTestId('index-framework').innerText()).toContain(SCRIPT);
      const profileTips = await hover(page, page.getByTestId('index-profile-chart'));
      await expectClean(page, watch, 'profile chart');
      expect(profileTips.some(showsPayload), 'profile chart tooltips').toBe(true);

      // The saved index's uncertainty: the rank-interval chart names the units in its tooltip.
      await page.getByTestId('index-saved').selectOption('hostile');
      await page.getByLabel(lang === 'zh' ? '重复次数' : 'Replications').fill('50');
      await page.getByRole('button', { name: lang === 'zh' ? '运行' : 'Run', exact: true }).click();
      const chart = page.getByTestId('index-uncertainty-chart');
      const tips = await hover(page, chart);
      await expectClean(page, watch, 'uncertainty chart');
      expect(tips.some(showsPayload), 'uncertainty chart tooltips').toBe(true);
      // The table under the chart is folded away; its text is there all the same.
      expect(await page.getByTestId('index-uncertainty-result').locator('tbody').textContent()).toContain(
        SVG,
      );
      await shoot(page, chart, `/tmp/hostile-indices-chart-${lang}.png`);
      await page.screenshot({ path: `/tmp/hostile-indices-${lang}.png`, fullPage: true });
      await expectClean(page, watch, '/indices');
      await page.close();
    }, 300_000);
  }
});
