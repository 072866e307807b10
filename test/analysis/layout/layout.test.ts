import { describe, expect, it } from 'vitest';
import {
  capitalCase,
  compareHomes,
  compareStatedFigures,
  countryCompetition,
  imbalance,
  layoutStatistics,
  mostContestedPlaces,
  observationsFor,
  placeCompetition,
  rankDomestic,
  selectTies,
  BenchmarkError,
} from '../../../src/analysis/layout/index.ts';
import { handDataset } from './hand-dataset.ts';

const ds = handDataset();
const shanghai = selectTies(ds, { home: { kind: 'place', placeId: 'sh' } });
const beijing = selectTies(ds, { home: { kind: 'place', placeId: 'bj' } });
const ids = (s: { ties: { tie: { id: string } }[] }) => s.ties.map((t) => t.tie.id);

describe('selectTies', () => {
  it('takes a place, leaves domestic ties out but counts them', () => {
    expect(ids(shanghai)).toEqual(['t01', 't02', 't03', 't05', 't12']);
    expect(shanghai.domestic).toEqual({ count: 1, tieIds: ['t11'] });
    expect(shanghai.ties.find((t) => t.tie.id === 't02')!.partner.id).toBe('osaka');
    expect(shanghai.homeCountryCodes).toEqual(['CN']);
  });

  it('takes subdivisions through the parent chain, a province and a country', () => {
    const withDistricts = selectTies(ds, {
      home: { kind: 'place', placeId: 'sh', includeSubdivisions: true },
    });
    expect(ids(withDistricts)).toEqual(['t01', 't02', 't03', 't04', 't05', 't12']);
    expect(withDistricts.homePlaceIds).toEqual(['pd', 'sh']);
    expect(ids(selectTies(ds, { home: { kind: 'province', provinceId: 'js' } }))).toEqual(['t10']);
    const china = selectTies(ds, { home: { kind: 'country', countryCode: 'CN' } });
    expect(china.ties).toHaveLength(11);
    expect(china.domestic.count).toBe(1);
  });

  it('filters by type, level, status and signing years', () => {
    const sister = selectTies(ds, { home: { kind: 'place', placeId: 'sh' }, types: ['sister_city'] });
    expect(ids(sister)).toEqual(['t01', 't02', 't03', 't05']);
    // t12 (unknown type) and the domestic t11 (friendly exchange) fail the filter.
    expect(sister.excluded.byFilter).toBe(2);
    const seventies = { home: { kind: 'place', placeId: 'sh' }, signedFrom: 1970, signedTo: 1980 } as const;
    expect(ids(selectTies(ds, seventies))).toEqual(['t01', 't02']);
    expect(ids(selectTies(ds, { ...seventies, includeUndated: true }))).toEqual(['t01', 't02', 't12']);
    expect(ids(selectTies(ds, { home: { kind: 'place', placeId: 'sh' }, levels: [null] }))).toEqual(['t12']);
    expect(ids(selectTies(ds, { home: { kind: 'place', placeId: 'sh' }, statuses: ['dormant'] }))).toEqual([
      't12',
    ]);
  });
});

