/**
 * Everything about the seeker that every candidate is compared with, computed once per request: its
 * family and partners, the profile of past choices, the deficits, its network neighbourhood, domestic
 * holders abroad, needs and offers and the development indicator, also as flat arrays for the scoring loop.
 */
import { isDomestic } from '../../domain/geo.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { DevelopmentIndicator } from '../../domain/matching.ts';
import type { Benchmark } from '../layout/imbalance.ts';
import { seekerDeficitSteps, type Deficits } from './deficit.ts';
import { domesticTies, seekerFamily } from './family.ts';
import type { MatchingPool } from './pool.ts';
import { runSteps, type Steps } from '../../domain/turns.ts';
import { partnerProfile, type PartnerProfile, type ProfileArrays } from './profile.ts';
import {
  MatchingInputError,
  sizeClassOf,
  type MatchingRequest,
  type MatchRole,
  type NeedsOffers,
  type SizeClass,
} from './types.ts';

export interface SeekerDevelopment {
  indicator: DevelopmentIndicator;
  min: number;
  max: number;
  /** The seeker's own value, scaled 0–1; null when the indicator has none for it. */
  seeker: number | null;
}

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
  profile: PartnerProfile;
  /** Common neighbours and Adamic–Adar per candidate index (sparse). */
  common: Map<number, { via: number[]; adamicAdar: number }>;
  /** Domestic places (other than the seeker's family) tied to each foreign place. */
  holders: Map<number, number[]>;
  /** Candidates the seeker's family (other than the seeker) is tied to, with the family member. */
  familyTies: Map<number, number[]>;
  deficit: Deficits;
  needs: NeedsOffers;
  needsOffers: ReadonlyMap<string, NeedsOffers>;
  development: SeekerDevelopment | null;
  benchmark: Benchmark;
  contestedAt: number;
  /** The same facts in flat arrays, by pool index or country index, for the scoring loop. */
  fast: ProfileArrays & {
    deficit: Float64Array;
    nationalDeficit: Float64Array;
    corridorCountry: Float64Array;
    commonCount: Float64Array;
    adamicAdar: Float64Array;
    holders: Int32Array;
    familyTie: Uint8Array;
  };
}

/** A place's indicator value scaled 0–1 over the indicator's range; null when it has none. */
export function developmentOf(d: SeekerDevelopment, placeId: string, countryCode: string): number | null {
  const raw = d.indicator.byPlace?.[placeId] ?? d.indicator.byCountry?.[countryCode];
  if (raw === undefined || !Number.isFinite(raw)) return null;
  return d.max > d.min ? (raw - d.min) / (d.max - d.min) : 1;
}

/** Candidates two steps away through the seeker's partners, with the partners between and Adamic–Adar. */
export function commonNeighbours(
  pool: MatchingPool,
  seeker: number,
  partners: Iterable<number>,
): Map<number, { via: number[]; adamicAdar: number }> {
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
  return common;
}

function seekerDevelopment(
  indicator: DevelopmentIndicator | null | undefined,
  placeId: string,
  countryCode: string,
): SeekerDevelopment | null {
  if (!indicator) return null;
  const values = [
    ...Object.values(indicator.byCountry ?? {}),
    ...Object.values(indicator.byPlace ?? {}),
  ].filter((v) => Number.isFinite(v));
  if (!values.length) return null;
  const development: SeekerDevelopment = {
    indicator,
    min: Math.min(...values),
    max: Math.max(...values),
    seeker: null,
  };
  development.seeker = developmentOf(development, placeId, countryCode);
  return development;
}

/** The seeker's context; throws MatchingInputError for an unknown seeker. */
export function seekerContext(pool: MatchingPool, dataset: Dataset, request: MatchingRequest): SeekerContext {
  return runSteps(seekerContextSteps(pool, dataset, request));
}

/** seekerContext with pauses between its parts (the nation's deficits take tens of milliseconds). */
export function* seekerContextSteps(
  pool: MatchingPool,
  dataset: Dataset,
  request: MatchingRequest,
): Steps<SeekerContext> {
  const seeker = pool.indexOf.get(request.seekerId);
  if (seeker === undefined) throw new MatchingInputError(`no place with id ${request.seekerId}`);
  const me = pool.places[seeker];
  const homeCountry = me.countryCode;

  const family = seekerFamily(pool, dataset, seeker);
  const partners = new Set<number>(pool.neighbours[seeker]);
  const foreignPartners = [...partners].filter((p) => !isDomestic(homeCountry, pool.places[p].countryCode));
  const { holders, familyTies, peerPartners } = domesticTies(pool, seeker, family);
  const { profile, arrays } = partnerProfile(pool, dataset, foreignPartners, peerPartners);
  const common = commonNeighbours(pool, seeker, partners);
  yield;
  const benchmark = request.benchmark ?? { kind: 'urban-population' };
  const deficits = yield* seekerDeficitSteps(pool, dataset, foreignPartners, homeCountry, benchmark);
  yield;
  const needsOffers = request.needsOffers ?? new Map<string, NeedsOffers>();

  const corridorCountry = Float64Array.from(pool.countryCodes, (code) =>
    pool.corridorsOfCountry.has(code) ? 0.4 : 0,
  );
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
    profile,
    common,
    holders,
    familyTies,
    deficit: deficits.deficit,
    needs: needsOffers.get(me.id) ?? { need: [], offer: [] },
    needsOffers,
    development: seekerDevelopment(request.development, me.id, me.countryCode),
    benchmark,
    contestedAt: request.contestedAt ?? 2,
    fast: {
      ...arrays,
      deficit: deficits.byCountry,
      nationalDeficit: deficits.nationalByCountry,
      corridorCountry,
      commonCount,
      adamicAdar,
      holders: holderCount,
      familyTie,
    },
  };
}
