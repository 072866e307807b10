/** Partnerships (sister cities 友好城市 and friendly exchange ties): lists, records, and what sources say. */
import { ADMIN_LEVELS } from '../../domain/levels.ts';
import { z } from 'zod';
import * as registry from '../../store/registry.ts';
import * as writes from '../../store/writes.ts';
import {
  LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  lifecycleInputSchema,
  partnershipInputSchema,
  partnershipPatchSchema,
} from '../../domain/registry.ts';
import { partnershipDetailSchema, partnershipListItemSchema } from '../../domain/records.ts';
import { assignmentsSchema } from '../../domain/assignments.ts';
import * as assignments from '../../services/assignments.ts';
import { Problem } from '../http.ts';
import { decisionLocator, decisionSourceTitle } from '../../domain/decisions.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { actorOf, writeContext } from '../write-access.ts';
import { cooperationBalanceSchema } from '../../domain/cooperation-balance.ts';
import { tieCooperationBalance } from '../../services/cooperation-balance.ts';
import {
  balanceSpanQuery,
  booleanParam,
  countryParam,
  createRoute,
  formatParam,
  getRoute,
  idParams,
  jsonOrCsv,
  listBody,
  notFound,
  pageQuery,
  requireReadable,
  sendRows,
  visibilityRoute,
  yearParam,
} from './record-routes.ts';

const partnershipQuery = pageQuery.extend({
  place: z.string().optional().describe('ties of this place'),
  subdivisions: booleanParam.describe('with place: also the ties of its districts and counties'),
  country: countryParam.describe('ties with a side in this country (ISO 3166-1 alpha-2)'),
  continent: z.string().optional(),
  type: z.enum(PARTNERSHIP_TYPES).optional(),
  level: z.enum(LEVELS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  adminLevel: z
    .enum(ADMIN_LEVELS)
    .optional()
    .describe(
      'ties with a side at this level: province_level, prefecture_level, county_level_city, district, county; abroad region, city',
    ),
  from: yearParam.describe('signed in or after this year'),
  to: yearParam.describe('signed in or before this year'),
  source: z.string().optional().describe('ties this source supports'),
  sort: z.enum(Object.keys(registry.PARTNERSHIP_SORTS) as [registry.PartnershipSort]).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  format: formatParam,
});

export const partnershipRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  const tags = ['registry'];

  app.get(
    '/api/partnerships',
    {
      schema: {
        tags,
        summary:
          'Partnerships, filtered by place, country, continent, type, level, status, signing years or source',
        querystring: partnershipQuery,
        response: {
          200: jsonOrCsv(
            listBody(partnershipListItemSchema).extend({
              dated: z.number().int().describe('of the total, the ties with a signing date'),
              typed: z.number().int().describe('of the total, the ties whose type a source gives'),
            }),
            'a page of partnerships',
          ),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
        throw new Problem(400, 'Invalid query parameter', 'query.from: must not be after query.to', [
          { field: 'query.from', reason: 'after to' },
        ]);
      }
      const result = await registry.listPartnerships(
        app.db,
        {
          placeId: q.place,
          includeSubdivisions: q.subdivisions,
          countryCode: q.country,
          continent: q.continent,
          type: q.type,
          level: q.level,
          status: q.status,
          adminLevel: q.adminLevel,
          yearFrom: q.from,
          yearTo: q.to,
          sourceId: q.source,
          scope: await app.readScope(request, reply),
        },
        q,
      );
      return sendRows(reply, result, q.format, 'partnerships');
    },
  );

  getRoute(app, '/api/partnerships/:id', tags, {
    kind: 'partnership',
    summary: 'A partnership with its sources, claims, provenance and history',
    record: partnershipDetailSchema,
    get: registry.getPartnership,
  });

  app.get(
    '/api/partnerships/:id/cooperation',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Exchanges (events both places take part in) against projects (under the tie, or with both places), year by year over recent years',
        params: idParams,
        querystring: balanceSpanQuery,
        response: { 200: cooperationBalanceSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { scope } = await requireReadable(app, request, reply, 'partnerships', id);
      const balance = await tieCooperationBalance(app.db, id, { ...request.query, scope });
      return balance ?? notFound('partnership', id);
    },
  );

  app.get(
    '/api/partnerships/:id/assignments',
    {
      schema: {
        tags,
        summary:
          'The organisations the tie is assigned to, which record its projects and exchanges (internal: sign in)',
        params: idParams,
        response: { 200: assignmentsSchema },
      },
    },
    async (request, reply) => {
      const principal = await app.internalReader(
        request,
        reply,
        'assignments are internal: sign in to see them',
      );
      return assignments.readAssignments(app.db, principal, request.params.id);
    },
  );

  writeContext(app, 'registry.write', (w) => {
    const assignmentParams = z.object({ id: z.string().min(1), organisationId: z.string().min(1).max(500) });
    w.put(
      '/api/partnerships/:id/assignments/:organisationId',
      {
        schema: {
          tags: ['writes'],
          summary:
            'Assign the tie to an organisation (a department, a university, a firm), which may then record its projects and exchanges',
          params: assignmentParams,
          response: { 200: assignmentsSchema },
        },
      },
      async (request) =>
        assignments.assignTie(w.db, request.writer!, request.params.id, request.params.organisationId),
    );
    w.delete(
      '/api/partnerships/:id/assignments/:organisationId',
      {
        schema: {
          tags: ['writes'],
          summary: 'Withdraw the tie from an organisation',
          params: assignmentParams,
          response: { 200: assignmentsSchema },
        },
      },
      async (request) =>
        assignments.withdrawAssignment(
          w.db,
          request.writer!,
          request.params.id,
          request.params.organisationId,
        ),
    );

    createRoute(w, '/api/partnerships', ['writes'], {
      summary: 'Record a partnership with its source',
      body: partnershipInputSchema,
      create: writes.createPartnership,
    });
    visibilityRoute(w, '/api/partnerships', 'partnerships');

    w.patch(
      '/api/partnerships/:id',
      {
        schema: {
          tags: ['writes'],
          summary: 'Add what a source says about a partnership',
          params: idParams,
          body: partnershipPatchSchema,
          response: { 200: partnershipDetailSchema },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { scope } = await requireReadable(w, request, reply, 'partnerships', id);
        await writes.amendPartnership(w.db, actorOf(request), id, request.body);
        return (await registry.getPartnership(w.db, id, scope)) ?? notFound('partnership', id);
      },
    );

    w.post(
      '/api/partnerships/:id/lifecycle',
      {
        schema: {
          tags: ['writes'],
          summary: 'Record a decision on a tie: reactivated, dormant, suspended or ended, since when and why',
          params: idParams,
          body: lifecycleInputSchema,
          response: { 200: partnershipDetailSchema },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { scope } = await requireReadable(w, request, reply, 'partnerships', id);
        const writer = request.writer!;
        const { status, on, reason } = request.body;
        // The office's decision is the source of the claim, so it outranks compiled lists and shows why.
        await writes.amendPartnership(w.db, actorOf(request), id, {
          status,
          ...(status === 'ended' ? { ended: on, endReason: reason } : {}),
          sources: [
            {
              source: { title: decisionSourceTitle(writer.login), kind: 'user' },
              locator: decisionLocator(status, on, reason),
            },
          ],
        });
        return (await registry.getPartnership(w.db, id, scope)) ?? notFound('partnership', id);
      },
    );
  });
};
