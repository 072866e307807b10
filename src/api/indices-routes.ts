/**
 * Composite indices over HTTP: presets, one-off builds, saved index definitions with their results,
 * uncertainty analysis and results files with a methodology note.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import {
  buildRecipe,
  defaultUncertainSettings,
  IndexFrameworkError,
  issuesOf,
  listPresets,
  parseBuildRequest,
  recipeOf,
  resultRows,
  resultsCsv,
  resultsXlsx,
  runUncertainty,
  uncertainSettingsSchema,
  type IndexRecipe,
} from '../analysis/indices/index.ts';
import { buildIndexSummaryJson } from '../analysis/indices/build-in-worker.ts';
import type { Database } from '../store/database.ts';
import {
  deleteIndexDefinition,
  getIndexDefinition,
  getIndexResults,
  INDEX_ID_PATTERN,
  listIndexDefinitions,
  saveIndexDefinition,
  saveIndexResults,
  type IndexDefinition,
} from '../store/indices.ts';
import { Problem } from './http.ts';

export interface IndexRouteOptions {
  db: Database;
  /** Route options that require the admin token (from buildServer). */
  writeRoute: {
    onRequest: (request: FastifyRequest) => Promise<void>;
    schema: Record<string, unknown>;
  };
}

/** Replications allowed on one HTTP request; the command line has no cap. */
export const MAX_HTTP_REPLICATIONS = 20_000;

const TAGS = ['indices'];

/** Runs `fn`, reporting framework and data problems as 422 problem+json naming each code and problem. */
function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asProblem(error);
  }
}

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

function parseOr422<T extends z.ZodType>(schema: T, value: unknown, prefix: string): z.infer<T> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw asProblem(issuesOf(r.error, prefix));
  return r.data;
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

/** Uncertainty runs of this many replications or more go to worker threads, off the request thread. */
const UNCERTAINTY_IN_WORKERS = 200;

const saveSchema = z.object({
  id: z.string().regex(INDEX_ID_PATTERN, "lower-case letters, digits, '_', '.', ':' or '-'"),
  nameEn: z.string().min(1).optional(),
  nameZh: z.string().optional(),
  sourceNote: z.string().optional(),
});

const uncertaintySchema = z
  .object({
    n: z.number().int().min(1).max(MAX_HTTP_REPLICATIONS).default(1000),
    seed: z.number().int().default(1),
    target: z.string().optional(),
    settings: uncertainSettingsSchema.optional(),
  })
  .strict();

