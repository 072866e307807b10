import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceKind } from '../../src/domain/geo.ts';
import type { ResolveQuery, Resolver } from '../../src/ingest/resolve/resolver.ts';
import { fixture } from './fixture.ts';

let resolver: Resolver;
beforeAll(() => {
  resolver = fixture().resolver;
});

/** Expected outcome: a place id, or the country and English name of the place. */
type Expect = string | { country: string; nameEn: string | RegExp };

/** Hard names from the twin-city file and the source documents. */
const CASES: [query: ResolveQuery, expected: Expect][] = [
  // Chinese names and municipalities
  [{ name: '上海市' }, 'gn:1796236'],
  [{ name: '上海', country: 'CN' }, 'gn:1796236'],
  [{ name: 'Shanghai', country: 'China' }, 'gn:1796236'],
  [{ name: 'Shànghǎi' }, 'gn:1796236'],
  [{ name: 'Shanghai', country: 'CN', kind: 'province' }, 'gn:1796236'],
  [{ name: '成都' }, 'gn:1815286'],
  [{ name: '成都市', country: '中国' }, 'gn:1815286'],
  [{ name: 'Chengdu', country: 'CN' }, 'gn:1815286'],
  [{ name: 'Beijing', country: 'China' }, 'gn:1816670'],
  [{ name: '北京市' }, 'gn:1816670'],
  [{ name: 'Tianjin', country: 'CN' }, 'gn:1792947'],
  [{ name: '重庆市' }, 'gn:1814906'],
  [{ name: 'Sichuan Province', country: 'CN' }, 'st:CN-SC'],
  [{ name: '四川省' }, 'st:CN-SC'],
  [{ name: "Xi'an", country: 'China' }, 'gn:1790630'],
  // Qualifiers and districts in China
  [{ name: 'Huangpu (Shanghai)', country: 'China' }, 'cn:310101'],
  [{ name: 'Huangpu District, Shanghai', country: 'CN' }, 'cn:310101'],
  [{ name: '黄浦区' }, 'cn:310101'],
  [{ name: 'Changning District, Shanghai', country: 'CN' }, 'gn:1815611'],
  [{ name: '长宁区', country: 'CN' }, 'gn:1815611'],
  [{ name: 'Haiyan', country: 'CN', lat: 30.53, lng: 120.94 }, 'cn:330424'],
  [{ name: '海盐县' }, 'cn:330424'],
  // Homonyms
  [{ name: 'Manila', country: 'PH' }, 'gn:1701668'],
  [{ name: 'Manila', country: 'Philippines' }, 'gn:1701668'],
  [{ name: 'Manila' }, 'gn:1701668'],
  [{ name: 'Manila', country: 'US', lat: 35.88, lng: -90.17 }, 'gn:4120426'],
  [{ name: 'Prague', country: 'Czech Republic' }, 'gn:3067696'],
  [{ name: 'Vienna', country: 'Austria' }, 'gn:2761369'],
  [
    { name: 'Portland', country: 'United States', lat: 43.66, lng: -70.26 },
    { country: 'US', nameEn: 'Portland' },
  ],
  [
    { name: 'Springfield', country: 'US', lat: 39.8, lng: -89.65 },
    { country: 'US', nameEn: 'Springfield' },
  ],
  [{ name: 'Haiyan County', country: 'CN', altNames: ['海盐县'] }, 'cn:330424'],
  // Regions and provinces
  [{ name: 'Metro Manila', country: 'PH' }, 'st:PH-NCR'],
  [{ name: 'Chiang Mai Province', country: 'Thailand' }, 'st:TH-50'],
  [{ name: 'Chiang Mai', country: 'TH' }, 'gn:1153671'],
  [{ name: 'East Java', country: 'Indonesia' }, 'st:ID-JI'],
  [{ name: 'Jawa Timur', country: 'ID' }, 'st:ID-JI'],
  [
    { name: 'Auvergne-Rhône-Alpes', country: 'France' },
    { country: 'FR', nameEn: /Auvergne/ },
  ],
  [{ name: 'Palawan', country: 'PH' }, 'st:PH-PLW'],
  [{ name: 'Jakarta', country: 'ID', kind: 'province' }, 'st:ID-JK'],
  [{ name: 'Jakarta', country: 'ID' }, 'gn:1642911'],
  // Districts
  [{ name: 'Vienna 22 – Donaustadt', country: 'Austria' }, 'gn:11903636'],
  [{ name: 'Budapest District XV', country: 'Hungary' }, 'gn:7284832'],
  [{ name: 'Budapest XV', country: 'HU' }, 'gn:7284832'],
  [{ name: 'Prague 1', country: 'CZ' }, 'gn:3067696'],
  // Diacritics, spelling variants, country name forms
  [
    { name: 'Bağcılar', country: 'Turkey' },
    { country: 'TR', nameEn: 'Bağcılar' },
  ],
  [
    { name: 'Bagcilar', country: 'TR' },
    { country: 'TR', nameEn: 'Bağcılar' },
  ],
  [
    { name: 'Łódź', country: 'Poland' },
    { country: 'PL', nameEn: 'Łódź' },
  ],
  [
    { name: 'Lodz', country: 'PL' },
    { country: 'PL', nameEn: 'Łódź' },
  ],
  [{ name: 'Ho Chi Minh City', country: 'Vietnam' }, 'gn:1566083'],
  [{ name: 'Thành phố Hồ Chí Minh', country: 'VN' }, 'gn:1566083'],
  [
    { name: 'St. Petersburg', country: 'Russia' },
    { country: 'RU', nameEn: 'Saint Petersburg' },
  ],
  [
    { name: 'Saint Petersburg', country: 'RU' },
    { country: 'RU', nameEn: 'Saint Petersburg' },
  ],
  [
    { name: 'Stratford-upon-Avon', country: 'England' },
    { country: 'GB', nameEn: /Stratford/ },
  ],
  [
    { name: 'Frankfurt am Main', country: 'Germany' },
    { country: 'DE', nameEn: 'Frankfurt am Main' },
  ],
  [
    { name: 'Offenbach am Main', country: 'Germany' },
    { country: 'DE', nameEn: 'Offenbach' },
  ],
  [
    { name: 'Cologne', country: 'Germany' },
    { country: 'DE', nameEn: 'Köln' },
  ],
  [
    { name: 'Tbilisi', country: 'Georgia (country)' },
    { country: 'GE', nameEn: 'Tbilisi' },
  ],
  [
    { name: 'Pristina', country: 'Kosovo' },
    { country: 'XK', nameEn: /Pristina|Prishtin/ },
  ],
  [
    { name: 'Ramallah', country: 'Palestine' },
    { country: 'PS', nameEn: 'Ramallah' },
  ],
  [
    { name: 'Macau', country: 'Macau' },
    { country: 'MO', nameEn: 'Macau' },
  ],
  [
    { name: 'Taipei', country: 'Taiwan' },
    { country: 'TW', nameEn: 'Taipei' },
  ],
  [
    { name: 'Brazzaville', country: 'Republic of the Congo' },
    { country: 'CG', nameEn: 'Brazzaville' },
  ],
  [
    { name: 'Saint-Denis', country: 'Réunion, France' },
    { country: 'RE', nameEn: 'Saint-Denis' },
  ],
  [
    { name: 'Tórshavn', country: 'Faroe Islands' },
    { country: 'FO', nameEn: 'Tórshavn' },
  ],
  [
    { name: 'Polotsk', country: 'Belarus' },
    { country: 'BY', nameEn: 'Polatsk' },
  ],
  [
    { name: 'Charlottenburg-Wilmersdorf (Berlin)', country: 'Germany' },
    { country: 'DE', nameEn: 'Berlin' },
  ],
  // Seed partnerships, foreign sides in Chinese and English
  [{ name: '大马尼拉市', country: 'PH' }, 'st:PH-NCR'],
  [{ name: '马尼拉市', country: 'PH' }, 'gn:1701668'],
  [{ name: '布达佩斯第十五区', country: 'HU' }, 'gn:7284832'],
  [{ name: '布拉格市第一区', country: 'CZ' }, 'gn:3067696'],
  [{ name: '瓜达尔', country: 'PK' }, 'gn:1177446'],
  [
    { name: '民丹岛市', country: 'ID' },
    { country: 'ID', nameEn: /Bintan/ },
  ],
  [
    { name: 'Bintan', country: 'ID' },
    { country: 'ID', nameEn: /Bintan/ },
  ],
  [{ name: '胡志明市', country: 'VN' }, 'gn:1566083'],
  [{ name: '清迈府', country: 'TH' }, 'st:TH-50'],
  [{ name: '东爪哇省', country: 'ID' }, 'st:ID-JI'],
  [{ name: '巴拉望省', country: 'PH' }, 'st:PH-PLW'],
  [{ name: '雅加达特区', country: 'ID' }, 'st:ID-JK'],
  // Variants near the file's coordinates: transliterations and dropped designations
  [{ name: 'Zaporizhzhia', country: 'Ukraine', lat: 47.85, lng: 35.1175 }, 'gn:687700'],
  [{ name: 'Bad Kötzting', country: 'Germany', lat: 49.1769, lng: 12.855 }, 'gn:2885070'],
  [{ name: 'Zhodzina', country: 'Belarus', lat: 54.1, lng: 28.35 }, 'gn:618800'],
  [{ name: 'Aarhus', country: 'Denmark', lat: 56.1572, lng: 10.2107 }, 'gn:2624652'],
  [{ name: 'Beit Sahour', country: 'Palestine', lat: 31.7003, lng: 35.225 }, 'gn:284304'],
  [{ name: 'Vitoria-Gasteiz', country: 'Spain', lat: 42.85, lng: -2.6833 }, 'gn:3104499'],
];

