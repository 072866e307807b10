/**
 * `Vienna 22 – Donaustadt`, `Prague 1`, `Budapest District XV`, `布达佩斯第十五区`: the district's own place
 * when the gazetteer has one (by its name, or the city's name with the number), else the city with a note.
 */
import type { Place } from '../../../domain/geo.ts';
import { placeDistance } from '../../gazetteer/build.ts';
import { hasHan } from '../../gazetteer/normalize.ts';
import { intToRoman } from '../numerals.ts';
import type { DistrictName } from '../parse-name.ts';
import type { Scored } from '../resolution.ts';
import type { Matches, TierContext } from './context.ts';

export interface NameMatches extends Matches {
  /** Why the city stands for a district the gazetteer lacks; lowers the confidence. */
  fallback: string | null;
}

/** Tried when the name itself has no exact match and reads as a district. */
export function matchDistrict(ctx: TierContext, matches: Matches): NameMatches {
  const { district } = ctx.query.parsed;
  if (!district || matches.found.some((f) => f.tier >= 2)) return { ...matches, fallback: null };
  const d = districtPlaces(ctx, district);
  return d.found.length ? { ...matches, ...d } : { ...matches, fallback: null };
}

function districtPlaces(
  ctx: TierContext,
  district: DistrictName,
): { found: Scored[]; fallback: string | null } {
  const cities = ctx.search(district.city).found.filter((f) => f.tier >= 1 && f.place.kind !== 'district');
  const cityPlaces = new Set(cities.map((c) => c.place));
  const near = (p: Place) =>
    cityPlaces.has(p) === false &&
    [...cityPlaces].some((c) => ctx.index.ancestors(p).includes(c) || placeDistance(p, c.lat, c.lng) <= 30);
  if (district.name) {
    const named = ctx.search(district.name).found.filter((f) => cityPlaces.size === 0 || near(f.place));
    if (named.length) return { found: named, fallback: null };
  }
  if (district.number !== null && cities.length) {
    const names = new Set<string>();
    for (const c of cities)
      for (const n of [c.place.nameEn, ...c.place.aliases.filter((a) => !hasHan(a))]) names.add(n);
    for (const n of names) {
      for (const num of [String(district.number), intToRoman(district.number)]) {
        const hits = ctx.search(`${n} ${num}`).found.filter((f) => near(f.place));
        if (hits.length) return { found: hits.map((h) => ({ ...h, tier: 2 as const })), fallback: null };
      }
    }
  }
  if (!cities.length) return { found: [], fallback: null };
  const label = district.number !== null ? `district ${district.number}` : `district ${district.name}`;
  return {
    found: cities,
    fallback: `the gazetteer has no place for ${label} of ${district.city}, so the city itself is given`,
  };
}
