/** Saved composite indices: definitions and results on both engines, with the change log. */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from '../support/databases.ts';
import { buildIndex, resultRows } from '../../src/analysis/indices/index.ts';
import {
  deleteIndexDefinition,
  getIndexDefinition,
  getIndexResults,
  listIndexDefinitions,
  saveIndexDefinition,
  saveIndexResults,
  type IndexDefinitionInput,
} from '../../src/store/indices.ts';

const asem = buildIndex({ preset: 'asem' });
const definition: IndexDefinitionInput = {
  id: 'asem-2018',
  nameEn: 'ASEM Sustainable Connectivity',
  nameZh: '亚欧会议可持续互联互通指数',
  preset: 'asem',
  framework: asem.recipe.framework,
  steps: asem.recipe.steps,
  data: asem.recipe.rows,
  tiers: { method: 'quantiles', groups: 4 },
  sourceNote: 'COINr example data',
};

async function logRows(t: TestDatabase, table: string) {
  return t.db.query<{ action: string; actor: string; record_id: string; before: unknown; after: unknown }>(
    `SELECT action, actor, record_id, before, after FROM change_log WHERE table_name = $1 ORDER BY id`,
    [table],
  );
}

describe.each(ENGINES)('saved indices on %s', (engine) => {
  let t: TestDatabase | null = null;
  afterEach(async () => {
    await t?.drop();
    t = null;
  });

  it('saves, reads back, lists and updates a definition, logging each change once', async () => {
    t = await freshDatabase(engine);
    expect(await saveIndexDefinition(t.db, 'alice', definition)).toEqual({ created: true, changed: true });
    const got = await getIndexDefinition(t.db, 'asem-2018');
    expect(got).not.toBeNull();
    expect(got!.framework).toEqual(JSON.parse(JSON.stringify(definition.framework)));
    expect(got!.steps).toEqual(definition.steps);
    expect(got!.data.length).toBe(51);
    expect(got!.nameZh).toBe('亚欧会议可持续互联互通指数');
    expect(got!.tiers).toEqual({ method: 'quantiles', groups: 4 });

    // the same save again changes nothing and logs nothing
    expect(await saveIndexDefinition(t.db, 'alice', definition)).toEqual({ created: false, changed: false });
    await saveIndexDefinition(t.db, 'bob', { ...definition, sourceNote: 'ASEM 2018 edition' });
    const log = await logRows(t, 'index_definitions');
    expect(log.map((r) => [r.action, r.actor])).toEqual([
      ['insert', 'alice'],
      ['update', 'bob'],
    ]);
    expect((log[1].before as { source_note: string }).source_note).toBe('COINr example data');
    expect((log[1].after as { source_note: string }).source_note).toBe('ASEM 2018 edition');

    const list = await listIndexDefinitions(t.db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: 'asem-2018',
      units: 51,
      indicators: 49,
      preset: 'asem',
      computedAt: null,
    });
    expect(list[0].steps).toEqual(['denominate', 'impute', 'screen', 'treat', 'normalise', 'aggregate']);
  });

  it('replaces results as a whole with one summary row in the change log, and reads them by level', async () => {
    t = await freshDatabase(engine);
    await saveIndexDefinition(t.db, 'alice', definition);
    const rows = resultRows(asem.coin);
    expect(rows.length).toBe(51 * 60);
    const first = await saveIndexResults(t.db, 'alice', 'asem-2018', rows);
    expect(first.rows).toBe(rows.length);
    const second = await saveIndexResults(t.db, 'alice', 'asem-2018', rows);
    expect(second.rows).toBe(rows.length);
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM index_results`);
    expect(n).toBe(rows.length);
    const log = await logRows(t, 'index_results');
    expect(log.map((r) => r.action)).toEqual(['bulk', 'bulk']); // one summary row per save
    expect(log[1].after).toMatchObject({ rows: rows.length });
    expect(log[0].record_id).toBe('asem-2018');

    const top = await getIndexResults(t.db, 'asem-2018', { level: 4 });
    expect(top).toHaveLength(51);
    expect(top[0]).toMatchObject({ code: 'Index', rank: 1 });
    const byUnit = new Map(rows.filter((r) => r.code === 'Index').map((r) => [r.unit, r]));
    for (const r of top) {
      expect(r.score).toBeCloseTo(byUnit.get(r.unit)!.score!, 12);
      expect(r.rank).toBe(byUnit.get(r.unit)!.rank);
    }
    const all = await getIndexResults(t.db, 'asem-2018');
    expect(new Set(all.map((r) => r.level))).toEqual(new Set([1, 2, 3, 4]));
    expect((await listIndexDefinitions(t.db))[0].computedAt).not.toBeNull();
  });

  it('stores missing scores as null and refuses results for an unknown index', async () => {
    t = await freshDatabase(engine);
    await saveIndexDefinition(t.db, 'alice', definition);
    await saveIndexResults(t.db, 'alice', 'asem-2018', [
      { unit: 'AUT', unitName: 'Austria', code: 'Index', level: 4, score: NaN, rank: null },
    ]);
    expect((await getIndexResults(t.db, 'asem-2018'))[0]).toMatchObject({ score: null, rank: null });
    await expect(saveIndexResults(t.db, 'alice', 'nope', [])).rejects.toThrow(/no index definition/);
    await expect(saveIndexDefinition(t.db, 'alice', { ...definition, id: 'Bad Id' })).rejects.toThrow(
      /index id/,
    );
  });

  it('deletes a definition with its results: the definition logged, the results summarised', async () => {
    t = await freshDatabase(engine);
    await saveIndexDefinition(t.db, 'alice', definition);
    await saveIndexResults(t.db, 'alice', 'asem-2018', resultRows(asem.coin));
    expect(await deleteIndexDefinition(t.db, 'carol', 'asem-2018')).toBe(true);
    expect(await deleteIndexDefinition(t.db, 'carol', 'asem-2018')).toBe(false);
    expect(await getIndexDefinition(t.db, 'asem-2018')).toBeNull();
    expect(await getIndexResults(t.db, 'asem-2018')).toEqual([]);
    const defs = await logRows(t, 'index_definitions');
    expect(defs.at(-1)).toMatchObject({ action: 'delete', actor: 'carol', record_id: 'asem-2018' });
    const res = await logRows(t, 'index_results');
    expect(res.map((r) => r.action)).toEqual(['bulk', 'bulk']);
    expect(res[1].before).toEqual({ removedRows: 51 * 60 });
  });
});
