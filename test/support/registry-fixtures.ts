/**
 * Records and helpers shared by the store, import and API tests: a small registry on top of the small
 * gazetteer, counts of every table, and a GB18030 encoder built from the platform's decoder.
 */
import type { Database, Queryable } from '../../src/store/database.ts';
import { applyBatch, type RecordBatch, type SourceRow } from '../../src/store/batch.ts';
import { searchKeysOf } from '../../src/ingest/bootstrap.ts';

export const SHANGHAI = 'gn:1796236';
export const BEIJING = 'gn:1816670';
export const CHANGNING = 'cn:310105';
export const HCMC = 'gn:1566083';
export const HANOI = 'gn:1581130';
export const YOKOHAMA = 'gn:1848354';
export const PRAGUE = 'gn:3067696';
export const CHIANG_MAI = 'st:TH-50';

export const DOC_001: SourceRow = {
  id: 'src:doc-001',
  title: "The global layout and distinctive positioning of Shanghai's city diplomacy",
  titleZh: '上海城市外交的全球布局与特色定位',
  kind: 'document',
};
export const DOC_002: SourceRow = {
  id: 'src:doc-002',
  title: 'Building the Belt and Road with cities as carriers (report)',
  kind: 'document',
};
export const LIST_SOURCE: SourceRow = {
  id: 'src:wikipedia-twins-china',
  title: 'Wikipedia: List of twin towns and sister cities in China',
  kind: 'dataset',
  licence: 'CC BY-SA 4.0',
};

/** A decoy whose names start like Shanghai's, so a search must rank the exact match first. */
export const DECOY = {
  id: 'u:shanghai-village',
  kind: 'city' as const,
  nameEn: 'Shanghai Village',
  nameZh: '上海村',
  aliases: [],
  countryCode: 'CN',
  population: 999_999_999,
  searchKeys: searchKeysOf({ nameEn: 'Shanghai Village', nameZh: '上海村', aliases: [] }),
};

/**
 * Five partnerships chosen so every filter of listPartnerships selects a different subset:
 * Shanghai–HCMC (sister city, 1994-05-14), Shanghai–Yokohama (sister city, 1973), Changning–Prague
 * (friendly exchange, 2016-03, a district tie), Beijing–Hanoi (sister city, 1992, dormant),
 * Shanghai–Chiang Mai Province (friendly exchange, no date, a province tie).
 */
