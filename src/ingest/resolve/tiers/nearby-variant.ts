/**
 * A place near the given coordinates whose name is a variant of the query: a transliteration
 * (`Zaporizhzhia`/`Zaporizhia`, `Aarhus`/`Århus`) or the same words with a designation added or
 * dropped (`Bad Kötzting`/`Kötzting`, `Zhodzina`/`Horad Zhodzina`, `Vitoria-Gasteiz`/`Gasteiz / Vitoria`).
 * Only when exactly one such place lies within a few km; words that tell neighbours apart
 * (`Nový`, `Pano`, `Upper`) never count as a mere designation.
 */
import type { Place } from '../../../domain/geo.ts';
import { hasHan, nameTokens, skeletonKey } from '../../gazetteer/normalize.ts';
import { editDistance } from '../edit-distance.ts';
import { parseName } from '../parse-name.ts';
import { describe } from '../place-facts.ts';
import type { PlaceIndex } from '../place-index.ts';
import { resolved, type Resolution } from '../resolution.ts';
import type { TierContext } from './context.ts';

/** How far from the given coordinates a variant spelling of the name is looked for. */
export const VARIANT_KM = 10;

/**
 * Designations a name may carry or drop and still be the same place (`Bad Kötzting`/`Kötzting`,
 * `Horad Zhodzina`, `Gemeente Noordenveld`, `Heroica Caborca`). Any other extra word may name another
 * place (`Istočno Sarajevo`, `Greater Manchester`, `Aue-Bad Schlema`), so it is never a variant.
 */
const DESIGNATIONS = new Set(
  (
    'bad ostseebad spa ciudad city town shire heroica lutherstadt hansestadt stadt markt centro ' +
    'gemeente obshtina obstina bashkia vald vallad commune municipality municipio comune kommune gmina ' +
    'opstina opcina obcina horad horod gorod miasto mesto'
  ).split(' '),
);
/** Small words of names that carry nothing (`Reichenbach im Vogtland`, `Commune de Préizerdaul`). */
const FILLER = new Set(
  'a am an and de del der des di do du da el en im in la le les of the und von zu y'.split(' '),
);

export interface VariantForms {
  key: string;
  words: Set<string>;
}

export function variantForms(name: string): VariantForms {
  const tokens = nameTokens(parseName(name).base).filter((t) => !FILLER.has(t));
  return { key: tokens.join(''), words: new Set(tokens) };
}

/** How two names `km` apart are variants of each other, or null. */
export function variantRelation(a: VariantForms, b: VariantForms, km: number): string | null {
  if (!a.key || !b.key) return null;
  const shorter = Math.min(a.key.length, b.key.length);
  const allowed = shorter >= 11 ? 3 : shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
  // Short names differ by a letter from many neighbours: their variants must lie at the very spot.
  if (
    allowed &&
    editDistance(a.key, b.key) <= allowed &&
    a.key[0] === b.key[0] &&
    km <= (shorter >= 8 ? VARIANT_KM : 3)
  )
    return 'a variant spelling of the name';
  // Transliterations that differ in vowels and one consonant (`Beit Sahour`/`Bayt Sāḩūr`, `Kiryat Shmona`/`Qiryat Shemona`).
  const [sa, sb] = [skeletonKey(a.key), skeletonKey(b.key)];
  // The same first letter, and a dropped consonant only within the same number of words (not `Lasarte-Oria`/`Lasarte`).
  if (
    sa.length >= 5 &&
    sb.length >= 5 &&
    km <= 3 &&
    sa[0].replace(/[cq]/, 'k') === sb[0].replace(/[cq]/, 'k') &&
    (sa.length === sb.length || a.words.size === b.words.size) &&
    editDistance(sa, sb) <= 1
  )
    return 'a transliteration of the name';
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size === 0 || ![...small].every((w) => large.has(w))) return null;
  if ([...small].join('').length < 4) return null;
  const extra = [...large].filter((w) => !small.has(w));
  if (!extra.every((w) => DESIGNATIONS.has(w))) return null;
  return extra.length ? `the same name with "${extra.join(' ')}"` : 'the same words';
}

/**
 * Gazetteer towns within `radiusKm` whose names are variants of `name`. Spelling variants count only
 * within a few km unless `loose`; designation variants (`Ciudad General Terán`) count anywhere in the radius.
 */
export function variantsNear(
  index: PlaceIndex,
  name: string,
  countryCode: string,
  lat: number,
  lng: number,
  radiusKm: number,
  loose: boolean,
): { place: Place; km: number; how: string }[] {
  const query = variantForms(name);
  if (!query.key) return [];
  // `Almaly (Almaty)` is a part of Almaty, not a spelling of it.
  const qualifierKeys = new Set(parseName(name).qualifiers.map((q) => variantForms(q).key));
  const hits = new Map<Place, { km: number; how: string }>();
  for (const { place, km } of index.nearby(lat, lng, radiusKm, countryCode)) {
    if (place.kind === 'province' || place.kind === 'region') continue;
    if ([place.nameEn, ...place.aliases].some((n) => qualifierKeys.has(variantForms(n).key))) continue;
    for (const other of [place.nameEn, ...place.aliases]) {
      if (hasHan(other)) continue;
      const how = variantRelation(query, variantForms(other), loose ? 0 : km);
      if (how && !hits.has(place)) hits.set(place, { km, how });
    }
  }
  return [...hits].map(([place, h]) => ({ place, ...h }));
}

export function nearbyVariant(ctx: TierContext): Resolution | null {
  const { country, parsed, lat, lng } = ctx.query;
  if (!country || lat === null || lng === null) return null;
  // A region or district is not the town of the same name.
  const kind = parseName(parsed.base).kindHint;
  if (kind && kind !== 'city') return null;
  const hits = variantsNear(ctx.index, parsed.base, country.code, lat, lng, VARIANT_KM, false);
  if (hits.length !== 1) return null;
  const [{ place, km, how }] = hits;
  return resolved(
    place,
    0.6,
    `no exact name in ${country.code}; "${place.nameEn}" ${km.toFixed(1)} km from the given coordinates is the only place nearby with ${how}; ${describe(place)}.`,
  );
}
