/**
 * The one writer of the registry. Importers and API writes build a `RecordBatch` and apply it inside a
 * transaction; every upsert compares before it writes, so applying the same batch twice changes nothing
 * (and logs nothing).
 */
import type { Queryable } from './database.ts';
import { chooseClaims, deriveLevel, type FieldClaim } from '../domain/claims.ts';
import type { PlaceKind } from '../domain/geo.ts';
import type {
  DatePrecision,
  EventKind,
  Level,
  OrganisationKind,
  PartialDate,
  PartnershipStatus,
  PartnershipType,
  ProjectDomain,
  ProjectStatus,
  SourceKind,
} from '../domain/registry.ts';
import { orderPair, partnershipId } from '../domain/ids.ts';

export interface SourceRow {
  id: string;
  title: string;
  titleZh?: string | null;
  kind: SourceKind;
  publisher?: string | null;
  url?: string | null;
  licence?: string | null;
  retrieved?: string | null;
  note?: string | null;
  /**
   * Write the row only if the source is new. An importer that names a source after the file it read sets
   * this, so the same content read again under another file name does not rename the source.
   */
  keepExisting?: boolean;
}

export interface SourceLink {
  sourceId: string;
  locator?: string;
}

export interface UserPlaceRow {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameZh?: string | null;
  aliases?: string[];
  countryCode: string;
  parentId?: string | null;
  lat?: number | null;
  lng?: number | null;
  population?: number | null;
  searchKeys: string[];
  /** `source` for a place a list established by its own coordinates; `user` otherwise. */
  origin?: 'user' | 'source';
  /** Where the place is established, linked in record_sources. */
  sources?: SourceLink[];
}

/** What one source says about a partnership. Fields left undefined are not claimed. */
export interface PartnershipClaimRow {
  placeA: string;
  placeB: string;
  sourceId: string;
  locator?: string;
  type?: PartnershipType;
  level?: Level;
  signed?: PartialDate | null;
  status?: PartnershipStatus;
  note?: string | null;
}

export interface CorridorRow {
  id: string;
  nameEn: string;
  nameZh: string;
  functions: string[];
  note?: string | null;
  countryCodes: string[];
  nodePlaceIds: string[];
  sources: SourceLink[];
}

export interface OrganisationRow {
  id: string;
  abbr?: string | null;
  nameEn: string;
  nameZh?: string | null;
  kind: OrganisationKind;
  topic?: string | null;
  founded?: string | null;
  placeId?: string | null;
  membersNote?: string | null;
  note?: string | null;
  sources: SourceLink[];
}

export interface MembershipRow {
  id: string;
  organisationId: string;
  placeId: string;
  role: string;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  sources: SourceLink[];
}

export interface EventRow {
  id: string;
  kind: EventKind;
  nameEn: string;
  nameZh?: string | null;
  starts?: PartialDate | null;
  endsOn?: string | null;
  placeId?: string | null;
  placeText?: string | null;
  organisationId?: string | null;
  figures?: Record<string, unknown>;
  note?: string | null;
  participants?: { placeId: string; role: string }[];
  sources: SourceLink[];
}

export interface ProjectRow {
  id: string;
  nameEn: string;
  nameZh?: string | null;
  domain: ProjectDomain;
  sector?: string | null;
  corridorId?: string | null;
  status: ProjectStatus;
  started?: PartialDate | null;
  completed?: PartialDate | null;
  amount?: number | null;
  currency?: string | null;
  partnershipId?: string | null;
  placeText?: string | null;
  sdgTargets?: string[];
  note?: string | null;
  placeIds?: string[];
  participants?: { name: string; role: string }[];
  milestones?: { date?: PartialDate | null; description: string }[];
  outcomes?: { measure: string; value?: number | null; unit?: string | null; text?: string | null }[];
  sources: SourceLink[];
}

export interface ObservationRow {
  id: string;
  subjectText: string;
  placeId?: string | null;
  countryCode?: string | null;
  measure: string;
  value: number;
  unit?: string | null;
  asOf?: PartialDate | null;
  details?: Record<string, unknown>;
  note?: string | null;
  sources: SourceLink[];
}

