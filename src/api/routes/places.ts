/** Places, countries, corridors and the name resolver; writes add places, names and coastal facts. */
import { z } from 'zod';
import * as registry from '../../store/registry.ts';
import * as writes from '../../store/writes.ts';
import { MAX_NAME_LENGTH, placeInputSchema, sourceRefSchema } from '../../domain/registry.ts';
import { PLACE_KINDS } from '../../domain/geo.ts';
import {
  corridorSchema,
  countrySchema,
  placeDetailSchema,
  placeSearchItemSchema,
  resolutionSchema,
} from '../../domain/records.ts';
import { nameKeys } from '../../ingest/gazetteer/index.ts';
import { searchKeysOf } from '../../ingest/bootstrap.ts';
import { Problem } from '../http.ts';
import { ATTRIBUTION } from '../../domain/attribution.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { placeSuccessionsSchema, successionInputSchema, successionSchema } from '../../domain/successions.ts';
import * as successions from '../../services/successions.ts';
import { getSuccession } from '../../store/successions.ts';
import { actorOf, writeContext } from '../write-access.ts';
import { cooperationBalanceSchema } from '../../domain/cooperation-balance.ts';
import { placeCooperationBalance } from '../../services/cooperation-balance.ts';
import {
  balanceSpanQuery,
  booleanParam,
  countryParam,
  getRoute,
  idParams,
  listBody,
  notFound,
  pageQuery,
} from './record-routes.ts';

const tags = ['registry'];

const placeQuery = pageQuery.extend({
  q: z.string().optional().describe('any name form: 上海, Shanghai, shanghai, Shànghǎi; a prefix is enough'),
  country: countryParam,
  kind: z.enum(PLACE_KINDS).optional(),
  withPartnerships: booleanParam.describe('only places with at least one tie'),
});

