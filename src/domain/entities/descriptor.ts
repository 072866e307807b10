/**
 * The shape of an entity descriptor: what the registry stores of one kind of record (its tables and
 * columns), how it is identified, cited and labelled. The bulk writer, the exports, the status counts and
 * the labels derive from these; `test/domain/entities.test.ts` holds them to the migrated schema.
 */

/** Column types as information_schema names them (an array as `<element>[]`). */
export type ColumnType =
  | 'text'
  | 'text[]'
  | 'integer'
  | 'bigint'
  | 'double precision'
  | 'boolean'
  | 'date'
  | 'jsonb'
  | 'timestamp with time zone';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** This database's own bookkeeping (timestamps, generated numbers): not exported, restored or written from input. */
  readonly local: boolean;
  /** The table its foreign key refers to. */
  readonly references?: string;
  /** The value (an SQL literal) a restored row gets when its export predates the column. */
  readonly restoreDefault?: string;
}

export interface TableDescriptor<Name extends string = string> {
  readonly name: Name;
  /** Every column, in the schema's order. */
  readonly columns: readonly Column[];
  /** What identifies a row in any database: the upserts' conflict target, the export's order and restore key. */
  readonly key: readonly string[];
  /** In a table of a record's parts: the column naming the record, whose parts are written as a whole. */
  readonly parentColumn?: string;
}

export interface Labels {
  readonly en: string;
  readonly zh: string;
}

export interface EntityDescriptor<Tables extends readonly TableDescriptor[] = readonly TableDescriptor[]> {
  /** Its main table's name, which also keys its count in the registry status. */
  readonly name: Tables[0]['name'];
  /** Its main table first, then the tables of its parts. */
  readonly tables: Tables;
  /** For a count or a list. */
  readonly label: Labels;
  /** For one record. */
  readonly labelOne: Labels;
  /** How the ids the registry makes for it begin (src/domain/ids.ts); absent where ids come from outside. */
  readonly idPrefix?: string;
  /** The record_type that record_sources and claims name its records by. */
  readonly recordType?: string;
  /** Its records cite their sources in record_sources. */
  readonly sourced: boolean;
  /** Its shown fields are chosen among what sources claim (claims). */
  readonly claimed: boolean;
  /** Counted in the registry status. */
  readonly counted: boolean;
  /** Tables the database keeps in step with its own by trigger: written whenever it is. */
  readonly maintained: readonly string[];
}

type ColumnOptions = { references?: string; restoreDefault?: string };

export const notNull = (name: string, type: ColumnType, options: ColumnOptions = {}): Column => ({
  name,
  type,
  nullable: false,
  local: false,
  ...options,
});

export const nullable = (name: string, type: ColumnType, options: ColumnOptions = {}): Column => ({
  name,
  type,
  nullable: true,
  local: false,
  ...options,
});

/** A column the database fills itself: `now()` by default, or a generated number. */
export const local = (name: string, type: ColumnType = 'timestamp with time zone'): Column => ({
  name,
  type,
  nullable: false,
  local: true,
});

export function table<const Name extends string>(
  name: Name,
  spec: Omit<TableDescriptor<Name>, 'name' | 'key'> & { key?: readonly string[] },
): TableDescriptor<Name> {
  return { name, key: ['id'], ...spec };
}

export function entity<
  const Tables extends readonly [TableDescriptor, ...TableDescriptor[]],
  const RecordType extends string | undefined = undefined,
>(
  spec: Omit<
    EntityDescriptor<Tables>,
    'name' | 'recordType' | 'sourced' | 'claimed' | 'counted' | 'maintained'
  > &
    Partial<Pick<EntityDescriptor, 'sourced' | 'claimed' | 'counted' | 'maintained'>> & {
      recordType?: RecordType;
    },
): EntityDescriptor<Tables> & { readonly recordType: RecordType } {
  return {
    name: spec.tables[0].name,
    sourced: false,
    claimed: false,
    counted: false,
    maintained: [],
    ...spec,
  } as EntityDescriptor<Tables> & { readonly recordType: RecordType };
}

/** The columns that travel in exports: all but this database's bookkeeping. */
export const exportedColumns = (t: TableDescriptor): Column[] => t.columns.filter((c) => !c.local);

/** Arrays and JSON values: JSON text in a CSV cell. */
export const isStructured = (type: ColumnType): boolean => type.endsWith('[]') || type === 'jsonb';
