/**
 * What name resolution reads from the database beyond the built gazetteer: the places users and sources
 * added, the aliases, and the ids importers check references against.
 */
import type { Queryable } from './database.ts';
import type { Place, PlaceKind } from '../domain/geo.ts';

export interface AddedPlace {
  place: Place;
  /** `user`: added by hand; `source`: established by a list, found by name only. */
  origin: 'user' | 'source';
}

/** Places added by users or sources, in id order. */
export async function addedPlaces(tx: Queryable): Promise<AddedPlace[]> {
  const rows = await tx.query<{
    id: string;
    kind: PlaceKind;
    name_en: string;
    name_zh: string | null;
    aliases: string[];
    country_code: string;
    parent_id: string | null;
    lat: number | null;
    lng: number | null;
    population: number | null;
    origin: 'user' | 'source';
  }>(
    `SELECT id, kind, name_en, name_zh, aliases, country_code, parent_id, lat, lng, population, origin
     FROM places WHERE origin IN ('user', 'source') ORDER BY id`,
  );
  return rows.map((p) => ({
    origin: p.origin,
    place: {
      id: p.id,
      kind: p.kind,
      nameEn: p.name_en,
      nameZh: p.name_zh,
      aliases: p.aliases,
      countryCode: p.country_code,
      parentId: p.parent_id,
      lat: p.lat,
      lng: p.lng,
      population: p.population,
      isCapital: false,
      isAdminSeat: false,
      geonamesId: null,
      divisionCode: null,
    },
  }));
}

export async function placeAliases(tx: Queryable): Promise<{ alias: string; placeId: string }[]> {
  return tx.query<{ alias: string; placeId: string }>(
    `SELECT alias, place_id AS "placeId" FROM place_aliases`,
  );
}

/** Ids of the places that came from GeoNames (`gn:…`). */
export async function geonamesPlaceIds(tx: Queryable): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(`SELECT id FROM places WHERE id LIKE 'gn:%'`);
  return new Set(rows.map((r) => r.id));
}

/** The country of every GeoNames place, by id. */
export async function geonamesPlaceCountries(tx: Queryable): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; code: string }>(
    `SELECT id, country_code AS code FROM places WHERE id LIKE 'gn:%'`,
  );
  return new Map(rows.map((r) => [r.id, r.code]));
}

export async function corridorIds(tx: Queryable): Promise<string[]> {
  return (await tx.query<{ id: string }>(`SELECT id FROM corridors`)).map((r) => r.id);
}
