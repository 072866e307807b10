/**
 * The resolver used by importers and the API: the gazetteer as built from its packages (cached for the
 * process), plus the places and aliases users added to this database.
 */
import type { Database } from '../store/database.ts';
import type { Place, PlaceKind } from '../domain/geo.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer/index.ts';
import { Resolver } from './resolve/resolver.ts';

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

export async function loadResolver(db: Database): Promise<Resolver> {
  const base = gazetteer();
  const userPlaces = await db.query<{
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
  const toPlace = (p: (typeof userPlaces)[number]): Place => ({
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
  });
  const places = userPlaces.filter((p) => p.origin === 'user').map(toPlace);
  const aliases = await db.query<{ alias: string; placeId: string }>(
    `SELECT alias, place_id AS "placeId" FROM place_aliases`,
  );
  const sourceIds = new Set(userPlaces.filter((p) => p.origin === 'source').map((p) => p.id));
  const resolver = new Resolver(base.countries, places.length ? [...base.places, ...places] : base.places);
  // An alias of a place this gazetteer build lacks (a database made with an older build) cannot
  // resolve to anything here: it is left out rather than failing every resolution.
  const addKnown = (a: { alias: string; placeId: string }) => {
    if (resolver.getPlace(a.placeId)) resolver.addAlias(a.alias, a.placeId);
  };
  for (const a of aliases) if (!sourceIds.has(a.placeId)) addKnown(a);
  // Places lists established are found by name only, so they never change how other names resolve.
  for (const p of userPlaces) if (p.origin === 'source') resolver.addPlace(toPlace(p), 'source');
  for (const a of aliases) if (sourceIds.has(a.placeId)) addKnown(a);
  return resolver;
}
