/**
 * Imbalance and gaps: a selection's partners by continent and country against a benchmark of where
 * partners "would" be, with Duncan's dissimilarity index, a chi-square statistic and the countries and
 * large cities the selection is missing.
 */
import { CONTINENT_ZH, isDomestic, stateOf, type Continent } from '../../domain/geo.ts';
import type { CountryFact, Dataset, PlaceFact } from '../../domain/dataset.ts';
import { comparePlaces, placeRef, round6, share, zhCollator, type PlaceRef } from './common.ts';
import type { TieSelection } from './selection.ts';

/**
 * Where partners would be if the selection followed the benchmark.
 * - `equal-continents`: each inhabited continent the same share, split equally among its countries;
 * - `countries`: each country the same share, so a continent's share is its share of the countries;
 * - `urban-population`: each country's share of the urban population (CountryFact.urbanPopulation);
 * - `belt-and-road`: the Belt and Road countries only; `corridor`: one corridor's countries only;
 *   within them equally, or by urban population with `weighting: 'urban-population'`.
 */
export type Benchmark =
  | { kind: 'equal-continents' }
  | { kind: 'countries' }
  | { kind: 'urban-population' }
  | { kind: 'belt-and-road'; weighting?: 'equal' | 'urban-population' }
  | { kind: 'corridor'; corridorId: string; weighting?: 'equal' | 'urban-population' };

export interface GroupComparison {
  observed: number;
  observedShare: number;
  expected: number;
  expectedShare: number;
  /** observed − expected, in ties: positive a surplus, negative a deficit. */
  difference: number;
}

export interface ContinentComparison extends GroupComparison {
  continent: Continent;
  nameZh: string;
}

export interface CountryComparison extends GroupComparison {
  code: string;
  nameEn: string;
  nameZh: string;
  continent: Continent;
}

export interface Dissimilarity {
  /** Duncan's index: half the sum of absolute share differences, 0 (same) to 1 (disjoint). */
  duncan: number;
  /** Σ (observed − expected)² / expected over groups the benchmark expects anything in. */
  chiSquare: number;
  degreesOfFreedom: number;
  /** Ties in groups the benchmark expects nothing in (they count in Duncan's index, not in chi-square). */
  outsideBenchmark: number;
}

export interface GapCity {
  place: PlaceRef;
  isCapital: boolean;
  populationRank: number | null;
  population: number | null;
}

export interface CountryGap {
  code: string;
  nameEn: string;
  nameZh: string;
  continent: Continent;
  observed: number;
  expected: number;
  /** expected − observed, in ties. */
  deficit: number;
  /** The capital and the largest cities of the country that have no tie with the selection. */
  untiedLargeCities: GapCity[];
}

export interface ImbalanceResult {
  benchmark: Benchmark;
  total: number;
  byContinent: ContinentComparison[];
  byCountry: CountryComparison[];
  continentIndex: Dissimilarity;
  countryIndex: Dissimilarity;
  /** Countries furthest below the benchmark, largest deficit first. */
  gaps: CountryGap[];
}

export interface ImbalanceOptions {
  /** How many gap countries to list (default 20). */
  gapLimit?: number;
  /** A country is a gap when it holds at most this share of what the benchmark expects (default 0.5). */
  gapRatio?: number;
  /** Large cities are those with populationRank up to this (default 3), plus capitals. */
  largeCityRank?: number;
}

/** Continents the benchmarks spread partners over. */
const INHABITED: Continent[] = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania'];

export class BenchmarkError extends Error {}

/**
 * Expected share of each country under a benchmark. Only sovereign states count (not Hong Kong, Macao or
 * Taiwan, which are China's, nor Kosovo, nor territories such as French Guiana or the Falklands); home countries are left out, as their ties are domestic; for a Chinese
 * home, so are the states without diplomatic relations with the People's Republic of China.
 */