describe('layoutStatistics', () => {
  const s = layoutStatistics(ds, shanghai);

  it('counts and shares by continent, subregion and country', () => {
    expect(s.total).toBe(5);
    expect(s.domestic).toBe(1);
    expect(s.byContinent.map((c) => [c.continent, c.count, c.share])).toEqual([
      ['Asia', 4, 0.8],
      ['Europe', 1, 0.2],
    ]);
    expect(s.bySubregion.map((c) => [c.subregion, c.count])).toEqual([
      ['Eastern Asia', 3],
      ['South-Eastern Asia', 1],
      ['Western Europe', 1],
    ]);
    expect(s.byCountry.map((c) => [c.code, c.nameZh, c.count, c.share])).toEqual([
      ['JP', '日本', 3, 0.6],
      ['FR', '法国', 1, 0.2],
      ['KH', '柬埔寨', 1, 0.2],
    ]);
  });

  it('counts years, decades and the cumulative timeline, with the undated apart', () => {
    expect(s.byYear).toEqual([
      { year: 1973, count: 1 },
      { year: 1974, count: 1 },
      { year: 1987, count: 1 },
      { year: 2008, count: 1 },
    ]);
    expect(s.byDecade).toEqual([
      { decade: 1970, count: 2 },
      { decade: 1980, count: 1 },
      { decade: 2000, count: 1 },
    ]);
    expect(s.undated).toBe(1);
    expect(s.timeline).toHaveLength(2008 - 1973 + 1);
    expect(s.timeline[1]).toEqual({ year: 1974, signed: 1, cumulative: 2 });
    expect(s.timeline.at(-1)).toEqual({ year: 2008, signed: 1, cumulative: 4 });
    expect(s.byType.map((t) => [t.type, t.count])).toEqual([
      ['sister_city', 4],
      ['unknown', 1],
    ]);
    expect(s.byLevel.map((t) => [t.level, t.count])).toEqual([
      ['city', 4],
      ['unknown', 1],
    ]);
    expect(s.byStatus.map((t) => [t.status, t.count])).toEqual([
      ['active', 4],
      ['dormant', 1],
    ]);
  });

  it('profiles partners: capital (also largest) as capital, second cities, provinces', () => {
    // Phnom Penh is capital and largest: capital. Osaka and Marseille rank 2; Yokohama rank 3; Kanagawa a region.
    expect(s.profile.capital).toEqual({ count: 1, share: 0.2 });
    expect(s.profile.largest).toEqual({ count: 0, share: 0 });
    expect(s.profile.second).toEqual({ count: 2, share: 0.4 });
    expect(s.profile.other).toEqual({ count: 1, share: 0.2 });
    expect(s.profile.province).toEqual({ count: 1, share: 0.2 });
    const b = layoutStatistics(ds, beijing);
    expect(b.profile.capital).toEqual({ count: 4, share: 1 });
  });

  it('takes coastal status from overrides when no coastline is given', () => {
    const withOverrides = layoutStatistics(ds, shanghai, {
      coastOverrides: {
        marseille: { coastal: true, sourceId: 'src:x' },
        osaka: { coastal: false, sourceId: 'src:y' },
      },
    });
    expect(withOverrides.profile.coastal).toMatchObject({
      count: 1,
      known: 2,
      unknown: 3,
      overridden: 2,
      share: 0.5,
    });
    const marseille = withOverrides.partners.find((p) => p.place.id === 'marseille')!;
    expect(marseille.coast).toEqual({
      coastal: true,
      distanceKm: null,
      basis: 'override',
      sourceId: 'src:x',
    });
  });

  it('lists partners sorted by Chinese name', () => {
    // 大阪 da, 横滨 heng, 金边 jin, 马赛 ma, 神奈川 shen
    expect(s.partners.map((p) => p.place.nameZh)).toEqual(['大阪', '横滨', '金边', '马赛', '神奈川']);
  });
});

