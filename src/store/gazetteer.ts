/**
 * Writes the reference gazetteer (countries and places built by ingest/gazetteer) into the registry.
 * It is reference data from versioned packages, so one summary row goes to the change log per load
 * instead of one row per place; places users add are logged row by row as usual.
 */
import { adminLevel } from '../domain/levels.ts';
import type { Database } from './database.ts';
import type { Country, Place } from '../domain/geo.ts';
import { upsertById, type WriteCounts } from './batch.ts';

export interface GazetteerLoad {
  countries: Country[];
  places: (Place & { searchKeys: string[] })[];
  /** Country codes along the Belt and Road routes. */
  beltAndRoad: Set<string>;
  /** Country codes of the states without diplomatic relations with the People's Republic of China. */
  withoutRelations?: Set<string>;
  /** Names and versions of the packages the gazetteer came from, for the change log. */
  origin: string;
}

export async function saveGazetteer(
  db: Database,
  load: GazetteerLoad,
  actor: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ countries: WriteCounts; places: WriteCounts }> {
  return db.transaction(actor, async (tx) => {
    await tx.query(`SELECT set_config('amity.log', 'summary', true)`);
    const countries = await upsertById(
      tx,
      'countries',
      {
        code: 'text',
        iso3: 'text',
        name_en: 'text',
        name_zh: 'text',
        aliases: 'text[]',
        continent: 'text',
        subregion: 'text',
        capital: 'text',
        belt_and_road: 'boolean',
        part_of: 'text',
        diplomatic_relations: 'boolean',
        is_state: 'boolean',
      },
      load.countries.map((c) => ({
        code: c.code,
        iso3: c.iso3,
        name_en: c.nameEn,
        name_zh: c.nameZh,
        aliases: c.aliases,
        continent: c.continent,
        subregion: c.subregion,
        capital: c.capital,
        belt_and_road: load.beltAndRoad.has(c.code),
        part_of: c.partOf,
        diplomatic_relations: !load.withoutRelations?.has(c.code),
        is_state: c.isState,
      })),
      'code',
    );
    // Parents first, so the foreign key on parent_id holds within each slice.
    const depth = new Map<string, number>();
    const byId = new Map<string, Place>(load.places.map((p) => [p.id, p]));
    const depthOf = (p: Place): number => {
      const known = depth.get(p.id);
      if (known !== undefined) return known;
      const parent = p.parentId ? byId.get(p.parentId) : undefined;
      const d = parent ? depthOf(parent) + 1 : 0;
      depth.set(p.id, d);
      return d;
    };
    const ordered = [...load.places].sort((a, b) => depthOf(a) - depthOf(b));
    const places: WriteCounts = { added: 0, updated: 0, unchanged: 0 };
    const slice = 10_000;
    for (let i = 0; i < ordered.length; i += slice) {
      const counts = await upsertById(
        tx,
        'places',
        {
          id: 'text',
          kind: 'text',
          name_en: 'text',
          name_zh: 'text',
          name_zh_source: 'text',
          admin_level: 'text',
          aliases: 'text[]',
          country_code: 'text',
          parent_id: 'text',
          lat: 'double precision',
          lng: 'double precision',
          population: 'integer',
          is_capital: 'boolean',
          is_admin_seat: 'boolean',
          geonames_id: 'integer',
          division_code: 'text',
          search_keys: 'text[]',
        },
        ordered.slice(i, i + slice).map((p) => ({
          id: p.id,
          kind: p.kind,
          name_en: p.nameEn,
          name_zh: p.nameZh,
          name_zh_source: p.nameZhSource ?? null,
          admin_level: adminLevel(p),
          aliases: p.aliases,
          country_code: p.countryCode,
          parent_id: p.parentId,
          lat: p.lat,
          lng: p.lng,
          population: p.population,
          is_capital: p.isCapital,
          is_admin_seat: p.isAdminSeat,
          geonames_id: p.geonamesId,
          division_code: p.divisionCode,
          search_keys: p.searchKeys,
        })),
      );
      places.added += counts.added;
      places.updated += counts.updated;
      places.unchanged += counts.unchanged;
      onProgress?.(Math.min(i + slice, ordered.length), ordered.length);
    }
    if (countries.added + countries.updated + places.added + places.updated > 0) {
      await tx.query(
        `INSERT INTO change_log (actor, action, table_name, after) VALUES (current_setting('amity.actor'), 'bulk', 'places', $1)`,
        [JSON.stringify({ origin: load.origin, countries, places })],
      );
    }
    return { countries, places };
  });
}
