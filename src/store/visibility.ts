/**
 * The visibility of the records offices keep, in SQL: which partnerships, projects and events a reader's
 * scope reaches, and so which citations, claims, change log rows and sources. The registry's reads,
 * counts, exports, the analysis dataset, the inbox and the review queue filter through these conditions.
 */
import type { Queryable } from './database.ts';
import { placesWithin } from './place-tree.ts';
import type { ReadScope, Visibility } from '../domain/visibility.ts';
import type { TableDescriptor } from '../domain/entities/index.ts';

/** A read scope with the jurisdictions expanded to every place under them (themselves included). */
export type PlaceReadScope =
  { kind: 'public' } | { kind: 'nation' } | { kind: 'places'; placeIds: readonly string[] };

export const PUBLIC_ONLY: PlaceReadScope = { kind: 'public' };

export async function placeReadScope(db: Queryable, scope: ReadScope): Promise<PlaceReadScope> {
  if (scope.kind !== 'jurisdictions') return scope;
  return { kind: 'places', placeIds: await placesWithin(db, scope.jurisdictions) };
}

/** The tables whose rows carry a visibility, and the places a row of each belongs to (SQL over `alias`). */
const RECORD_PLACES = {
  partnerships: (alias: string, places: string) =>
    `(${alias}.place_a = ANY(${places}) OR ${alias}.place_b = ANY(${places}))`,
  projects: (alias: string, places: string) =>
    `(EXISTS (SELECT 1 FROM project_places vp WHERE vp.project_id = ${alias}.id AND vp.place_id = ANY(${places}))
      OR EXISTS (SELECT 1 FROM partnerships vt WHERE vt.id = ${alias}.partnership_id
        AND (vt.place_a = ANY(${places}) OR vt.place_b = ANY(${places}))))`,
  events: (alias: string, places: string) =>
    `(${alias}.place_id = ANY(${places})
      OR EXISTS (SELECT 1 FROM event_participants vx WHERE vx.event_id = ${alias}.id AND vx.place_id = ANY(${places})))`,
} as const;
export type VisibleTable = keyof typeof RECORD_PLACES;
export const VISIBLE_TABLES = Object.keys(RECORD_PLACES) as VisibleTable[];

/**
 * The SQL condition under which the row `alias` of `table` is readable in `scope`; `param` adds a query
 * parameter and returns its placeholder. A project under a tie is no more visible than the tie.
 */
export function visibleTo(
  table: VisibleTable,
  alias: string,
  scope: PlaceReadScope,
  param: (value: unknown) => string,
): string {
  if (scope.kind === 'nation') return 'true';
  const open = `${alias}.visibility = 'public'`;
  const own =
    scope.kind === 'public' || scope.placeIds.length === 0
      ? open
      : `(${open} OR (${alias}.visibility = 'jurisdiction' AND ${RECORD_PLACES[table](alias, `${param(scope.placeIds)}::text[]`)}))`;
  if (table !== 'projects') return own;
  const tie = `(${alias}.partnership_id IS NULL OR EXISTS (SELECT 1 FROM partnerships vt
      WHERE vt.id = ${alias}.partnership_id AND ${visibleTo('partnerships', 'vt', scope, param)}))`;
  return `(${own} AND ${tie})`;
}

/** For queries with public records only: no parameter is ever needed. */
const noParameters = (): never => {
  throw new Error('a public-only condition takes no parameters');
};
export const publicOnly = (table: VisibleTable, alias: string): string =>
  visibleTo(table, alias, PUBLIC_ONLY, noParameters);

/**
 * Whether a row of a table that belongs to a record (its parent column, or the `record_id` of claims and
 * citations) belongs to one the scope may read, and whether a source is cited by one (or by nothing yet);
 * null when the table holds no such rows.
 */
