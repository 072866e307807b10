/**
 * Saved composite indices: definitions (framework, build steps, data, tier rule) and their computed results.
 * Definitions are logged row by row by the change-log triggers; results are derived and replaced as a whole,
 * so a save writes one summary row to the change log instead of one per score.
 */
import type { DevelopmentIndicator } from '../domain/matching.ts';
import type { BuildStep, Framework, TierRule, UnitRow } from '../domain/index-framework.ts';
import type { Actor, Database, Queryable } from './database.ts';

export interface IndexDefinitionInput {
  id: string;
  nameEn: string;
  nameZh?: string | null;
  /** The preset the definition started from, if any. */
  preset?: string | null;
  framework: Framework;
  steps: BuildStep[];
  data: UnitRow[];
  tiers?: TierRule | null;
  sourceNote?: string | null;
}

export interface IndexDefinition extends Required<IndexDefinitionInput> {
  createdAt: string;
  updatedAt: string;
}

export interface IndexSummary {
  id: string;
  nameEn: string;
  nameZh: string | null;
  preset: string | null;
  units: number;
  indicators: number;
  steps: string[];
  sourceNote: string | null;
  createdAt: string;
  updatedAt: string;
  /** When the stored results were computed; null when there are none. */
  computedAt: string | null;
}

export interface IndexResultRow {
  unit: string;
  unitName: string | null;
  code: string;
  level: number;
  /** null where the unit has no score (missing data, or screened out). */
  score: number | null;
  rank: number | null;
}

export const INDEX_ID_PATTERN = /^[a-z0-9][a-z0-9_.:-]*$/;

interface DefinitionRow {
  id: string;
  name_en: string;
  name_zh: string | null;
  preset: string | null;
  framework: Framework;
  steps: BuildStep[];
  data: UnitRow[];
  tiers: TierRule | null;
  source_note: string | null;
  created_at: string;
  updated_at: string;
}