describe('imbalance', () => {
  it('equal continents: Duncan 0.466667 and chi-square 5.2', () => {
    // Continents with countries other than China: Asia, Europe, Africa, each 1/3.
    // Observed 4/5, 1/5, 0: Duncan = ½(|0.8−⅓| + |0.2−⅓| + |0−⅓|) = ½ × 0.933333 = 0.466667.
    // Expected 5/3 ties each: χ² = (4−5/3)²/(5/3) + (1−5/3)²/(5/3) + (5/3)²/(5/3) = 49/15 + 4/15 + 25/15 = 5.2.
    const r = imbalance(ds, shanghai, { kind: 'equal-continents' });
    expect(r.continentIndex).toEqual({
      duncan: 0.466667,
      chiSquare: 5.2,
      degreesOfFreedom: 2,
      outsideBenchmark: 0,
    });
    const africa = r.byContinent.find((c) => c.continent === 'Africa')!;
    expect(africa).toMatchObject({
      observed: 0,
      expected: 1.666667,
      expectedShare: 0.333333,
      difference: -1.666667,
    });
    // Country shares: JP ⅙, KH ⅙, FR ⅓, KE ⅓ against 0.6, 0.2, 0.2, 0:
    // ½(0.433333 + 0.033333 + 0.133333 + 0.333333) = 0.466667.
    expect(r.countryIndex.duncan).toBe(0.466667);
    // Kenya is the only country at or below half of what is expected (France holds 1 of 1.67).
    expect(r.gaps.map((g) => [g.code, g.observed, g.deficit])).toEqual([['KE', 0, 1.666667]]);
    expect(r.gaps[0].untiedLargeCities.map((c) => c.place.id)).toEqual(['nairobi', 'mombasa']);
  });

  it('urban population, Belt and Road and corridor benchmarks', () => {
    // Urban populations JP 100, FR 60, KE 20, KH 20: Asia 0.6, Europe 0.3, Africa 0.1.
    // Duncan = ½(|0.8−0.6| + |0.2−0.3| + |0−0.1|) = 0.2.
    expect(imbalance(ds, shanghai, { kind: 'urban-population' }).continentIndex.duncan).toBe(0.2);
    // Only Cambodia is a Belt and Road country: ½(0.6 + |0.2−1| + 0.2) = 0.8; four ties lie outside.
    const bri = imbalance(ds, shanghai, { kind: 'belt-and-road' });
    expect(bri.countryIndex).toMatchObject({ duncan: 0.8, outsideBenchmark: 4, degreesOfFreedom: 0 });
    // Corridor K1 without China: KH and KE, ½ each: ½(0.6 + 0.2 + |0.2−0.5| + 0.5) = 0.8.
    const corridor = imbalance(ds, shanghai, { kind: 'corridor', corridorId: 'K1' });
    expect(corridor.countryIndex.duncan).toBe(0.8);
    expect(() => imbalance(ds, shanghai, { kind: 'corridor', corridorId: 'none' })).toThrow(BenchmarkError);
    // Countries equally: JP, FR, KE, KH ¼ each: ½(0.35 + 0.05 + 0.25 + 0.05) = 0.35.
    expect(imbalance(ds, shanghai, { kind: 'countries' }).countryIndex.duncan).toBe(0.35);
  });
});

