/**
 * The entity descriptors against the migrated schema: every described table and column exists as
 * described, every table of registry data is described (or listed below with the reason it is not), keys
 * are unique in the schema, and the entities' order puts every table after the tables it refers to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from '../support/databases.ts';
import {
  ENTITIES,
  ENTITY_LABELS,
  REGISTRY_TABLES,
  type EntityDescriptor,
} from '../../src/domain/entities/index.ts';
import { PLACES } from '../../src/domain/entities/places.ts';
import { PARTNERSHIPS } from '../../src/domain/entities/partnerships.ts';
import {
  eventId,
  membershipId,
  observationId,
  organisationId,
  partnershipId,
  projectId,
} from '../../src/domain/ids.ts';
import { BATCH_TABLES } from '../../src/store/batch.ts';

/** Tables of the schema that no entity describes, and why. */
const NOT_DESCRIBED: Record<string, string> = {
  place_keys: 'one row per search key of a place, kept in step with places by a trigger',
  partnership_countries: 'the countries of each tie, kept in step with the ties and places by triggers',
  change_log: 'the history of every write, filled by triggers: about records, not records',
  imports: 'the reports of this database’s import runs',
  meta: 'facts about this database itself (gazetteer build, reclaimed space)',
  schema_migrations: 'which migrations this database has applied',
  users: 'accounts: who keeps records, not registry data; never exported',
  user_roles: 'the roles of accounts over jurisdictions',
  sessions: 'server-side sessions of signed-in users',
  api_tokens: 'hashed personal API tokens of accounts',
  proposals: 'internal records of the review workflow, never public or exported',
  partnership_assignments: 'which organisations record under a tie: internal work, like accounts',
  proposal_steps: 'the append-only review history of proposals',
  agreement_files: 'the append-only files of proposals’ agreements, internal like the proposals',
  stewardship_decisions: 'curators’ decisions on data questions (corrections are also claims)',
};

/** The counts the status API answers with, which tests and the web read by these keys. */
const COUNTED = [
  'countries',
  'places',
  'partnerships',
  'organisations',
  'memberships',
  'events',
  'projects',
  'observations',
  'sources',
  'corridors',
];

interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
  is_identity: string;
  column_default: string | null;
}

interface Constraint {
  table_name: string;
  constraint_name: string;
  constraint_type: 'PRIMARY KEY' | 'UNIQUE' | 'FOREIGN KEY';
  column_name: string;
  referenced_table: string | null;
}

