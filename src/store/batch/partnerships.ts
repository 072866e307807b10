/**
 * Partnerships: each source's claims about a pair are kept, and the shown fields are chosen among all the
 * claims the partnership has, old and new.
 */
import type { Queryable } from '../database.ts';
import {
  chooseClaims,
  deriveLevel,
  DERIVED_LEVEL,
  LISTED_STATUS,
  type FieldClaim,
} from '../../domain/claims.ts';
import { PARTNERSHIPS } from '../../domain/entities/partnerships.ts';
import type { PlaceKind } from '../../domain/geo.ts';
import { orderPair, partnershipId } from '../../domain/ids.ts';
import type {
  DatePrecision,
  Level,
  PartialDate,
  PartnershipStatus,
  PartnershipType,
  SourceKind,
} from '../../domain/registry.ts';
import { emptyCounts, type PartnershipClaimRow, type WriteCounts } from './rows.ts';
import { forEachSlice, linkSources } from './sql.ts';
import type { BatchWriter } from './writer.ts';

export const partnershipsWriter: BatchWriter<PartnershipClaimRow> = {
  entity: PARTNERSHIPS,
  async write(tx, rows, result) {
    const { counts, ids } = await writePartnershipClaims(tx, rows);
    result.partnershipIds = ids;
    return counts;
  },
};

interface PartnershipFields {
  type: PartnershipType;
  level: Level | null;
  signed_on: string | null;
  signed_precision: DatePrecision | null;
  status: PartnershipStatus;
  note: string | null;
  ended_on: string | null;
  ended_precision: DatePrecision | null;
  end_reason: string | null;
  provenance: Record<string, string>;
}

/**
 * Writes what each source says about each pair, then recomputes the shown fields of every touched
 * partnership from all the claims it has, old and new.
 */
async function writePartnershipClaims(
  tx: Queryable,
  rows: PartnershipClaimRow[],
): Promise<{ counts: WriteCounts; ids: string[] }> {
  const counts = emptyCounts();
  const ids: string[] = [];
  const pairs = new Map<string, [string, string]>();
  const links: { record_id: string; source_id: string; locator: string }[] = [];
  const claimRows = new Map<
    string,
    { record_id: string; field: string; source_id: string; value: unknown }
  >();
  for (const row of rows) {
    const [a, b] = orderPair(row.placeA, row.placeB);
    const id = partnershipId(a, b);
    ids.push(id);
    pairs.set(id, [a, b]);
    links.push({ record_id: id, source_id: row.sourceId, locator: row.locator ?? '' });
    const claimed: [string, unknown][] = [
      ['type', row.type],
      ['level', row.level],
      ['signed', row.signed],
      // A source that dates the end says the tie ended, unless it states a status itself.
      ['status', row.status ?? (row.ended ? 'ended' : undefined)],
      ['note', row.note],
      ['ended', row.ended],
      ['endReason', row.endReason],
    ];
    for (const [field, value] of claimed) {
      if (value === undefined) continue;
      claimRows.set(`${id}|${field}|${row.sourceId}`, {
        record_id: id,
        field,
        source_id: row.sourceId,
        value,
      });
    }
  }

  const pairRows = [...pairs].map(([id, [a, b]]) => ({ id, place_a: a, place_b: b }));
  const added = new Set<string>();
  await forEachSlice(pairRows, 5000, async (slice) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO partnerships (id, place_a, place_b)
       SELECT id, place_a, place_b FROM jsonb_to_recordset($1::jsonb) AS r (id text, place_a text, place_b text)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(slice)],
    );
    for (const r of inserted) added.add(r.id);
  });
  await linkSources(
    tx,
    PARTNERSHIPS.recordType,
    links.map((l) => ({ recordId: l.record_id, link: { sourceId: l.source_id, locator: l.locator } })),
  );
  await forEachSlice([...claimRows.values()], 5000, async (slice) => {
    await tx.query(
      `INSERT INTO claims AS c (record_type, record_id, field, source_id, value)
       SELECT 'partnership', record_id, field, source_id, coalesce(value, 'null'::jsonb)
       FROM jsonb_to_recordset($1::jsonb) AS r (record_id text, field text, source_id text, value jsonb)
       ON CONFLICT (record_type, record_id, field, source_id)
       DO UPDATE SET value = EXCLUDED.value WHERE c.value IS DISTINCT FROM EXCLUDED.value`,
      [JSON.stringify(slice)],
    );
  });

  const touched = [...pairs.keys()];
  const changed = await recomputePartnerships(tx, touched);
  for (const id of touched) {
    if (added.has(id)) counts.added++;
    else if (changed.has(id)) counts.updated++;
    else counts.unchanged++;
  }
  return { counts, ids };
}