export function registryBatch(): RecordBatch {
  return {
    sources: [DOC_001, DOC_002, LIST_SOURCE],
    places: [DECOY],
    aliases: [{ alias: 'Hu', placeId: SHANGHAI, sourceId: DOC_001.id }],
    partnerships: [
      {
        placeA: SHANGHAI,
        placeB: HCMC,
        sourceId: DOC_001.id,
        locator: 'Table 1',
        type: 'sister_city',
        signed: { date: '1994-05-14', precision: 'day' },
      },
      { placeA: SHANGHAI, placeB: HCMC, sourceId: LIST_SOURCE.id, locator: 'row 12' },
      {
        placeA: YOKOHAMA,
        placeB: SHANGHAI,
        sourceId: LIST_SOURCE.id,
        type: 'sister_city',
        signed: { date: '1973-01-01', precision: 'year' },
      },
      {
        placeA: CHANGNING,
        placeB: PRAGUE,
        sourceId: DOC_002.id,
        type: 'friendly_exchange',
        signed: { date: '2016-03-01', precision: 'month' },
      },
      {
        placeA: BEIJING,
        placeB: HANOI,
        sourceId: DOC_002.id,
        type: 'sister_city',
        status: 'dormant',
        signed: { date: '1992-01-01', precision: 'year' },
      },
      { placeA: SHANGHAI, placeB: CHIANG_MAI, sourceId: DOC_001.id, type: 'friendly_exchange' },
    ],
    corridors: [
      {
        id: 'cpec',
        nameEn: 'China–Indochina Peninsula Economic Corridor',
        nameZh: '中国—中南半岛经济走廊',
        functions: ['trade', 'transport'],
        countryCodes: ['CN', 'VN', 'TH'],
        nodePlaceIds: [SHANGHAI, HCMC, HANOI],
        sources: [{ sourceId: DOC_002.id, locator: 'Table 1-1' }],
      },
    ],
    organisations: [
      {
        id: 'org:wego',
        abbr: 'WeGO',
        nameEn: 'World Smart Sustainable Cities Organization',
        nameZh: '世界智慧可持续城市组织',
        kind: 'city_network',
        sources: [{ sourceId: DOC_002.id }],
      },
    ],
    memberships: [
      {
        id: 'ms:wego-shanghai',
        organisationId: 'org:wego',
        placeId: SHANGHAI,
        role: 'member',
        since: '2010-05-01',
        sources: [{ sourceId: DOC_002.id }],
      },
    ],
    events: [
      {
        id: 'ev:test-forum',
        kind: 'forum',
        nameEn: 'Sister Cities Forum',
        nameZh: '友好城市论坛',
        starts: { date: '2019-11-05', precision: 'day' },
        endsOn: '2019-11-07',
        placeId: SHANGHAI,
        figures: { delegations: 40, note: '40 delegations' },
        participants: [{ placeId: HCMC, role: 'guest' }],
        sources: [{ sourceId: DOC_001.id, locator: 'p. 3' }],
      },
    ],
    projects: [
      {
        id: 'pj:test-port',
        nameEn: 'Port cooperation pilot',
        nameZh: '港口合作试点',
        domain: 'facilities',
        status: 'operating',
        started: { date: '2017-06-01', precision: 'month' },
        amount: 12.5,
        currency: 'USD',
        partnershipId: null,
        placeIds: [SHANGHAI, HCMC],
        participants: [{ name: 'Shanghai International Port Group', role: 'builder' }],
        milestones: [{ date: { date: '2018-01-01', precision: 'year' }, description: 'first berth' }],
        outcomes: [
          { measure: 'containers', value: 120000, unit: 'TEU' },
          { measure: 'jobs', text: 'several hundred' },
        ],
        sdgTargets: ['9.1', '17'],
        sources: [{ sourceId: DOC_002.id, locator: 'ch. 4' }],
      },
    ],
    observations: [
      {
        id: 'ob:test-shanghai-85',
        subjectText: 'Shanghai',
        placeId: SHANGHAI,
        measure: 'sister_cities',
        value: 85,
        unit: 'count',
        asOf: { date: '2018-01-01', precision: 'year' },
        details: { countries: 55 },
        sources: [{ sourceId: DOC_001.id, locator: 'p. 1' }],
      },
      {
        id: 'ob:test-shanghai-86',
        subjectText: 'Shanghai',
        placeId: SHANGHAI,
        measure: 'sister_cities',
        value: 86,
        unit: 'count',
        asOf: { date: '2019-01-01', precision: 'year' },
        sources: [{ sourceId: DOC_002.id, locator: 'p. 9' }],
      },
    ],
  };
}

export async function withRegistry(db: Database, actor = 'fixture'): Promise<void> {
  await db.transaction(actor, (tx) => applyBatch(tx, registryBatch()));
}

/** Row counts of every table of the schema (change_log included), to compare before and after. */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const [row] = await db.query<Record<string, number>>(
    `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t.table_name}) AS "${t.table_name}"`).join(', ')}`,
  );
  return row;
}

export async function changeLogCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM change_log`);
  return row.n;
}

let gbTable: Map<string, number[]> | null = null;

/**
 * Encodes text as GB18030 using a table built by decoding every two-byte sequence with the platform's
 * GB18030 decoder (Node has a decoder but no encoder). ASCII passes through; other characters must be
 * in the two-byte range, which covers common Chinese.
 */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
        } catch {
          // not a two-byte character
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** Two districts of Shanghai that the small gazetteer lacks: 闸北区 merged into 静安区 in 2015. */
export const ZHABEI = 'cn:310108';
export const JINGAN = 'cn:310106';

/** Adds 闸北区 and 静安区 under Shanghai. */
export async function withZhabeiAndJingan(db: Database): Promise<void> {
  const district = (id: string, nameEn: string, nameZh: string) => ({
    id,
    kind: 'district' as const,
    nameEn,
    nameZh,
    aliases: [],
    countryCode: 'CN',
    parentId: SHANGHAI,
    searchKeys: searchKeysOf({ nameEn, nameZh, aliases: [] }),
  });
  await db.transaction('fixture', (tx) =>
    applyBatch(tx, {
      places: [district(ZHABEI, 'Zhabei District', '闸北区'), district(JINGAN, 'Jing’an District', '静安区')],
    }),
  );
}