export function benchmarkWeights(
  dataset: Dataset,
  benchmark: Benchmark,
  homeCountryCodes: string[],
): Map<string, number> {
  const universe = [...dataset.countries.values()].filter(
    (c) =>
      INHABITED.includes(c.continent) &&
      c.partOf === null &&
      c.isState &&
      !(c.diplomaticRelations === false && homeCountryCodes.some((home) => stateOf(home) === 'CN')) &&
      !homeCountryCodes.some((home) => isDomestic(home, c.code)),
  );
  const raw = new Map<string, number>();
  const weightOf = (c: CountryFact, weighting: 'equal' | 'urban-population' | undefined) =>
    weighting === 'urban-population' ? Math.max(0, c.urbanPopulation) : 1;
  switch (benchmark.kind) {
    case 'equal-continents': {
      const perContinent = new Map<Continent, number>();
      for (const c of universe) perContinent.set(c.continent, (perContinent.get(c.continent) ?? 0) + 1);
      for (const c of universe) raw.set(c.code, 1 / perContinent.size / perContinent.get(c.continent)!);
      break;
    }
    case 'countries':
      for (const c of universe) raw.set(c.code, 1);
      break;
    case 'urban-population':
      for (const c of universe) raw.set(c.code, Math.max(0, c.urbanPopulation));
      break;
    case 'belt-and-road':
      for (const c of universe) if (c.beltAndRoad) raw.set(c.code, weightOf(c, benchmark.weighting));
      break;
    case 'corridor': {
      const corridor = dataset.corridors.find((k) => k.id === benchmark.corridorId);
      if (!corridor) throw new BenchmarkError(`unknown corridor "${benchmark.corridorId}"`);
      for (const c of universe)
        if (corridor.countryCodes.includes(c.code)) raw.set(c.code, weightOf(c, benchmark.weighting));
      break;
    }
  }
  const sum = [...raw.values()].reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new BenchmarkError(`benchmark "${benchmark.kind}" expects no partners anywhere`);
  const weights = new Map<string, number>();
  for (const [code, w] of raw) if (w > 0) weights.set(code, w / sum);
  return weights;
}

/** Duncan's index and chi-square of observed counts against expected shares. */
export function dissimilarity(
  observed: Map<string, number>,
  expectedShares: Map<string, number>,
): Dissimilarity {
  const total = [...observed.values()].reduce((a, b) => a + b, 0);
  const keys = new Set([...observed.keys(), ...expectedShares.keys()]);
  let absolute = 0;
  let chiSquare = 0;
  let groups = 0;
  let outside = 0;
  for (const k of keys) {
    const o = observed.get(k) ?? 0;
    const e = expectedShares.get(k) ?? 0;
    absolute += Math.abs(share(o, total) - e);
    if (e > 0) {
      groups++;
      const expected = e * total;
      chiSquare += (o - expected) ** 2 / expected;
    } else outside += o;
  }
  return {
    duncan: round6(total > 0 ? absolute / 2 : 0),
    chiSquare: round6(total > 0 ? chiSquare : 0),
    degreesOfFreedom: Math.max(0, groups - 1),
    outsideBenchmark: outside,
  };
}

function compare(observed: number, total: number, expectedShare: number): GroupComparison {
  const expected = expectedShare * total;
  return {
    observed,
    observedShare: round6(share(observed, total)),
    expected: round6(expected),
    expectedShare: round6(expectedShare),
    difference: round6(observed - expected),
  };
}

