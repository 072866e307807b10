/** Administrative changes of places in the database, and the SQL that lets an heir hold its predecessors' ties. */
import type { Queryable } from './database.ts';
import {
  INHERITING_KINDS,
  MAX_SUCCESSION_DEPTH,
  type Succession,
  type SuccessionKind,
} from '../domain/successions.ts';

type PlaceRef = Succession['predecessor'];

const INHERITING = `(${INHERITING_KINDS.map((k) => `'${k}'`).join(', ')})`;

/**
 * SQL: the place `root` (a column or a parameter placeholder) and every place merged or renamed into it,
 * directly or through a chain, as a subquery for `IN`: the places whose ties the root holds.
 */
export function placeAndPredecessorsSql(root: string): string {
  return `(WITH RECURSIVE back(id, depth) AS (
      SELECT ${root}::text, 0
      UNION ALL SELECT s.predecessor_id, back.depth + 1 FROM place_successions s JOIN back ON s.successor_id = back.id
        WHERE s.kind IN ${INHERITING} AND back.depth < ${MAX_SUCCESSION_DEPTH}
    ) SELECT id FROM back)`;
}

/**
 * SQL: a table (origin, heir) of every place merged or renamed away and the place that holds its ties now,
 * at the end of its chain.
 */
export const HEIRS_SQL = `(WITH RECURSIVE chain(origin, id, depth) AS (
    SELECT predecessor_id, successor_id, 1 FROM place_successions WHERE kind IN ${INHERITING}
    UNION ALL SELECT chain.origin, s.successor_id, chain.depth + 1 FROM place_successions s JOIN chain ON s.predecessor_id = chain.id
      WHERE s.kind IN ${INHERITING} AND chain.depth < ${MAX_SUCCESSION_DEPTH}
  ) SELECT DISTINCT ON (origin) origin, id AS heir FROM chain ORDER BY origin, depth DESC)`;

/** SQL: the edges a jurisdiction reaches up along: each place's parent, and the heir of a place merged or renamed. */
export const UPWARD_EDGES_SQL = `(SELECT id AS child, parent_id AS up FROM places WHERE parent_id IS NOT NULL
    UNION ALL SELECT predecessor_id, successor_id FROM place_successions WHERE kind IN ${INHERITING})`;

const PLACE_JSON = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'nameEn', ${alias}.name_en, 'nameZh', ${alias}.name_zh, 'countryCode', ${alias}.country_code)`;

const SUCCESSION_SELECT = `SELECT s.id, ${PLACE_JSON('a')} AS predecessor, ${PLACE_JSON('b')} AS successor, s.kind,
    s.effective_on AS "on", s.effective_precision AS "onPrecision",
    json_build_object('id', src.id, 'title', src.title, 'titleZh', src.title_zh, 'url', src.url) AS source,
    s.locator, s.note
  FROM place_successions s
  JOIN places a ON a.id = s.predecessor_id
  JOIN places b ON b.id = s.successor_id
  JOIN sources src ON src.id = s.source_id`;

/** The changes that made a place (predecessors) and those that ended it (successors), oldest first. */
export async function successionsOf(
  db: Queryable,
  placeId: string,
): Promise<{ predecessors: Succession[]; successors: Succession[] }> {
  const rows = await db.query<Succession>(
    `${SUCCESSION_SELECT} WHERE s.predecessor_id = $1 OR s.successor_id = $1 ORDER BY s.effective_on, s.id`,
    [placeId],
  );
  return {
    predecessors: rows.filter((r) => r.successor.id === placeId),
    successors: rows.filter((r) => r.predecessor.id === placeId),
  };
}

/** The place that holds `placeId`'s ties now, or null when the place holds them itself. */
export async function heirOf(db: Queryable, placeId: string): Promise<string | null> {
  const [row] = await db.query<{ heir: string }>(`SELECT heir FROM ${HEIRS_SQL} h WHERE h.origin = $1`, [
    placeId,
  ]);
  return row?.heir ?? null;
}

/** The kinds of change already recorded for a place as predecessor. */
export async function successionKindsOf(db: Queryable, placeId: string): Promise<SuccessionKind[]> {
  const rows = await db.query<{ kind: SuccessionKind }>(
    `SELECT kind FROM place_successions WHERE predecessor_id = $1`,
    [placeId],
  );
  return rows.map((r) => r.kind);
}

export async function insertSuccession(
  tx: Queryable,
  row: {
    id: string;
    predecessorId: string;
    successorId: string;
    kind: SuccessionKind;
    on: string;
    onPrecision: string;
    sourceId: string;
    locator: string;
    note: string | null;
  },
) {
  await tx.query(
    `INSERT INTO place_successions (id, predecessor_id, successor_id, kind, effective_on, effective_precision, source_id, locator, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.predecessorId,
      row.successorId,
      row.kind,
      row.on,
      row.onPrecision,
      row.sourceId,
      row.locator,
      row.note,
    ],
  );
}

export async function getSuccession(db: Queryable, id: string): Promise<Succession | null> {
  const [row] = await db.query<Succession>(`${SUCCESSION_SELECT} WHERE s.id = $1`, [id]);
  return row ?? null;
}

export async function successionExists(db: Queryable, predecessorId: string, successorId: string) {
  const rows = await db.query(
    `SELECT 1 FROM place_successions WHERE predecessor_id = $1 AND successor_id = $2`,
    [predecessorId, successorId],
  );
  return rows.length > 0;
}

export async function placeRefOf(db: Queryable, id: string): Promise<PlaceRef | null> {
  const [row] = await db.query<PlaceRef>(
    `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", country_code AS "countryCode" FROM places WHERE id = $1`,
    [id],
  );
  return row ?? null;
}