export interface RecordBatch {
  sources?: SourceRow[];
  places?: UserPlaceRow[];
  aliases?: { alias: string; placeId: string; sourceId?: string | null }[];
  corridors?: CorridorRow[];
  partnerships?: PartnershipClaimRow[];
  organisations?: OrganisationRow[];
  memberships?: MembershipRow[];
  events?: EventRow[];
  projects?: ProjectRow[];
  observations?: ObservationRow[];
}

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type BatchResult = Partial<Record<keyof RecordBatch, WriteCounts>> & {
  /** Ids of the partnerships the batch touched, in input order. */
  partnershipIds: string[];
};

const emptyCounts = (): WriteCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** Runs `sql` over JSON rows given as one parameter, in slices so no single statement grows too large. */
async function forEachSlice<T>(rows: T[], size: number, fn: (slice: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

/**
 * Upserts rows into `table` by `id`, writing only rows that differ. `columns` maps column names to their
 * SQL types; the rows are objects keyed by column name.
 */
export async function upsertById(
  tx: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  key = 'id',
): Promise<WriteCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  const names = Object.keys(columns);
  const recordDef = names.map((n) => `${n} ${columns[n]}`).join(', ');
  const updatable = names.filter((n) => n !== key);
  const hasUpdatedAt = [
    'places',
    'partnerships',
    'organisations',
    'events',
    'projects',
    'observations',
  ].includes(table);
  const set =
    updatable.map((n) => `${n} = EXCLUDED.${n}`).join(', ') + (hasUpdatedAt ? ', updated_at = now()' : '');
  const changed = updatable.map((n) => `t.${n} IS DISTINCT FROM EXCLUDED.${n}`).join(' OR ');
  await forEachSlice(rows, 2000, async (slice) => {
    const result = await tx.query<{ inserted: boolean }>(
      `INSERT INTO ${table} AS t (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${recordDef})
       ON CONFLICT (${key}) DO UPDATE SET ${set} WHERE ${changed}
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(slice)],
    );
    const inserted = result.filter((r) => r.inserted).length;
    counts.added += inserted;
    counts.updated += result.length - inserted;
    counts.unchanged += slice.length - result.length;
  });
  return counts;
}

/** Makes the rows of a link table for `parentIds` exactly `rows`: deletes the others, inserts the missing. */
async function syncLinks(
  tx: Queryable,
  table: string,
  parentColumn: string,
  parentIds: string[],
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (parentIds.length === 0) return;
  const names = Object.keys(columns);
  const recordDef = names.map((n) => `${n} ${columns[n]}`).join(', ');
  await tx.query(
    `DELETE FROM ${table} t WHERE t.${parentColumn} = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS r (${recordDef})
                       WHERE ${names.map((n) => `r.${n} IS NOT DISTINCT FROM t.${n}`).join(' AND ')})`,
    [parentIds, JSON.stringify(rows)],
  );
  if (rows.length > 0) {
    await tx.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${recordDef})
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}

async function linkSources(
  tx: Queryable,
  recordType: string,
  links: { recordId: string; link: SourceLink }[],
) {
  if (links.length === 0) return;
  await forEachSlice(links, 5000, async (slice) => {
    await tx.query(
      `INSERT INTO record_sources (record_type, record_id, source_id, locator)
       SELECT $1, r.record_id, r.source_id, r.locator
       FROM jsonb_to_recordset($2::jsonb) AS r (record_id text, source_id text, locator text)
       ON CONFLICT DO NOTHING`,
      [
        recordType,
        JSON.stringify(
          slice.map(({ recordId, link }) => ({
            record_id: recordId,
            source_id: link.sourceId,
            locator: link.locator ?? '',
          })),
        ),
      ],
    );
  });
}

/**
 * Every table `applyBatch` may write, through triggers too (place_keys follows places, the change log
 * every write): where the rows of a lost batch are looked for when reclaiming their space.
 */
export const BATCH_TABLES = [
  'sources',
  'places',
  'place_keys',
  'place_aliases',
  'corridors',
  'corridor_countries',
  'corridor_nodes',
  'partnerships',
  'organisations',
  'memberships',
  'events',
  'event_participants',
  'projects',
  'project_places',
  'project_participants',
  'project_milestones',
  'project_outcomes',
  'observations',
  'record_sources',
  'claims',
  'change_log',
];

const dateOf = (d: PartialDate | null | undefined) => d?.date ?? null;
const precisionOf = (d: PartialDate | null | undefined): DatePrecision | null => d?.precision ?? null;

export async function applyBatch(tx: Queryable, batch: RecordBatch): Promise<BatchResult> {
  const result: BatchResult = { partnershipIds: [] };

  if (batch.sources?.length) {
    const columns = {
      id: 'text',
      title: 'text',
      title_zh: 'text',
      kind: 'text',
      publisher: 'text',
      url: 'text',
      licence: 'text',
      retrieved: 'date',
      note: 'text',
    };
    const toRow = (s: SourceRow) => ({
      id: s.id,
      title: s.title,
      title_zh: s.titleZh ?? null,
      kind: s.kind,
      publisher: s.publisher ?? null,
      url: s.url ?? null,
      licence: s.licence ?? null,
      retrieved: s.retrieved ?? null,
      note: s.note ?? null,
    });
    const described = batch.sources.filter((s) => !s.keepExisting);
    const placeholders = batch.sources.filter((s) => s.keepExisting);
    const counts = await upsertById(tx, 'sources', columns, described.map(toRow));
    if (placeholders.length) {
      const names = Object.keys(columns) as (keyof typeof columns)[];
      const inserted = await tx.query(
        `INSERT INTO sources (${names.join(', ')})
         SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${names.map((n) => `${n} ${columns[n]}`).join(', ')})
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [JSON.stringify(placeholders.map(toRow))],
      );
      counts.added += inserted.length;
      counts.unchanged += placeholders.length - inserted.length;
    }
    result.sources = counts;
  }

  if (batch.places?.length) {
    result.places = await upsertById(
      tx,
      'places',
      {
        id: 'text',
        kind: 'text',
        name_en: 'text',
        name_zh: 'text',
        aliases: 'text[]',
        country_code: 'text',
        parent_id: 'text',
        lat: 'double precision',
        lng: 'double precision',
        population: 'integer',
        origin: 'text',
        search_keys: 'text[]',
      },
      batch.places.map((p) => ({
        id: p.id,
        kind: p.kind,
        name_en: p.nameEn,
        name_zh: p.nameZh ?? null,
        aliases: p.aliases ?? [],
        country_code: p.countryCode,
        parent_id: p.parentId ?? null,
        lat: p.lat ?? null,
        lng: p.lng ?? null,
        population: p.population ?? null,
        origin: p.origin ?? 'user',
        search_keys: p.searchKeys,
      })),
    );
    await linkSources(
      tx,
      'place',
      batch.places.flatMap((p) => (p.sources ?? []).map((link) => ({ recordId: p.id, link }))),
    );
  }

  if (batch.aliases?.length) {
    const rows = await tx.query(
      `INSERT INTO place_aliases (alias, place_id, source_id)
       SELECT alias, place_id, source_id FROM jsonb_to_recordset($1::jsonb) AS r (alias text, place_id text, source_id text)
       ON CONFLICT DO NOTHING RETURNING alias`,
      [
        JSON.stringify(
          batch.aliases.map((a) => ({ alias: a.alias, place_id: a.placeId, source_id: a.sourceId ?? null })),
        ),
      ],
    );
    result.aliases = { added: rows.length, updated: 0, unchanged: batch.aliases.length - rows.length };
  }

  if (batch.corridors?.length) {
    result.corridors = await upsertById(
      tx,
      'corridors',
      { id: 'text', name_en: 'text', name_zh: 'text', functions: 'text[]', note: 'text' },
      batch.corridors.map((c) => ({
        id: c.id,
        name_en: c.nameEn,
        name_zh: c.nameZh,
        functions: c.functions,
        note: c.note ?? null,
      })),
    );
    const ids = batch.corridors.map((c) => c.id);
    await syncLinks(
      tx,
      'corridor_countries',
      'corridor_id',
      ids,
      { corridor_id: 'text', country_code: 'text' },
      batch.corridors.flatMap((c) =>
        c.countryCodes.map((code) => ({ corridor_id: c.id, country_code: code })),
      ),
    );
    await syncLinks(
      tx,
      'corridor_nodes',
      'corridor_id',
      ids,
      { corridor_id: 'text', place_id: 'text' },
      batch.corridors.flatMap((c) =>
        [...new Set(c.nodePlaceIds)].map((p) => ({ corridor_id: c.id, place_id: p })),
      ),
    );
    await linkSources(
      tx,
      'corridor',
      batch.corridors.flatMap((c) => c.sources.map((link) => ({ recordId: c.id, link }))),
    );
  }

  if (batch.partnerships?.length) {
    const { counts, ids } = await writePartnershipClaims(tx, batch.partnerships);
    result.partnerships = counts;
    result.partnershipIds = ids;
  }

  if (batch.organisations?.length) {
    result.organisations = await upsertById(
      tx,
      'organisations',
      {
        id: 'text',
        abbr: 'text',
        name_en: 'text',
        name_zh: 'text',
        kind: 'text',
        topic: 'text',
        founded: 'text',
        place_id: 'text',
        members_note: 'text',
        note: 'text',
      },
      batch.organisations.map((o) => ({
        id: o.id,
        abbr: o.abbr ?? null,
        name_en: o.nameEn,
        name_zh: o.nameZh ?? null,
        kind: o.kind,
        topic: o.topic ?? null,
        founded: o.founded ?? null,
        place_id: o.placeId ?? null,
        members_note: o.membersNote ?? null,
        note: o.note ?? null,
      })),
    );
    await linkSources(
      tx,
      'organisation',
      batch.organisations.flatMap((o) => o.sources.map((link) => ({ recordId: o.id, link }))),
    );
  }

  if (batch.memberships?.length) {
    result.memberships = await upsertById(
      tx,
      'memberships',
      {
        id: 'text',
        organisation_id: 'text',
        place_id: 'text',
        role: 'text',
        since: 'date',
        until: 'date',
        note: 'text',
      },
      batch.memberships.map((m) => ({
        id: m.id,
        organisation_id: m.organisationId,
        place_id: m.placeId,
        role: m.role,
        since: m.since ?? null,
        until: m.until ?? null,
        note: m.note ?? null,
      })),
    );
    await linkSources(
      tx,
      'membership',
      batch.memberships.flatMap((m) => m.sources.map((link) => ({ recordId: m.id, link }))),
    );
  }

  if (batch.events?.length) {
    result.events = await upsertById(
      tx,
      'events',
      {
        id: 'text',
        kind: 'text',
        name_en: 'text',
        name_zh: 'text',
        starts_on: 'date',
        starts_precision: 'text',
        ends_on: 'date',
        place_id: 'text',
        place_text: 'text',
        organisation_id: 'text',
        figures: 'jsonb',
        note: 'text',
      },
      batch.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        name_en: e.nameEn,
        name_zh: e.nameZh ?? null,
        starts_on: dateOf(e.starts),
        starts_precision: precisionOf(e.starts),
        ends_on: e.endsOn ?? null,
        place_id: e.placeId ?? null,
        place_text: e.placeText ?? null,
        organisation_id: e.organisationId ?? null,
        figures: e.figures ?? {},
        note: e.note ?? null,
      })),
    );
    await syncLinks(
      tx,
      'event_participants',
      'event_id',
      batch.events.map((e) => e.id),
      { event_id: 'text', place_id: 'text', role: 'text' },
      batch.events.flatMap((e) =>
        (e.participants ?? []).map((p) => ({ event_id: e.id, place_id: p.placeId, role: p.role })),
      ),
    );
    await linkSources(
      tx,
      'event',
      batch.events.flatMap((e) => e.sources.map((link) => ({ recordId: e.id, link }))),
    );
  }

  if (batch.projects?.length) {
    const projects = batch.projects;
    result.projects = await upsertById(
      tx,
      'projects',
      {
        id: 'text',
        name_en: 'text',
        name_zh: 'text',
        domain: 'text',
        sector: 'text',
        corridor_id: 'text',
        status: 'text',
        started_on: 'date',
        started_precision: 'text',
        completed_on: 'date',
        completed_precision: 'text',
        amount: 'double precision',
        currency: 'text',
        partnership_id: 'text',
        place_text: 'text',
        sdg_targets: 'text[]',
        note: 'text',
      },
      projects.map((p) => ({
        id: p.id,
        name_en: p.nameEn,
        name_zh: p.nameZh ?? null,
        domain: p.domain,
        sector: p.sector ?? null,
        corridor_id: p.corridorId ?? null,
        status: p.status,
        started_on: dateOf(p.started),
        started_precision: precisionOf(p.started),
        completed_on: dateOf(p.completed),
        completed_precision: precisionOf(p.completed),
        amount: p.amount ?? null,
        currency: p.currency ?? null,
        partnership_id: p.partnershipId ?? null,
        place_text: p.placeText ?? null,
        sdg_targets: p.sdgTargets ?? [],
        note: p.note ?? null,
      })),
    );
    const ids = projects.map((p) => p.id);
    await syncLinks(
      tx,
      'project_places',
      'project_id',
      ids,
      { project_id: 'text', place_id: 'text' },
      projects.flatMap((p) =>
        [...new Set(p.placeIds ?? [])].map((placeId) => ({ project_id: p.id, place_id: placeId })),
      ),
    );
    await syncLinks(
      tx,
      'project_participants',
      'project_id',
      ids,
      { project_id: 'text', name: 'text', role: 'text' },
      projects.flatMap((p) =>
        (p.participants ?? []).map((x) => ({ project_id: p.id, name: x.name, role: x.role })),
      ),
    );
    await syncLinks(
      tx,
      'project_milestones',
      'project_id',
      ids,
      { project_id: 'text', seq: 'integer', happened_on: 'date', precision: 'text', description: 'text' },
      projects.flatMap((p) =>
        (p.milestones ?? []).map((m, i) => ({
          project_id: p.id,
          seq: i + 1,
          happened_on: dateOf(m.date),
          precision: precisionOf(m.date),
          description: m.description,
        })),
      ),
    );
    await syncLinks(
      tx,
      'project_outcomes',
      'project_id',
      ids,
      { project_id: 'text', measure: 'text', value: 'double precision', unit: 'text', text_value: 'text' },
      projects.flatMap((p) =>
        (p.outcomes ?? []).map((o) => ({
          project_id: p.id,
          measure: o.measure,
          value: o.value ?? null,
          unit: o.unit ?? null,
          text_value: o.text ?? null,
        })),
      ),
    );
    await linkSources(
      tx,
      'project',
      projects.flatMap((p) => p.sources.map((link) => ({ recordId: p.id, link }))),
    );
  }

  if (batch.observations?.length) {
    result.observations = await upsertById(
      tx,
      'observations',
      {
        id: 'text',
        subject_text: 'text',
        place_id: 'text',
        country_code: 'text',
        measure: 'text',
        value: 'double precision',
        unit: 'text',
        as_of: 'date',
        as_of_precision: 'text',
        details: 'jsonb',
        note: 'text',
      },
      batch.observations.map((o) => ({
        id: o.id,
        subject_text: o.subjectText,
        place_id: o.placeId ?? null,
        country_code: o.countryCode ?? null,
        measure: o.measure,
        value: o.value,
        unit: o.unit ?? null,
        as_of: dateOf(o.asOf),
        as_of_precision: precisionOf(o.asOf),
        details: o.details ?? {},
        note: o.note ?? null,
      })),
    );
    await linkSources(
      tx,
      'observation',
      batch.observations.flatMap((o) => o.sources.map((link) => ({ recordId: o.id, link }))),
    );
  }

  return result;
}

