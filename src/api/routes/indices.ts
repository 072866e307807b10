/**
 * Composite indices over HTTP: presets, one-off builds, saved index definitions with their results,
 * uncertainty analysis and results files with a methodology note.
 */
import { availableParallelism } from 'node:os';
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import {
  buildRequestSchema,
  defaultUncertainSettings,
  IndexFrameworkError,
  issuesOf,
  listPresets,
  parseBuildRequest,
  uncertainSettingsSchema,
  type BuildRequest,
  type IndexRecipe,
} from '../../analysis/indices/index.ts';
import {
  buildIndexSummaryJson,
  resultsFileInWorker,
  saveBuildInWorker,
  uncertaintyInWorker,
} from '../../analysis/indices/indices-in-worker.ts';
import {
  deleteIndexDefinition,
  getIndexDefinition,
  getIndexResults,
  INDEX_ID_PATTERN,
  listIndexDefinitions,
  saveIndexDefinition,
  saveIndexResults,
  type IndexDefinition,
} from '../../store/indices.ts';
import {
  buildSummarySchema,
  indexPresetSchema,
  indexSaveSchema,
  indexSummarySchema,
  savedIndexSchema,
  storedResultsSchema,
  uncertaintyRunOf,
} from '../../domain/index-results.ts';
import { Problem } from '../http.ts';
import { validationProblem, validatorCompiler } from '../schema-compilers.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { actorOf, writeContext } from '../write-access.ts';
import { idParams } from './record-routes.ts';

/** Replications allowed on one HTTP request; the command line has no cap. */
export const MAX_HTTP_REPLICATIONS = 20_000;

const TAGS = ['indices'];

/** Framework and data problems as 422 problem+json naming each code and problem. */
function asProblem(error: unknown): unknown {
  if (error instanceof IndexFrameworkError)
    return new Problem(
      422,
      'Invalid index',
      error.message,
      error.issues.map((i) => ({ field: i.code, reason: i.problem })),
    );
  return error;
}

function recipeOfDefinition(d: IndexDefinition): IndexRecipe {
  return {
    preset: d.preset,
    name: d.nameEn,
    nameZh: d.nameZh,
    framework: d.framework,
    rows: d.data,
    steps: d.steps,
    tiers: d.tiers ?? { method: 'quantiles', groups: 4 },
    typology: d.preset === 'bri-city-development',
  };
}

/**
 * Index builds carry whole iMeta/iData tables: larger bodies than single-record writes, still bounded
 * (a 10,000-unit table with 50 indicators is about 4 MB of CSV).
 */
export const INDEX_BODY_LIMIT = 8 * 1024 * 1024;
const tableRoute = { bodyLimit: INDEX_BODY_LIMIT, config: { maxBodyString: INDEX_BODY_LIMIT } };

/** Uncertainty runs of this many replications or more share their replications among more threads. */
const UNCERTAINTY_IN_WORKERS = 200;

const saveMetaSchema = z.object({
  id: z.string().regex(INDEX_ID_PATTERN, "lower-case letters, digits, '_', '.', ':' or '-'"),
  nameEn: z.string().min(1).optional(),
  nameZh: z.string().optional(),
  sourceNote: z.string().optional(),
});

/** A save: the definition's id and names, and a build request. */
const saveSchema = buildRequestSchema.extend(saveMetaSchema.shape);
type SaveRequest = z.infer<typeof saveMetaSchema> & BuildRequest;

function parseSaveRequest(body: Record<string, unknown>): SaveRequest {
  const { id, nameEn, nameZh, sourceNote, ...build } = body;
  const meta = saveMetaSchema.safeParse({ id, nameEn, nameZh, sourceNote });
  if (!meta.success) throw issuesOf(meta.error);
  return { ...meta.data, ...parseBuildRequest(build) };
}

const uncertaintySchema = z
  .object({
    n: z.number().int().min(1).max(MAX_HTTP_REPLICATIONS).default(1000),
    seed: z.number().int().default(1),
    target: z.string().optional().describe('node whose ranks are studied; default the index'),
    settings: uncertainSettingsSchema.optional().describe("default: after COINr's sensitivity vignette"),
  })
  .strict();

function parseUncertaintyRequest(body: Record<string, unknown>): z.infer<typeof uncertaintySchema> {
  const r = uncertaintySchema.safeParse(body);
  if (!r.success) throw issuesOf(r.error, 'body');
  return r.data;
}

const objectBody = z.record(z.string(), z.unknown());

/**
 * Bodies checked by the index engine's own parser, so their problems read as the engine's (422
 * 'Invalid index', fields named by code); a body that is no JSON object is refused like any other.
 */
