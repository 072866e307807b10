/**
 * The list / get / create pattern of registry records, declared once: an entity's routes name their
 * schemas and store functions, and this module gives them paging, CSV, 404s, 201s and documentation.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor, Database } from '../../store/database.ts';
import { readableVisibility, type PlaceReadScope, type VisibleTable } from '../../store/visibility.ts';
import { changeVisibility } from '../../store/writes.ts';
import { visibilitySchema, type Visibility } from '../../domain/visibility.ts';
import { recordTypeOf } from '../../domain/entities/index.ts';
import type { Action } from '../../domain/permissions.ts';
import { pagedOf, type Page, type Paged } from '../../domain/records.ts';
import { toCsv } from '../../domain/csv.ts';
import { toXlsx } from '../../services/spreadsheet.ts';
import { Problem } from '../http.ts';
import { ATTRIBUTION } from '../../domain/attribution.ts';
import type { ZodApp } from '../context.ts';
import { actorOf, writeContext } from '../write-access.ts';

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('rows per page (1–1000)'),
  offset: z.coerce.number().int().min(0).default(0).describe('rows to skip'),
});

export const yearParam = z.coerce.number().int().min(1000).max(2100).optional();
export const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
/** The span of the figure of exchanges against projects. */
export const balanceSpanQuery = z.object({
  to: yearParam.describe('the last year of the span; this year when absent'),
  years: z.coerce.number().int().min(1).max(50).optional().describe('how many years the span covers (5)'),
});
export const countryParam = z.string().length(2).toUpperCase().optional().describe('ISO 3166-1 alpha-2 code');
export const formatParam = z
  .enum(['json', 'csv', 'xlsx'])
  .optional()
  .describe('csv or xlsx for a spreadsheet; json by default');

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Rows as a CSV or XLSX download, the workbook with the data's credit on a sheet of its own; `name`
 * names the file (amity-<name>.xlsx) and the sheet.
 */