describe.each(ENGINES)('entity descriptors against the schema on %s', (engine) => {
  let t: TestDatabase;
  let columns: SchemaColumn[];
  let constraints: Constraint[];
  let schemaTables: string[];

  beforeAll(async () => {
    t = await freshDatabase(engine);
    columns = await t.db.query<SchemaColumn>(
      `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.is_identity, c.column_default
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       ORDER BY c.table_name, c.ordinal_position`,
    );
    constraints = await t.db.query<Constraint>(
      `SELECT tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name,
         CASE WHEN tc.constraint_type = 'FOREIGN KEY' THEN
           (SELECT u.table_name FROM information_schema.constraint_column_usage u
            WHERE u.constraint_schema = tc.constraint_schema AND u.constraint_name = tc.constraint_name LIMIT 1)
         END AS referenced_table
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema
         AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
       WHERE tc.table_schema = current_schema() AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
       ORDER BY tc.table_name, tc.constraint_name, k.ordinal_position`,
    );
    schemaTables = [...new Set(columns.map((c) => c.table_name))];
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('describes every column of every described table, in order, with its type and nullability', () => {
    for (const table of REGISTRY_TABLES) {
      const actual = columns
        .filter((c) => c.table_name === table.name)
        .map((c) => ({
          name: c.column_name,
          type: c.data_type === 'ARRAY' ? `${c.udt_name.slice(1)}[]` : c.data_type,
          nullable: c.is_nullable === 'YES',
          // the database fills it: a generated number or the time of the write
          local: c.is_identity === 'YES' || c.column_default === 'now()',
        }));
      expect(actual.length, `${table.name} exists`).toBeGreaterThan(0);
      const described = table.columns.map(({ name, type, nullable, local }) => ({
        name,
        type,
        nullable,
        local,
      }));
      expect(described, table.name).toEqual(actual);
    }
  });

  it('describes every table of registry data; the others are listed with a reason', () => {
    const described = REGISTRY_TABLES.map((t) => t.name as string);
    expect(new Set(described).size, 'a table is described once').toBe(described.length);
    const undescribed = schemaTables.filter((name) => !described.includes(name));
    expect(undescribed.sort()).toEqual(Object.keys(NOT_DESCRIBED).sort());
    expect(PLACES.maintained).toContain('place_keys');
    expect(PARTNERSHIPS.maintained).toContain('partnership_countries');
  });

  it('declares exactly the foreign keys of the schema', () => {
    for (const table of REGISTRY_TABLES) {
      const actual = constraints
        .filter((c) => c.table_name === table.name && c.constraint_type === 'FOREIGN KEY')
        .map((c) => `${c.column_name} → ${c.referenced_table}`)
        .sort();
      const declared = table.columns
        .filter((c) => c.references)
        .map((c) => `${c.name} → ${c.references}`)
        .sort();
      expect(declared, table.name).toEqual(actual);
    }
  });

  it('orders the entities so that every table comes after the tables it refers to', () => {
    const position = new Map(REGISTRY_TABLES.map((t, i) => [t.name as string, i]));
    for (const c of constraints.filter((c) => c.constraint_type === 'FOREIGN KEY')) {
      if (!position.has(c.table_name) || c.referenced_table === c.table_name) continue;
      expect(
        position.get(c.referenced_table!),
        `${c.table_name}.${c.column_name} refers to ${c.referenced_table}`,
      ).toBeLessThan(position.get(c.table_name)!);
    }
  });

  it('keys every table by its primary key or a unique constraint, and parts by their record', () => {
    for (const table of REGISTRY_TABLES) {
      const unique = new Map<string, string[]>();
      for (const c of constraints.filter(
        (c) => c.table_name === table.name && c.constraint_type !== 'FOREIGN KEY',
      ))
        unique.set(c.constraint_name, [...(unique.get(c.constraint_name) ?? []), c.column_name]);
      const keys = [...unique.values()].map((k) => [...k].sort().join(','));
      expect(keys, `${table.name} is unique by ${table.key.join(', ')}`).toContain(
        [...table.key].sort().join(','),
      );
    }
    for (const entity of ENTITIES)
      for (const part of entity.tables.slice(1)) {
        if (!part.parentColumn) continue;
        const column = part.columns.find((c) => c.name === part.parentColumn);
        expect(column?.references, `${part.name}.${part.parentColumn}`).toBe(entity.name);
        expect(part.key, part.name).toContain(part.parentColumn);
      }
  });
});

describe('entity descriptors', () => {
  const entities: readonly EntityDescriptor[] = ENTITIES;

  it('name each entity after its main table, and cite sources under a record type of their own', () => {
    for (const e of entities) expect(e.name).toBe(e.tables[0].name);
    const cited = entities.filter((e) => e.sourced || e.claimed);
    for (const e of cited) expect(e.recordType, e.name).toBeTruthy();
    const recordTypes = entities.flatMap((e) => (e.recordType ? [e.recordType] : []));
    expect(new Set(recordTypes).size).toBe(recordTypes.length);
  });

  it('give the prefixes of the ids src/domain/ids.ts makes', () => {
    const made: Record<string, string> = {
      partnerships: partnershipId('gn:1', 'gn:2'),
      events: eventId('2020-01-01', 'Forum'),
      projects: projectId('Port'),
      organisations: organisationId('ICLEI'),
      memberships: membershipId('org:iclei', 'gn:1', 'member'),
      observations: observationId('Shanghai', 'partners', null, 'src:doc-001'),
    };
    for (const [name, id] of Object.entries(made)) {
      const prefix = entities.find((e) => e.name === name)?.idPrefix;
      expect(prefix, name).toBeTruthy();
      expect(id.startsWith(prefix!), `${id} starts with ${prefix}`).toBe(true);
    }
  });

  it('count the entities the status answers with', () => {
    expect(
      entities
        .filter((e) => e.counted)
        .map((e) => e.name)
        .sort(),
    ).toEqual([...COUNTED].sort());
  });

  it('label every entity in English and Chinese', () => {
    for (const e of entities) {
      for (const labels of [e.label, e.labelOne]) {
        expect(labels.en, e.name).toMatch(/^[A-Z]/);
        expect(labels.zh, e.name).toMatch(/\p{Script=Han}/u);
      }
      expect(ENTITY_LABELS.en[e.name as keyof typeof ENTITY_LABELS.en]).toBe(e.label.en);
      expect(ENTITY_LABELS.zh[e.name as keyof typeof ENTITY_LABELS.zh]).toBe(e.label.zh);
    }
  });

  it('derive the bulk writer’s tables: each described, or kept in step by a trigger, or the change log', () => {
    const described = REGISTRY_TABLES.map((t) => t.name as string);
    const maintained = entities.flatMap((e) => e.maintained);
    for (const table of BATCH_TABLES)
      expect([...described, ...maintained, 'change_log'], table).toContain(table);
    expect(BATCH_TABLES).toContain('record_sources');
    expect(BATCH_TABLES).toContain('claims');
  });
});
