/**
 * ECharts renders a function formatter's return value as HTML, so every formatter in every option the web
 * app builds must return escaped text. Hostile names go through every builder exported from
 * web/src/charts.ts, and every formatter found in the returned options is called with them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/ingest/bootstrap.ts';

// A computed specifier keeps the root tsc (NodeNext) from type-checking the browser code, which the web
// tsconfig checks with bundler resolution.
const CHARTS = '../../web/src/charts.ts';
const ESCAPE = '../../web/src/escape.ts';

type Fn = (...args: unknown[]) => unknown;

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://x","y")',
];

/** Markup a formatter must never emit: the probes' tags, or any event-handler attribute inside a tag. */
function unsafe(text: string): string | null {
  if (/<\s*(img|script|svg)/i.test(text)) return 'a hostile tag';
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text)) return 'an on…= attribute';
  // Line breaks are the only markup the app's tooltips use.
  const other = text.replace(/<br\s*\/?>/gi, '');
  if (other.includes('<')) return 'markup other than <br/>';
  return null;
}

const number = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
// The pages pass Intl formatters, as here.
const num = (n: number) => number.format(n);
const pct = (n: number) => percent.format(n);

/** Arguments for each exported builder, carrying the hostile name `h` in every string. */
function argsFor(h: string): Record<string, unknown[]> {
  const tie = (i: number) => ({
    name: h,
    lng: 10 + i,
    lat: 20 + i,
    type: ['sister', 'friendly', 'other'][i % 3],
    level: ['province', 'city', null][i % 3],
    id: `${h}-${i}`,
  });
  const centre = { name: h, lng: 121.47, lat: 31.23 };
  return {
    partnerLinesOption: [centre, [tie(0), tie(1), tie(2)], () => h, {}],
    candidatesOption: [
      centre,
      [0, 1].map((i) => ({ id: `${h}-${i}`, name: h, lng: i, lat: i, rank: i + 1, detail: h })),
      { centre: h, candidates: h },
    ],
    pointsOption: [
      [{ id: h, name: h, lng: 1, lat: 2, count: 3, detail: h }],
      [{ id: h, name: h, lng: 3, lat: 4, count: 5, detail: h }],
      { foreign: h, domestic: h },
    ],
    barOption: [[h, h], [1, 2], { horizontal: true, valueFormat: num, name: h }],
    cumulativeOption: [[2001, 2002], [1, 2], [1, 3], { perYear: h, cumulative: h }],
    sharesOption: [[h, h], [{ key: h, label: h, colour: '#123456', shares: [0.5, 0.25] }], pct],
    pieOption: [[{ name: h, value: 1 }]],
    profileOption: [[h, h], [1, null], [2, 3], { unit: h, median: h }, num],
    networkGraphOption: [
      [0, 1].map((i) => ({
        id: `${h}-${i}`,
        name: h,
        value: i + 1,
        size: 10,
        colour: '#123456',
        labelled: i === 0,
        detail: h,
      })),
      [{ source: `${h}-0`, target: `${h}-1`, width: 1, detail: h }],
    ],
    rankIntervalsOption: [
      [h, h],
      [
        { q05: 1, q95: 2, median: 1, nominal: 1 },
        { q05: 1, q95: 2, median: 2, nominal: 2 },
      ],
      { interval: h, median: h, nominal: h, rank: h },
    ],
  };
}

/** What ECharts passes a formatter, with the hostile name wherever a name or a value can be. */
function params(h: string, dataIndex: number, value: unknown) {
  return {
    componentType: 'series',
    seriesType: 'scatter',
    seriesIndex: 0,
    seriesName: h,
    name: h,
    dataIndex,
    value,
    data: { name: h, partner: h, detail: h, rank: dataIndex + 1, value },
    color: '#1f6fb2',
    marker: '',
    percent: 50,
  };
}

/** Every formatter function in an option, with where it was found. */
function formatters(value: unknown, at: string, seen = new Set<unknown>()): { at: string; fn: Fn }[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const found: { at: string; fn: Fn }[] = [];
  for (const [key, v] of Object.entries(value)) {
    const here = `${at}.${key}`;
    if (typeof v === 'function' && /formatter$/i.test(key)) found.push({ at: here, fn: v as Fn });
    else found.push(...formatters(v, here, seen));
  }
  return found;
}