function belongsToVisible(
  table: TableDescriptor,
  alias: string,
  scope: PlaceReadScope,
  param: (value: unknown) => string,
): string | null {
  if ((VISIBLE_TABLES as string[]).includes(table.name))
    return visibleTo(table.name as VisibleTable, alias, scope, param);
  if (table.name === 'sources') return sourceVisibleTo(alias, scope, param);
  const parent = table.columns.find((c) => c.name === table.parentColumn)?.references;
  if (parent && (VISIBLE_TABLES as string[]).includes(parent))
    return `EXISTS (SELECT 1 FROM ${parent} r WHERE r.id = ${alias}.${table.parentColumn} AND ${visibleTo(parent as VisibleTable, 'r', scope, param)})`;
  if (table.columns.some((c) => c.name === 'record_id'))
    return notAboutHidden(`${alias}.record_id`, scope, param);
  return null;
}

/** The rows of a table that a public export carries (null: all of them). */
export function publicRows(table: TableDescriptor, alias: string): string | null {
  return belongsToVisible(table, alias, PUBLIC_ONLY, noParameters);
}

/**
 * The ids of the records the scope may not read (ids are unique across kinds of record). Partnerships
 * and events are looked for among the few that are not public (a partial index); every project is
 * tested, since a public one may be hidden by its tie. `IS NOT TRUE`: a condition that is unknown (an
 * event without a place) hides the record rather than showing it.
 */
function hiddenRecords(scope: PlaceReadScope, param: (value: unknown) => string): string {
  return VISIBLE_TABLES.map((table) => {
    const candidates = table === 'projects' ? '' : `h.visibility <> 'public' AND `;
    return `SELECT h.id FROM ${table} h WHERE ${candidates}(${visibleTo(table, 'h', scope, param)}) IS NOT TRUE`;
  }).join(' UNION ALL ');
}

/** The record `recordId` names (if any) is none the scope may not read. */
function notAboutHidden(recordId: string, scope: PlaceReadScope, param: (value: unknown) => string): string {
  if (scope.kind === 'nation') return 'true';
  return `(${recordId} IS NULL OR ${recordId} NOT IN (${hiddenRecords(scope, param)}))`;
}

/**
 * A source the scope may see: one that no record cites yet, or that a record the scope may read cites.
 * A source cited only by internal records (an agreement recorded at a signing) would name them.
 */
export function sourceVisibleTo(
  alias: string,
  scope: PlaceReadScope,
  param: (value: unknown) => string,
): string {
  if (scope.kind === 'nation') return 'true';
  return `(NOT EXISTS (SELECT 1 FROM record_sources sc WHERE sc.source_id = ${alias}.id)
    OR EXISTS (SELECT 1 FROM record_sources sc WHERE sc.source_id = ${alias}.id AND sc.record_id NOT IN (${hiddenRecords(scope, param)})))`;
}

export const publicSources = (alias: string): string => sourceVisibleTo(alias, PUBLIC_ONLY, noParameters);

/** A condition over a change log row: it is about no record, and no source, the scope may not read. */
export function changeVisibleTo(scope: PlaceReadScope, param: (value: unknown) => string): string {
  if (scope.kind === 'nation') return 'true';
  return `${notAboutHidden('change_log.record_id', scope, param)}
    AND (change_log.table_name <> 'sources' OR NOT EXISTS (SELECT 1 FROM sources hs
      WHERE hs.id = change_log.record_id AND NOT ${sourceVisibleTo('hs', scope, param)}))`;
}

/** The visibility of a record the scope may read; null when there is none (or the scope may not read it). */
export async function readableVisibility(
  db: Queryable,
  table: VisibleTable,
  id: string,
  scope: PlaceReadScope,
): Promise<Visibility | null> {
  const params: unknown[] = [id];
  const visible = visibleTo(table, 'r', scope, (value) => `$${params.push(value)}`);
  const [row] = await db.query<{ visibility: Visibility }>(
    `SELECT r.visibility FROM ${table} r WHERE r.id = $1 AND ${visible}`,
    params,
  );
  return row?.visibility ?? null;
}

/** Sets who may read a record; returns false when there is no such record. */
export async function setVisibility(
  db: Queryable,
  table: VisibleTable,
  id: string,
  visibility: Visibility,
): Promise<boolean> {
  // Only a real change is written, so the change log records decisions, not repeats.
  await db.query(`UPDATE ${table} SET visibility = $2 WHERE id = $1 AND visibility <> $2`, [id, visibility]);
  return (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
}