/** A selection's partners against a benchmark, by continent and country, with the gaps. */
export function imbalance(
  dataset: Dataset,
  selection: TieSelection,
  benchmark: Benchmark,
  options: ImbalanceOptions = {},
): ImbalanceResult {
  const gapLimit = options.gapLimit ?? 20;
  const gapRatio = options.gapRatio ?? 0.5;
  const largeCityRank = options.largeCityRank ?? 3;
  const weights = benchmarkWeights(dataset, benchmark, selection.homeCountryCodes);
  const total = selection.ties.length;

  const observedCountry = new Map<string, number>();
  const observedContinent = new Map<string, number>();
  const tiedPartners = new Set<string>();
  for (const t of selection.ties) {
    observedCountry.set(t.partner.countryCode, (observedCountry.get(t.partner.countryCode) ?? 0) + 1);
    const continent = dataset.countries.get(t.partner.countryCode)?.continent ?? 'unknown';
    observedContinent.set(continent, (observedContinent.get(continent) ?? 0) + 1);
    tiedPartners.add(t.partner.id);
  }
  const expectedContinent = new Map<string, number>();
  for (const [code, w] of weights) {
    const continent = dataset.countries.get(code)!.continent;
    expectedContinent.set(continent, (expectedContinent.get(continent) ?? 0) + w);
  }

  const byContinent: ContinentComparison[] = INHABITED.filter(
    (c) => observedContinent.has(c) || expectedContinent.has(c),
  ).map((continent) => ({
    continent,
    nameZh: CONTINENT_ZH[continent],
    ...compare(observedContinent.get(continent) ?? 0, total, expectedContinent.get(continent) ?? 0),
  }));

  const countryCodes = new Set([...observedCountry.keys(), ...weights.keys()]);
  const byCountry: CountryComparison[] = [...countryCodes]
    .map((code) => {
      const c = dataset.countries.get(code);
      return {
        code,
        nameEn: c?.nameEn ?? code,
        nameZh: c?.nameZh ?? code,
        continent: c?.continent ?? ('Antarctica' as Continent),
        ...compare(observedCountry.get(code) ?? 0, total, weights.get(code) ?? 0),
      };
    })
    .sort(
      (a, b) =>
        a.difference - b.difference || zhCollator.compare(a.nameZh, b.nameZh) || (a.code < b.code ? -1 : 1),
    );

  // Large cities by country, once, for the gap list.
  const largeCities = new Map<string, PlaceFact[]>();
  for (const p of dataset.places.values()) {
    if (p.kind !== 'city') continue;
    if (!p.isCapital && (p.populationRank === null || p.populationRank > largeCityRank)) continue;
    const list = largeCities.get(p.countryCode) ?? [];
    list.push(p);
    largeCities.set(p.countryCode, list);
  }
  const gaps: CountryGap[] = byCountry
    .filter((c) => c.expected > 0 && c.observed <= c.expected * gapRatio)
    // Equal deficits (equal-share benchmarks) put the larger urban population first.
    .sort(
      (a, b) =>
        b.expected - b.observed - (a.expected - a.observed) ||
        (dataset.countries.get(b.code)?.urbanPopulation ?? 0) -
          (dataset.countries.get(a.code)?.urbanPopulation ?? 0) ||
        zhCollator.compare(a.nameZh, b.nameZh),
    )
    .slice(0, gapLimit)
    .map((c) => ({
      code: c.code,
      nameEn: c.nameEn,
      nameZh: c.nameZh,
      continent: c.continent,
      observed: c.observed,
      expected: c.expected,
      deficit: round6(c.expected - c.observed),
      untiedLargeCities: (largeCities.get(c.code) ?? [])
        .filter((p) => !tiedPartners.has(p.id))
        .sort(
          (a, b) =>
            Number(b.isCapital) - Number(a.isCapital) ||
            (a.populationRank ?? Infinity) - (b.populationRank ?? Infinity) ||
            comparePlaces(a, b),
        )
        .map((p) => ({
          place: placeRef(p),
          isCapital: p.isCapital,
          populationRank: p.populationRank,
          population: p.population,
        })),
    }));

  return {
    benchmark,
    total,
    byContinent,
    byCountry,
    continentIndex: dissimilarity(observedContinent, expectedContinent),
    countryIndex: dissimilarity(observedCountry, weights),
    gaps,
  };
}
