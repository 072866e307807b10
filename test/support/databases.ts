/**
 * The engines every store test runs on: PGlite always, and a PostgreSQL server when TEST_DATABASE_URL
 * names one (CI sets it). Each test database is created with a unique name and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { saveGazetteer } from '../../src/store/gazetteer.ts';
import { searchKeysOf } from '../../src/ingest/bootstrap.ts';
import { CHINA_REGION_NAMES, type Country, type Place } from '../../src/domain/geo.ts';

export type Engine = 'pglite' | 'postgres';

export const SERVER_URL = process.env.TEST_DATABASE_URL;
export const ENGINES: Engine[] = SERVER_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

export async function freshDatabase(
  engine: Engine,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let db: Database;
  let drop: () => Promise<void>;
  if (engine === 'pglite') {
    db = await openDatabase({ dataDir: 'memory://' });
    drop = () => db.close();
  } else {
    if (!SERVER_URL) throw new Error('TEST_DATABASE_URL is not set');
    const name = `amity_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    db = await openDatabase({ url: url.toString() });
    drop = async () => {
      await db.close();
      const client = new pg.Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  if (options.migrate !== false) await migrate(db);
  return { db, drop };
}

/** A few real countries and places, enough for store tests without the whole gazetteer. */
export const COUNTRIES: Country[] = [
  {
    code: 'CN',
    iso3: 'CHN',
    nameEn: 'China',
    nameZh: '中国',
    aliases: ["People's Republic of China"],
    continent: 'Asia',
    subregion: 'Eastern Asia',
    capital: 'Beijing',
    partOf: null,
    isState: true,
  },
  {
    code: 'VN',
    iso3: 'VNM',
    nameEn: 'Vietnam',
    nameZh: '越南',
    aliases: ['Viet Nam'],
    continent: 'Asia',
    subregion: 'South-Eastern Asia',
    capital: 'Hanoi',
    partOf: null,
    isState: true,
  },
  {
    code: 'JP',
    iso3: 'JPN',
    nameEn: 'Japan',
    nameZh: '日本',
    aliases: [],
    continent: 'Asia',
    subregion: 'Eastern Asia',
    capital: 'Tokyo',
    partOf: null,
    isState: true,
  },
  {
    code: 'CZ',
    iso3: 'CZE',
    nameEn: 'Czechia',
    nameZh: '捷克',
    aliases: ['Czech Republic'],
    continent: 'Europe',
    subregion: 'Eastern Europe',
    capital: 'Prague',
    partOf: null,
    isState: true,
  },
  {
    code: 'TH',
    iso3: 'THA',
    nameEn: 'Thailand',
    nameZh: '泰国',
    aliases: [],
    continent: 'Asia',
    subregion: 'South-Eastern Asia',
    capital: 'Bangkok',
    partOf: null,
    isState: true,
  },
  // China's regions, as the gazetteer names them (Chinese usage in both languages).
  ...(['HK', 'MO', 'TW'] as const).map((code): Country => ({
    code,
    iso3: { HK: 'HKG', MO: 'MAC', TW: 'TWN' }[code],
    nameEn: CHINA_REGION_NAMES[code].en,
    nameZh: CHINA_REGION_NAMES[code].zh,
    aliases: [],
    continent: 'Asia',
    subregion: 'Eastern Asia',
    capital: null,
    partOf: 'CN',
    isState: false,
  })),
];

/** A place record with what a test does not say left empty. */
export const place = (p: Partial<Place> & Pick<Place, 'id' | 'nameEn' | 'countryCode'>): Place => ({
  kind: 'city',
  nameZh: null,
  aliases: [],
  parentId: null,
  lat: null,
  lng: null,
  population: null,
  isCapital: false,
  isAdminSeat: false,
  geonamesId: null,
  divisionCode: null,
  ...p,
});

export const PLACES: Place[] = [
  place({
    id: 'gn:1796236',
    nameEn: 'Shanghai',
    nameZh: '上海市',
    countryCode: 'CN',
    lat: 31.22,
    lng: 121.46,
    population: 22315474,
    isAdminSeat: true,
    geonamesId: 1796236,
    divisionCode: '310000',
  }),
  place({
    id: 'gn:1816670',
    nameEn: 'Beijing',
    nameZh: '北京市',
    countryCode: 'CN',
    lat: 39.91,
    lng: 116.4,
    population: 18960744,
    isCapital: true,
    geonamesId: 1816670,
  }),
  place({
    id: 'cn:310105',
    nameEn: 'Changning District',
    nameZh: '长宁区',
    aliases: ['Changning'],
    countryCode: 'CN',
    kind: 'district',
    parentId: 'gn:1796236',
    lat: 31.22,
    lng: 121.42,
  }),
  place({
    id: 'gn:1566083',
    nameEn: 'Ho Chi Minh City',
    nameZh: '胡志明市',
    countryCode: 'VN',
    lat: 10.82,
    lng: 106.63,
    population: 3467331,
    geonamesId: 1566083,
  }),
  place({
    id: 'gn:1581130',
    nameEn: 'Hanoi',
    nameZh: '河内',
    countryCode: 'VN',
    lat: 21.02,
    lng: 105.84,
    population: 1431270,
    isCapital: true,
    geonamesId: 1581130,
  }),
  place({
    id: 'gn:1848354',
    nameEn: 'Yokohama',
    nameZh: '横滨',
    countryCode: 'JP',
    lat: 35.45,
    lng: 139.64,
    population: 3574443,
    geonamesId: 1848354,
  }),
  place({
    id: 'gn:3067696',
    nameEn: 'Prague',
    nameZh: '布拉格',
    aliases: ['Praha'],
    countryCode: 'CZ',
    lat: 50.09,
    lng: 14.42,
    population: 1165581,
    isCapital: true,
    geonamesId: 3067696,
  }),
  place({
    id: 'st:TH-50',
    nameEn: 'Chiang Mai Province',
    nameZh: '清迈府',
    countryCode: 'TH',
    kind: 'province',
    lat: 18.79,
    lng: 98.98,
  }),
];

export async function withSmallGazetteer(db: Database): Promise<void> {
  await saveGazetteer(
    db,
    {
      countries: COUNTRIES,
      places: PLACES.map((p) => ({ ...p, searchKeys: searchKeysOf(p) })),
      beltAndRoad: new Set(['VN', 'CZ', 'TH']),
      origin: 'test fixture',
    },
    'test',
  );
}