function engineBody<S>(parse: (body: Record<string, unknown>) => unknown): FastifySchemaCompiler<S> {
  return (route) => {
    // Fastify passes the schema of one part of the request, not the route's whole schema object.
    if (route.httpPart !== 'body')
      return validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
    return (data) => {
      const object = objectBody.safeParse(data ?? {});
      if (!object.success) return { error: validationProblem(object.error, 'body') };
      try {
        return { value: parse(object.data) };
      } catch (error) {
        if (error instanceof IndexFrameworkError) return { error: asProblem(error) as Problem };
        throw error;
      }
    };
  };
}

// Bounded: the level column is an integer, and 1e308 is an integer to JavaScript.
const LEVEL_RANGE = 'must be an integer from 1 to 1000';
const isLevel = (v: number) => Number.isInteger(v) && v >= 1 && v <= 1000;
const resultsQuery = z.object({
  // Read as Number() reads text; a repeated parameter is no level.
  level: z.coerce
    .string()
    .refine((v) => isLevel(Number(v)), LEVEL_RANGE)
    .transform(Number)
    .optional()
    .describe('only this level (1 = indicators)'),
});

const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'must be csv or xlsx' }).default('csv'),
});

/** NaN and infinities (no score) as null, as JSON has them. */
const orNull = (v: number) => (Number.isFinite(v) ? v : null);

