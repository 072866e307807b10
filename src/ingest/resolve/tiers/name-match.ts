/**
 * The name by its keys, in the country: a user alias, the exact name, or a name with qualifiers reduced on
 * one or both sides (`Chiang Mai Province` / `Chiang Mai`). Territories filed under the country
 * (`Réunion` under France) are searched only when the country itself has no match.
 */
import type { Country } from '../../../domain/geo.ts';
import { DEPENDENT_TERRITORIES } from '../../gazetteer/countries.ts';
import type { PlaceIndex } from '../place-index.ts';
import type { MatchTier, Resolution, Scored } from '../resolution.ts';
import type { Matches, TierContext } from './context.ts';

export function searchInCountry(index: PlaceIndex, country: Country | null, text: string): Matches {
  if (!country) return { found: index.lookup(text, null), note: '' };
  const own = index.lookup(text, new Set([country.code]));
  const territories = DEPENDENT_TERRITORIES[country.code];
  if (own.length || !territories?.length) return { found: own, note: '' };
  const dependents = index.lookup(text, new Set(territories));
  return { found: dependents, note: dependents.length ? ` (in a territory of ${country.code})` : '' };
}

/** The name as written, else without its qualifiers (`Huangpu (Shanghai)` → `Huangpu`). */
export function matchName(ctx: TierContext): Matches {
  const { name, parsed } = ctx.query;
  const written = ctx.search(name);
  if (written.found.length === 0 && parsed.base !== name) return ctx.search(parsed.base);
  return written;
}

/** The candidates of the best match tier only. */
export function bestMatches(found: Scored[]): Scored[] {
  const top = Math.max(...found.map((f) => f.tier)) as MatchTier;
  return found.filter((f) => f.tier === top);
}

/** Nothing matched: says which countries have the name, as a hint that the country may be wrong. */
export function notFound(ctx: TierContext): Resolution {
  const { country, parsed, where } = ctx.query;
  const elsewhere = country ? ctx.index.lookup(parsed.base, null) : [];
  const others = [...new Set(elsewhere.map((f) => f.place.countryCode))].slice(0, 5);
  return {
    status: 'unresolved',
    reason: `No place named "${parsed.base}" ${where}${others.length ? `; the name exists in ${others.join(', ')}` : ''}.`,
  };
}
