/**
 * A twin-city list whose rows name Shanghai and Beijing beside a place no gazetteer knows (Nowhereville,
 * meant for the added place Nishi-Nowhere; Beijing's list writes its country two ways), a Taizhou of which the test's China has two (under Shanghai
 * and Beijing), a name that is no place (Oz), and a row with no Chinese side (Prague and Atlantis):
 * the held-back names of the data review, imported as the server's importer reads a list.
 */
import { COUNTRIES, PLACES } from './databases.ts';
import { BEIJING, SHANGHAI } from './registry-fixtures.ts';
import { createPlace } from '../../src/store/writes.ts';
import { addedPlaces, placeAliases } from '../../src/store/resolver-data.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { runImport } from '../../src/ingest/run.ts';
import { twinCitiesBatch } from '../../src/ingest/twin-cities.ts';
import type { Database } from '../../src/store/database.ts';

export const HELD_BACK_LIST = `city1,country1,city2,country2
Shanghai,China,Nowhereville,Japan
Beijing,China,Nowhereville,Japan
Shanghai,China,Hanoi,Vietnam
Taizhou,China,Prague,Czechia
Beijing,China,Oz,Japan
Beijing,China,Nowhereville,JP
Prague,Czechia,Atlantis,Japan
`;

/** The places the list's names mean: two districts named Taizhou and the Japanese city Nishi-Nowhere. */
export async function heldBackPlaces(db: Database) {
  const taizhou = async (parentId: string, nameZh: string) =>
    createPlace(db, 'test', {
      kind: 'district',
      nameEn: 'Taizhou',
      nameZh,
      countryCode: 'CN',
      parentId,
      searchKeys: ['taizhou', nameZh],
    });
  return {
    taizhouSh: await taizhou(SHANGHAI, '泰州'),
    taizhouBj: await taizhou(BEIJING, '台州'),
    nowhere: await createPlace(db, 'test', {
      kind: 'city',
      nameEn: 'Nishi-Nowhere',
      countryCode: 'JP',
      searchKeys: ['nishi-nowhere', 'nishi', 'nowhere'],
    }),
  };
}

/** The resolver as the server loads it: the gazetteer, the places users added, and the names they taught. */
async function resolverOf(db: Database): Promise<Resolver> {
  const added = (await addedPlaces(db)).map((p) => p.place);
  const resolver = new Resolver(COUNTRIES, [...PLACES, ...added]);
  for (const a of await placeAliases(db)) resolver.addAlias(a.alias, a.placeId);
  return resolver;
}

/** Imports the list (or another); the same rows are read again when the text differs (a newline added). */
export async function importHeldBackList(db: Database, content = HELD_BACK_LIST) {
  const resolver = await resolverOf(db);
  return runImport(db, {
    kind: 'twin-cities',
    fileName: 'twin_cities_raw.csv',
    content,
    actor: 'test',
    build: (report) => twinCitiesBatch(content, null, resolver, report),
  });
}
