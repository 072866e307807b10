/**
 * Assigning a tie to the organisations that record under it, as the API and the command line share it.
 * The assignments are internal: read by those who read the internal records of the tie's jurisdiction
 * or keep its registry (others are told there is no such tie, as for any internal record), and kept by
 * the offices that keep the tie.
 */
import type { Database } from '../store/database.ts';
import { WriteRejected } from '../store/writes.ts';
import { partnershipPlaces } from '../store/accounts.ts';
import { placeScope } from '../store/place-tree.ts';
import * as store from '../store/assignments.ts';
import { allows, type Action } from '../domain/permissions.ts';
import { ASSIGNABLE_KINDS, type Assignments } from '../domain/assignments.ts';
import { actorOf, type Principal } from './accounts.ts';

const READ_ACTIONS: Action[] = ['records.read-internal', 'registry.write'];

async function tiePlaces(db: Database, id: string): Promise<string[]> {
  const places = await partnershipPlaces(db, id);
  if (places.length === 0) throw new WriteRejected(404, `no partnership with id ${id}`);
  return places;
}

const assignmentsOf = async (db: Database, id: string): Promise<Assignments> => ({
  items: await store.assignmentsOf(db, id),
  assignableKinds: [...ASSIGNABLE_KINDS],
});

export async function readAssignments(db: Database, principal: Principal, id: string): Promise<Assignments> {
  const scope = await placeScope(db, await tiePlaces(db, id));
  if (!READ_ACTIONS.some((action) => allows(principal.grants, action, scope)))
    throw new WriteRejected(404, `no partnership with id ${id}`);
  return assignmentsOf(db, id);
}

/** The caller has checked that the principal keeps the tie's registry. */
export async function assignTie(
  db: Database,
  principal: Principal,
  id: string,
  organisationId: string,
): Promise<Assignments> {
  await tiePlaces(db, id);
  const kind = await store.organisationKind(db, organisationId);
  const refusal =
    kind === null
      ? `no organisation with id ${organisationId}`
      : !(ASSIGNABLE_KINDS as readonly string[]).includes(kind)
        ? `a ${kind.replaceAll('_', ' ')} is not assigned ties: only ${ASSIGNABLE_KINDS.join(', ')} organisations record cooperation`
        : null;
  if (refusal)
    throw new WriteRejected(422, `organisationId: ${refusal}`, [
      { field: 'organisationId', reason: refusal },
    ]);
  await db.transaction(actorOf(principal), (tx) => store.assign(tx, id, organisationId, principal.login));
  return assignmentsOf(db, id);
}

export async function withdrawAssignment(
  db: Database,
  principal: Principal,
  id: string,
  organisationId: string,
): Promise<Assignments> {
  await tiePlaces(db, id);
  const withdrawn = await db.transaction(actorOf(principal), (tx) => store.unassign(tx, id, organisationId));
  if (!withdrawn) throw new WriteRejected(404, `partnership ${id} is not assigned to ${organisationId}`);
  return assignmentsOf(db, id);
}
