/** Coordinates, when given, separate homonyms that lie far apart. */
import { placeDistance } from '../../gazetteer/build.ts';
import { prominence } from '../place-facts.ts';
import type { Resolution, Scored } from '../resolution.ts';
import type { TierContext } from './context.ts';
import type { Verdict } from './verdict.ts';

/** A homonym this close to the given coordinates is taken when the next one is well beyond. */
export const NEAR_KM = 5;
/** Candidates farther than this from the given coordinates are not near them. */
const FAR_KM = 75;

/** The candidate near the coordinates when the next is well beyond, else the candidates near them. */
export function nearestToCoordinates(
  ctx: TierContext,
  found: Scored[],
  verdict: Verdict,
  notes: string[],
): Scored[] | Resolution {
  const { lat, lng } = ctx.query;
  if (lat === null || lng === null) return found;
  const byDistance = found
    .map((f) => ({ f, d: placeDistance(f.place, lat, lng) }))
    .sort((a, b) => a.d - b.d || prominence(b.f.place) - prominence(a.f.place));
  const [first, second] = byDistance;
  if (first.d <= FAR_KM && second.d > Math.max(3 * first.d + 20, FAR_KM)) {
    return verdict.choose(
      first.f.place,
      0.97,
      `${Math.round(first.d)} km from the given coordinates, the next candidate ${Math.round(second.d)} km`,
    );
  }
  // Within a few km of the given point and the next one well beyond: the file's point names it.
  if (first.d <= NEAR_KM && second.d > Math.max(3 * first.d, first.d + 10)) {
    return verdict.choose(
      first.f.place,
      0.95,
      `${first.d.toFixed(1)} km from the given coordinates, the next candidate ${Math.round(second.d)} km`,
    );
  }
  if (first.d > FAR_KM) {
    notes.push(`no candidate within ${FAR_KM} km of the given coordinates`);
    return found;
  }
  const near = byDistance.filter((x) => x.d <= Math.max(3 * first.d + 20, FAR_KM)).map((x) => x.f);
  notes.push('several candidates near the given coordinates');
  return near.length === 1 ? verdict.choose(near[0].place, 0.95, '') : near;
}