const resolveQuery = z.object({
  name: z.string().min(1),
  country: z.string().optional().describe('ISO code or country name'),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

export const placeRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);

  app.get(
    '/api/countries',
    {
      schema: {
        tags,
        summary: 'Countries with continent, subregion, Belt and Road flag and tie counts',
        response: { 200: z.object({ items: z.array(countrySchema) }) },
      },
    },
    async () => ({ items: await registry.listCountries(app.db) }),
  );

  app.get(
    '/api/places',
    {
      schema: {
        tags,
        summary: 'Search places by any name form (上海, Shanghai, shanghai, Shànghǎi)',
        querystring: placeQuery,
        response: { 200: listBody(placeSearchItemSchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const keys = q.q ? nameKeys(q.q) : undefined;
      if (q.q && keys?.length === 0)
        throw new Problem(400, 'Invalid query parameter', 'query.q: no searchable characters');
      const result = await registry.searchPlaces(
        app.db,
        { keys, countryCode: q.country, kind: q.kind, withPartnerships: q.withPartnerships },
        q,
      );
      return { ...result, attribution: ATTRIBUTION };
    },
  );

  getRoute(app, '/api/places/:id', tags, {
    kind: 'place',
    summary: 'A place with its parent, subdivisions, aliases and corridors',
    record: placeDetailSchema,
    get: registry.getPlace,
  });

  app.get(
    '/api/resolve',
    {
      schema: {
        tags,
        summary: 'Resolve a name to a place, with confidence and reason, or say why not',
        querystring: resolveQuery,
        response: { 200: resolutionSchema },
      },
    },
    async (request) => {
      const r = (await app.resolver()).resolve(request.query);
      if (r.status === 'resolved')
        return { status: r.status, confidence: r.confidence, reason: r.reason, place: r.place };
      if (r.status === 'ambiguous')
        return { status: r.status, reason: r.reason, candidates: r.candidates.slice(0, 10) };
      return { status: r.status, reason: r.reason };
    },
  );

  app.get(
    '/api/corridors',
    {
      schema: {
        tags,
        summary: 'The six economic corridors with countries and node cities',
        response: { 200: z.object({ items: z.array(corridorSchema) }) },
      },
    },
    async () => ({ items: await registry.listCorridors(app.db) }),
  );

  app.get(
    '/api/places/:id/successions',
    {
      schema: {
        tags,
        summary:
          'A place’s administrative history: what it continues (merged into it, renamed as it, split off) and what continues it, with the place that holds its ties now',
        params: idParams,
        response: { 200: placeSuccessionsSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      return (await successions.placeSuccessions(app.db, id)) ?? notFound('place', id);
    },
  );

  app.get(
    '/api/places/:id/cooperation',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Exchanges (events the place hosts or joins) against projects (at the place or under its ties), year by year over recent years',
        params: idParams,
        querystring: balanceSpanQuery.extend({
          subdivisions: booleanParam.describe(
            'also the exchanges and projects of its districts and counties',
          ),
        }),
        response: { 200: cooperationBalanceSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { subdivisions, to, years } = request.query;
      const balance = await placeCooperationBalance(app.db, id, {
        includeSubdivisions: subdivisions,
        to,
        years,
        scope: await app.readScope(request, reply),
      });
      return balance ?? notFound('place', id);
    },
  );

  writeContext(app, 'reference.write', (w) => {
    const writeTags = ['writes'];
    w.post(
      '/api/places',
      {
        schema: {
          tags: writeTags,
          summary: 'Add a place the gazetteer lacks',
          body: placeInputSchema,
          response: { 201: z.object({ id: z.string() }) },
        },
      },
      async (request, reply) => {
        const input = request.body;
        const id = await writes.createPlace(w.db, actorOf(request), {
          ...input,
          searchKeys: searchKeysOf({
            nameEn: input.nameEn,
            nameZh: input.nameZh ?? null,
            aliases: input.aliases,
          }),
        });
        w.invalidateResolver();
        return reply
          .code(201)
          .header('Location', `/api/places/${encodeURIComponent(id)}`)
          .send({ id });
      },
    );

    w.post(
      '/api/places/:id/aliases',
      {
        schema: {
          tags: writeTags,
          summary: 'Teach the resolver another name for a place',
          params: idParams,
          body: z.object({
            alias: z.string().trim().min(1).max(MAX_NAME_LENGTH),
            sourceId: z.string().max(MAX_NAME_LENGTH).optional(),
          }),
          response: { 201: z.object({ placeId: z.string(), alias: z.string() }) },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        await writes.addAlias(w.db, actorOf(request), id, request.body.alias, request.body.sourceId);
        w.invalidateResolver();
        return reply.code(201).send({ placeId: id, alias: request.body.alias });
      },
    );

    w.post(
      '/api/places/:id/successions',
      {
        schema: {
          tags: writeTags,
          summary:
            'Record that a place was merged into another, renamed, or split, with the decision as source; a place merged or renamed passes its ties on to its heir',
          params: idParams,
          body: successionInputSchema,
          response: { 201: successionSchema },
        },
      },
      async (request, reply) => {
        const id = await successions.recordSuccession(
          w.db,
          actorOf(request),
          request.params.id,
          request.body,
        );
        return reply.code(201).send((await getSuccession(w.db, id))!);
      },
    );

    w.put(
      '/api/places/:id/coastal',
      {
        schema: {
          tags: writeTags,
          summary: 'State, with a source, whether a place is coastal or a port',
          params: idParams,
          body: z.object({ coastal: z.boolean(), source: sourceRefSchema }),
          response: { 200: z.object({ placeId: z.string(), coastal: z.boolean() }) },
        },
      },
      async (request) => {
        const { id } = request.params;
        const input = request.body;
        if (!input.source.sourceId === !input.source.source) {
          throw new Problem(422, 'Invalid record', 'body.source: give either sourceId or source', [
            { field: 'body.source', reason: 'give either sourceId or source' },
          ]);
        }
        await writes.setCoastal(w.db, actorOf(request), id, input.coastal, input.source);
        return { placeId: id, coastal: input.coastal };
      },
    );
  });
};
