/**
 * Resolves place names as real lists write them (`Huangpu (Shanghai)`, `Chiang Mai Province`, `Prague 1`,
 * `上海市`) to gazetteer places, and says why. It never guesses: close candidates that nothing separates
 * are returned as ambiguous, and a name with no match in the given country is unresolved.
 */
import type { Country, Place } from '../../domain/geo.ts';
import { CountryNames } from './country-names.ts';
import { PlaceIndex, type NearbyPlace, type PlaceOrigin } from './place-index.ts';
import { isResolution, type Resolution, type ResolveQuery, type UserAlias } from './resolution.ts';
import { resolveAllNames } from './tiers/alt-names.ts';
import { readQuery, tierContext } from './tiers/context.ts';
import { nearestToCoordinates } from './tiers/coordinates.ts';
import { matchDistrict } from './tiers/district.ts';
import { narrowByKind, preferCity } from './tiers/kind.ts';
import { bestMatches, matchName, notFound } from './tiers/name-match.ts';
import { nearbyVariant, variantsNear } from './tiers/nearby-variant.ts';
import { mostProminent } from './tiers/prominence.ts';
import { narrowByQualifiers, partOfQualifier } from './tiers/qualifiers.ts';
import { similarSpelling } from './tiers/similar-spelling.ts';
import { verdict } from './tiers/verdict.ts';

export { parseName } from './parse-name.ts';
export type { Candidate, Resolution, ResolveQuery, UserAlias } from './resolution.ts';

export class Resolver {
  private readonly index: PlaceIndex;
  private readonly countries: CountryNames;

  constructor(countries: Country[], places: Place[], aliases: UserAlias[] = []) {
    this.countries = new CountryNames(countries);
    this.index = new PlaceIndex(places);
    for (const a of aliases) this.addAlias(a.alias, a.placeId);
  }

  resolve(query: ResolveQuery): Resolution {
    return resolveAllNames(query, (q) => this.resolveOne(q));
  }

  private resolveOne(raw: ResolveQuery): Resolution {
    const query = readQuery(raw, this.countries);
    if (isResolution(query)) return query;
    const ctx = tierContext(this.index, query, (q) => this.resolveOne(q));

    const matches = matchDistrict(ctx, matchName(ctx));
    if (matches.found.length === 0)
      return similarSpelling(ctx) ?? nearbyVariant(ctx) ?? partOfQualifier(ctx) ?? notFound(ctx);

    const notes: string[] = [];
    const withinQualifiers = narrowByQualifiers(ctx, matches.found, notes);
    if (isResolution(withinQualifiers)) return withinQualifiers;
    const found = preferCity(ctx, bestMatches(narrowByKind(ctx, withinQualifiers, notes)), notes);

    const choice = verdict(ctx, matches, found[0].tier, notes);
    if (found.length === 1) return choice.choose(found[0].place, 1, '');
    const near = nearestToCoordinates(ctx, found, choice, notes);
    if (isResolution(near)) return near;
    return mostProminent(near, choice, notes);
  }

  resolveCountry(nameOrCode: string | null | undefined): Country | null {
    return this.countries.resolve(nameOrCode);
  }

  getPlace(id: string): Place | undefined {
    return this.index.get(id);
  }

  /**
   * Adds a place after construction. A `source` place (established by a list's coordinates) is found by
   * its names only: it never takes part in spelling variants or nearby searches, so adding it cannot
   * change how other names resolve.
   */
  addPlace(place: Place, origin: PlaceOrigin = 'user'): void {
    this.index.add(place, origin);
  }

  isSourcePlace(id: string): boolean {
    return this.index.isSource(id);
  }

  /** Adds a name users know a place by; it outranks every gazetteer name. */
  addAlias(alias: string, placeId: string): void {
    this.index.addAlias(alias, placeId);
  }

  /** Gazetteer places within `radiusKm` of a point (source places left out), nearest first. */
  nearby(lat: number, lng: number, radiusKm: number, countryCode?: string | null): NearbyPlace[] {
    return this.index.nearby(lat, lng, radiusKm, countryCode);
  }

  /**
   * Gazetteer towns within `radiusKm` whose names are variants of `name`. Spelling variants count only
   * within a few km unless `loose`; designation variants (`Ciudad General Terán`) count anywhere in the radius.
   */
  variantsNear(
    name: string,
    countryCode: string,
    lat: number,
    lng: number,
    radiusKm: number,
    loose = true,
  ): { place: Place; km: number; how: string }[] {
    return variantsNear(this.index, name, countryCode, lat, lng, radiusKm, loose);
  }

  /** Autocomplete: places whose names start with the text, exact names first, then by population. */
  search(text: string, limit = 10): Place[] {
    return this.index.startingWith(text, limit);
  }
}
