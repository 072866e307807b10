/** The annual report of a place, a province or the nation, as a PDF or DOCX download. */
import { z } from 'zod';
import {
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  REPORT_YEARS,
  ReportInputError,
  buildReport,
} from '../../services/report/index.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { Problem } from '../http.ts';

const year = z.coerce.number().int().min(REPORT_YEARS.min).max(REPORT_YEARS.max);

export const reportRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  app.get(
    '/api/reports',
    {
      schema: {
        tags: ['analysis'],
        summary:
          "Annual report of a place's or province's ties abroad (the nation's without a place): layout and its change, new ties, levels and statuses, exchanges and projects, stated against counted figures, gaps, candidates",
        querystring: z
          .object({
            place: z.string().min(1).optional().describe('the place or province; without it, the nation'),
            year: year.optional().describe('the year reported on'),
            from: year.optional().describe('first year of a span (instead of year)'),
            to: year.optional().describe('last year of a span (instead of year)'),
            subdivisions: z
              .enum(['true', 'false'])
              .optional()
              .describe("count the place's districts and counties with it (default: as its page does)"),
            lang: z.enum(REPORT_LANGUAGES).default('zh'),
            format: z.enum(REPORT_FORMATS).default('pdf'),
          })
          .refine((q) => q.year !== undefined || (q.from !== undefined && q.to !== undefined), {
            message: 'give year, or from and to',
            path: ['year'],
          })
          .refine((q) => q.year === undefined || (q.from === undefined && q.to === undefined), {
            message: 'give year, or from and to, not both',
            path: ['year'],
          }),
        response: {
          200: {
            description: 'the report, as a download',
            content: {
              'application/pdf': { schema: z.string() },
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                schema: z.string(),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const scope = await app.readScope(request, reply);
      try {
        const file = await buildReport(
          app.db,
          app.analysisCache,
          {
            placeId: q.place ?? null,
            span: { from: q.year ?? q.from!, to: q.year ?? q.to! },
            subdivisions: q.subdivisions === undefined ? undefined : q.subdivisions === 'true',
            lang: q.lang,
          },
          q.format,
          scope,
        );
        // Bytes with a file's content type are sent as they are, not serialised.
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body as never);
      } catch (error) {
        if (error instanceof ReportInputError)
          throw new Problem(
            error.missing ? 404 : 400,
            error.missing ? 'Not found' : 'Invalid query parameter',
            error.message,
            error.missing ? undefined : [{ field: `query.${error.field}`, reason: error.message }],
          );
        throw error;
      }
    },
  );
};
