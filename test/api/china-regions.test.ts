/**
 * Hong Kong, Macao and Taiwan are parts of China: for a Chinese subject (a city, a province, the whole
 * country, or a place in those regions) no analysis or matching reply presents them as foreign. Not as a
 * country in counts, country lists, benchmarks or gaps, not among the partners laid out, compared or
 * contested, not as a row of the country network, and not as a foreign partner to recommend. Ties between
 * Chinese cities and those regions are domestic; `/api/countries` marks the regions as part of China
 * under the names Chinese usage gives them.
 *
 * Every GET route under /api/analysis and /api/matching is walked (the OpenAPI document is checked
 * against the table below), and each reply's fields that list foreign countries or partners are
 * collected with their JSON paths, so a failure names where a region showed up as foreign.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ENGINES, place } from '../support/databases.ts';
import {
  BEIJING,
  CHANGNING,
  DOC_002,
  HCMC,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
} from '../support/registry-fixtures.ts';
import { getReply, registryServer } from '../support/api.ts';
import type { Database } from '../../src/store/database.ts';
import type { Place } from '../../src/domain/geo.ts';
import { applyBatch } from '../../src/store/batch.ts';
import { saveGazetteer } from '../../src/store/gazetteer.ts';
import { searchKeysOf } from '../../src/ingest/bootstrap.ts';
import { buildCountries } from '../../src/ingest/gazetteer/countries.ts';

const HONG_KONG = 'gn:1819729';
const MACAU = 'gn:1821274';
const TAIPEI = 'gn:1668341';
const KAOHSIUNG = 'gn:1673820';
const FUJIAN = 'st:CN-FJ';
const XIAMEN = 'gn:1790645';

/** China's regions with ISO codes of their own. */
const REGIONS = ['HK', 'MO', 'TW'];
/** What is never foreign to a Chinese subject. */
const CHINA = ['CN', ...REGIONS];

/** As GeoNames has them: Hong Kong, Macau and Taipei are PPLC. */
const REGION_PLACES: Place[] = [
  place({
    id: HONG_KONG,
    nameEn: 'Hong Kong',
    nameZh: '香港',
    countryCode: 'HK',
    lat: 22.28,
    lng: 114.17,
    population: 7012738,
    isCapital: true,
    geonamesId: 1819729,
  }),
  place({
    id: MACAU,
    nameEn: 'Macau',
    nameZh: '澳门',
    countryCode: 'MO',
    lat: 22.2,
    lng: 113.55,
    population: 520400,
    isCapital: true,
    geonamesId: 1821274,
  }),
  place({
    id: TAIPEI,
    nameEn: 'Taipei',
    nameZh: '台北',
    countryCode: 'TW',
    lat: 25.05,
    lng: 121.53,
    population: 7871900,
    isCapital: true,
    geonamesId: 1668341,
  }),
  place({
    id: KAOHSIUNG,
    nameEn: 'Kaohsiung',
    nameZh: '高雄',
    countryCode: 'TW',
    lat: 22.62,
    lng: 120.31,
    population: 1519711,
    isAdminSeat: true,
    geonamesId: 1673820,
  }),
  place({
    id: FUJIAN,
    nameEn: 'Fujian',
    nameZh: '福建省',
    countryCode: 'CN',
    kind: 'province',
    lat: 26.08,
    lng: 119.3,
    divisionCode: '350000',
  }),
  place({
    id: XIAMEN,
    nameEn: 'Xiamen',
    nameZh: '厦门市',
    countryCode: 'CN',
    parentId: FUJIAN,
    lat: 24.48,
    lng: 118.08,
    population: 3531347,
    geonamesId: 1790645,
    divisionCode: '350200',
  }),
];

/**
 * The regions as the gazetteer builds them, their places, Fujian with Xiamen, and ties that could leak:
 * Shanghai–Hong Kong, Shanghai–Taipei, Beijing–Taipei (two Chinese holders: Taipei would be "contested"),
 * Beijing–Macau, Xiamen–Kaohsiung; one foreign tie of Xiamen (Ho Chi Minh City) so Fujian has ties abroad;
 * and ties of the regions abroad: Hong Kong–Yokohama, Taipei–Prague.
 */
