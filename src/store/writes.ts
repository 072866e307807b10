/**
 * Writes people make one record at a time (through the API or the CLI). Each checks what it refers to,
 * then goes through the same batch writer as the importers, in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setVisibility, type VisibleTable } from './visibility.ts';
import type { Visibility } from '../domain/visibility.ts';
import { recordTypeOf } from '../domain/entities/index.ts';
import type { Actor, Database, Queryable } from './database.ts';
import { applyBatch, type PartnershipClaimRow, type SourceLink, type SourceRow } from './batch.ts';
import type {
  EventInput,
  ObservationInput,
  OrganisationInput,
  PartnershipInput,
  PartnershipPatch,
  ProjectInput,
  SourceRef,
} from '../domain/registry.ts';
import {
  eventId,
  observationId,
  organisationId,
  orderPair,
  partnershipId,
  projectId,
} from '../domain/ids.ts';
import type { PlaceKind } from '../domain/geo.ts';
import type { ProblemType } from '../domain/problems.ts';

/** A write that cannot be made as asked; `status` follows HTTP (404 missing reference, 409 conflict, 422 invalid). */
export class WriteRejected extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: { field: string; reason: string }[] = [],
    /** The kind of refusal a client tells apart, where it is one. */
    readonly type?: ProblemType,
  ) {
    super(message);
    this.name = 'WriteRejected';
  }
}

