/**
 * Hong Kong, Macao and Taiwan have ISO codes of their own, but a Chinese city's ties with them are not
 * foreign partnerships: layouts count them as domestic and matching does not offer them as partners.
 */
import { describe, expect, it } from 'vitest';
import { isDomestic } from '../../src/domain/geo.ts';
import {
  benchmarkWeights,
  countryCompetition,
  homeTieFilter,
  imbalance,
  NotForeignError,
  placeCompetition,
  selectTies,
} from '../../src/analysis/layout/index.ts';
import { prepareMatchingPool, rankCandidates } from '../../src/analysis/matching/index.ts';
import { matchingCandidates, matchingDataset, tie } from './matching/matching-dataset.ts';

const TAIPEI = {
  id: 'taipei',
  nameEn: 'Taipei',
  nameZh: '台北',
  kind: 'city' as const,
  countryCode: 'TW',
  lat: 25.05,
  lng: 121.53,
  population: 7_000_000,
  populationRank: 1,
  isCapital: false,
  isAdminSeat: true,
  parentId: null,
};

function worldWithTaipei(ties = [tie('sh', 'taipei')]) {
  const dataset = matchingDataset(ties);
  dataset.places.set('taipei', { ...TAIPEI, provinceId: null });
  dataset.countries.set('TW', {
    code: 'TW',
    nameEn: 'Taiwan',
    nameZh: '中国台湾',
    continent: 'Asia',
    subregion: 'Eastern Asia',
    beltAndRoad: false,
    partOf: 'CN',
    diplomaticRelations: true,
    isState: false,
    urbanPopulation: 20e6,
  });
  return { dataset, pool: prepareMatchingPool(dataset, [...matchingCandidates(), TAIPEI]) };
}

describe('areas counted as domestic', () => {
  it('are domestic for China only', () => {
    expect(isDomestic('CN', 'TW')).toBe(true);
    expect(isDomestic('CN', 'HK')).toBe(true);
    expect(isDomestic('CN', 'CN')).toBe(true);
    expect(isDomestic('CN', 'JP')).toBe(false);
    expect(isDomestic('JP', 'TW')).toBe(false);
    // From a region's side too: Hong Kong's ties with mainland cities or Taipei are not foreign either.
    expect(isDomestic('HK', 'CN')).toBe(true);
    expect(isDomestic('HK', 'TW')).toBe(true);
    expect(isDomestic('HK', 'JP')).toBe(false);
  });

  it('are never a country of a benchmark, for a Chinese home or any other', () => {
    const { dataset } = worldWithTaipei();
    for (const benchmark of [
      { kind: 'equal-continents' },
      { kind: 'countries' },
      { kind: 'urban-population' },
    ] as const)
      for (const home of [['CN'], ['JP'], ['TW']]) {
        const weights = benchmarkWeights(dataset, benchmark, home);
        expect([...weights.keys()], `${benchmark.kind} from ${home[0]}`).not.toContain('TW');
        // China is at home for Taipei as for Shanghai.
        expect(weights.has('CN'), `CN from ${home[0]}`).toBe(home[0] === 'JP');
        expect(weights.size).toBeGreaterThan(0);
      }
  });

  it('are no foreign country or place to compete over for China', () => {
    const { dataset } = worldWithTaipei();
    expect(() => countryCompetition(dataset, 'TW')).toThrow(NotForeignError);
    expect(() => placeCompetition(dataset, 'taipei')).toThrow(/part of CN/);
    expect(countryCompetition(dataset, 'TW', { homeCountryCode: 'JP' }).country.code).toBe('TW');
  });

  it('leave Taiwan out of the gaps of a Chinese city', () => {
    const { dataset } = worldWithTaipei([]);
    const selection = selectTies(dataset, { home: { kind: 'place', placeId: 'sh' } });
    const result = imbalance(dataset, selection, { kind: 'countries' }, { gapLimit: 100 });
    expect(result.byCountry.map((c) => c.code)).not.toContain('TW');
    expect(result.gaps.map((c) => c.code)).not.toContain('TW');
  });

  it("count a Chinese city's tie with Taipei as domestic in its layout", () => {
    const { dataset } = worldWithTaipei();
    const selection = selectTies(dataset, { home: { kind: 'place', placeId: 'sh' } });
    expect(selection.ties.map((t) => t.partner.id).sort()).toEqual(['hcmc', 'osaka', 'yokohama']);
    expect(selection.domestic.count).toBe(1);
  });

  it('are not offered to a Chinese city as foreign partners unless asked', () => {
    const { dataset, pool } = worldWithTaipei([]);
    const offered = rankCandidates(pool, dataset, { seekerId: 'sh', limit: 50 }).items.map((r) => r.place.id);
    expect(offered).not.toContain('taipei');
    expect(offered.length).toBeGreaterThan(3);
    const all = rankCandidates(pool, dataset, {
      seekerId: 'sh',
      limit: 50,
      filter: { excludeOwnCountry: false },
    }).items.map((r) => r.place.id);
    expect(all).toContain('taipei');
  });

  it('warn a Chinese city that Taipei is in its own country when it is vetted', () => {
    const { dataset, pool } = worldWithTaipei([]);
    const [taipei] = rankCandidates(pool, dataset, {
      seekerId: 'sh',
      limit: 50,
      filter: { excludeOwnCountry: false },
    }).items.filter((r) => r.place.id === 'taipei');
    expect(taipei.warnings.map((w) => w.code)).toContain('same-country');
  });
});

describe('naming whose ties a selection is about', () => {
  it('takes exactly one of a place, a province or a country', () => {
    expect(homeTieFilter({ place: 'sh', subdivisions: true }, { signedFrom: 1990 })).toEqual({
      home: { kind: 'place', placeId: 'sh', includeSubdivisions: true },
      signedFrom: 1990,
    });
    expect(homeTieFilter({ province: 'st:CN-JS' }).home).toEqual({
      kind: 'province',
      provinceId: 'st:CN-JS',
    });
    expect(homeTieFilter({ country: 'cn' }).home).toEqual({ kind: 'country', countryCode: 'CN' });
    expect(() => homeTieFilter({})).toThrow(/exactly one/);
    expect(() => homeTieFilter({ place: 'sh', country: 'CN' })).toThrow(/exactly one/);
  });
});