export const indexRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  const db = app.db;
  const definitionOr404 = async (id: string) => {
    const d = await getIndexDefinition(db, id);
    if (!d) throw new Problem(404, 'Not found', `no index with id ${id}`);
    return d;
  };

  app.get(
    '/api/indices/presets',
    {
      schema: {
        tags: TAGS,
        summary: 'Preset composite indices with their frameworks and build steps',
        response: { 200: z.object({ items: z.array(indexPresetSchema) }) },
      },
    },
    async () => ({ items: listPresets() }),
  );

  app.post(
    '/api/indices/build',
    {
      ...tableRoute,
      validatorCompiler: engineBody(parseBuildRequest),
      schema: {
        tags: TAGS,
        summary:
          'Build an index from a preset, or iMeta + iData CSV text, with step settings: results at every level, tiers, typology',
        body: buildRequestSchema,
        response: { 200: buildSummarySchema },
      },
    },
    async (request, reply) => {
      let json: Buffer;
      try {
        json = await buildIndexSummaryJson(request.body, request.workSignal ?? undefined);
      } catch (error) {
        throw asProblem(error);
      }
      // JSON text is sent as it is: the summary was serialised where it was built.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );

  app.get(
    '/api/indices',
    {
      schema: {
        tags: TAGS,
        summary: 'Saved index definitions',
        response: { 200: z.object({ items: z.array(indexSummarySchema) }) },
      },
    },
    async () => ({ items: await listIndexDefinitions(db) }),
  );

  app.get(
    '/api/indices/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One saved index definition',
        params: idParams,
        response: { 200: savedIndexSchema },
      },
    },
    async (request) => {
      const d = await definitionOr404(request.params.id);
      return { ...d, units: d.data.length };
    },
  );

  app.get(
    '/api/indices/:id/results',
    {
      schema: {
        tags: TAGS,
        summary: 'Stored results of a saved index at every level (or one, with ?level=)',
        params: idParams,
        querystring: resultsQuery,
        response: { 200: storedResultsSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { level } = request.query;
      const d = await definitionOr404(id);
      const rows = await getIndexResults(db, id, { level });
      const levelNames = d.framework.levelNames ?? [];
      const levels = new Map<number, { code: string; rows: typeof rows }[]>();
      for (const r of rows) {
        const codes = levels.get(r.level) ?? [];
        let entry = codes.find((c) => c.code === r.code);
        if (!entry) codes.push((entry = { code: r.code, rows: [] }));
        entry.rows.push(r);
        levels.set(r.level, codes);
      }
      const nameOf = new Map(d.framework.nodes.map((n) => [n.code, n.name ?? n.code]));
      return {
        id,
        computedAt: rows[0]?.computedAt ?? null,
        levels: [...levels.entries()].map(([lev, codes]) => ({
          level: lev,
          levelName: levelNames[lev - 1] ?? (lev === 1 ? 'Indicator' : `Level ${lev}`),
          nodes: codes.map((c) => ({
            code: c.code,
            name: nameOf.get(c.code) ?? c.code,
            results: c.rows.map((r) => ({ uCode: r.unit, uName: r.unitName, score: r.score, rank: r.rank })),
          })),
        })),
      };
    },
  );

  app.post(
    '/api/indices/:id/uncertainty',
    {
      validatorCompiler: engineBody(parseUncertaintyRequest),
      schema: {
        tags: TAGS,
        summary: `Uncertainty analysis of a saved index: n Monte Carlo replications (at most ${MAX_HTTP_REPLICATIONS}) over the given settings, with a seed`,
        params: idParams,
        body: uncertaintySchema,
        response: { 200: uncertaintyRunOf(uncertainSettingsSchema) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const body = request.body;
      const d = await definitionOr404(id);
      const settings = body.settings ?? defaultUncertainSettings(d.framework, d.steps);
      let result;
      try {
        result = await uncertaintyInWorker(
          {
            recipe: recipeOfDefinition(d),
            settings,
            replications: body.n,
            seed: body.seed,
            target: body.target,
            workers: body.n >= UNCERTAINTY_IN_WORKERS ? Math.min(2, availableParallelism()) : 0,
          },
          request.workSignal ?? undefined,
        );
      } catch (error) {
        throw asProblem(error);
      }
      const rows = result.units.map((u, i) => ({
        uCode: u,
        nominalScore: result.nominalScore[i],
        nominalRank: result.nominalRank[i],
        meanRank: result.meanRank[i],
        medianRank: result.medianRank[i],
        q05Rank: result.q05Rank[i],
        q95Rank: result.q95Rank[i],
      }));
      rows.sort((a, b) => a.nominalRank - b.nominalRank);
      return {
        id,
        n: result.replications,
        seed: body.seed,
        settings,
        inputs: result.inputs,
        failedReplications: result.failedReplications,
        units: rows.map((r) => ({
          uCode: r.uCode,
          nominalScore: orNull(r.nominalScore),
          nominalRank: orNull(r.nominalRank),
          meanRank: orNull(r.meanRank),
          medianRank: orNull(r.medianRank),
          q05Rank: orNull(r.q05Rank),
          q95Rank: orNull(r.q95Rank),
        })),
      };
    },
  );

  writeContext(app, 'indices.write', (w) => {
    w.post(
      '/api/indices',
      {
        ...tableRoute,
        validatorCompiler: engineBody(parseSaveRequest),
        schema: {
          tags: TAGS,
          summary: 'Save an index definition (id, names, and a build request) and compute its results',
          body: saveSchema,
          response: { 200: indexSaveSchema, 201: indexSaveSchema },
        },
      },
      async (request, reply) => {
        const { id, nameEn, nameZh, sourceNote, ...buildRequest } = request.body;
        let built;
        try {
          built = await saveBuildInWorker(buildRequest);
        } catch (error) {
          throw asProblem(error);
        }
        const { recipe } = built;
        const saved = await saveIndexDefinition(db, actorOf(request), {
          id,
          nameEn: nameEn ?? recipe.name,
          nameZh: nameZh ?? recipe.nameZh,
          preset: recipe.preset,
          framework: recipe.framework,
          steps: recipe.steps,
          data: recipe.rows,
          tiers: recipe.tiers,
          sourceNote: sourceNote ?? recipe.framework.source ?? null,
        });
        const stored = await saveIndexResults(db, actorOf(request), id, built.results);
        return reply.code(saved.created ? 201 : 200).send({
          id,
          created: saved.created,
          changed: saved.changed,
          results: stored.rows,
          computedAt: stored.computedAt,
        });
      },
    );

    w.delete(
      '/api/indices/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Delete a saved index and its results',
          params: idParams,
          response: { 204: z.null().describe('deleted; no body') },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        if (!(await deleteIndexDefinition(db, actorOf(request), id)))
          throw new Problem(404, 'Not found', `no index with id ${id}`);
        return reply.code(204).send(null);
      },
    );
  });

  app.get(
    '/api/indices/:id/export',
    {
      schema: {
        tags: TAGS,
        summary: 'Results of a saved index as CSV or XLSX, with the methodology note in the file',
        params: idParams,
        querystring: exportQuery,
        response: {
          200: {
            description: 'the results table, as a download',
            content: {
              'text/csv': {
                schema: z.string().describe('the methodology note as leading # lines, then the table'),
              },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: z.string().describe('a workbook: results, one sheet per level, tiers, methodology'),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { format } = request.query;
      const d = await definitionOr404(id);
      let file: Buffer;
      try {
        file = await resultsFileInWorker(recipeOfDefinition(d), format, request.workSignal ?? undefined);
      } catch (error) {
        throw asProblem(error);
      }
      // Bytes with a file's content type are sent as they are, not serialised.
      return reply
        .type(
          format === 'xlsx'
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        )
        .header('Content-Disposition', `attachment; filename="amity-index-${id}.${format}"`)
        .send(file as never);
    },
  );
};
