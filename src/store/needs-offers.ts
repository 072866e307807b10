/**
 * What places seek from partners and what they offer, by field (place_needs_offers). Every write goes
 * through one transaction with the actor set, so the change log records who said what.
 */
import type { Actor, Database, Queryable } from './database.ts';
import { WriteRejected } from './writes.ts';

export type NeedOfferDirection = 'need' | 'offer';

export interface NeedOfferRow {
  placeId: string;
  direction: NeedOfferDirection;
  field: string;
  note: string;
  sourceId: string | null;
  updatedAt: string;
}

export interface NeedOfferInput {
  direction: NeedOfferDirection;
  field: string;
  note?: string;
  sourceId?: string | null;
}

const COLUMNS = `place_id AS "placeId", direction, field, note, source_id AS "sourceId", updated_at AS "updatedAt"`;

/** The needs and offers of one place, needs first, then by field. */
export async function listNeedsOffers(db: Queryable, placeId: string): Promise<NeedOfferRow[]> {
  return db.query<NeedOfferRow>(
    `SELECT ${COLUMNS} FROM place_needs_offers WHERE place_id = $1 ORDER BY direction, field`,
    [placeId],
  );
}

/** Every recorded need and offer, for matching. */
export async function allNeedsOffers(db: Queryable): Promise<NeedOfferRow[]> {
  return db.query<NeedOfferRow>(
    `SELECT ${COLUMNS} FROM place_needs_offers ORDER BY place_id, direction, field`,
  );
}

async function requirePlaceAndSource(tx: Queryable, placeId: string, sourceId: string | null): Promise<void> {
  const [place] = await tx.query(`SELECT 1 FROM places WHERE id = $1`, [placeId]);
  if (!place)
    throw new WriteRejected(404, `no place with id ${placeId}`, [
      { field: 'placeId', reason: `no place with id ${placeId}` },
    ]);
  if (sourceId) {
    const [source] = await tx.query(`SELECT 1 FROM sources WHERE id = $1`, [sourceId]);
    if (!source)
      throw new WriteRejected(422, `unknown source: ${sourceId}`, [
        { field: 'sourceId', reason: `no source with id ${sourceId}` },
      ]);
  }
}

/** Records needs or offers of a place; an existing (direction, field) gets the new note and source. */
export async function saveNeedsOffers(
  db: Database,
  actor: Actor,
  placeId: string,
  items: NeedOfferInput[],
): Promise<NeedOfferRow[]> {
  return db.transaction(actor, async (tx) => {
    for (const [i, item] of items.entries()) {
      await requirePlaceAndSource(tx, placeId, item.sourceId ?? null).catch((error: unknown) => {
        if (error instanceof WriteRejected && error.errors[0]?.field === 'sourceId')
          throw new WriteRejected(error.status, error.message, [
            { field: `items.${i}.sourceId`, reason: error.errors[0].reason },
          ]);
        throw error;
      });
      await tx.query(
        `INSERT INTO place_needs_offers AS n (place_id, direction, field, note, source_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (place_id, direction, field) DO UPDATE SET note = EXCLUDED.note, source_id = EXCLUDED.source_id,
           updated_at = now()
         WHERE (n.note, n.source_id) IS DISTINCT FROM (EXCLUDED.note, EXCLUDED.source_id)`,
        [placeId, item.direction, item.field, item.note ?? '', item.sourceId ?? null],
      );
    }
    return listNeedsOffers(tx, placeId);
  });
}

/** Removes needs or offers of a place: one field, one direction, or all; returns how many went. */
export async function deleteNeedsOffers(
  db: Database,
  actor: Actor,
  placeId: string,
  which: { direction?: NeedOfferDirection; field?: string } = {},
): Promise<number> {
  return db.transaction(actor, async (tx) => {
    const rows = await tx.query<{ field: string }>(
      `DELETE FROM place_needs_offers WHERE place_id = $1
         AND ($2::text IS NULL OR direction = $2) AND ($3::text IS NULL OR field = $3)
       RETURNING field`,
      [placeId, which.direction ?? null, which.field ?? null],
    );
    return rows.length;
  });
}
