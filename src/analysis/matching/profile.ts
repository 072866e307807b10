/**
 * The profile of past choices: how the seeker's partners abroad (or, for a place with few of them, its
 * domestic peers' partners) spread over roles, size classes, coastal status, countries, subregions and
 * continents, as relative likelihoods the scoring loop reads per candidate.
 */
import type { Dataset } from '../../domain/dataset.ts';
import type { MatchingPool } from './pool.ts';
import { MATCH_ROLES, SIZE_CLASSES, sizeClassOf, type MatchRole, type SizeClass } from './types.ts';

const PROFILE_SMOOTHING = 0.5;
/** Partners abroad a place needs before its own profile is used rather than its peers'. */
export const MIN_OWN_PROFILE = 3;

/** Profile shares of the partners, each divided by the largest share of its facet. */
export interface PartnerProfile {
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
}

/** The profile in flat arrays for the scoring loop. */
export interface ProfileArrays {
  /** By country index: continent + subregion + country likelihoods. */
  countryProfile: Float64Array;
  /** By role index (MATCH_ROLES order). */
  roleProfile: Float64Array;
  /** By size index (SIZE_CLASSES order, then unknown). */
  sizeProfile: Float64Array;
  /** By coastal status + 1 (unknown, inland, coastal). */
  coastProfile: Float64Array;
}

/**
 * The profile learned from `foreignPartners`, or from `peerPartners` when the seeker has fewer than
 * MIN_OWN_PROFILE partners abroad.
 */
export function partnerProfile(
  pool: MatchingPool,
  dataset: Dataset,
  foreignPartners: readonly number[],
  peerPartners: readonly number[],
): { profile: PartnerProfile; arrays: ProfileArrays } {
  const from = foreignPartners.length >= MIN_OWN_PROFILE ? 'own' : 'peers';
  const profiled = from === 'own' ? foreignPartners : peerPartners;
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
  const maps = {
    role: relative(roles, MATCH_ROLES),
    size: relative(sizes, [...SIZE_CLASSES, null]),
    coastal: relative(coasts, [1, 0, -1]),
    subregion: relative(subregions, subregionKeys),
    continent: relative(continents, continentKeys),
  };

  const countryProfile = new Float64Array(pool.countryCodes.length);
  for (let ci = 0; ci < pool.countryCodes.length; ci++) {
    const code = pool.countryCodes[ci];
    const continent = pool.continentOf.get(code) ?? 'unknown';
    const subregion = dataset.countries.get(code)?.subregion ?? 'unknown';
    countryProfile[ci] = total
      ? (maps.continent.get(continent) ?? 0) + (maps.subregion.get(subregion) ?? 0) + countryRelative[ci]
      : 0;
  }

  return {
    profile: {
      from,
      total,
      ...maps,
      country: countryRelative,
      shares: {
        role: shareOf(roles),
        size: shareOf(sizes),
        coastal: shareOf(coasts),
        country: shareOf(countries),
        continent: shareOf(continents),
      },
    },
    arrays: {
      countryProfile,
      roleProfile: Float64Array.from(MATCH_ROLES, (r) => (total ? (maps.role.get(r) ?? 0) : 0)),
      sizeProfile: Float64Array.from([...SIZE_CLASSES, null], (c) => (total ? (maps.size.get(c) ?? 0) : 0)),
      coastProfile: Float64Array.from([-1, 0, 1], (c) => (total ? (maps.coastal.get(c) ?? 0) : 0)),
    },
  };
}
