/** The query as the tiers read it, and what they may ask of the resolver. */
import type { Country, PlaceKind } from '../../../domain/geo.ts';
import type { CountryNames } from '../country-names.ts';
import { parseName, type ParsedName } from '../parse-name.ts';
import type { PlaceIndex } from '../place-index.ts';
import type { Resolution, ResolveQuery, Scored } from '../resolution.ts';
import { searchInCountry } from './name-match.ts';

export interface TierQuery {
  name: string;
  parsed: ParsedName;
  country: Country | null;
  /** The qualifiers that name no country. */
  qualifiers: string[];
  kind: PlaceKind | null;
  lat: number | null;
  lng: number | null;
  /** `in CN` or `in any country`, for reasons. */
  where: string;
}

export interface Matches {
  found: Scored[];
  /** Where the matches lie when not in the country itself, for reasons. */
  note: string;
}

export interface TierContext {
  query: TierQuery;
  index: PlaceIndex;
  /** Places matching a text in the query's country, else in its dependent territories. */
  search(text: string): Matches;
  /** Resolves a qualifier in the query's country and at its coordinates, as the place around the name. */
  resolveQualifier(qualifier: string): Resolution;
}

/** Reads the country and the name's parts; an empty name or an unknown country is unresolved at once. */
export function readQuery(query: ResolveQuery, countries: CountryNames): TierQuery | Resolution {
  const name = query.name?.trim() ?? '';
  if (!name) return { status: 'unresolved', reason: 'The name is empty.' };
  let country: Country | null = null;
  if (query.country) {
    country = countries.resolve(query.country);
    if (!country) return { status: 'unresolved', reason: `Unknown country "${query.country}".` };
  }
  const parsed = parseName(name);
  // A qualifier that names a country narrows the search when no country was given.
  const qualifiers: string[] = [];
  for (const q of parsed.qualifiers) {
    const qc = countries.resolve(q);
    if (qc && !country) country = qc;
    else if (!qc) qualifiers.push(q);
  }
  return {
    name,
    parsed,
    country,
    qualifiers,
    kind: query.kind ?? parsed.kindHint,
    lat: query.lat ?? null,
    lng: query.lng ?? null,
    where: country ? `in ${country.code}` : 'in any country',
  };
}

export function tierContext(
  index: PlaceIndex,
  query: TierQuery,
  resolveOne: (query: ResolveQuery) => Resolution,
): TierContext {
  const { country, lat, lng } = query;
  return {
    query,
    index,
    search: (text) => searchInCountry(index, country, text),
    resolveQualifier: (qualifier) =>
      resolveOne({ name: qualifier, country: country?.code ?? null, lat, lng }),
  };
}