interface PartnershipFields {
  type: PartnershipType;
  level: Level | null;
  signed_on: string | null;
  signed_precision: DatePrecision | null;
  status: PartnershipStatus;
  note: string | null;
  provenance: Record<string, string>;
}

/**
 * Writes what each source says about each pair, then recomputes the shown fields of every touched
 * partnership from all the claims it has, old and new.
 */
async function writePartnershipClaims(
  tx: Queryable,
  rows: PartnershipClaimRow[],
): Promise<{ counts: WriteCounts; ids: string[] }> {
  const counts = emptyCounts();
  const ids: string[] = [];
  const pairs = new Map<string, [string, string]>();
  const links: { record_id: string; source_id: string; locator: string }[] = [];
  const claimRows = new Map<
    string,
    { record_id: string; field: string; source_id: string; value: unknown }
  >();
  for (const row of rows) {
    const [a, b] = orderPair(row.placeA, row.placeB);
    const id = partnershipId(a, b);
    ids.push(id);
    pairs.set(id, [a, b]);
    links.push({ record_id: id, source_id: row.sourceId, locator: row.locator ?? '' });
    const claimed: [string, unknown][] = [
      ['type', row.type],
      ['level', row.level],
      ['signed', row.signed],
      ['status', row.status],
      ['note', row.note],
    ];
    for (const [field, value] of claimed) {
      if (value === undefined) continue;
      claimRows.set(`${id}|${field}|${row.sourceId}`, {
        record_id: id,
        field,
        source_id: row.sourceId,
        value,
      });
    }
  }

  const pairRows = [...pairs].map(([id, [a, b]]) => ({ id, place_a: a, place_b: b }));
  const added = new Set<string>();
  await forEachSlice(pairRows, 5000, async (slice) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO partnerships (id, place_a, place_b)
       SELECT id, place_a, place_b FROM jsonb_to_recordset($1::jsonb) AS r (id text, place_a text, place_b text)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(slice)],
    );
    for (const r of inserted) added.add(r.id);
  });
  await linkSources(
    tx,
    'partnership',
    links.map((l) => ({ recordId: l.record_id, link: { sourceId: l.source_id, locator: l.locator } })),
  );
  await forEachSlice([...claimRows.values()], 5000, async (slice) => {
    await tx.query(
      `INSERT INTO claims AS c (record_type, record_id, field, source_id, value)
       SELECT 'partnership', record_id, field, source_id, coalesce(value, 'null'::jsonb)
       FROM jsonb_to_recordset($1::jsonb) AS r (record_id text, field text, source_id text, value jsonb)
       ON CONFLICT (record_type, record_id, field, source_id)
       DO UPDATE SET value = EXCLUDED.value WHERE c.value IS DISTINCT FROM EXCLUDED.value`,
      [JSON.stringify(slice)],
    );
  });

  const touched = [...pairs.keys()];
  const changed = await recomputePartnerships(tx, touched);
  for (const id of touched) {
    if (added.has(id)) counts.added++;
    else if (changed.has(id)) counts.updated++;
    else counts.unchanged++;
  }
  return { counts, ids };
}

