/**
 * Recording an administrative change of a place (merged, renamed, split), as the API and the command line
 * share it: both places must exist in one country, a place merged or renamed has one heir, a chain never
 * comes back to where it started, and the decision that made the change is the record's source.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, Database } from '../store/database.ts';
import { WriteRejected, lockRecord, resolveSources } from '../store/writes.ts';
import { applyBatch } from '../store/batch.ts';
import * as store from '../store/successions.ts';
import { placeCountry } from '../store/proposals.ts';
import { INHERITING_KINDS, type PlaceSuccessions, type SuccessionInput } from '../domain/successions.ts';

export async function recordSuccession(
  db: Database,
  actor: Actor,
  predecessorId: string,
  input: SuccessionInput,
): Promise<string> {
  const id = `succession:${randomUUID()}`;
  await db.transaction(actor, async (tx) => {
    // One change of a place at a time: two offices recording its merger cannot both pass the checks.
    await lockRecord(tx, `succession:${predecessorId}`);
    const [predecessor, successor] = await Promise.all([
      placeCountry(tx, predecessorId),
      placeCountry(tx, input.successorId),
    ]);
    if (!predecessor) throw new WriteRejected(404, `no place with id ${predecessorId}`);
    const errors: { field: string; reason: string }[] = [];
    if (input.successorId === predecessorId)
      errors.push({ field: 'successorId', reason: 'a place cannot succeed itself' });
    else if (!successor)
      errors.push({ field: 'successorId', reason: `no place with id ${input.successorId}` });
    else if (successor !== predecessor)
      errors.push({
        field: 'successorId',
        reason: `lies in ${successor}, not in ${predecessor}: an administrative change stays within one country`,
      });
    if (errors.length)
      throw new WriteRejected(422, errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors);

    const inheriting = INHERITING_KINDS.includes(input.kind);
    const earlier = await store.successionKindsOf(tx, predecessorId);
    if (earlier.some((k) => INHERITING_KINDS.includes(k)))
      throw new WriteRejected(
        409,
        `${predecessorId} was already merged or renamed: its heir is recorded; a further change belongs to the heir`,
      );
    if (inheriting && earlier.includes('split'))
      throw new WriteRejected(409, `${predecessorId} was split: it cannot also be merged or renamed`);
    // A chain of merges and renames that led back to the predecessor would hand its ties round in a circle.
    if (inheriting && (await store.heirOf(tx, input.successorId)) === predecessorId)
      throw new WriteRejected(
        422,
        `successorId: ${input.successorId} already passes its ties on to ${predecessorId}`,
        [
          {
            field: 'successorId',
            reason: `passes its ties on to ${predecessorId}: the chain would be a circle`,
          },
        ],
      );
    if (await store.successionExists(tx, predecessorId, input.successorId))
      throw new WriteRejected(409, `this change of ${predecessorId} is already recorded`);

    const { sources, links } = await resolveSources(tx, [input.source]);
    if (sources.length) await applyBatch(tx, { sources });
    await store.insertSuccession(tx, {
      id,
      predecessorId,
      successorId: input.successorId,
      kind: input.kind,
      on: input.on.date,
      onPrecision: input.on.precision,
      sourceId: links[0].sourceId,
      locator: links[0].locator ?? '',
      note: input.note ?? null,
    });
  });
  return id;
}

/** A place's administrative history and the place that holds its ties now; null when there is no such place. */
export async function placeSuccessions(db: Database, placeId: string): Promise<PlaceSuccessions | null> {
  if (!(await store.placeRefOf(db, placeId))) return null;
  const [{ predecessors, successors }, heirId] = await Promise.all([
    store.successionsOf(db, placeId),
    store.heirOf(db, placeId),
  ]);
  return { predecessors, successors, heir: heirId ? await store.placeRefOf(db, heirId) : null };
}