export async function indexRoutes(
  app: FastifyInstance,
  { db, writeRoute }: IndexRouteOptions,
): Promise<void> {
  const actorOf = (request: FastifyRequest) => `admin@${request.ip}`;
  const definitionOr404 = async (id: string) => {
    const d = await getIndexDefinition(db, id);
    if (!d) throw new Problem(404, 'Not found', `no index with id ${id}`);
    return d;
  };

  app.get(
    '/api/indices/presets',
    { schema: { tags: TAGS, summary: 'Preset composite indices with their frameworks and build steps' } },
    async () => ({ items: listPresets() }),
  );

  app.post(
    '/api/indices/build',
    {
      ...tableRoute,
      schema: {
        tags: TAGS,
        summary:
          'Build an index from a preset, or iMeta + iData CSV text, with step settings: results at every level, tiers, typology',
        body: { type: 'object' },
      },
    },
    async (request, reply) => {
      let json: string;
      try {
        json = await buildIndexSummaryJson(request.body, request.workSignal ?? undefined);
      } catch (error) {
        throw asProblem(error);
      }
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  app.get('/api/indices', { schema: { tags: TAGS, summary: 'Saved index definitions' } }, async () => ({
    items: await listIndexDefinitions(db),
  }));

  app.post(
    '/api/indices',
    {
      ...writeRoute,
      ...tableRoute,
      schema: {
        ...writeRoute.schema,
        tags: TAGS,
        summary: 'Save an index definition (id, names, and a build request) and compute its results',
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const { id, nameEn, nameZh, sourceNote, ...buildBody } = body;
      const meta = parseOr422(saveSchema, { id, nameEn, nameZh, sourceNote }, '');
      const build = checked(() => buildRecipe(recipeOf(parseBuildRequest(buildBody))));
      const { recipe } = build;
      const saved = await saveIndexDefinition(db, actorOf(request), {
        id: meta.id,
        nameEn: meta.nameEn ?? recipe.name,
        nameZh: meta.nameZh ?? recipe.nameZh,
        preset: recipe.preset,
        framework: recipe.framework,
        steps: recipe.steps,
        data: recipe.rows,
        tiers: recipe.tiers,
        sourceNote: meta.sourceNote ?? recipe.framework.source ?? null,
      });
      const stored = await saveIndexResults(db, actorOf(request), meta.id, resultRows(build.coin));
      return reply.code(saved.created ? 201 : 200).send({
        id: meta.id,
        created: saved.created,
        changed: saved.changed,
        results: stored.rows,
        computedAt: stored.computedAt,
      });
    },
  );

  app.get(
    '/api/indices/:id',
    { schema: { tags: TAGS, summary: 'One saved index definition' } },
    async (request) => {
      const { id } = request.params as { id: string };
      const d = await definitionOr404(id);
      return { ...d, units: d.data.length };
    },
  );

  app.delete(
    '/api/indices/:id',
    {
      onRequest: writeRoute.onRequest,
      schema: { security: [{ admin: [] }], tags: TAGS, summary: 'Delete a saved index and its results' },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!(await deleteIndexDefinition(db, actorOf(request), id)))
        throw new Problem(404, 'Not found', `no index with id ${id}`);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/indices/:id/results',
    {
      schema: {
        tags: TAGS,
        summary: 'Stored results of a saved index at every level (or one, with ?level=)',
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const q = request.query as { level?: string };
      const level = q.level === undefined ? undefined : Number(q.level);
      // Bounded: the level column is an integer, and 1e308 is an integer to JavaScript.
      if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 1000))
        throw new Problem(400, 'Invalid query parameter', 'query.level: must be an integer from 1 to 1000', [
          { field: 'query.level', reason: 'must be an integer from 1 to 1000' },
        ]);
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
      schema: {
        tags: TAGS,
        summary: `Uncertainty analysis of a saved index: n Monte Carlo replications (at most ${MAX_HTTP_REPLICATIONS}) over the given settings, with a seed`,
        body: { type: 'object' },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const body = parseOr422(uncertaintySchema, request.body, 'body');
      const d = await definitionOr404(id);
      const build = checked(() => buildRecipe(recipeOfDefinition(d)));
      const settings = body.settings ?? defaultUncertainSettings(d.framework, d.steps);
      let result;
      try {
        result = await runUncertainty(build.coin, settings, body.n, {
          seed: body.seed,
          target: body.target,
          workers: body.n >= UNCERTAINTY_IN_WORKERS ? Math.min(2, availableParallelism()) : 0,
          signal: request.workSignal ?? undefined,
        });
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
        units: rows,
      };
    },
  );

  app.get(
    '/api/indices/:id/export',
    {
      schema: {
        tags: TAGS,
        summary: 'Results of a saved index as CSV or XLSX, with the methodology note in the file',
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const q = formatQuery(request.query);
      const d = await definitionOr404(id);
      const build = checked(() => buildRecipe(recipeOfDefinition(d)));
      if (q.format === 'xlsx')
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('Content-Disposition', `attachment; filename="amity-index-${id}.xlsx"`)
          .send(Buffer.from(await resultsXlsx(build)));
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="amity-index-${id}.csv"`)
        .send(resultsCsv(build));
    },
  );
}

function formatQuery(query: unknown): { format: 'csv' | 'xlsx' } {
  const r = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }).safeParse(query ?? {});
  if (!r.success)
    throw new Problem(400, 'Invalid query parameter', 'format must be csv or xlsx', [
      { field: 'query.format', reason: 'must be csv or xlsx' },
    ]);
  return r.data;
}
