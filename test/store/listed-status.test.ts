/**
 * A tie is "active" only where a source says so: without a status claim it is "listed" (in a current
 * list, state unknown), on a new write, on a bulk import, and after the migration that corrected the
 * ties earlier versions stored as active by default.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer } from '../support/databases.ts';
import { BEIJING, HANOI, PRAGUE, SHANGHAI, YOKOHAMA, withRegistry } from '../support/registry-fixtures.ts';
import { createPartnership } from '../../src/store/writes.ts';
import { migrate } from '../../src/store/migrate.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { Database } from '../../src/store/database.ts';

const SOURCE = {
  source: { title: 'Municipal foreign affairs office list, 2025', kind: 'document' as const },
  locator: 'p. 1',
};

/** A registry with one tie a source says is active (Beijing–Yokohama); its id. */
async function withStatedTie(db: Database): Promise<string> {
  await withSmallGazetteer(db);
  await withRegistry(db);
  return createPartnership(db, 'test', {
    placeA: BEIJING,
    placeB: YOKOHAMA,
    type: 'sister_city',
    status: 'active',
    sources: [SOURCE],
  });
}

describe.each(ENGINES)('partnership status on %s', (engine) => {
  it('is listed unless a source gives it; active only where one says so', async () => {
    const t = await freshDatabase(engine);
    try {
      const stated = await withStatedTie(t.db);
      const unstated = await createPartnership(t.db, 'test', {
        placeA: BEIJING,
        placeB: PRAGUE,
        type: 'sister_city',
        sources: [SOURCE],
      });
      const status = async (id: string) =>
        (await t.db.query<{ status: string }>(`SELECT status FROM partnerships WHERE id = $1`, [id]))[0]
          .status;
      expect(await status(unstated)).toBe('listed');
      expect(await status(stated)).toBe('active');
      // The fixture's imported ties: one has a source saying dormant; the others say nothing of their state.
      expect(await status(partnershipId(BEIJING, HANOI))).toBe('dormant');
      expect(await status(partnershipId(SHANGHAI, YOKOHAMA))).toBe('listed');
      const [{ n }] = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM partnerships p WHERE p.status = 'active' AND NOT EXISTS (
           SELECT 1 FROM claims c WHERE c.record_type = 'partnership' AND c.record_id = p.id AND c.field = 'status')`,
      );
      expect(n).toBe(0);
    } finally {
      await t.drop();
    }
  });

  it('corrects ties an earlier version stored as active without a source, in one logged step', async () => {
    const t = await freshDatabase(engine);
    try {
      const stated = await withStatedTie(t.db);
      // The state before the migration: every tie without a stated status was stored as active.
      await t.db.transaction('test', async (tx) => {
        await tx.query(`UPDATE partnerships SET status = 'active' WHERE status = 'listed'`);
        await tx.query(`DELETE FROM schema_migrations WHERE version = 6`);
      });
      const before = await t.db.query<{ id: number }>(`SELECT id FROM change_log ORDER BY id DESC LIMIT 1`);
      expect(await migrate(t.db)).toEqual([6]);
      const rows = await t.db.query<{ id: string; status: string }>(
        `SELECT id, status FROM partnerships ORDER BY id`,
      );
      const byId = new Map(rows.map((r) => [r.id, r.status]));
      expect(byId.get(stated)).toBe('active');
      expect(byId.get(partnershipId(BEIJING, HANOI))).toBe('dormant');
      expect(rows.filter((r) => r.status === 'listed')).toHaveLength(4);
      const log = await t.db.query<{ action: string; after: { ties: number } }>(
        `SELECT action, after FROM change_log WHERE id > $1`,
        [before[0].id],
      );
      expect(log).toEqual([
        { action: 'bulk', after: expect.objectContaining({ status: 'listed', ties: 4 }) },
      ]);
    } finally {
      await t.drop();
    }
  });
});
