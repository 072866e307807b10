/** Bulk open data: one table at a time, streamed, as CSV or JSON. */
import { z } from 'zod';
import { exportTableStream, EXPORT_TABLES } from '../../ingest/export.ts';
import { withZod, type RoutePlugin } from '../context.ts';

export const exportRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  app.get(
    '/api/export/:table',
    {
      schema: {
        tags: ['open data'],
        summary: `Bulk export of one table (${EXPORT_TABLES.join(', ')}) as CSV or JSON`,
        params: z.object({ table: z.enum(EXPORT_TABLES) }),
        querystring: z.object({ format: z.enum(['csv', 'json']).default('json') }),
        response: {
          200: {
            description: 'every row of the table, as a download',
            content: {
              'application/json': {
                schema: z.object({
                  table: z.string(),
                  columns: z.array(z.object({ name: z.string(), type: z.string(), nullable: z.boolean() })),
                  rows: z.array(z.record(z.string(), z.unknown())),
                }),
              },
              'text/csv': { schema: z.string() },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { table } = request.params;
      const { format } = request.query;
      // Streamed a page at a time: the whole places table as one body held the event loop for seconds.
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="amity-${table}.${format}"`)
        .send(exportTableStream(app.db, table, format) as never); // a stream is sent as it is, not serialised
    },
  );
};