async function withChinaRegions(db: Database): Promise<void> {
  await saveGazetteer(
    db,
    {
      countries: buildCountries().filter((c) => REGIONS.includes(c.code)),
      places: REGION_PLACES.map((p) => ({ ...p, searchKeys: searchKeysOf(p) })),
      beltAndRoad: new Set(),
      origin: 'test fixture: China regions',
    },
    'test',
  );
  const sourceId = DOC_002.id;
  await db.transaction('fixture', (tx) =>
    applyBatch(tx, {
      partnerships: [
        {
          placeA: SHANGHAI,
          placeB: HONG_KONG,
          sourceId,
          type: 'friendly_exchange',
          signed: { date: '2003-01-01', precision: 'year' },
        },
        {
          placeA: SHANGHAI,
          placeB: TAIPEI,
          sourceId,
          type: 'friendly_exchange',
          signed: { date: '2010-01-01', precision: 'year' },
        },
        { placeA: BEIJING, placeB: TAIPEI, sourceId, type: 'friendly_exchange' },
        {
          placeA: BEIJING,
          placeB: MACAU,
          sourceId,
          type: 'sister_city',
          signed: { date: '2005-01-01', precision: 'year' },
        },
        { placeA: XIAMEN, placeB: KAOHSIUNG, sourceId, type: 'friendly_exchange' },
        {
          placeA: XIAMEN,
          placeB: HCMC,
          sourceId,
          type: 'sister_city',
          signed: { date: '1995-01-01', precision: 'year' },
        },
        { placeA: HONG_KONG, placeB: YOKOHAMA, sourceId, type: 'friendly_exchange' },
        {
          placeA: TAIPEI,
          placeB: PRAGUE,
          sourceId,
          type: 'sister_city',
          signed: { date: '2020-01-01', precision: 'year' },
        },
      ],
    }),
  );
}

interface Found {
  path: string;
  value: unknown;
}

/**
 * The values at a path pattern, each with its concrete JSON path: `[]` takes every element of an array,
 * `{}` every key of an object (`gaps[].untiedLargeCities[].place.countryCode`, `profile.shares.country{}`).
 */
function valuesAt(body: unknown, pattern: string): Found[] {
  const steps = pattern.match(/\[\]|\{\}|[^.[\]{}]+/g) ?? [];
  let found: Found[] = [{ path: '', value: body }];
  for (const step of steps) {
    found = found.flatMap(({ path, value }): Found[] => {
      if (step === '[]')
        return Array.isArray(value) ? value.map((v, i) => ({ path: `${path}[${i}]`, value: v })) : [];
      if (step === '{}')
        return value && typeof value === 'object'
          ? Object.keys(value).map((k) => ({ path: `${path}.${k}`, value: k }))
          : [];
      const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
      return next === undefined ? [] : [{ path: path ? `${path}.${step}` : step, value: next }];
    });
  }
  return found;
}

/** The country codes a reply presents as foreign, at the given paths, that are in `forbidden`. */
function foreignAmong(body: unknown, fields: string[], forbidden: string[]): string[] {
  return fields
    .flatMap((f) => valuesAt(body, f))
    .filter((f) => typeof f.value === 'string' && forbidden.includes(f.value))
    .map((f) => `${f.path} = ${String(f.value)}`);
}