function check(query: ResolveQuery, expected: Expect): void {
  const r = resolver.resolve(query);
  const label = `${query.name} | ${query.country ?? ''} → ${r.status}: ${r.reason}`;
  expect(r.status, label).toBe('resolved');
  if (r.status !== 'resolved') return;
  if (typeof expected === 'string') expect(r.place.id, label).toBe(expected);
  else {
    expect(r.place.countryCode, label).toBe(expected.country);
    if (typeof expected.nameEn === 'string') expect(r.place.nameEn, label).toBe(expected.nameEn);
    else expect(r.place.nameEn, label).toMatch(expected.nameEn);
  }
  expect(r.confidence).toBeGreaterThan(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
}

describe('Resolver on hard names', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  for (const [query, expected] of CASES) {
    it(`${query.name}${query.country ? ` (${query.country})` : ''}${query.kind ? ` as ${query.kind}` : ''}`, () =>
      check(query, expected));
  }
});

describe('Resolver never guesses', () => {
  it('does not take a neighbour or a part for a variant of the name', () => {
    // Each was once resolved to the place named, which is another place than the one meant.
    const wrong: [ResolveQuery, string][] = [
      [{ name: 'Aue-Bad Schlema', country: 'Germany', lat: 50.6, lng: 12.6833 }, 'gn:2838671'],
      [
        { name: 'Istočno Sarajevo', country: 'Bosnia and Herzegovina', lat: 43.8167, lng: 18.35 },
        'gn:3191281',
      ],
      [{ name: 'Greater Manchester', country: 'England', lat: 53.4308, lng: -2.2426 }, 'gn:2643123'],
      [{ name: 'Treptow-Köpenick (Berlin)', country: 'Germany', lat: 52.4417, lng: 13.5747 }, 'gn:2885656'],
      [{ name: 'Lasarte-Oria', country: 'Spain', lat: 43.2667, lng: -2.0167 }, 'gn:3119027'],
      [{ name: 'Atia (Corund)', country: 'Romania', lat: 46.43, lng: 25.18 }, 'gn:686059'],
      [{ name: 'Bergstraße (district)', country: 'Germany', lat: 49.64, lng: 8.63 }, 'gn:2906268'],
    ];
    for (const [query, id] of wrong) {
      const r = resolver.resolve(query);
      expect(r.status === 'resolved' ? r.place.id : r.status, query.name).not.toBe(id);
    }
  });

  it('does not jump to another country', () => {
    const r = resolver.resolve({ name: 'Manila', country: 'France' });
    expect(r.status).toBe('unresolved');
    expect(r.reason).toMatch(/PH/);
  });
  it('returns homonyms nothing separates as ambiguous', () => {
    const r = resolver.resolve({ name: 'Huangpu', country: 'CN' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.place.id)).toContain('cn:310101');
    expect(resolver.resolve({ name: 'Kansas City', country: 'US' }).status).toBe('ambiguous');
    expect(resolver.resolve({ name: 'Haiyan County', country: 'CN' }).status).toBe('ambiguous');
  });
  it('explains a homonym choice', () => {
    const r = resolver.resolve({ name: 'Manila' });
    expect(r.status === 'resolved' && r.reason).toMatch(/capital/);
  });
  it('gives the city for a district it lacks, with lower confidence and a reason', () => {
    const r = resolver.resolve({ name: 'Prague 1', country: 'CZ' });
    expect(r.status).toBe('resolved');
    if (r.status === 'resolved') {
      expect(r.confidence).toBeLessThan(0.7);
      expect(r.reason).toMatch(/no place for district 1/);
    }
  });
  it('reports an unknown country', () => {
    expect(resolver.resolve({ name: 'Paris', country: 'Atlantis' }).status).toBe('unresolved');
  });
});

