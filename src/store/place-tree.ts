/**
 * China's hierarchy of places, both ways: the places above a place (what a grant over a jurisdiction is
 * checked against) and the places under a jurisdiction (what its readers and curators cover).
 */
import type { Queryable } from './database.ts';
import { COUNTS_SUBDIVISIONS } from '../domain/levels.ts';
import { UPWARD_EDGES_SQL } from './successions.ts';

/**
 * The places given and every place above them (and above the heir of a place merged or renamed): what a
 * jurisdiction-scoped grant is checked against.
 */
export async function placeScope(db: Queryable, placeIds: readonly string[]): Promise<string[]> {
  return [...new Set([...(await placeScopes(db, placeIds)).values()].flat())];
}

/** placeScope of each place, in one query: place id → the place and every place above it. */
export async function placeScopes(
  db: Queryable,
  placeIds: readonly string[],
): Promise<Map<string, string[]>> {
  const scopes = new Map<string, string[]>();
  if (placeIds.length === 0) return scopes;
  const rows = await db.query<{ origin: string; id: string }>(
    // Up along parents, and from a place merged or renamed to its heir, whose office keeps its records.
    `WITH RECURSIVE up(origin, id, depth) AS (
       SELECT id, id, 0 FROM places WHERE id = ANY($1::text[])
       UNION
       SELECT up.origin, e.up, up.depth + 1 FROM ${UPWARD_EDGES_SQL} e JOIN up ON e.child = up.id WHERE up.depth < 10
     ) SELECT DISTINCT origin, id FROM up`,
    [[...new Set(placeIds)]],
  );
  for (const row of rows) {
    const scope = scopes.get(row.origin) ?? [];
    scope.push(row.id);
    scopes.set(row.origin, scope);
  }
  return scopes;
}

/** How deep China's hierarchy goes under a place: province, prefecture, county or district, town. */
const WITHIN_DEPTH = 4;

/**
 * SQL: the ids of the place `root` (a column or a parameter placeholder) and of every place under it, as
 * a subquery for `IN`. The one definition of "within" for lists, counts and jurisdictions.
 */
export function placesWithinSql(root: string): string {
  return `(WITH RECURSIVE down(id, depth) AS (
      SELECT ${root}::text, 0
      UNION ALL SELECT w.id, down.depth + 1 FROM places w JOIN down ON w.parent_id = down.id WHERE down.depth < ${WITHIN_DEPTH}
    ) SELECT id FROM down)`;
}

/** The places under the given ones, themselves included. */
export async function placesWithin(db: Queryable, placeIds: readonly string[]): Promise<string[]> {
  if (placeIds.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT w.id FROM unnest($1::text[]) AS r(id) JOIN places root ON root.id = r.id,
       LATERAL ${placesWithinSql('root.id')} AS w`,
    [placeIds],
  );
  return rows.map((r) => r.id);
}

/**
 * SQL: a table (place_id, n) of the public ties of each place that counts its subdivisions' ties
 * (domain/levels.ts: China's provinces), each tie once even when both its sides lie within.
 */
export function subdivisionTieCountsSql(openTie: string): string {
  const { kind, countryCode } = COUNTS_SUBDIVISIONS;
  return `(SELECT root.id AS place_id, count(DISTINCT t.id)::int AS n
    FROM places root, LATERAL ${placesWithinSql('root.id')} AS w
    JOIN partnerships t ON t.place_a = w.id OR t.place_b = w.id
    WHERE root.kind = '${kind}' AND root.country_code = '${countryCode}' AND ${openTie}
    GROUP BY root.id)`;
}
