/** The one writer: idempotent upserts, partnership claims and their choice, all-or-nothing transactions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { applyBatch, type BatchResult, type RecordBatch } from '../../src/store/batch.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { getPartnership } from '../../src/store/registry.ts';
import {
  CHANGNING,
  CHIANG_MAI,
  DOC_001,
  DOC_002,
  HCMC,
  LIST_SOURCE,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
  changeLogCount,
  registryBatch,
  tableCounts,
} from '../support/registry-fixtures.ts';

interface ClaimRow {
  field: string;
  source_id: string;
  value: unknown;
  chosen: boolean;
  reason: string | null;
}

describe.each(ENGINES)('batch writer on %s', (engine) => {
  let t: TestDatabase;
  let first: BatchResult;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    first = await t.db.transaction('importer', (tx) => applyBatch(tx, registryBatch()));
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('applying the same batch twice changes nothing the second time', async () => {
    const { db } = t;
    expect(first.partnerships).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(first.sources).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(first.events?.added).toBe(1);
    expect(first.projects?.added).toBe(1);
    expect(first.observations?.added).toBe(2);
    const counts = await tableCounts(db);
    expect(counts.partnerships).toBe(5);
    expect(counts.project_outcomes).toBe(2);
    expect(counts.event_participants).toBe(1);
    expect(counts.change_log).toBeGreaterThan(20);

    const second = await db.transaction('importer', (tx) => applyBatch(tx, registryBatch()));
    for (const key of [
      'sources',
      'places',
      'corridors',
      'partnerships',
      'organisations',
      'memberships',
      'events',
      'projects',
      'observations',
    ] as const) {
      const c = second[key]!;
      expect(c.added + c.updated, key).toBe(0);
      expect(c.unchanged, key).toBeGreaterThan(0);
    }
    expect(second.aliases).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(second.partnershipIds).toEqual(first.partnershipIds);
    expect(await tableCounts(db)).toEqual(counts);
  });

  it('keeps both claims when two sources give different dates and shows the document’s day-precision date', async () => {
    const { db } = t;
    const id = partnershipId(SHANGHAI, HCMC);
    // The list (a data set) gives only a year; the document gives the day.
    const result = await db.transaction('importer', (tx) =>
      applyBatch(tx, {
        partnerships: [
          {
            placeA: HCMC,
            placeB: SHANGHAI,
            sourceId: LIST_SOURCE.id,
            signed: { date: '1994-01-01', precision: 'year' },
          },
        ],
      }),
    );
    expect(result.partnershipIds).toEqual([id]);
    const [row] = await db.query<{
      signed_on: string;
      signed_precision: string;
      provenance: Record<string, string>;
    }>(`SELECT signed_on, signed_precision, provenance FROM partnerships WHERE id = $1`, [id]);
    expect(row.signed_on).toBe('1994-05-14');
    expect(row.signed_precision).toBe('day');
    expect(row.provenance.signed).toBe(
      `stated by ${DOC_001.id} (document); preferred over ${LIST_SOURCE.id} (a document outranks a dataset)`,
    );
    const claims = await db.query<ClaimRow>(
      `SELECT field, source_id, value, chosen, reason FROM claims
       WHERE record_type = 'partnership' AND record_id = $1 AND field = 'signed' ORDER BY source_id`,
      [id],
    );
    expect(claims).toEqual([
      {
        field: 'signed',
        source_id: DOC_001.id,
        value: { date: '1994-05-14', precision: 'day' },
        chosen: true,
        reason: row.provenance.signed,
      },
      {
        field: 'signed',
        source_id: LIST_SOURCE.id,
        value: { date: '1994-01-01', precision: 'year' },
        chosen: false,
        reason: null,
      },
    ]);
    const read = await getPartnership(db, id);
    expect(read).toMatchObject({ signedOn: '1994-05-14' });
    expect(read!.claims.filter((c) => c.field === 'signed')).toHaveLength(2);
  });

  it('between two documents prefers the more precise date and says so', async () => {
    const { db } = t;
    const id = partnershipId(CHANGNING, PRAGUE);
    // doc-002 said 2016-03; doc-001 now gives the day.
    await db.transaction('editor', (tx) =>
      applyBatch(tx, {
        partnerships: [
          {
            placeA: PRAGUE,
            placeB: CHANGNING,
            sourceId: DOC_001.id,
            signed: { date: '2016-03-29', precision: 'day' },
          },
        ],
      }),
    );
    const p = await getPartnership(db, id);
    expect(p).toMatchObject({ signedOn: '2016-03-29', signedPrecision: 'day' });
    expect((p!.provenance as Record<string, string>).signed).toBe(
      `stated by ${DOC_001.id} (document); preferred over ${DOC_002.id} (the more precise date)`,
    );
    // The type, claimed by doc-002 only, is still doc-002's.
    expect(p).toMatchObject({ type: 'friendly_exchange' });
    // The claims say the same: doc-002's date is no longer chosen and keeps no reason; its type still is.
    const claims = await db.query<Pick<ClaimRow, 'field' | 'source_id' | 'chosen' | 'reason'>>(
      `SELECT field, source_id, chosen, reason FROM claims
       WHERE record_type = 'partnership' AND record_id = $1 AND field IN ('signed', 'type') ORDER BY field, source_id`,
      [id],
    );
    expect(claims).toEqual([
      {
        field: 'signed',
        source_id: DOC_001.id,
        chosen: true,
        reason: (p!.provenance as Record<string, string>).signed,
      },
      { field: 'signed', source_id: DOC_002.id, chosen: false, reason: null },
      {
        field: 'type',
        source_id: DOC_002.id,
        chosen: true,
        reason: (p!.provenance as Record<string, string>).type,
      },
    ]);
    const history = p!.history as { actor: string; action: string; before: { signed_on: string } | null }[];
    const last = history.at(-1)!;
    expect(last).toMatchObject({ actor: 'editor', action: 'update' });
    expect(last.before?.signed_on).toBe('2016-03-01');
  });

  it('derives the level from the kinds of the places when no source states it', async () => {
    const { db } = t;
    const rows = await db.query<{ id: string; level: string; provenance: Record<string, string> }>(
      `SELECT id, level, provenance FROM partnerships WHERE id = ANY($1::text[]) ORDER BY id`,
      [
        [
          partnershipId(SHANGHAI, CHIANG_MAI),
          partnershipId(CHANGNING, PRAGUE),
          partnershipId(SHANGHAI, YOKOHAMA),
        ],
      ],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(partnershipId(SHANGHAI, CHIANG_MAI))?.level).toBe('province');
    expect(byId.get(partnershipId(CHANGNING, PRAGUE))?.level).toBe('district');
    expect(byId.get(partnershipId(SHANGHAI, YOKOHAMA))?.level).toBe('city');
    for (const r of rows)
      expect(r.provenance.level).toBe('derived from the kinds of the two places (no source states it)');

    // A source that states the level wins over the derivation.
    await db.transaction('editor', (tx) =>
      applyBatch(tx, {
        partnerships: [{ placeA: SHANGHAI, placeB: CHIANG_MAI, sourceId: DOC_002.id, level: 'city' }],
      }),
    );
    const [stated] = await db.query<{ level: string; provenance: Record<string, string> }>(
      `SELECT level, provenance FROM partnerships WHERE id = $1`,
      [partnershipId(SHANGHAI, CHIANG_MAI)],
    );
    expect(stated.level).toBe('city');
    expect(stated.provenance.level).toBe(`stated by ${DOC_002.id} (document)`);
  });

  it('leaves nothing behind when a write fails midway through a batch', async () => {
    const { db } = t;
    const before = await tableCounts(db);
    const batch: RecordBatch = {
      sources: [{ id: 'src:new-doc', title: 'A new document', kind: 'document' }],
      places: [
        {
          id: 'u:new-town',
          kind: 'city',
          nameEn: 'New Town',
          countryCode: 'CN',
          searchKeys: ['newtown'],
        },
      ],
      partnerships: [
        { placeA: SHANGHAI, placeB: 'u:new-town', sourceId: 'src:new-doc', type: 'sister_city' },
        // No such place: the foreign key fails after the source, the place and the first pair were written.
        { placeA: SHANGHAI, placeB: 'gn:0', sourceId: 'src:new-doc', type: 'sister_city' },
      ],
    };
    await expect(db.transaction('importer', (tx) => applyBatch(tx, batch))).rejects.toThrow(
      /foreign key|violates/i,
    );
    expect(await tableCounts(db)).toEqual(before);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sources WHERE id = 'src:new-doc'`,
    );
    expect(n).toBe(0);
    // The database is still usable afterwards.
    const ok = await db.transaction('importer', (tx) =>
      applyBatch(tx, { sources: [{ id: 'src:new-doc', title: 'A new document', kind: 'document' }] }),
    );
    expect(ok.sources?.added).toBe(1);
    expect(await changeLogCount(db)).toBe(before.change_log + 1);
  });
});