describe('compareStatedFigures', () => {
  it('explains a municipal figure as of a date', () => {
    const withDistricts = selectTies(ds, {
      home: { kind: 'place', placeId: 'sh', includeSubdivisions: true },
    });
    const [c] = compareStatedFigures(ds, withDistricts, observationsFor(ds, { placeId: 'sh' }), 'sh');
    // Six ties; Pudong–Lyon is district level; Phnom Penh (2008) is after 2000-12: Yokohama, Osaka, Marseille, Kanagawa remain.
    expect(c).toMatchObject({
      stated: 6,
      countedAll: 6,
      countedMatching: 4,
      difference: -2,
      statedCountries: 4,
      countedCountries: 2,
    });
    expect(c.reasons.map((r) => r.code)).toEqual([
      'level-definition',
      'type-definition',
      'as-of-date',
      'undated-ties',
      'status',
      'coverage-short',
    ]);
    // Kanagawa's type is unknown: kept, and said so.
    expect(c.reasons[1].en).toContain('1 counted tie(s) have no recorded type');
    expect(c.explanationEn).toContain('Shanghai: stated 6');
    expect(c.explanationZh).toContain('市级');
  });

  it('says when a stated figure has no date and counts sister cities only', () => {
    const [c] = compareStatedFigures(ds, beijing, observationsFor(ds, { placeId: 'bj' }), 'bj');
    // Tokyo, Paris, Nairobi are sister cities; Phnom Penh's type is unknown and kept.
    expect(c).toMatchObject({ stated: 4, countedMatching: 4, difference: 0 });
    expect(c.reasons.map((r) => r.code)).toEqual(['type-definition', 'as-of-date']);
    expect(c.reasons[1].en).toContain('runs to 1994');
  });

  it('keeps the province-level ties of a municipality of province rank in a municipal figure', () => {
    const d = handDataset();
    // Beijing–Kanagawa at province level: Beijing's city level is province level.
    d.ties.push({ ...d.ties[0], id: 't13', a: 'bj', b: 'kanagawa', level: 'province', signedOn: '1990' });
    const municipal = (placeId: string) => ({
      ...d.observations[0],
      id: `m-${placeId}`,
      placeId,
      measure: 'municipal sister cities',
      asOf: null,
    });
    const bj = selectTies(d, { home: { kind: 'place', placeId: 'bj' } });
    const [c] = compareStatedFigures(d, bj, [municipal('bj')], 'bj');
    expect(c.countedMatching).toBe(5);
    // Only Phnom Penh's unrecorded level is mentioned; nothing is left out.
    expect(c.reasons.find((r) => r.code === 'level-definition')?.en).not.toMatch(/left out/);
    // Nanjing is a city inside Jiangsu: a province-level tie would not be its own.
    d.ties.push({ ...d.ties[0], id: 't14', a: 'nj', b: 'kanagawa', level: 'province', signedOn: '1990' });
    const nj = selectTies(d, { home: { kind: 'place', placeId: 'nj' } });
    const [n] = compareStatedFigures(d, nj, [municipal('nj')], 'nj');
    expect(n.countedMatching).toBe(1);
    expect(n.reasons[0]).toMatchObject({ code: 'level-definition' });
  });

  it('compares a figure of new ties in a span of years with the ties signed in it', () => {
    const china = selectTies(ds, { home: { kind: 'country', countryCode: 'CN' } });
    const period = {
      ...ds.observations[0],
      id: 'p1',
      placeId: null,
      countryCode: 'CN',
      measure: 'new sister-city pairs 1973-1977',
      value: 5,
      asOf: null,
    };
    const [c] = compareStatedFigures(ds, china, [period]);
    // Signed in 1973-1977: Shanghai–Yokohama (1973-11-30) and Osaka–Shanghai (1974).
    expect(c.definition.period).toEqual({ from: 1973, to: 1977 });
    expect(c.countedMatching).toBe(2);
    expect(c.reasons.map((r) => r.code)).toEqual([
      'type-definition',
      'period',
      'undated-ties',
      'coverage-short',
    ]);
    expect(c.reasons[2].en).toMatch(/^2 of \d+ counted ties have no signing date/);
  });
});

describe('compareHomes', () => {
  const c = compareHomes(
    ds,
    [{ home: { kind: 'place', placeId: 'sh' } }, { home: { kind: 'place', placeId: 'bj' } }],
    {
      keys: ['sh', 'bj'],
    },
  );

  it('computes Jaccard indices of partners and countries', () => {
    // Partners {yokohama, osaka, marseille, pp, kanagawa} and {tokyo, paris, pp, nairobi}: 1 of 8.
    // Countries {JP, FR, KH} and {JP, FR, KH, KE}: 3 of 4.
    expect(c.pairs).toEqual([
      {
        a: 'sh',
        b: 'bj',
        sharedPartners: 1,
        partnerJaccard: 0.125,
        sharedCountries: 3,
        countryJaccard: 0.75,
      },
    ]);
    expect(c.homes.map((h) => h.layout.profile.capital.share)).toEqual([0.2, 1]);
  });

  it('finds the first mover where dates allow', () => {
    expect(c.sharedPartners).toEqual([
      {
        place: { id: 'pp', nameEn: 'Phnom Penh', nameZh: '金边', countryCode: 'KH' },
        holders: [
          { key: 'sh', since: '2008-10-08' },
          { key: 'bj', since: null },
        ],
        first: 'sh',
        basis: 'partly-undated',
      },
    ]);
    const byCountry = Object.fromEntries(c.sharedCountries.map((s) => [s.country.code, [s.first, s.basis]]));
    // Japan: Yokohama 1973-11-30 before Tokyo 1979-03-14. France: 1987-10 against 1987 cannot be ordered.
    expect(byCountry).toEqual({ JP: ['sh', 'dated'], FR: [null, 'imprecise'], KH: ['sh', 'partly-undated'] });
    expect(c.firsts).toEqual([
      { key: 'sh', partners: 1, countries: 2 },
      { key: 'bj', partners: 0, countries: 0 },
    ]);
  });
});

