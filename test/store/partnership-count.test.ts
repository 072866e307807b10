/** The partnership count each place carries is kept by the database through every kind of write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { BEIJING, PRAGUE, SHANGHAI, changeLogCount, withRegistry } from '../support/registry-fixtures.ts';
import { createPartnership } from '../../src/store/writes.ts';
import { searchPlaces } from '../../src/store/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';

describe.each(ENGINES)('places.partnership_count on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
  });
  afterAll(async () => t?.drop());

  /** Places whose kept count differs from a fresh count. */
  const drift = () =>
    t.db.query(`SELECT id, partnership_count,
        (SELECT count(*)::int FROM partnerships t WHERE t.place_a = p.id OR t.place_b = p.id) AS counted
      FROM places p
      WHERE partnership_count <> (SELECT count(*) FROM partnerships t WHERE t.place_a = p.id OR t.place_b = p.id)`);

  it('matches a fresh count after the bulk load, a create and a delete, and logs nothing of its own', async () => {
    expect(await drift()).toEqual([]);
    const [{ n: before }] = await t.db.query<{ n: number }>(
      `SELECT partnership_count AS n FROM places WHERE id = $1`,
      [PRAGUE],
    );
    const logBefore = await changeLogCount(t.db);
    await createPartnership(t.db, 'test', {
      placeA: BEIJING,
      placeB: PRAGUE,
      type: 'sister_city',
      status: 'active',
      sources: [{ source: { title: 'Count test', kind: 'document' }, locator: '' }],
    });
    expect(await drift()).toEqual([]);
    const [{ n: after }] = await t.db.query<{ n: number }>(
      `SELECT partnership_count AS n FROM places WHERE id = $1`,
      [PRAGUE],
    );
    expect(after).toBe(before + 1);
    // The create logs its own rows (partnership, source, link, claim), none for the places' counts.
    const logged = await t.db.query<{ table_name: string }>(
      `SELECT table_name FROM change_log WHERE id > (SELECT max(id) - $1 FROM change_log)`,
      [(await changeLogCount(t.db)) - logBefore],
    );
    expect(logged.map((r) => r.table_name)).not.toContain('places');
    await t.db.transaction('test', async (tx) => {
      await tx.query(`DELETE FROM partnerships WHERE id = $1`, [partnershipId(BEIJING, PRAGUE)]);
    });
    expect(await drift()).toEqual([]);
  });

  it('orders the unfiltered place list by capital, ties and population, with the exact total', async () => {
    const page = await searchPlaces(t.db, {}, { limit: 5, offset: 0 });
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM places`);
    expect(page.total).toBe(n);
    const expected = await t.db.query<{ id: string }>(
      `SELECT id FROM places p ORDER BY is_capital DESC,
         (SELECT count(*) FROM partnerships t WHERE t.place_a = p.id OR t.place_b = p.id) DESC,
         population DESC NULLS LAST, id LIMIT 5`,
    );
    expect(page.items.map((p) => p.id)).toEqual(expected.map((r) => r.id));
    expect(page.items.find((p) => p.id === SHANGHAI)?.partnerships ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('updates the total after a new place is added', async () => {
    const before = (await searchPlaces(t.db, { countryCode: 'CN' }, { limit: 1, offset: 0 })).total;
    await t.db.transaction('test', async (tx) => {
      await tx.query(
        `INSERT INTO places (id, kind, name_en, country_code, origin) VALUES ('u:count-test', 'city', 'Count Test', 'CN', 'user')`,
      );
    });
    const after = (await searchPlaces(t.db, { countryCode: 'CN' }, { limit: 1, offset: 0 })).total;
    expect(after).toBe(before + 1);
  });
});