function toDefinition(r: DefinitionRow): IndexDefinition {
  return {
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    preset: r.preset,
    framework: r.framework,
    steps: r.steps,
    data: r.data,
    tiers: r.tiers,
    sourceNote: r.source_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Creates or replaces a definition. Returns whether it was created; an identical save changes nothing. */
export async function saveIndexDefinition(
  db: Database,
  actor: Actor,
  input: IndexDefinitionInput,
): Promise<{ created: boolean; changed: boolean }> {
  if (!INDEX_ID_PATTERN.test(input.id))
    throw new Error(`index id '${input.id}' must be lower-case letters, digits, '_', '.', ':' or '-'`);
  return db.transaction(actor, async (tx) => {
    const rows = await tx.query<{ inserted: boolean }>(
      `INSERT INTO index_definitions (id, name_en, name_zh, preset, framework, steps, data, tiers, source_note)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb, $9)
       ON CONFLICT (id) DO UPDATE SET
         name_en = EXCLUDED.name_en, name_zh = EXCLUDED.name_zh, preset = EXCLUDED.preset,
         framework = EXCLUDED.framework, steps = EXCLUDED.steps, data = EXCLUDED.data,
         tiers = EXCLUDED.tiers, source_note = EXCLUDED.source_note, updated_at = now()
       WHERE (index_definitions.name_en, index_definitions.name_zh, index_definitions.preset,
              index_definitions.framework, index_definitions.steps, index_definitions.data,
              index_definitions.tiers, index_definitions.source_note)
             IS DISTINCT FROM
             (EXCLUDED.name_en, EXCLUDED.name_zh, EXCLUDED.preset, EXCLUDED.framework, EXCLUDED.steps,
              EXCLUDED.data, EXCLUDED.tiers, EXCLUDED.source_note)
       RETURNING (xmax = 0) AS inserted`,
      [
        input.id,
        input.nameEn,
        input.nameZh ?? null,
        input.preset ?? null,
        JSON.stringify(input.framework),
        JSON.stringify(input.steps),
        JSON.stringify(input.data),
        input.tiers ? JSON.stringify(input.tiers) : null,
        input.sourceNote ?? null,
      ],
    );
    return { created: rows[0]?.inserted === true, changed: rows.length > 0 };
  });
}

export async function getIndexDefinition(db: Queryable, id: string): Promise<IndexDefinition | null> {
  const rows = await db.query<DefinitionRow>(`SELECT * FROM index_definitions WHERE id = $1`, [id]);
  return rows.length ? toDefinition(rows[0]) : null;
}

export async function listIndexDefinitions(db: Queryable): Promise<IndexSummary[]> {
  const rows = await db.query<{
    id: string;
    name_en: string;
    name_zh: string | null;
    preset: string | null;
    units: number;
    indicators: number;
    steps: string[] | null;
    source_note: string | null;
    created_at: string;
    updated_at: string;
    computed_at: string | null;
  }>(
    `SELECT d.id, d.name_en, d.name_zh, d.preset, jsonb_array_length(d.data) AS units,
            (SELECT count(*)::int FROM jsonb_array_elements(d.framework -> 'nodes') n
              WHERE coalesce(n ->> 'type', CASE WHEN coalesce((n ->> 'level')::int, 1) = 1 THEN 'Indicator' END) = 'Indicator') AS indicators,
            (SELECT array_agg(s ->> 'step') FROM jsonb_array_elements(d.steps) s) AS steps,
            d.source_note, d.created_at, d.updated_at,
            (SELECT max(r.computed_at) FROM index_results r WHERE r.index_id = d.id) AS computed_at
       FROM index_definitions d ORDER BY d.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    preset: r.preset,
    units: r.units,
    indicators: r.indicators,
    steps: r.steps ?? [],
    sourceNote: r.source_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    computedAt: r.computed_at,
  }));
}

/** Deletes a definition and its results. Returns false when there was none. */
export async function deleteIndexDefinition(db: Database, actor: Actor, id: string): Promise<boolean> {
  return db.transaction(actor, async (tx) => {
    await clearResults(tx, id);
    const rows = await tx.query<{ id: string }>(`DELETE FROM index_definitions WHERE id = $1 RETURNING id`, [
      id,
    ]);
    return rows.length > 0;
  });
}

/** Removes the stored results with one summary row in the change log, then logs row by row again. */
async function clearResults(tx: Queryable, id: string): Promise<number> {
  await tx.query(`SELECT set_config('amity.log', 'summary', true)`);
  const removed = await tx.query<{ unit: string }>(
    `DELETE FROM index_results WHERE index_id = $1 RETURNING unit`,
    [id],
  );
  await tx.query(`SELECT set_config('amity.log', '', true)`);
  if (removed.length)
    await tx.query(
      `INSERT INTO change_log (actor, action, table_name, record_id, before)
       VALUES (current_setting('amity.actor'), 'bulk', 'index_results', $1, $2::jsonb)`,
      [id, JSON.stringify({ removedRows: removed.length })],
    );
  return removed.length;
}

/** Replaces the stored results of an index (in one transaction). */
export async function saveIndexResults(
  db: Database,
  actor: Actor,
  id: string,
  results: IndexResultRow[],
): Promise<{ rows: number; computedAt: string }> {
  return db.transaction(actor, async (tx) => {
    const exists = await tx.query(`SELECT 1 FROM index_definitions WHERE id = $1`, [id]);
    if (!exists.length) throw new Error(`no index definition with id ${id}`);
    await tx.query(`SELECT set_config('amity.log', 'summary', true)`);
    await tx.query(`DELETE FROM index_results WHERE index_id = $1`, [id]);
    const finite = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);
    const payload = results.map((r) => ({
      unit: r.unit,
      unit_name: r.unitName,
      code: r.code,
      level: r.level,
      score: finite(r.score),
      rank: finite(r.rank),
    }));
    const [{ computed_at }] = await tx.query<{ computed_at: string }>(`SELECT now() AS computed_at`);
    await tx.query(
      `INSERT INTO index_results (index_id, unit, unit_name, code, level, score, rank, computed_at)
       SELECT $1, unit, unit_name, code, level, score, rank, $3::timestamptz
         FROM jsonb_to_recordset($2::jsonb)
           AS r (unit text, unit_name text, code text, level integer, score double precision, rank integer)`,
      [id, JSON.stringify(payload), computed_at],
    );
    await tx.query(`SELECT set_config('amity.log', '', true)`);
    await tx.query(
      `INSERT INTO change_log (actor, action, table_name, record_id, after)
       VALUES (current_setting('amity.actor'), 'bulk', 'index_results', $1, $2::jsonb)`,
      [id, JSON.stringify({ rows: payload.length, computedAt: computed_at })],
    );
    return { rows: payload.length, computedAt: computed_at };
  });
}

/** Stored results, optionally of one level, ordered by level (top first), code and rank. */
export async function getIndexResults(
  db: Queryable,
  id: string,
  options: { level?: number } = {},
): Promise<(IndexResultRow & { computedAt: string })[]> {
  const rows = await db.query<{
    unit: string;
    unit_name: string | null;
    code: string;
    level: number;
    score: number | null;
    rank: number | null;
    computed_at: string;
  }>(
    `SELECT unit, unit_name, code, level, score, rank, computed_at FROM index_results
      WHERE index_id = $1 AND ($2::int IS NULL OR level = $2::int)
      ORDER BY level DESC, code, rank NULLS LAST, unit`,
    [id, options.level ?? null],
  );
  return rows.map((r) => ({
    unit: r.unit,
    unitName: r.unit_name,
    code: r.code,
    level: r.level,
    score: r.score,
    rank: r.rank,
    computedAt: r.computed_at,
  }));
}

/**
 * A stored index as a development indicator for partner matching: the composite score (the top level) of
 * each unit, by country code (two capital letters) or place id. Null when the index has no results.
 */
export async function developmentIndicator(
  db: Queryable,
  indexId: string,
): Promise<DevelopmentIndicator | null> {
  const rows = await getIndexResults(db, indexId);
  if (!rows.length) return null;
  const top = rows.filter((r) => r.level === rows[0].level && r.code === rows[0].code && r.score !== null);
  const byCountry: Record<string, number> = {};
  const byPlace: Record<string, number> = {};
  for (const r of top) (/^[A-Z]{2}$/.test(r.unit) ? byCountry : byPlace)[r.unit] = r.score!;
  return { name: indexId, byCountry, byPlace, source: `index ${indexId}, ${rows[0].code}` };
}