describe('domestic competition', () => {
  it('shows who holds a country, its contested places and the capital case (Phnom Penh)', () => {
    const kh = countryCompetition(ds, 'KH');
    expect(kh.holders.map((h) => [h.holder.id, h.since])).toEqual([
      ['sh', '2008-10-08'],
      ['bj', null],
    ]);
    expect(kh.places.map((p) => [p.place.id, p.contested])).toEqual([['pp', true]]);
    expect(kh.capital.taken).toBe(true);
    expect(kh.capital.capital?.id).toBe('pp');
    expect(kh.capital.en).toBe(
      'Phnom Penh, the capital of Cambodia, is already tied to Shanghai (since 2008-10-08), Beijing (date unknown).',
    );
    expect(kh.capital.zh).toBe('柬埔寨首都金边已与上海（2008-10-08起）、北京（日期不详）结好。');
  });

  it('reports an untaken capital and a contested city', () => {
    const fr = capitalCase(ds, 'FR');
    expect(fr.taken).toBe(true);
    const osaka = placeCompetition(ds, 'osaka')!;
    expect(osaka.holders.map((h) => [h.holder.id, h.since])).toEqual([
      ['sh', '1974'],
      ['nj', '1980'],
    ]);
    expect(osaka.contested).toBe(true);
    const without = { ...ds, ties: ds.ties.filter((t) => t.id !== 't09') };
    expect(capitalCase(without, 'KE')).toMatchObject({ taken: false, holders: [] });
  });

  it('ranks the most contested foreign places', () => {
    // Osaka and Phnom Penh have two holders each; 大阪 sorts before 金边.
    expect(mostContestedPlaces(ds).map((p) => [p.place.id, p.holders.length])).toEqual([
      ['osaka', 2],
      ['pp', 2],
    ]);
  });
});

describe('rankDomestic', () => {
  it('ranks places and provinces by ties, countries and continents', () => {
    expect(rankDomestic(ds).map((r) => [r.rank, r.id, r.ties, r.countries, r.domestic])).toEqual([
      [1, 'sh', 5, 3, 1],
      [2, 'bj', 4, 4, 1],
      [3, 'nj', 1, 1, 0],
      [3, 'pd', 1, 1, 0],
    ]);
    expect(rankDomestic(ds, { sortBy: 'countries' }).map((r) => [r.rank, r.id])).toEqual([
      [1, 'bj'],
      [2, 'sh'],
      [3, 'nj'],
      [3, 'pd'],
    ]);
    expect(rankDomestic(ds, { by: 'province' }).map((r) => [r.rank, r.id, r.ties, r.continents])).toEqual([
      [1, 'sh', 6, 2],
      [2, 'bj', 4, 3],
      [3, 'js', 1, 1],
    ]);
  });

  it('puts what the sources state beside the counted figures', () => {
    const sh = rankDomestic(ds, { by: 'place' }).find((r) => r.id === 'sh')!;
    expect(sh.stated).toEqual([
      {
        observationId: 'o1',
        measure: 'municipal sister cities',
        value: 6,
        asOf: '2000-12',
        sourceIds: ['src:a'],
      },
    ]);
    expect(rankDomestic(ds, { by: 'place' }).find((r) => r.id === 'nj')!.stated).toEqual([]);
  });
});
