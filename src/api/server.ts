/**
 * The HTTP API: public reads, token-protected writes, OpenAPI at /api/docs, errors as
 * application/problem+json naming what is wrong and where.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import zlib from 'node:zlib';
import type { Database } from '../store/database.ts';
import { WriteRejected } from '../store/writes.ts';
import { loadResolver } from '../ingest/resolver-loader.ts';
import { AnalysisCache } from '../services/analysis-cache.ts';
import { Problem } from './http.ts';
import { ATTRIBUTION } from '../domain/attribution.ts';
import { problemSchema } from '../domain/records.ts';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from './schema-compilers.ts';
import { registerWriteAccess } from './write-access.ts';
import { registerSessions } from './sessions.ts';
import { accountRoutes, type AccountRouteOptions } from './routes/accounts.ts';
import { registerWebApp } from './web-static.ts';
import { checkRequestText, registerSecurityHeaders } from './guards.ts';
import { HeavyWork, type HeavyWorkOptions } from './heavy-work.ts';
import { registerResponseCache, type ResponseCacheOptions } from './response-cache.ts';
import './context.ts';
import { statusRoutes } from './routes/status.ts';
import { placeRoutes } from './routes/places.ts';
import { partnershipRoutes } from './routes/partnerships.ts';
import {
  eventRoutes,
  observationRoutes,
  organisationRoutes,
  projectRoutes,
  sourceRoutes,
} from './routes/records.ts';
import { exportRoutes } from './routes/exports.ts';
import { indexRoutes } from './routes/indices.ts';
import { matchingRoutes } from './routes/matching.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { reportRoutes } from './routes/reports.ts';
import { proposalRoutes } from './routes/proposals.ts';
import { inboxRoutes } from './routes/inbox.ts';
import { stewardshipRoutes } from './routes/stewardship.ts';

export interface ServerOptions {
  db: Database;
  /**
   * The service token: `Authorization: Bearer <adminToken>` acts as a nation-wide administrator (scripts
   * and imports). People sign in with their accounts; without a token only accounts can write.
   */
  adminToken?: string;
  /** The session cookie only over HTTPS: set behind TLS. */
  secureCookies?: boolean;
  /** Login attempts per client and minute (beside the per-account lockout). */
  loginRateLimit?: AccountRouteOptions['loginRateLimit'];
  /** Structured request logs (pino): `true`, or pino options; off by default (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Shared cache of analysis results; one per server unless given. */
  analysisCache?: AnalysisCache;
  /** Slots and queue of the heavy routes (HEAVY_ROUTES). */
  heavyWork?: HeavyWorkOptions;
  /**
   * Recompute the analyses' inputs in the background after writes (`amity serve`), so the first visitor
   * after a change does not wait for them; off by default (tests make many writes).
   */
  warmAfterWrites?: boolean;
  /** Requests per client and minute on each heavy route; `false` turns the limit off (load tests). */
  rateLimit?: { max: number; timeWindow?: string } | false;
  /** ETags, 304s and cached bodies of anonymous reads; `false` turns the cache off (benchmarks). */
  responseCache?: ResponseCacheOptions | false;
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
  /^GET \/api\/reports$/,
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

const problemReply = {
  description: 'a problem: what is wrong and where',
  content: { 'application/problem+json': { schema: problemSchema } },
};
const PROBLEM_RESPONSES = { '4xx': problemReply, '5xx': problemReply };

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
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    errors: problem.errors,
  };
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
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let resolverPromise: ReturnType<typeof loadResolver> | null = null;
  app.decorate('db', db);
  app.decorate('analysisCache', options.analysisCache ?? new AnalysisCache(db));
  if (options.warmAfterWrites)
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400)
        app.analysisCache.warmSoon();
    });
  app.decorate('resolver', () => (resolverPromise ??= loadResolver(db)));
  app.decorate('invalidateResolver', () => {
    resolverPromise = null;
  });

  await registerSecurityHeaders(app);
  const heavyWork = new HeavyWork(options.heavyWork);
  app.decorateRequest('workSignal', null);
  // Every documented route answers errors as problem+json; the schema says so once for all of them.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.schema || route.schema.hide) return;
    route.schema = { ...route.schema, response: { ...PROBLEM_RESPONSES, ...(route.schema.response ?? {}) } };
  });
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
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'amity_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'a personal API token (amity_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Record shapes with an id (`.meta({ id })` in src/domain) become components the web client names.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI's own policy (hashes of its inline scripts), without forcing https on localhost.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) problem = error;
    else if (error instanceof WriteRejected) {
      problem = new Problem(
        error.status,
        ({ 403: 'Forbidden', 404: 'Not found', 409: 'Conflict' } as Record<number, string>)[error.status] ??
          'Invalid record',
        error.message,
        error.errors,
        error.type,
      );
    } else if ((error as { code?: string }).code === '23505') {
      // Two writers created the same record at once; the other one won.
      problem = new Problem(409, 'Conflict', 'a record with the same identity was written at the same time');
    } else if (error.statusCode && error.statusCode < 500)
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

  await registerSessions(app, db, { serviceToken: options.adminToken, secureCookies: options.secureCookies });
  if (options.responseCache !== false) registerResponseCache(app, db, options.responseCache);
  // After the cache's hook, which keeps bodies uncompressed; brotli at a quality that costs little CPU.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  registerWriteAccess(app);
  const webApp = await registerWebApp(app); // the built web application takes `/` when web/dist exists
  await app.register(statusRoutes, { htmlAtRoot: !webApp });
  await app.register(accountRoutes, { loginRateLimit: options.loginRateLimit });
  await app.register(placeRoutes);
  await app.register(partnershipRoutes);
  await app.register(organisationRoutes);
  await app.register(eventRoutes);
  await app.register(projectRoutes);
  await app.register(observationRoutes);
  await app.register(sourceRoutes);
  await app.register(exportRoutes);
  await app.register(indexRoutes);
  await app.register(matchingRoutes);
  await app.register(analysisRoutes);
  await app.register(reportRoutes);
  await app.register(proposalRoutes);
  await app.register(inboxRoutes);
  await app.register(stewardshipRoutes);

  return app;
}
