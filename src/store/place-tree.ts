/**
 * China's hierarchy of places, both ways: the places above a place (what a grant over a jurisdiction is
 * checked against) and the places under a jurisdiction (what its readers and curators cover).
 */
import type { Queryable } from './database.ts';

/** The places given and every place above them: what a jurisdiction-scoped grant is checked against. */
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
    `WITH RECURSIVE up(origin, id, parent_id, depth) AS (
       SELECT id, id, parent_id, 0 FROM places WHERE id = ANY($1::text[])
       UNION ALL
       SELECT up.origin, p.id, p.parent_id, up.depth + 1 FROM places p JOIN up ON p.id = up.parent_id WHERE up.depth < 10
     ) SELECT origin, id FROM up`,
    [[...new Set(placeIds)]],
  );
  for (const row of rows) {
    const scope = scopes.get(row.origin) ?? [];
    scope.push(row.id);
    scopes.set(row.origin, scope);
  }
  return scopes;
}

/** The places under the given ones, themselves included (China's hierarchy is at most four deep). */
export async function placesWithin(db: Queryable, placeIds: readonly string[]): Promise<string[]> {
  if (placeIds.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `WITH RECURSIVE down(id, depth) AS (
       SELECT id, 0 FROM places WHERE id = ANY($1::text[])
       UNION ALL SELECT p.id, down.depth + 1 FROM places p JOIN down ON p.parent_id = down.id WHERE down.depth < 4
     ) SELECT DISTINCT id FROM down`,
    [placeIds],
  );
  return rows.map((r) => r.id);
}