/** Recomputes shown fields and chosen claims; returns the ids whose shown fields changed. */
export async function recomputePartnerships(tx: Queryable, ids: string[]): Promise<Set<string>> {
  const changed = new Set<string>();
  await forEachSlice(ids, 5000, async (slice) => {
    const claims = await tx.query<{
      record_id: string;
      field: string;
      source_id: string;
      kind: SourceKind;
      value: unknown;
      chosen: boolean;
      reason: string | null;
    }>(
      `SELECT c.record_id, c.field, c.source_id, s.kind, c.value, c.chosen, c.reason
       FROM claims c JOIN sources s ON s.id = c.source_id
       WHERE c.record_type = 'partnership' AND c.record_id = ANY($1::text[])`,
      [slice],
    );
    const kinds = await tx.query<{ id: string; kind_a: PlaceKind; kind_b: PlaceKind }>(
      `SELECT p.id, a.kind AS kind_a, b.kind AS kind_b
       FROM partnerships p JOIN places a ON a.id = p.place_a JOIN places b ON b.id = p.place_b
       WHERE p.id = ANY($1::text[])`,
      [slice],
    );
    const claimsById = new Map<string, FieldClaim[]>();
    for (const c of claims) {
      const list = claimsById.get(c.record_id) ?? [];
      list.push({ field: c.field, sourceId: c.source_id, sourceKind: c.kind, value: c.value });
      claimsById.set(c.record_id, list);
    }
    const fields: (PartnershipFields & { id: string })[] = [];
    const chosen: { record_id: string; field: string; source_id: string; reason: string }[] = [];
    for (const k of kinds) {
      const choices = chooseClaims(claimsById.get(k.id) ?? []);
      const f: PartnershipFields = {
        type: 'unknown',
        level: null,
        signed_on: null,
        signed_precision: null,
        // No source says whether it is still active: it is listed.
        status: 'listed',
        note: null,
        ended_on: null,
        ended_precision: null,
        end_reason: null,
        provenance: {},
      };
      for (const choice of choices) {
        if (choice.sourceId)
          chosen.push({
            record_id: k.id,
            field: choice.field,
            source_id: choice.sourceId,
            reason: choice.reason,
          });
        f.provenance[choice.field] = choice.reason;
        if (choice.field === 'type') f.type = choice.value as PartnershipType;
        else if (choice.field === 'level') f.level = choice.value as Level;
        else if (choice.field === 'status') f.status = choice.value as PartnershipStatus;
        else if (choice.field === 'note') f.note = choice.value as string | null;
        else if (choice.field === 'endReason') f.end_reason = choice.value as string | null;
        else if (choice.field === 'ended') {
          const d = choice.value as PartialDate | null;
          f.ended_on = d?.date ?? null;
          f.ended_precision = d?.precision ?? null;
        } else if (choice.field === 'signed') {
          const d = choice.value as PartialDate | null;
          f.signed_on = d?.date ?? null;
          f.signed_precision = d?.precision ?? null;
        }
      }
      if (!f.level) {
        f.level = deriveLevel(k.kind_a, k.kind_b);
        f.provenance.level = DERIVED_LEVEL;
      }
      if (!f.provenance.status) f.provenance.status = LISTED_STATUS;
      fields.push({ id: k.id, ...f });
    }
    const updated = await tx.query<{ id: string }>(
      `UPDATE partnerships t SET type = r.type, level = r.level, signed_on = r.signed_on,
         signed_precision = r.signed_precision, status = r.status, note = r.note, provenance = r.provenance,
         ended_on = r.ended_on, ended_precision = r.ended_precision, end_reason = r.end_reason,
         updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r (id text, type text, level text, signed_on date,
         signed_precision text, status text, note text, provenance jsonb, ended_on date, ended_precision text,
         end_reason text)
       WHERE t.id = r.id AND (t.type, t.level, t.signed_on, t.signed_precision, t.status, t.note, t.provenance,
           t.ended_on, t.ended_precision, t.end_reason)
         IS DISTINCT FROM (r.type, r.level, r.signed_on, r.signed_precision, r.status, r.note, r.provenance,
           r.ended_on, r.ended_precision, r.end_reason)
       RETURNING t.id`,
      [JSON.stringify(fields)],
    );
    for (const u of updated) changed.add(u.id);
    // Which claims are chosen, and why, is known here for every claim of the slice: only those whose
    // choice or reason changed are written, each found by its key. (Matching the whole list against the
    // claims in SQL let the planner, which expects 100 rows of a JSON list, pick a nested loop that took
    // minutes on a registry ten times the real one.)
    const reasons = new Map(
      chosen.map((c) => [`${c.record_id}\u0000${c.field}\u0000${c.source_id}`, c.reason]),
    );
    const changedClaims = claims.flatMap((c) => {
      const key = `${c.record_id}\u0000${c.field}\u0000${c.source_id}`;
      const isChosen = reasons.has(key);
      const reason = isChosen ? reasons.get(key)! : null;
      return c.chosen === isChosen && c.reason === reason
        ? []
        : [{ record_id: c.record_id, field: c.field, source_id: c.source_id, chosen: isChosen, reason }];
    });
    if (changedClaims.length)
      await tx.query(
        `UPDATE claims c SET chosen = x.chosen, reason = x.reason
         FROM jsonb_to_recordset($1::jsonb) AS x (record_id text, field text, source_id text, chosen boolean, reason text)
         WHERE c.record_type = 'partnership' AND c.record_id = x.record_id AND c.field = x.field
           AND c.source_id = x.source_id`,
        [JSON.stringify(changedClaims)],
      );
  });
  return changed;
}
