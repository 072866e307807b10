/** Health, the registry's counts and imports, and the change log. */
import { z } from 'zod';
import * as registry from '../../store/registry.ts';
import { getImport, listImports } from '../../store/imports.ts';
import { readMeta } from '../../store/meta.ts';
import { changeSchema, importDetailSchema, importSummarySchema, pagedOf } from '../../domain/records.ts';
import { ATTRIBUTION } from '../../domain/attribution.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { statusPage } from '../status-page.ts';
import { getRoute, pageQuery } from './record-routes.ts';

const tags = ['meta'];

export const statusRoutes: RoutePlugin<{ htmlAtRoot?: boolean }> = async (plugin, options) => {
  const app = withZod(plugin);

  for (const url of options.htmlAtRoot ? ['/', '/status'] : ['/status'])
    app.get(url, { schema: { hide: true } }, async (_request, reply) => {
      const status = await registry.registryStatus(app.db);
      return reply.type('text/html; charset=utf-8').send(statusPage(status, app.db.engine));
    });

  app.get(
    '/api/health',
    { schema: { tags, summary: 'The server answers', response: { 200: z.object({ ok: z.boolean() }) } } },
    async () => ({ ok: true }),
  );

  app.get(
    '/api/status',
    {
      schema: {
        tags,
        summary: 'Record counts, engine and bundled imports',
        response: {
          200: z.object({
            engine: z.enum(['pglite', 'postgres']),
            counts: z.record(z.string(), z.number().int()).describe('records by table'),
            gazetteer: z
              .object({ origin: z.string(), places: z.number(), countries: z.number() })
              .nullable()
              .describe('where the loaded gazetteer comes from and its size'),
            imports: z.array(importSummarySchema),
            attribution: z.string(),
          }),
        },
      },
    },
    async () => ({
      engine: app.db.engine,
      counts: await registry.registryStatus(app.db),
      gazetteer: await readMeta<{ origin: string; places: number; countries: number }>(app.db, 'gazetteer'),
      imports: await listImports(app.db),
      attribution: ATTRIBUTION,
    }),
  );

  getRoute(app, '/api/imports/:id', tags, {
    kind: 'import',
    summary: 'The full report of an import',
    record: importDetailSchema,
    get: getImport,
  });

  app.get(
    '/api/changes',
    {
      schema: {
        tags: ['registry'],
        summary: 'The change log: who changed what, when, before and after',
        querystring: pageQuery.extend({
          table: z.string().optional().describe('table name, e.g. partnerships'),
          record: z.string().optional().describe('id of a record'),
          actor: z.string().optional(),
        }),
        response: { 200: pagedOf(changeSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const scope = await app.readScope(request, reply);
      return registry.listChanges(app.db, { table: q.table, recordId: q.record, actor: q.actor }, q, scope);
    },
  );
};