/** Where each kind of reply lists foreign countries or foreign partners. */
const LAYOUT = ['byCountry[].code', 'partners[].place.countryCode'];
const LAYOUT_CSV = ['[].countryCode'];
const IMBALANCE = ['byCountry[].code', 'gaps[].code', 'gaps[].untiedLargeCities[].place.countryCode'];
const COMPARE = [
  'homes[].layout.byCountry[].code',
  'homes[].layout.partners[].place.countryCode',
  'sharedPartners[].place.countryCode',
  'sharedCountries[].country.code',
];
const COUNTRY_COMPETITION = [
  'country.code',
  'places[].place.countryCode',
  'capital.country.code',
  'capital.capital.countryCode',
  'capitalCase.country.code',
  'capitalCase.capital.countryCode',
];
const PLACE_COMPETITION = ['place.countryCode'];
const CONTESTED = ['items[].place.countryCode'];
const COUNTRY_NETWORK = ['matrix.keys[]', 'countries[].id', 'countries[].countryCode'];
const CANDIDATES = ['items[].place.countryCode', 'profile.shares.country{}'];
const CANDIDATES_CSV = ['[].countryCode'];
/** Replies with no list of foreign countries or partners: walked for a 200 only. */
const NONE: string[] = [];

interface RouteCase {
  url: string;
  fields: string[];
  /** Codes that must not show up as foreign; China and its regions unless the subject is not Chinese. */
  forbidden?: string[];
  /** The subject itself is a region (a foreign country or place that is not): a 4xx refusal also passes. */
  mayRefuse?: boolean;
}

const BENCHMARKS = ['equal-continents', 'countries', 'urban-population', 'belt-and-road'];
const HOMES = [`place=${SHANGHAI}`, `place=${BEIJING}`, `province=${FUJIAN}`, 'country=CN'];

