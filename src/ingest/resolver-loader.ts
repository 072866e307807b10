/**
 * The resolver used by importers and the API: the gazetteer as built from its packages (cached for the
 * process), plus the places and aliases users added to this database.
 */
import type { Database } from '../store/database.ts';
import { addedPlaces, placeAliases } from '../store/resolver-data.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer/index.ts';
import { Resolver } from './resolve/resolver.ts';

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

export async function loadResolver(db: Database): Promise<Resolver> {
  const base = gazetteer();
  const added = await addedPlaces(db);
  const places = added.filter((p) => p.origin === 'user').map((p) => p.place);
  const aliases = await placeAliases(db);
  const sourceIds = new Set(added.filter((p) => p.origin === 'source').map((p) => p.place.id));
  const resolver = new Resolver(base.countries, places.length ? [...base.places, ...places] : base.places);
  // An alias of a place this gazetteer build lacks (a database made with an older build) cannot
  // resolve to anything here: it is left out rather than failing every resolution.
  const addKnown = (a: { alias: string; placeId: string }) => {
    if (resolver.getPlace(a.placeId)) resolver.addAlias(a.alias, a.placeId);
  };
  for (const a of aliases) if (!sourceIds.has(a.placeId)) addKnown(a);
  // Places lists established are found by name only, so they never change how other names resolve.
  for (const p of added) if (p.origin === 'source') resolver.addPlace(p.place, 'source');
  for (const a of aliases) if (sourceIds.has(a.placeId)) addKnown(a);
  return resolver;
}