/** Recomputes shown fields and chosen claims; returns the ids whose shown fields changed. */
export async function recomputePartnerships(tx: Queryable, ids: string[]): Promise<Set<string>> {
  const changed = new Set<string>();
  await forEachSlice(ids, 5000, async (slice) => {
    const claims = await tx.query<{
      record_id: string;
      field: string;
      source_id: string;
      kind: SourceKind;
      value: unknown;
    }>(
      `SELECT c.record_id, c.field, c.source_id, s.kind, c.value
       FROM claims c JOIN sources s ON s.id = c.source_id
       WHERE c.record_type = 'partnership' AND c.record_id = ANY($1::text[])`,
      [slice],
    );
    const kinds = await tx.query<{ id: string; kind_a: PlaceKind; kind_b: PlaceKind }>(
      `SELECT p.id, a.kind AS kind_a, b.kind AS kind_b
       FROM partnerships p JOIN places a ON a.id = p.place_a JOIN places b ON b.id = p.place_b
       WHERE p.id = ANY($1::text[])`,
      [slice],
    );
    const claimsById = new Map<string, FieldClaim[]>();
    for (const c of claims) {
      const list = claimsById.get(c.record_id) ?? [];
      list.push({ field: c.field, sourceId: c.source_id, sourceKind: c.kind, value: c.value });
      claimsById.set(c.record_id, list);
    }
    const fields: (PartnershipFields & { id: string })[] = [];
    const chosen: { record_id: string; field: string; source_id: string; reason: string }[] = [];
    for (const k of kinds) {
      const choices = chooseClaims(claimsById.get(k.id) ?? []);
      const f: PartnershipFields = {
        type: 'unknown',
        level: null,
        signed_on: null,
        signed_precision: null,
        status: 'active',
        note: null,
        provenance: {},
      };
      for (const choice of choices) {
        if (choice.sourceId)
          chosen.push({
            record_id: k.id,
            field: choice.field,
            source_id: choice.sourceId,
            reason: choice.reason,
          });
        f.provenance[choice.field] = choice.reason;
        if (choice.field === 'type') f.type = choice.value as PartnershipType;
        else if (choice.field === 'level') f.level = choice.value as Level;
        else if (choice.field === 'status') f.status = choice.value as PartnershipStatus;
        else if (choice.field === 'note') f.note = choice.value as string | null;
        else if (choice.field === 'signed') {
          const d = choice.value as PartialDate | null;
          f.signed_on = d?.date ?? null;
          f.signed_precision = d?.precision ?? null;
        }
      }
      if (!f.level) {
        f.level = deriveLevel(k.kind_a, k.kind_b);
        f.provenance.level = 'derived from the kinds of the two places (no source states it)';
      }
      if (!f.provenance.status) f.provenance.status = 'listed as a current partnership by its sources';
      fields.push({ id: k.id, ...f });
    }
    const updated = await tx.query<{ id: string }>(
      `UPDATE partnerships t SET type = r.type, level = r.level, signed_on = r.signed_on,
         signed_precision = r.signed_precision, status = r.status, note = r.note, provenance = r.provenance,
         updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r (id text, type text, level text, signed_on date,
         signed_precision text, status text, note text, provenance jsonb)
       WHERE t.id = r.id AND (t.type, t.level, t.signed_on, t.signed_precision, t.status, t.note, t.provenance)
         IS DISTINCT FROM (r.type, r.level, r.signed_on, r.signed_precision, r.status, r.note, r.provenance)
       RETURNING t.id`,
      [JSON.stringify(fields)],
    );
    for (const u of updated) changed.add(u.id);
    await tx.query(
      `UPDATE claims c SET chosen = (r.source_id IS NOT NULL), reason = r.reason
       FROM (SELECT c2.record_id, c2.field, c2.source_id AS claim_source, x.source_id, x.reason
             FROM claims c2 LEFT JOIN jsonb_to_recordset($2::jsonb) AS x (record_id text, field text, source_id text, reason text)
               ON x.record_id = c2.record_id AND x.field = c2.field AND x.source_id = c2.source_id
             WHERE c2.record_type = 'partnership' AND c2.record_id = ANY($1::text[])) AS r
       WHERE c.record_type = 'partnership' AND c.record_id = r.record_id AND c.field = r.field
         AND c.source_id = r.claim_source
         AND (c.chosen, c.reason) IS DISTINCT FROM ((r.source_id IS NOT NULL), r.reason)`,
      [slice, JSON.stringify(chosen)],
    );
  });
  return changed;
}