export async function sendTable(
  reply: FastifyReply,
  rows: Record<string, unknown>[],
  format: 'csv' | 'xlsx',
  name: string,
): Promise<FastifyReply> {
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows));
  const file = await toXlsx(rows, { sheet: name, credit: ATTRIBUTION });
  // Bytes with a file's content type are sent as they are, not serialised.
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename="amity-${name}.xlsx"`)
    .send(file as never);
}
export const idParams = z.object({ id: z.string().min(1) });
export const createdSchema = z.object({ id: z.string() });

/** A 200 that is JSON, or CSV text or an XLSX workbook when the client asks for `format=csv` or `xlsx`. */
export function jsonOrCsv<T extends z.ZodType>(json: T, description: string) {
  return {
    description,
    content: {
      'application/json': { schema: json },
      'text/csv': { schema: z.string().describe('the same rows as CSV, one header line') },
      [XLSX_TYPE]: {
        schema: z.string().describe('the same rows as an XLSX workbook, the credit on a second sheet'),
      },
    },
  };
}

export function listBody<T extends z.ZodType>(item: T) {
  return pagedOf(item).extend({ attribution: z.string() });
}

/** A page of records as JSON with the attribution, or its rows as CSV or XLSX (`name` names the file). */
export function sendRows<T>(reply: FastifyReply, result: Paged<T>, format: string | undefined, name: string) {
  if (format === 'csv' || format === 'xlsx')
    return sendTable(reply, result.items as Record<string, unknown>[], format, name);
  return reply.send({ ...result, attribution: ATTRIBUTION });
}

export function notFound(kind: string, id: string): never {
  throw new Problem(404, 'Not found', `no ${kind} with id ${id}`);
}

interface ListSpec<Q extends z.ZodObject, I extends z.ZodType> {
  summary: string;
  /** Filters; paging and `format` are added. */
  query: Q;
  item: I;
  /** `scope`: the records beyond the public ones the reader may see. */
  list: (db: Database, query: z.infer<Q>, page: Page, scope: PlaceReadScope) => Promise<Paged<z.infer<I>>>;
}

/** `GET url`: a page of records, as JSON with the attribution or as CSV. */
export function listRoute<Q extends z.ZodObject, I extends z.ZodType>(
  app: ZodApp,
  url: string,
  tags: string[],
  spec: ListSpec<Q, I>,
): void {
  const querystring = spec.query.extend(pageQuery.shape).extend({ format: formatParam });
  app.get(
    url,
    {
      schema: {
        tags,
        summary: spec.summary,
        querystring,
        response: { 200: jsonOrCsv(listBody(spec.item), 'a page of records') },
      },
    },
    async (request, reply) => {
      const query = request.query as z.infer<Q> & Page & { format?: 'json' | 'csv' | 'xlsx' };
      const scope = await app.readScope(request, reply);
      return sendRows(
        reply,
        await spec.list(app.db, query, query, scope),
        query.format,
        url.split('/').pop()!,
      );
    },
  );
}

/** A record by id as `scope` may see it, or null. */
type RecordGetter = (db: Database, id: string, scope: PlaceReadScope) => Promise<unknown>;

/** `GET url/:id`: one record, or a 404 that names it. */
export function getRoute<R extends z.ZodType>(
  app: ZodApp,
  url: string,
  tags: string[],
  spec: { kind: string; summary: string; record: R; get: RecordGetter },
): void {
  app.get(
    url,
    {
      schema: { tags, summary: spec.summary, params: idParams, response: { 200: spec.record as z.ZodType } },
    },
    // The serialiser checks the record against `spec.record`; the store's types say the same.
    async (request, reply) => {
      // A record the reader may not see is answered as one that does not exist.
      const scope = await app.readScope(request, reply);
      const record =
        (await spec.get(app.db, request.params.id, scope)) ?? notFound(spec.kind, request.params.id);
      return reply.send(record);
    },
  );
}

/** `POST url` in a write context: validates the body, records it as the writer, answers 201 with its id. */
export function createRoute<B extends z.ZodType>(
  writes: ZodApp,
  url: string,
  tags: string[],
  spec: {
    summary: string;
    body: B;
    create: (db: Database, actor: Actor, input: z.infer<B>) => Promise<string>;
    /** Whether `url/:id` reads the new record back, so the reply can point there. */
    readable?: boolean;
  },
): void {
  writes.post(
    url,
    { schema: { tags, summary: spec.summary, body: spec.body, response: { 201: createdSchema } } },
    async (request, reply) => {
      const id = await spec.create(writes.db, actorOf(request), request.body as z.infer<B>);
      if (spec.readable !== false)
        void reply.header('Location', `${url}/${encodeURIComponent(id).replace(/%3A/g, ':')}`);
      return reply.code(201).send({ id });
    },
  );
}

/**
 * A write to a record its writer may not read is answered as one to a record that does not exist (so it
 * neither changes nor reveals a national tie to a city office); returns the reader's scope and the
 * record's visibility.
 */
export async function requireReadable(
  app: ZodApp,
  request: FastifyRequest,
  reply: FastifyReply,
  table: VisibleTable,
  id: string,
): Promise<{ scope: PlaceReadScope; visibility: Visibility }> {
  const scope = await app.readScope(request, reply);
  const visibility = await readableVisibility(app.db, table, id, scope);
  if (visibility === null) notFound(recordTypeOf(table), id);
  return { scope, visibility };
}

/**
 * `PUT url/:id/visibility` in a write context: who may read a record an office keeps. The writer must
 * hold the context's permission over the record's Chinese places, as for any write to it.
 */
export function visibilityRoute(writes: ZodApp, url: string, table: VisibleTable): void {
  writes.put(
    `${url}/:id/visibility`,
    {
      schema: {
        tags: ['writes'],
        summary: 'Decide who may read the record: public, internal to the jurisdiction, or national',
        params: idParams,
        body: z.object({ visibility: visibilitySchema }),
        response: { 200: z.object({ id: z.string(), visibility: visibilitySchema }) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { visibility } = request.body;
      // A writer decides only for records they may read; national records are the nation's to decide.
      const { scope, visibility: current } = await requireReadable(writes, request, reply, table, id);
      if ((visibility === 'national' || current === 'national') && scope.kind !== 'nation')
        throw new Problem(
          403,
          'Forbidden',
          'only a role over the whole nation may make a record national or open a national one',
        );
      await changeVisibility(writes.db, actorOf(request), table, id, visibility);
      return { id, visibility };
    },
  );
}

/** The routes of one kind of record, declared: a list, a record by id, and a write that creates one. */
export function recordRoutes<
  Q extends z.ZodObject,
  I extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType,
>(
  app: ZodApp,
  url: string,
  spec: {
    kind: string;
    list: ListSpec<Q, I>;
    get?: { summary: string; record: R; get: RecordGetter };
    create?: {
      summary: string;
      /** The permission a create needs (see domain/permissions.ts). */
      action: Action;
      body: B;
      create: (db: Database, actor: Actor, input: z.infer<B>) => Promise<string>;
    };
    /** The records carry a visibility, which writers with the create's permission decide. */
    visibility?: VisibleTable;
  },
): void {
  listRoute(app, url, ['registry'], spec.list);
  if (spec.get) getRoute(app, `${url}/:id`, ['registry'], { kind: spec.kind, ...spec.get });
  const create = spec.create;
  if (create)
    writeContext(app, create.action, (writes) => {
      createRoute(writes, url, ['writes'], { ...create, readable: Boolean(spec.get) });
      if (spec.visibility) visibilityRoute(writes, url, spec.visibility);
    });
}
