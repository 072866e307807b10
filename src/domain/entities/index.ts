/**
 * Every kind of record the registry holds, described once, in dependency order: an entity's tables refer
 * only to tables of entities before it (and a table to itself, as places to their parents).
 */
import type { Labels, TableDescriptor } from './descriptor.ts';
import { SOURCES } from './sources.ts';
import { COUNTRIES } from './countries.ts';
import { PLACES } from './places.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
import { PLACE_SUCCESSIONS } from './place-successions.ts';
import { CORRIDORS } from './corridors.ts';
import { PARTNERSHIPS } from './partnerships.ts';
import { ORGANISATIONS } from './organisations.ts';
import { MEMBERSHIPS } from './memberships.ts';
import { EVENTS } from './events.ts';
import { PROJECTS } from './projects.ts';
import { OBSERVATIONS } from './observations.ts';
import { RECORD_SOURCES } from './record-sources.ts';
import { CLAIMS } from './claims.ts';
import { COASTAL_OVERRIDES } from './coastal-overrides.ts';
import { NEEDS_OFFERS } from './needs-offers.ts';
import { INDICES } from './indices.ts';

export * from './descriptor.ts';

export const ENTITIES = [
  SOURCES,
  COUNTRIES,
  PLACES,
  PLACE_ALIASES,
  PLACE_SUCCESSIONS,
  CORRIDORS,
  PARTNERSHIPS,
  ORGANISATIONS,
  MEMBERSHIPS,
  EVENTS,
  PROJECTS,
  OBSERVATIONS,
  RECORD_SOURCES,
  CLAIMS,
  COASTAL_OVERRIDES,
  NEEDS_OFFERS,
  INDICES,
] as const;

export type EntityName = (typeof ENTITIES)[number]['name'];
export type RegistryTable = (typeof ENTITIES)[number]['tables'][number]['name'];

/** Every described table, in dependency order. */
export const REGISTRY_TABLES: readonly TableDescriptor<RegistryTable>[] = ENTITIES.flatMap(
  (e): readonly TableDescriptor<RegistryTable>[] => e.tables,
);

const byName = new Map(REGISTRY_TABLES.map((t) => [t.name as string, t]));

/** The descriptor of a registry table; throws for a table no entity describes. */
export function describedTable(name: string): TableDescriptor<RegistryTable> {
  const found = byName.get(name);
  if (!found) throw new Error(`no entity describes table ${name}`);
  return found;
}

/** Labels by entity name, one object a language: what a count or a heading of each entity reads. */
export const ENTITY_LABELS: Record<keyof Labels, Record<EntityName, string>> = {
  en: Object.fromEntries(ENTITIES.map((e) => [e.name, e.label.en])) as Record<EntityName, string>,
  zh: Object.fromEntries(ENTITIES.map((e) => [e.name, e.label.zh])) as Record<EntityName, string>,
};

/** What one record of the entity whose main table is `table` is called in messages ("partnership"). */
export function recordTypeOf(table: string): string {
  const entity = ENTITIES.find((e) => e.tables[0].name === table);
  if (!entity?.recordType) throw new Error(`no entity keeps its records in table ${table}`);
  return entity.recordType;
}