async function requireIds(
  tx: Queryable,
  table: string,
  ids: { field: string; id: string | undefined | null }[],
) {
  // An empty id is an id that names nothing, not an absent one: it would reach a foreign key as ''.
  const wanted = ids.filter((x): x is { field: string; id: string } => x.id !== undefined && x.id !== null);
  if (wanted.length === 0) return;
  const found = new Set(
    (
      await tx.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::text[])`, [
        wanted.map((w) => w.id),
      ])
    ).map((r) => r.id),
  );
  const missing = wanted.filter((w) => !found.has(w.id));
  if (missing.length) {
    throw new WriteRejected(
      422,
      `unknown ${table === 'places' ? 'place' : table.replace(/s$/, '')}: ${missing.map((m) => m.id).join(', ')}`,
      missing.map((m) => ({ field: m.field, reason: `no ${table.replace(/s$/, '')} with id ${m.id}` })),
    );
  }
}

/** Holds a transaction-scoped lock on one record id until the transaction ends. */
export async function lockRecord(tx: Queryable, id: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [id]);
}

/** Turns source references into links, creating the inline sources. */
export async function resolveSources(
  tx: Queryable,
  refs: SourceRef[],
): Promise<{ sources: SourceRow[]; links: SourceLink[] }> {
  await requireIds(
    tx,
    'sources',
    refs.map((r, i) => ({ field: `sources.${i}.sourceId`, id: r.sourceId })),
  );
  const sources: SourceRow[] = [];
  const links: SourceLink[] = refs.map((ref) => {
    if (ref.sourceId) return { sourceId: ref.sourceId, locator: ref.locator };
    const s = ref.source!;
    const id = `src:${s.kind}-${createHash('sha1')
      .update(`${s.title}\u001f${s.url ?? ''}`)
      .digest('hex')
      .slice(0, 10)}`;
    sources.push({
      id,
      title: s.title,
      titleZh: s.titleZh ?? null,
      kind: s.kind,
      publisher: s.publisher ?? null,
      url: s.url ?? null,
      licence: s.licence ?? null,
      retrieved: s.retrieved ?? null,
    });
    return { sourceId: id, locator: ref.locator };
  });
  return { sources, links };
}

export async function createPartnership(
  db: Database,
  actor: Actor,
  input: PartnershipInput,
): Promise<string> {
  return db.transaction(actor, (tx) => insertPartnership(tx, input));
}

/** Records a new partnership inside the caller's transaction (a signing writes its proposal with it). */
export async function insertPartnership(tx: Queryable, input: PartnershipInput): Promise<string> {
  if (input.placeA === input.placeB) {
    throw new WriteRejected(422, 'a partnership links two different places', [
      { field: 'placeB', reason: 'same place as placeA' },
    ]);
  }
  await requireIds(tx, 'places', [
    { field: 'placeA', id: input.placeA },
    { field: 'placeB', id: input.placeB },
  ]);
  const id = partnershipId(input.placeA, input.placeB);
  // Parallel creates of one pair queue here, so the second sees the first's row and gets a 409
  // instead of both passing the check (PostgreSQL runs them concurrently; PGlite one at a time).
  await lockRecord(tx, id);
  const [existing] = await tx.query(`SELECT id FROM partnerships WHERE id = $1`, [id]);
  if (existing) {
    throw new WriteRejected(
      409,
      `these places already have a partnership (${id}); add what your source says to it instead`,
      [{ field: 'placeB', reason: `duplicate of ${id}` }],
    );
  }
  const { sources, links } = await resolveSources(tx, input.sources);
  const [a, b] = orderPair(input.placeA, input.placeB);
  const claims: PartnershipClaimRow[] = links.map((link) => ({
    placeA: a,
    placeB: b,
    sourceId: link.sourceId,
    locator: link.locator,
    type: input.type,
    level: input.level,
    signed: input.signed,
    status: input.status,
    note: input.note,
    ended: input.ended,
    endReason: input.endReason,
  }));
  await applyBatch(tx, { sources, partnerships: claims });
  if (input.visibility) await setVisibility(tx, 'partnerships', id, input.visibility);
  return id;
}

/** Adds what the given sources say about an existing partnership; the shown fields are recomputed. */
export async function amendPartnership(
  db: Database,
  actor: Actor,
  id: string,
  patch: PartnershipPatch,
): Promise<void> {
  await db.transaction(actor, (tx) => amendPartnershipIn(tx, id, patch));
}

/** Adds claims to a partnership inside the caller's transaction (a curator's decision is logged with it). */
export async function amendPartnershipIn(tx: Queryable, id: string, patch: PartnershipPatch): Promise<void> {
  const [row] = await tx.query<{ place_a: string; place_b: string }>(
    `SELECT place_a, place_b FROM partnerships WHERE id = $1`,
    [id],
  );
  if (!row) throw new WriteRejected(404, `no partnership with id ${id}`);
  const { sources, links } = await resolveSources(tx, patch.sources);
  const claims: PartnershipClaimRow[] = links.map((link) => ({
    placeA: row.place_a,
    placeB: row.place_b,
    sourceId: link.sourceId,
    locator: link.locator,
    type: patch.type,
    level: patch.level,
    signed: patch.signed,
    status: patch.status,
    note: patch.note,
    ended: patch.ended,
    endReason: patch.endReason,
  }));
  await applyBatch(tx, { sources, partnerships: claims });
}

export async function createEvent(db: Database, actor: Actor, input: EventInput): Promise<string> {
  return db.transaction(actor, async (tx) => {
    await requireIds(tx, 'places', [
      { field: 'placeId', id: input.placeId },
      ...input.participants.map((p, i) => ({ field: `participants.${i}.placeId`, id: p.placeId })),
    ]);
    if (input.ends && input.starts && input.ends.date < input.starts.date) {
      throw new WriteRejected(422, 'the event ends before it starts', [
        { field: 'ends', reason: 'before starts' },
      ]);
    }
    const { sources, links } = await resolveSources(tx, input.sources);
    const id = eventId(input.starts?.date ?? null, input.nameEn);
    await applyBatch(tx, {
      sources,
      events: [
        {
          id,
          kind: input.kind,
          nameEn: input.nameEn,
          nameZh: input.nameZh,
          starts: input.starts,
          endsOn: input.ends?.date,
          placeId: input.placeId,
          placeText: input.placeText,
          figures: input.figures,
          note: input.note,
          participants: input.participants,
          sources: links,
        },
      ],
    });
    if (input.visibility) await setVisibility(tx, 'events', id, input.visibility);
    return id;
  });
}

export async function createProject(db: Database, actor: Actor, input: ProjectInput): Promise<string> {
  return db.transaction(actor, async (tx) => {
    await requireIds(
      tx,
      'places',
      input.placeIds.map((id, i) => ({ field: `placeIds.${i}`, id })),
    );
    await requireIds(tx, 'corridors', [{ field: 'corridorId', id: input.corridorId }]);
    await requireIds(tx, 'partnerships', [{ field: 'partnershipId', id: input.partnershipId }]);
    await requireIds(
      tx,
      'countries',
      input.countryCodes.map((id, i) => ({ field: `countryCodes.${i}`, id })),
    );
    if (input.amount !== undefined && !input.currency) {
      throw new WriteRejected(422, 'an amount needs its currency', [
        { field: 'currency', reason: 'required with amount' },
      ]);
    }
    const { sources, links } = await resolveSources(tx, input.sources);
    const id = projectId(input.nameEn);
    await applyBatch(tx, {
      sources,
      projects: [
        {
          id,
          nameEn: input.nameEn,
          nameZh: input.nameZh,
          domain: input.domain,
          sector: input.sector,
          corridorId: input.corridorId,
          status: input.status,
          started: input.started,
          completed: input.completed,
          amount: input.amount,
          amountYear: input.amountYear,
          currency: input.currency,
          partnershipId: input.partnershipId,
          placeText: input.placeText,
          sdgTargets: input.sdgTargets,
          note: input.note,
          placeIds: input.placeIds,
          countryCodes: input.countryCodes,
          participants: input.participants,
          milestones: input.milestones,
          outcomes: input.outcomes,
          sources: links,
        },
      ],
    });
    if (input.visibility) await setVisibility(tx, 'projects', id, input.visibility);
    return id;
  });
}

/** Decides who may read a record an office keeps; the change log keeps who decided and when. */
export async function changeVisibility(
  db: Database,
  actor: Actor,
  table: VisibleTable,
  id: string,
  visibility: Visibility,
): Promise<void> {
  await db.transaction(actor, async (tx) => {
    if (!(await setVisibility(tx, table, id, visibility)))
      throw new WriteRejected(404, `no ${recordTypeOf(table)} with id ${id}`);
  });
}
export async function createObservation(
  db: Database,
  actor: Actor,
  input: ObservationInput,
): Promise<string> {
  return db.transaction(actor, async (tx) => {
    await requireIds(tx, 'places', [{ field: 'placeId', id: input.placeId }]);
    if (input.countryCode) {
      const [c] = await tx.query(`SELECT code FROM countries WHERE code = $1`, [input.countryCode]);
      if (!c)
        throw new WriteRejected(422, `unknown country ${input.countryCode}`, [
          { field: 'countryCode', reason: 'not an ISO code in the registry' },
        ]);
    }
    const { sources, links } = await resolveSources(tx, input.sources);
    const id = observationId(
      input.subjectText,
      input.measure,
      input.asOf?.date ?? null,
      links[0].sourceId + (links[0].locator ?? ''),
    );
    await applyBatch(tx, {
      sources,
      observations: [{ id, ...input, asOf: input.asOf, sources: links }],
    });
    return id;
  });
}

export async function createOrganisation(
  db: Database,
  actor: Actor,
  input: OrganisationInput,
): Promise<string> {
  return db.transaction(actor, async (tx) => {
    await requireIds(tx, 'places', [{ field: 'placeId', id: input.placeId }]);
    const { sources, links } = await resolveSources(tx, input.sources);
    const id = organisationId(input.abbr ?? input.nameEn);
    await applyBatch(tx, { sources, organisations: [{ id, ...input, sources: links }] });
    return id;
  });
}

export interface NewPlace {
  kind: PlaceKind;
  nameEn: string;
  nameZh?: string;
  aliases?: string[];
  countryCode: string;
  parentId?: string;
  lat?: number;
  lng?: number;
  population?: number;
  searchKeys: string[];
}

export async function createPlace(db: Database, actor: Actor, input: NewPlace): Promise<string> {
  return db.transaction(actor, async (tx) => {
    const [c] = await tx.query(`SELECT code FROM countries WHERE code = $1`, [input.countryCode]);
    if (!c)
      throw new WriteRejected(422, `unknown country ${input.countryCode}`, [
        { field: 'countryCode', reason: 'not an ISO code in the registry' },
      ]);
    await requireIds(tx, 'places', [{ field: 'parentId', id: input.parentId }]);
    const id = `u:${randomUUID()}`;
    await applyBatch(tx, { places: [{ id, ...input }] });
    return id;
  });
}

export async function addAlias(
  db: Database,
  actor: Actor,
  placeId: string,
  alias: string,
  sourceId?: string,
): Promise<void> {
  await db.transaction(actor, async (tx) => {
    await requireIds(tx, 'places', [{ field: 'placeId', id: placeId }]);
    await requireIds(tx, 'sources', [{ field: 'sourceId', id: sourceId }]);
    await applyBatch(tx, { aliases: [{ alias: alias.trim(), placeId, sourceId }] });
  });
}

/** Records what a source says about whether a place is coastal or a port; it wins over the coastline. */
export async function setCoastal(
  db: Database,
  actor: Actor,
  placeId: string,
  coastal: boolean,
  source: SourceRef,
): Promise<void> {
  await db.transaction(actor, async (tx) => {
    await requireIds(tx, 'places', [{ field: 'placeId', id: placeId }]);
    const { sources, links } = await resolveSources(tx, [source]);
    await applyBatch(tx, { sources });
    await tx.query(
      `INSERT INTO coastal_overrides AS o (place_id, coastal, source_id, locator) VALUES ($1, $2, $3, $4)
       ON CONFLICT (place_id) DO UPDATE SET coastal = EXCLUDED.coastal, source_id = EXCLUDED.source_id,
         locator = EXCLUDED.locator, updated_at = now()
       WHERE (o.coastal, o.source_id, o.locator) IS DISTINCT FROM (EXCLUDED.coastal, EXCLUDED.source_id, EXCLUDED.locator)`,
      [placeId, coastal, links[0].sourceId, links[0].locator ?? ''],
    );
  });
}

/** Sets when a milestone is due and when it was done; `undefined` leaves a date, `null` clears it. */
export async function setMilestoneDates(
  db: Database,
  actor: Actor,
  projectId: string,
  seq: number,
  dates: { due?: string | null; done?: string | null },
): Promise<void> {
  await db.transaction(actor, async (tx) => {
    const rows = await tx.query(
      `UPDATE project_milestones SET
         due_on = CASE WHEN $3 THEN $4::date ELSE due_on END,
         done_on = CASE WHEN $5 THEN $6::date ELSE done_on END
       WHERE project_id = $1 AND seq = $2 RETURNING seq`,
      [
        projectId,
        seq,
        dates.due !== undefined,
        dates.due ?? null,
        dates.done !== undefined,
        dates.done ?? null,
      ],
    );
    if (!rows.length) throw new WriteRejected(404, `project ${projectId} has no milestone ${seq}`);
  });
}
