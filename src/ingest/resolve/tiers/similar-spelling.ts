/** A unique place in the country whose spelling differs only in vowels or doubled letters (`Polotsk` → `Polatsk`). */
import { placeDistance } from '../../gazetteer/build.ts';
import { primaryKey, skeletonKey } from '../../gazetteer/normalize.ts';
import { editDistance } from '../edit-distance.ts';
import { describe } from '../place-facts.ts';
import { resolved, type Resolution } from '../resolution.ts';
import type { TierContext } from './context.ts';

export function similarSpelling(ctx: TierContext): Resolution | null {
  const { country, parsed, lat, lng } = ctx.query;
  if (!country) return null;
  // A numbered district (`Budapest XV`) is spelt like its city.
  const name = parsed.district?.city && !parsed.district.name ? parsed.district.city : parsed.base;
  const key = primaryKey(name);
  const skeleton = skeletonKey(key);
  if (key.length < 6 || !skeleton) return null;
  let found = ctx.index
    .withSkeleton(skeleton)
    .filter((p) => p.countryCode === country.code && editDistance(primaryKey(p.nameEn), key) <= 2);
  if (lat !== null && lng !== null && found.length > 1)
    found = found.filter((p) => placeDistance(p, lat, lng) <= 30);
  if (found.length !== 1) return null;
  const place = found[0];
  return resolved(
    place,
    0.6,
    `no exact name in ${country.code}; the only place with a similar spelling is "${place.nameEn}"; ${describe(place)}.`,
  );
}