/** Calls a formatter with item params and with axis (array) params; at least one shape must fit. */
function outputs(fn: Fn, h: string): string[] {
  const shapes: unknown[] = [];
  for (const value of [h, [h, h, h], 1]) {
    shapes.push(params(h, 0, value), params(h, 1, value), [params(h, 0, value), params(h, 1, value)]);
  }
  shapes.push(h, 0.5);
  const out: string[] = [];
  for (const shape of shapes) {
    try {
      const r = fn(shape, 0);
      if (r !== undefined && r !== null) out.push(String(r));
    } catch {
      // A shape the formatter does not take (an array where it reads p.data, say).
    }
  }
  return out;
}

describe('chart options escape the names they show', async () => {
  const charts = (await import(CHARTS)) as Record<string, unknown>;
  const builders = Object.entries(charts).filter(([, v]) => typeof v === 'function') as [string, Fn][];

  it('has arguments for every exported builder', () => {
    expect(builders.length).toBeGreaterThan(0);
    expect(Object.keys(argsFor('x')).sort()).toEqual(builders.map(([name]) => name).sort());
  });

  for (const h of HOSTILE) {
    it(`returns no markup from a formatter given ${h}`, () => {
      let called = 0;
      for (const [name, build] of builders) {
        const option = build(...argsFor(h)[name]);
        for (const { at, fn } of formatters(option, name)) {
          const texts = outputs(fn, h);
          expect(texts.length, `${at} took none of the params shapes`).toBeGreaterThan(0);
          called++;
          for (const text of texts) expect(unsafe(text), `${at} returned ${JSON.stringify(text)}`).toBeNull();
        }
      }
      expect(called).toBeGreaterThan(5);
    });
  }

  it('keeps ordinary names as they were, with line breaks between escaped parts', () => {
    const candidates = charts.candidatesOption as Fn;
    const option = candidates(
      { name: 'Shanghai', lng: 121, lat: 31 },
      [{ id: 'a', name: 'Osaka & Kobe', lng: 135, lat: 34, rank: 2, detail: 'score 0.8' }],
      { centre: 'Shanghai', candidates: 'Candidates' },
    ) as { series: { tooltip: { formatter: Fn } }[] };
    const p = { name: 'Osaka & Kobe', data: { name: 'Osaka & Kobe', rank: 2, detail: 'score 0.8' } };
    expect(option.series[0].tooltip.formatter(p)).toBe('2. Osaka &amp; Kobe<br/>score 0.8');

    const intervals = charts.rankIntervalsOption as Fn;
    const ranks = intervals(
      ['Tokyo', '<b>'],
      [
        { q05: 1, q95: 3, median: 2, nominal: 1 },
        { q05: 2, q95: 4, median: 3, nominal: 2 },
      ],
      { interval: 'Interval', median: 'Median', nominal: 'Nominal', rank: 'Rank' },
    ) as { tooltip: { formatter: Fn } };
    expect(ranks.tooltip.formatter([{ dataIndex: 0 }])).toBe(
      'Tokyo<br/>Nominal: 1<br/>Median: 2<br/>Interval: 1–3',
    );
    expect(ranks.tooltip.formatter([{ dataIndex: 1 }])).toContain('&lt;b&gt;<br/>');
  });

  it('escapes every character HTML gives meaning to', async () => {
    const { escapeHtml } = (await import(ESCAPE)) as { escapeHtml: (v: unknown) => string };
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(3)).toBe('3');
  });
});

/** Source files of the web app, for the checks that no page builds HTML or chart formatters itself. */
function webSources(dir = path.join(REPO_ROOT, 'web/src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? webSources(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('the web app builds HTML only through the shared escaping', () => {
  const files = webSources().map((file) => ({
    file: path.relative(REPO_ROOT, file),
    text: readFileSync(file, 'utf8'),
  }));

  it('sets no HTML from strings', () => {
    for (const { file, text } of files)
      expect(text, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|\.write\(/,
      );
  });

  it('defines chart formatters only in charts.ts, where the test above calls them all', () => {
    for (const { file, text } of files) {
      if (file !== path.join('web', 'src', 'charts.ts')) expect(text, file).not.toMatch(/formatter\s*:/);
      // Markup in a string is assembled only by the escaping helpers.
      if (file !== path.join('web', 'src', 'escape.ts')) expect(text, file).not.toMatch(/['"`][^'"`]*<br/);
    }
  });
});