const ROUTES: RouteCase[] = [
  // Layouts of a city (with and without its districts), a province, the country, and a region's city.
  { url: `/api/analysis/layout?place=${SHANGHAI}`, fields: LAYOUT },
  { url: `/api/analysis/layout?place=${SHANGHAI}&subdivisions=true`, fields: LAYOUT },
  { url: `/api/analysis/layout?place=${BEIJING}`, fields: LAYOUT },
  { url: `/api/analysis/layout?province=${FUJIAN}`, fields: LAYOUT },
  { url: '/api/analysis/layout?country=CN', fields: LAYOUT },
  { url: `/api/analysis/layout?place=${HONG_KONG}`, fields: LAYOUT },
  { url: `/api/analysis/layout?place=${TAIPEI}`, fields: LAYOUT },
  { url: `/api/analysis/layout?place=${SHANGHAI}&format=csv`, fields: LAYOUT_CSV },
  { url: '/api/analysis/layout?country=CN&format=csv', fields: LAYOUT_CSV },
  // Imbalance: every benchmark for every kind of Chinese home, and the weighted and corridor variants.
  ...HOMES.flatMap((home) =>
    BENCHMARKS.map((b) => ({
      url: `/api/analysis/imbalance?${home}&benchmark=${b}&gaps=200`,
      fields: IMBALANCE,
    })),
  ),
  {
    url: '/api/analysis/imbalance?country=CN&benchmark=belt-and-road&weighting=urban-population&gaps=200',
    fields: IMBALANCE,
  },
  { url: '/api/analysis/imbalance?country=CN&benchmark=corridor&corridor=cpec&gaps=200', fields: IMBALANCE },
  { url: `/api/analysis/imbalance?place=${TAIPEI}&benchmark=countries&gaps=200`, fields: IMBALANCE },
  // Comparisons: Shanghai and Beijing share Taipei, which is not a shared foreign partner.
  { url: `/api/analysis/compare?places=${SHANGHAI},${BEIJING}`, fields: COMPARE },
  { url: `/api/analysis/compare?places=${SHANGHAI},${BEIJING},${XIAMEN}&subdivisions=true`, fields: COMPARE },
  // Competition at home in China: over a foreign country or place, and over the regions themselves.
  { url: '/api/analysis/competition?country=VN&home=CN', fields: COUNTRY_COMPETITION },
  { url: '/api/analysis/competition?country=JP&home=CN', fields: COUNTRY_COMPETITION },
  { url: '/api/analysis/competition?country=CZ&home=CN', fields: COUNTRY_COMPETITION },
  { url: `/api/analysis/competition?place=${YOKOHAMA}&home=CN`, fields: PLACE_COMPETITION },
  { url: '/api/analysis/competition?country=TW&home=CN', fields: COUNTRY_COMPETITION, mayRefuse: true },
  { url: '/api/analysis/competition?country=HK&home=CN', fields: COUNTRY_COMPETITION, mayRefuse: true },
  { url: '/api/analysis/competition?country=MO&home=CN', fields: COUNTRY_COMPETITION, mayRefuse: true },
  { url: `/api/analysis/competition?place=${TAIPEI}&home=CN`, fields: PLACE_COMPETITION, mayRefuse: true },
  { url: `/api/analysis/competition?place=${HONG_KONG}&home=CN`, fields: PLACE_COMPETITION, mayRefuse: true },
  { url: '/api/analysis/contested?home=CN', fields: CONTESTED },
  // Stated counts beside ours: only countries a source states a count of ties with China for.
  { url: '/api/analysis/coverage', fields: NONE },
  // Rankings carry counts only (checked below for their meaning).
  { url: '/api/analysis/rankings?country=CN&by=place&sort=countries', fields: NONE },
  { url: '/api/analysis/rankings?country=CN&by=province', fields: NONE },
  // The network: its country table is global, so only the regions are forbidden there (CN is a row).
  { url: '/api/analysis/network/countries', fields: COUNTRY_NETWORK, forbidden: REGIONS },
  { url: '/api/analysis/network/summary', fields: NONE },
  { url: '/api/analysis/network/nodes?country=CN', fields: NONE },
  { url: `/api/analysis/network?place=${SHANGHAI}`, fields: NONE },
  { url: '/api/analysis/network/export?format=gexf', fields: NONE },
  // Matching: every benchmark and strategy, a city in a province, the province, a region's city, CSV.
  ...BENCHMARKS.flatMap((b) =>
    ['balanced', 'fill-deficit'].map((s) => ({
      url: `/api/matching/candidates?place=${SHANGHAI}&benchmark=${b}&strategy=${s}&limit=1000`,
      fields: CANDIDATES,
    })),
  ),
  { url: `/api/matching/candidates?place=${SHANGHAI}&strategy=like-partners&limit=1000`, fields: CANDIDATES },
  {
    url: `/api/matching/candidates?place=${SHANGHAI}&strategy=corridor-nodes&limit=1000`,
    fields: CANDIDATES,
  },
  { url: `/api/matching/candidates?place=${SHANGHAI}&includePartners=true&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${SHANGHAI}&continent=Asia&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${SHANGHAI}&country=HK,MO,TW&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${BEIJING}&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${XIAMEN}&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${FUJIAN}&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${HONG_KONG}&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${TAIPEI}&limit=1000`, fields: CANDIDATES },
  { url: `/api/matching/candidates?place=${SHANGHAI}&limit=1000&format=csv`, fields: CANDIDATES_CSV },
  // Vetting a foreign proposal; proposals in the regions are checked below for their meaning.
  { url: `/api/matching/vet?place=${SHANGHAI}&candidate=${PRAGUE}`, fields: NONE },
];

