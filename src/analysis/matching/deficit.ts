/**
 * Deficits of the seeker's partners abroad and of the nation's, against a benchmark: how far each
 * continent's and country's share falls short of the share the benchmark expects.
 */
import type { Dataset } from '../../domain/dataset.ts';
import { benchmarkWeights, imbalance, type Benchmark } from '../layout/imbalance.ts';
import { selectTies } from '../layout/selection.ts';
import type { MatchingPool } from './pool.ts';
import { runSteps, type Steps } from '../../domain/turns.ts';

export interface Gap {
  gap: number;
  observed: number;
  expected: number;
}
export type Gaps = Map<string, Gap>;

export interface Deficits {
  continent: Gaps;
  country: Gaps;
  national: { continent: Gaps; country: Gaps };
  maxContinentGap: number;
  maxCountryGap: number;
  maxNationalContinentGap: number;
  maxNationalCountryGap: number;
}

/** Continent gaps, their largest, country gaps, their largest. */
type GapTables = [Gaps, number, Gaps, number];

export function gapsOf(
  rows: { key: string; observedShare: number; expectedShare: number }[],
): [Gaps, number] {
  const map: Gaps = new Map();
  let max = 0;
  for (const r of rows) {
    const gap = Math.max(0, r.expectedShare - r.observedShare);
    map.set(r.key, { gap, observed: r.observedShare, expected: r.expectedShare });
    if (gap > max) max = gap;
  }
  return [map, max];
}

const nationalMemo = new WeakMap<Dataset, Map<string, GapTables>>();
const weightsMemo = new WeakMap<Dataset, Map<string, Map<string, number>>>();

/**
 * Deficits of the seeker's own partners abroad against the benchmark, as the layout's imbalance counts
 * them but over distinct partners, with the benchmark's country weights computed once per home country.
 */
function ownDeficits(
  pool: MatchingPool,
  dataset: Dataset,
  foreignPartners: readonly number[],
  homeCountry: string,
  benchmark: Benchmark,
): GapTables {
  let memo = weightsMemo.get(dataset);
  if (!memo) weightsMemo.set(dataset, (memo = new Map()));
  const key = `${homeCountry}|${JSON.stringify(benchmark)}`;
  let weights = memo.get(key);
  if (!weights) memo.set(key, (weights = benchmarkWeights(dataset, benchmark, [homeCountry])));
  const total = foreignPartners.length;
  const observedCountry = new Map<string, number>();
  const observedContinent = new Map<string, number>();
  for (const p of foreignPartners) {
    const code = pool.places[p].countryCode;
    const continent = pool.continentOf.get(code) ?? 'unknown';
    observedCountry.set(code, (observedCountry.get(code) ?? 0) + 1);
    observedContinent.set(continent, (observedContinent.get(continent) ?? 0) + 1);
  }
  const expectedContinent = new Map<string, number>();
  for (const [code, w] of weights) {
    const continent = pool.continentOf.get(code) ?? 'unknown';
    expectedContinent.set(continent, (expectedContinent.get(continent) ?? 0) + w);
  }
  const rows = (observed: Map<string, number>, expected: Map<string, number>) =>
    [...new Set([...observed.keys(), ...expected.keys()])].map((k) => ({
      key: k,
      observedShare: total ? (observed.get(k) ?? 0) / total : 0,
      expectedShare: expected.get(k) ?? 0,
    }));
  const [continent, maxContinent] = gapsOf(rows(observedContinent, expectedContinent));
  const [country, maxCountry] = gapsOf(rows(observedCountry, weights));
  return [continent, maxContinent, country, maxCountry];
}

/**
 * Deficits of every tie of the home country, computed once per dataset, country and benchmark (tens of
 * milliseconds for China: a pause between selecting its ties and weighing them).
 */
function* nationalDeficits(dataset: Dataset, homeCountry: string, benchmark: Benchmark): Steps<GapTables> {
  let memo = nationalMemo.get(dataset);
  if (!memo) nationalMemo.set(dataset, (memo = new Map()));
  const key = `${homeCountry}|${JSON.stringify(benchmark)}`;
  let national = memo.get(key);
  if (!national) {
    const selection = selectTies(dataset, { home: { kind: 'country', countryCode: homeCountry } });
    yield;
    const result = imbalance(dataset, selection, benchmark, { gapLimit: 0 });
    const [continent, maxContinent] = gapsOf(result.byContinent.map((c) => ({ key: c.continent, ...c })));
    const [country, maxCountry] = gapsOf(result.byCountry.map((c) => ({ key: c.code, ...c })));
    national = [continent, maxContinent, country, maxCountry];
    memo.set(key, national);
  }
  return national;
}

/**
 * The seeker's and the nation's deficits, with per-country-index arrays of the deficit components: half
 * the continent's gap and half the country's, each over the largest gap of its kind.
 */
export function seekerDeficits(
  pool: MatchingPool,
  dataset: Dataset,
  foreignPartners: readonly number[],
  homeCountry: string,
  benchmark: Benchmark,
): { deficit: Deficits; byCountry: Float64Array; nationalByCountry: Float64Array } {
  return runSteps(seekerDeficitSteps(pool, dataset, foreignPartners, homeCountry, benchmark));
}

/** seekerDeficits with pauses: the nation's deficits, when first computed, take tens of milliseconds. */
export function* seekerDeficitSteps(
  pool: MatchingPool,
  dataset: Dataset,
  foreignPartners: readonly number[],
  homeCountry: string,
  benchmark: Benchmark,
): Steps<{ deficit: Deficits; byCountry: Float64Array; nationalByCountry: Float64Array }> {
  const own = ownDeficits(pool, dataset, foreignPartners, homeCountry, benchmark);
  yield;
  const national = yield* nationalDeficits(dataset, homeCountry, benchmark);
  const countryCount = pool.countryCodes.length;
  const byCountry = new Float64Array(countryCount);
  const nationalByCountry = new Float64Array(countryCount);
  const half = (gap: number | undefined, max: number) => (max > 0 && gap ? gap / max : 0);
  for (let ci = 0; ci < countryCount; ci++) {
    const code = pool.countryCodes[ci];
    const continent = pool.continentOf.get(code) ?? 'unknown';
    byCountry[ci] =
      0.5 * half(own[0].get(continent)?.gap, own[1]) + 0.5 * half(own[2].get(code)?.gap, own[3]);
    nationalByCountry[ci] =
      0.5 * half(national[0].get(continent)?.gap, national[1]) +
      0.5 * half(national[2].get(code)?.gap, national[3]);
  }
  return {
    deficit: {
      continent: own[0],
      maxContinentGap: own[1],
      country: own[2],
      maxCountryGap: own[3],
      national: { continent: national[0], country: national[2] },
      maxNationalContinentGap: national[1],
      maxNationalCountryGap: national[3],
    },
    byCountry,
    nationalByCountry,
  };
}