describe('seed partnerships', () => {
  const file = new URL('../../data/seed-facts/partnerships.json', import.meta.url);
  const fallback = new URL('../../../shared/data/seed-facts/partnerships.json', import.meta.url);
  const read = (u: URL) =>
    JSON.parse(readFileSync(u, 'utf8')) as {
      records: { a: Side; b: Side; level: string }[];
    };
  type Side = { zh: string; en: string; country: string };
  let records: { a: Side; b: Side; level: string }[] = [];
  try {
    records = read(file).records;
  } catch {
    records = read(fallback).records;
  }
  const kinds: Record<string, PlaceKind> = { province: 'province', city: 'city', district: 'district' };
  it('resolves both names of every side to the same place', () => {
    const failures: string[] = [];
    for (const rec of records) {
      for (const side of [rec.a, rec.b]) {
        // The level belongs to the pair, not to a side (Linyi, a city, has a district partner): only `province` is passed on.
        const kind = rec.level === 'province' ? kinds.province : undefined;
        const zh = resolver.resolve({ name: side.zh, country: side.country, kind });
        // Both names together, as an importer passes them: `Haiyan County` alone is 海盐县 or 海晏县.
        const en = resolver.resolve({ name: side.en, country: side.country, kind, altNames: [side.zh] });
        if (zh.status !== 'resolved' || en.status !== 'resolved')
          failures.push(`${side.zh}/${side.en}: ${zh.reason} | ${en.reason}`);
        else if (zh.place.id !== en.place.id)
          failures.push(`${side.zh} → ${zh.place.id}, ${side.en} → ${en.place.id}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('countries and search', () => {
  it('resolves every country form of the twin-city file', () => {
    for (const [form, code] of [
      ['Georgia (country)', 'GE'],
      ['Czech Republic', 'CZ'],
      ['Republic of the Congo', 'CG'],
      ['Macau', 'MO'],
      ['Taiwan', 'TW'],
      ['Kosovo', 'XK'],
      ['Palestine', 'PS'],
      ['England, United Kingdom', 'GB'],
      ['Scotland', 'GB'],
      ['Réunion, France', 'RE'],
      ['Lower Saxony, Germany', 'DE'],
      ['in Italy', 'IT'],
      ['Bosnia and Hercegovina', 'BA'],
      ['Northern Cyprus', 'CY'],
      ['East Timor', 'TL'],
      ['Ivory Coast', 'CI'],
      ['CN', 'CN'],
      ['CHN', 'CN'],
      ['中国', 'CN'],
      ['Democratic Republic of the Congo', 'CD'],
    ] as const) {
      expect(resolver.resolveCountry(form)?.code, form).toBe(code);
    }
  });
  it('autocompletes in any name form, exact then by population', () => {
    expect(resolver.search('Shanghai', 5)[0].id).toBe('gn:1796236');
    expect(resolver.search('上海', 5)[0].id).toBe('gn:1796236');
    expect(resolver.search('manil', 5)[0].id).toBe('gn:1701668');
    expect(resolver.search('成', 20).map((p) => p.id)).toContain('gn:1815286');
  });
  it('adds user aliases', () => {
    const { gazetteer } = fixture();
    const shanghai = gazetteer.places.find((p) => p.id === 'gn:1796236')!;
    expect(shanghai).toBeDefined();
    resolver.addAlias('Pearl of the Orient', 'gn:1796236');
    const r = resolver.resolve({ name: 'Pearl of the Orient' });
    expect(r.status === 'resolved' && r.place.id).toBe('gn:1796236');
  });
});