describe.each(ENGINES)('Hong Kong, Macao and Taiwan are never foreign to China, on %s', (engine) => {
  const server = registryServer(engine, { rateLimit: false }, withChinaRegions);
  const get = async (url: string) => {
    const reply = await getReply(server.app, url);
    const body =
      typeof reply.body === 'string' && reply.type.includes('text/csv')
        ? parse(reply.body, { columns: true })
        : reply.body;
    return { ...reply, body };
  };

  it('walks every GET route under /api/analysis and /api/matching', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(doc.paths)
      .filter(([path, item]) => /^\/api\/(analysis|matching)\//.test(path) && item.get)
      .map(([path]) => path)
      .sort();
    const walked = [...new Set(ROUTES.map((r) => r.url.split('?')[0]))].sort();
    expect(walked).toEqual(documented);
  });

  for (const { url, fields, forbidden, mayRefuse } of ROUTES)
    it(`GET ${url} lists none of them as foreign`, async () => {
      const { status, body } = await get(url);
      if (mayRefuse && status >= 400 && status < 500) return;
      expect(status, JSON.stringify(body).slice(0, 500)).toBe(200);
      // The paths name real fields of the reply: a misspelt one would find nothing and prove nothing.
      if (fields.length) expect(fields.flatMap((f) => valuesAt(body, f)).length).toBeGreaterThan(0);
      expect(foreignAmong(body, fields, forbidden ?? CHINA)).toEqual([]);
    });

  it('counts ties with the regions as domestic, not as ties abroad', async () => {
    // Shanghai abroad: Ho Chi Minh City, Yokohama, Chiang Mai Province; at home: Hong Kong, Taipei.
    const shanghai = (await get(`/api/analysis/layout?place=${SHANGHAI}`)).body;
    expect(shanghai).toMatchObject({ total: 3, domestic: 2, distinctCountries: 3, distinctPartners: 3 });
    // Beijing abroad: Hanoi; at home: Taipei, Macau.
    const beijing = (await get(`/api/analysis/layout?place=${BEIJING}`)).body;
    expect(beijing).toMatchObject({ total: 1, domestic: 2, distinctCountries: 1 });
    // Fujian (Xiamen) abroad: Ho Chi Minh City; at home: Kaohsiung.
    const fujian = (await get(`/api/analysis/layout?province=${FUJIAN}`)).body;
    expect(fujian).toMatchObject({ total: 1, domestic: 1, distinctCountries: 1 });
    // China abroad: Shanghai's three, Changning–Prague, Beijing–Hanoi, Xiamen–Ho Chi Minh City.
    const china = (await get('/api/analysis/layout?country=CN')).body;
    expect(china).toMatchObject({ total: 6, domestic: 5, distinctCountries: 4 });
    // Hong Kong's own layout: Yokohama abroad, Shanghai at home.
    const hongKong = (await get(`/api/analysis/layout?place=${HONG_KONG}`)).body;
    expect(hongKong).toMatchObject({ total: 1, domestic: 1 });
    for (const b of BENCHMARKS) {
      const { body } = await get(`/api/analysis/imbalance?country=CN&benchmark=${b}`);
      expect(body.total, b).toBe(6);
    }
  });

  it('ranks Chinese places by their ties abroad only', async () => {
    const { body } = await get('/api/analysis/rankings?country=CN&by=place&limit=50');
    const row = (id: string) => body.items.find((r: { id: string }) => r.id === id);
    expect(row(SHANGHAI)).toMatchObject({ ties: 3, partners: 3, countries: 3, domestic: 2 });
    expect(row(BEIJING)).toMatchObject({ ties: 1, partners: 1, countries: 1, domestic: 2 });
    expect(row(XIAMEN)).toMatchObject({ ties: 1, partners: 1, countries: 1, domestic: 1 });
    expect(row(CHANGNING)).toMatchObject({ ties: 1, countries: 1 });
    const provinces = (await get('/api/analysis/rankings?country=CN&by=province')).body;
    const fujian = provinces.items.find((r: { id: string }) => r.id === FUJIAN);
    expect(fujian).toMatchObject({ ties: 1, countries: 1, domestic: 1 });
  });

  it('does not count Taipei as a partner or Taiwan as a country Shanghai and Beijing share', async () => {
    const { body } = await get(`/api/analysis/compare?places=${SHANGHAI},${BEIJING}`);
    expect(body.pairs[0]).toMatchObject({ sharedPartners: 0, sharedCountries: 1 }); // Vietnam only
    expect(body.sharedPartners).toEqual([]);
  });

  it('does not list Taipei among the foreign places Chinese cities contend for', async () => {
    const { body } = await get('/api/analysis/contested?home=CN&min=2');
    expect(body.items.map((i: { place: { id: string } }) => i.place.id)).not.toContain(TAIPEI);
  });

  /** A reply's warning codes, and what its Belt and Road warning says (null without one). */
  type Vetted = { warnings: { code: string; en: string }[] };
  const codes = (r: Vetted) => r.warnings.map((w) => w.code);
  const beltAndRoad = (r: Vetted) => r.warnings.find((w) => w.code === 'not-belt-and-road')?.en ?? null;

  it('vets a partner in the regions as it vets a mainland one (Beijing for Shanghai)', async () => {
    const mainland = (await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${BEIJING}`)).body;
    expect(mainland.rankAmongAll).toBeNull();
    expect(codes(mainland)).toContain('same-country');
    for (const candidate of [HONG_KONG, MACAU, TAIPEI, KAOHSIUNG]) {
      const { status, body } = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${candidate}`);
      expect(status).toBe(200);
      // Not ranked among the candidates abroad, and warned as in the seeker's own country.
      expect(body.rankAmongAll, candidate).toBeNull();
      expect(codes(body), candidate).toContain('same-country');
      // Never a country of its own: no capital of "Taiwan, China" held by a peer, and whatever the
      // Belt and Road warning says of a mainland candidate, it says nothing else of a region.
      expect(codes(body), candidate).not.toContain('capital-held');
      expect(beltAndRoad(body), candidate).toBe(beltAndRoad(mainland));
    }
  });

  it('offers partners in the regions only as domestic ones, when own-country candidates are asked for', async () => {
    const { body } = await get(
      `/api/matching/candidates?place=${SHANGHAI}&includeOwnCountry=true&limit=1000`,
    );
    type Item = Vetted & { place: { id: string; countryCode: string } };
    const mainland = body.items.find((i: Item) => i.place.id === BEIJING);
    const inRegions = body.items.filter((i: Item) => REGIONS.includes(i.place.countryCode));
    expect(inRegions.length).toBeGreaterThan(0);
    for (const item of inRegions) {
      expect(codes(item), item.place.id).toContain('same-country');
      expect(codes(item), item.place.id).not.toContain('capital-held');
      expect(beltAndRoad(item), item.place.id).toBe(beltAndRoad(mainland));
    }
  });

  it('marks the regions as parts of China in /api/countries, under their Chinese-usage names', async () => {
    const { status, body } = await get('/api/countries');
    expect(status).toBe(200);
    const byCode = new Map(body.items.map((c: { code: string }) => [c.code, c]));
    expect(byCode.get('HK')).toMatchObject({ partOf: 'CN', nameZh: '中国香港', nameEn: 'Hong Kong, China' });
    expect(byCode.get('MO')).toMatchObject({ partOf: 'CN', nameZh: '中国澳门', nameEn: 'Macao, China' });
    expect(byCode.get('TW')).toMatchObject({ partOf: 'CN', nameZh: '中国台湾', nameEn: 'Taiwan, China' });
    for (const code of ['CN', 'VN', 'JP', 'CZ', 'TH'])
      expect(byCode.get(code), code).toMatchObject({ partOf: null });
  });

  it('counts each country’s ties with China, the regions included, apart from its ties worldwide', async () => {
    const { body } = await get('/api/countries');
    type Country = { code: string; partnerships: number; chineseTies: number };
    const byCode = new Map<string, Country>(body.items.map((c: Country) => [c.code, c]));
    for (const code of CHINA) expect(byCode.get(code)!.chineseTies, code).toBe(0);
    for (const code of ['CZ', 'JP', 'VN']) {
      const ties = (await get(`/api/partnerships?country=${code}&limit=1000`)).body.items as {
        placeA: { countryCode: string };
        placeB: { countryCode: string };
      }[];
      const withChina = ties.filter(
        (t) =>
          [t.placeA, t.placeB].some((p) => CHINA.includes(p.countryCode)) &&
          [t.placeA, t.placeB].some((p) => p.countryCode === code),
      ).length;
      expect(withChina, code).toBeGreaterThan(0);
      expect(byCode.get(code)!.chineseTies, code).toBe(withChina);
      expect(byCode.get(code)!.partnerships, code).toBe(ties.length);
    }
  });
});
