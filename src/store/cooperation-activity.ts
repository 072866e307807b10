/**
 * The exchanges and projects of a place or a tie, each with its year, as far as the reader may see them:
 * what the figure of exchanges against projects counts (src/analysis/cooperation-balance.ts).
 */
import type { Queryable } from './database.ts';
import type { CooperationActivity } from '../domain/cooperation-balance.ts';
import { placesWithinSql } from './place-tree.ts';
import { partnershipPlaces, placeExists } from './accounts.ts';
import { visibleTo, type PlaceReadScope } from './visibility.ts';

/** Numbered parameters, pushed as a query is written. */
function parameters() {
  const values: unknown[] = [];
  return { values, p: (value: unknown) => `$${values.push(value)}` };
}

const EXCHANGE_YEAR = `'exchange' AS kind, extract(year FROM e.starts_on)::int AS year`;
const PROJECT_YEAR = `'project' AS kind, extract(year FROM j.started_on)::int AS year`;

/** An event at one of `places` (a query of place ids) or with one of them among its participants. */
const eventAt = (places: string) =>
  `(e.place_id IN ${places} OR EXISTS (SELECT 1 FROM event_participants x WHERE x.event_id = e.id AND x.place_id IN ${places}))`;

const projectAt = (places: string) =>
  `EXISTS (SELECT 1 FROM project_places x WHERE x.project_id = j.id AND x.place_id IN ${places})`;

/**
 * A place's exchanges (events it hosts or takes part in) and projects (at the place, or under one of its
 * ties); with `includeSubdivisions`, those of its districts and counties too. Null when there is no
 * such place.
 */
export async function placeActivities(
  db: Queryable,
  placeId: string,
  includeSubdivisions: boolean,
  scope: PlaceReadScope,
): Promise<CooperationActivity[] | null> {
  if (!(await placeExists(db, placeId))) return null;
  const { values, p } = parameters();
  const id = p(placeId);
  const here = includeSubdivisions ? placesWithinSql(id) : `(SELECT ${id}::text)`;
  const sql = `SELECT ${EXCHANGE_YEAR} FROM events e WHERE ${visibleTo('events', 'e', scope, p)} AND ${eventAt(here)}
    UNION ALL
    SELECT ${PROJECT_YEAR} FROM projects j WHERE ${visibleTo('projects', 'j', scope, p)}
      AND (${projectAt(here)} OR EXISTS (SELECT 1 FROM partnerships t WHERE t.id = j.partnership_id
        AND (t.place_a IN ${here} OR t.place_b IN ${here})))`;
  return db.query<CooperationActivity>(sql, values);
}

/**
 * A tie's exchanges (events both its places take part in) and projects (recorded under it, or with both
 * its places among theirs). Null when there is no such tie.
 */
export async function tieActivities(
  db: Queryable,
  partnershipId: string,
  scope: PlaceReadScope,
): Promise<CooperationActivity[] | null> {
  const sides = await partnershipPlaces(db, partnershipId);
  if (sides.length === 0) return null;
  const { values, p } = parameters();
  const [a, b] = sides.map((side) => `(SELECT ${p(side)}::text)`);
  const id = p(partnershipId);
  const sql = `SELECT ${EXCHANGE_YEAR} FROM events e WHERE ${visibleTo('events', 'e', scope, p)} AND ${eventAt(a)} AND ${eventAt(b)}
    UNION ALL
    SELECT ${PROJECT_YEAR} FROM projects j WHERE ${visibleTo('projects', 'j', scope, p)}
      AND (j.partnership_id = ${id} OR (${projectAt(a)} AND ${projectAt(b)}))`;
  return db.query<CooperationActivity>(sql, values);
}
