/** Reads behind the API: place search by any name form, partnership filters, sorting, paging, detail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { nameKeys } from '../../src/ingest/gazetteer/index.ts';
import {
  getPartnership,
  listCountries,
  listObservations,
  listPartnerships,
  searchPlaces,
  type PartnershipFilter,
} from '../../src/store/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import {
  BEIJING,
  CHANGNING,
  CHIANG_MAI,
  DECOY,
  DOC_001,
  HANOI,
  HCMC,
  LIST_SOURCE,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
  withRegistry,
} from '../support/registry-fixtures.ts';

const P = {
  hcmc: partnershipId(SHANGHAI, HCMC),
  yokohama: partnershipId(SHANGHAI, YOKOHAMA),
  changning: partnershipId(CHANGNING, PRAGUE),
  hanoi: partnershipId(BEIJING, HANOI),
  chiangMai: partnershipId(SHANGHAI, CHIANG_MAI),
};

describe.each(ENGINES)('registry reads on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db, 'reader-fixture');
  });
  afterAll(async () => {
    await t?.drop();
  });

  const page = { limit: 50, offset: 0 };

  it.each(['上海', 'Shanghai', 'shanghai', 'Shànghǎi', '上海市', 'SHANG'])(
    'searchPlaces finds Shanghai first for %s',
    async (text) => {
      const result = await searchPlaces(t.db, { keys: nameKeys(text) }, page);
      expect(result.items[0]?.id).toBe(SHANGHAI);
      expect(result.items[0]).toMatchObject({ nameEn: 'Shanghai', nameZh: '上海市', countryCode: 'CN' });
      // The decoy matches the prefix but not the name, and ranks after Shanghai despite its population.
      const ids = result.items.map((i) => i.id);
      if (text !== '上海市') expect(ids).toContain(DECOY.id);
      expect(ids).not.toContain(BEIJING);
      expect(result.total).toBe(ids.length);
    },
  );

  it('searchPlaces filters by country and kind and counts partnerships', async () => {
    const vn = await searchPlaces(t.db, { countryCode: 'VN' }, page);
    expect(vn.items.map((i) => i.id).sort()).toEqual([HANOI, HCMC].sort());
    const provinces = await searchPlaces(t.db, { kind: 'province' }, page);
    expect(provinces.items.map((i) => i.id)).toEqual([CHIANG_MAI]);
    const shanghai = await searchPlaces(t.db, { keys: nameKeys('Shanghai'), withPartnerships: true }, page);
    expect(shanghai.items.map((i) => [i.id, i.partnerships])).toEqual([[SHANGHAI, 3]]);
    expect(await searchPlaces(t.db, { keys: nameKeys('Atlantis') }, page)).toMatchObject({
      total: 0,
      items: [],
    });
    // A name found, but not in the country asked: nothing, and a total of nothing.
    expect(await searchPlaces(t.db, { keys: nameKeys('Shanghai'), countryCode: 'JP' }, page)).toMatchObject({
      total: 0,
      items: [],
    });
    // A page past the end still says how many there are.
    const all = await searchPlaces(t.db, {}, { limit: 3, offset: 0 });
    const past = await searchPlaces(t.db, {}, { limit: 3, offset: all.total + 10 });
    expect(past).toMatchObject({ total: all.total, items: [] });
    // Without a name, capitals first, then by ties: Shanghai's three lead the rest.
    const whole = await searchPlaces(t.db, {}, { limit: 1000, offset: 0 });
    const capitals = whole.items.filter((i) => i.isCapital).length;
    expect(capitals).toBeGreaterThan(0);
    expect(whole.items.slice(0, capitals).every((i) => i.isCapital)).toBe(true);
    expect(whole.items[capitals]).toMatchObject({ id: SHANGHAI, partnerships: 3 });
    const withTies = await searchPlaces(t.db, { withPartnerships: true }, { limit: 50, offset: 0 });
    expect(withTies.items.find((i) => i.id === SHANGHAI)?.partnerships).toBe(3);
  });

  const ids = async (filter: PartnershipFilter) =>
    (await listPartnerships(t.db, filter, page)).items.map((i) => (i as { id: string }).id).sort();

  it('listPartnerships filters by place, with or without subdivisions', async () => {
    expect(await ids({ placeId: SHANGHAI })).toEqual([P.hcmc, P.yokohama, P.chiangMai].sort());
    expect(await ids({ placeId: SHANGHAI, includeSubdivisions: true })).toEqual(
      [P.hcmc, P.yokohama, P.chiangMai, P.changning].sort(),
    );
    expect(await ids({ placeId: CHANGNING })).toEqual([P.changning]);
    expect(await ids({})).toHaveLength(5);
  });

  it('listPartnerships filters by country, continent, type, level, status, years and source', async () => {
    expect(await ids({ countryCode: 'VN' })).toEqual([P.hcmc, P.hanoi].sort());
    expect(await ids({ continent: 'Europe' })).toEqual([P.changning]);
    expect(await ids({ type: 'friendly_exchange' })).toEqual([P.changning, P.chiangMai].sort());
    expect(await ids({ type: 'sister_city' })).toEqual([P.hcmc, P.yokohama, P.hanoi].sort());
    expect(await ids({ level: 'district' })).toEqual([P.changning]);
    expect(await ids({ level: 'province' })).toEqual([P.chiangMai]);
    expect(await ids({ status: 'dormant' })).toEqual([P.hanoi]);
    // No source of the fixture says whether its ties are still active: they are listed.
    expect(await ids({ status: 'listed' })).toHaveLength(4);
    expect(await ids({ status: 'active' })).toEqual([]);
    expect(await ids({ yearFrom: 1990, yearTo: 2000 })).toEqual([P.hcmc, P.hanoi].sort());
    expect(await ids({ yearFrom: 1994, yearTo: 1994 })).toEqual([P.hcmc]);
    expect(await ids({ yearTo: 1973 })).toEqual([P.yokohama]);
    expect(await ids({ yearFrom: 2017 })).toEqual([]);
    expect(await ids({ sourceId: LIST_SOURCE.id })).toEqual([P.hcmc, P.yokohama].sort());
    expect(await ids({ countryCode: 'CN', type: 'sister_city', yearFrom: 1980 })).toEqual(
      [P.hcmc, P.hanoi].sort(),
    );
  });

  it("a tie's countries follow its places: a place moved to another country moves its ties' filter", async () => {
    const moveTo = (code: string) =>
      t.db.transaction('reader-fixture', (tx) =>
        tx.query(`UPDATE places SET country_code = $1 WHERE id = $2`, [code, HCMC]),
      );
    await moveTo('TH');
    try {
      expect(await ids({ countryCode: 'VN' })).toEqual([P.hanoi]);
      expect(await ids({ countryCode: 'TH' })).toEqual([P.hcmc, P.chiangMai].sort());
      // Both sides' countries stay: Shanghai's tie is still China's.
      expect(await ids({ countryCode: 'CN', placeId: SHANGHAI })).toEqual(
        [P.hcmc, P.yokohama, P.chiangMai].sort(),
      );
    } finally {
      await moveTo('VN');
    }
    expect(await ids({ countryCode: 'VN' })).toEqual([P.hcmc, P.hanoi].sort());
    expect(await ids({ countryCode: 'TH' })).toEqual([P.chiangMai]);
  });

  it('listPartnerships sorts and pages with totals', async () => {
    const signed = async (order: 'asc' | 'desc') =>
      (await listPartnerships(t.db, {}, { ...page, sort: 'signed', order })).items.map(
        (i) => (i as { id: string }).id,
      );
    expect(await signed('asc')).toEqual([P.yokohama, P.hanoi, P.hcmc, P.changning, P.chiangMai]);
    expect(await signed('desc')).toEqual([P.changning, P.hcmc, P.hanoi, P.yokohama, P.chiangMai]);

    const byName = await listPartnerships(t.db, {}, { ...page, sort: 'nameA' });
    const namesA = byName.items.map((i) => (i as { placeA: { nameEn: string } }).placeA.nameEn);
    expect(namesA).toEqual([...namesA].sort());

    const pageTwo = await listPartnerships(t.db, {}, { limit: 2, offset: 2, sort: 'signed' });
    expect(pageTwo.total).toBe(5);
    expect(pageTwo.limit).toBe(2);
    expect(pageTwo.offset).toBe(2);
    expect(pageTwo.items.map((i) => (i as { id: string }).id)).toEqual([P.hcmc, P.changning]);
    const beyond = await listPartnerships(t.db, { placeId: SHANGHAI }, { limit: 2, offset: 10 });
    expect(beyond).toMatchObject({ total: 3, items: [] });
    const none = await listPartnerships(t.db, { placeId: PRAGUE, type: 'sister_city' }, page);
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it('getPartnership returns places, sources, claims, provenance and history', async () => {
    const p = await getPartnership(t.db, P.hcmc);
    expect(p).toMatchObject({
      id: P.hcmc,
      type: 'sister_city',
      level: 'city',
      status: 'listed',
      signedOn: '1994-05-14',
      signedPrecision: 'day',
      sourceCount: 2,
      placeA: { id: HCMC, nameEn: 'Ho Chi Minh City', countryCode: 'VN', continent: 'Asia' },
      placeB: { id: SHANGHAI, nameZh: '上海市' },
    });
    expect((p!.sources as { id: string; locator: string }[]).map((s) => [s.id, s.locator])).toEqual([
      [DOC_001.id, 'Table 1'],
      [LIST_SOURCE.id, 'row 12'],
    ]);
    expect(p!.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'signed', sourceId: DOC_001.id, chosen: true }),
        expect.objectContaining({ field: 'type', sourceId: DOC_001.id, value: 'sister_city', chosen: true }),
      ]),
    );
    expect((p!.provenance as Record<string, string>).type).toBe(`stated by ${DOC_001.id} (document)`);
    const history = p!.history as { actor: string; action: string; after: Record<string, unknown> }[];
    expect(history[0]).toMatchObject({ actor: 'reader-fixture', action: 'insert' });
    expect(history[0].after).toMatchObject({ place_a: HCMC, place_b: SHANGHAI });
    expect(history.at(-1)).toMatchObject({ action: 'update' });
    expect(history.at(-1)!.after).toMatchObject({ signed_on: '1994-05-14', type: 'sister_city' });
    expect(await getPartnership(t.db, 'pt:000000000000')).toBeNull();
  });

  it('a country or continent combined with years, a place or a source selects what each filter alone would', async () => {
    const all = { limit: 100, offset: 0 };
    const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id).sort();
    for (const [geo, year] of [
      [{ continent: 'Asia' }, { yearFrom: 1990 }],
      [{ countryCode: 'VN' }, { yearTo: 1993 }],
      [{ continent: 'Europe' }, { sourceId: 'src:doc-002' }],
      [{ countryCode: 'JP' }, { placeId: 'gn:1796236' }],
    ] as const) {
      const both = await listPartnerships(t.db, { ...geo, ...year }, all);
      const a = new Set(ids(await listPartnerships(t.db, geo, all)));
      const b = ids(await listPartnerships(t.db, year, all));
      expect(ids(both), JSON.stringify({ ...geo, ...year })).toEqual(b.filter((id) => a.has(id)));
      expect(both.total).toBe(both.items.length);
      expect(both.total).toBeGreaterThan(0);
    }
  });

  it('listCountries counts each partnership once per country it touches', async () => {
    const rows = (await listCountries(t.db)) as { code: string; partnerships: number; continent: string }[];
    const by = new Map(rows.map((r) => [r.code, r]));
    // China: all five ties; Vietnam: Shanghai–HCMC and Beijing–Hanoi; Czechia: Changning–Prague; none abroad twice.
    expect(by.get('CN')?.partnerships).toBe(5);
    expect(by.get('VN')?.partnerships).toBe(2);
    expect(by.get('CZ')?.partnerships).toBe(1);
    expect(by.get('JP')?.partnerships).toBe(1);
    expect(by.get('VN')?.continent).toBe('Asia');
  });

  it('listObservations keeps conflicting figures side by side', async () => {
    const result = await listObservations(t.db, { placeId: SHANGHAI }, page);
    expect(result.items.map((o) => (o as { value: number }).value)).toEqual([85, 86]);
  });
});
