/**
 * Partner matching: ranked, explained candidates for a place's next partners, the vetting of a proposed
 * partner, and the needs and offers places record. The candidate pool (the whole gazetteer) is loaded
 * and prepared once per data version through the AnalysisCache, like the Dataset.
 */
import { developmentIndicator } from '../../store/indices.ts';
import { z } from 'zod';
import { placeExists } from '../../store/registry.ts';
import { deleteNeedsOffers, listNeedsOffers, saveNeedsOffers } from '../../store/needs-offers.ts';
import { CONTINENTS, PLACE_KINDS } from '../../domain/geo.ts';
import {
  COMPONENT_KEYS,
  MatchingInputError,
  NEED_OFFER_FIELDS,
  rankCandidatesInTurns,
  vetCandidateInTurns,
  type MatchingRequest,
  type MatchingWeights,
  type Recommendation,
} from '../../analysis/matching/index.ts';
import type { DevelopmentIndicator } from '../../domain/matching.ts';
import type { RoutePlugin } from '../context.ts';
import { actorOf, writeContext } from '../write-access.ts';
import { withZod } from '../context.ts';
import { idParams, jsonOrCsv, sendTable } from './record-routes.ts';
import { matchingResultSchema, needOfferSchema, vetResultSchema } from '../../domain/matching-results.ts';
import { MATCHING_PRESETS } from '../../domain/matching.ts';
import { Problem } from '../http.ts';

const csvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item))
    .optional();

/** `profile:2,degree:0.5`: weights by component name. */
const weightsParam = z
  .string()
  .transform((text, ctx) => {
    const out: Partial<MatchingWeights> = {};
    for (const part of text.split(',').filter(Boolean)) {
      const [key, value] = part.split(':');
      const number = Number(value);
      if (!COMPONENT_KEYS.includes(key as keyof MatchingWeights) || !Number.isFinite(number) || number < 0) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}": give component:weight with a weight ≥ 0; components are ${COMPONENT_KEYS.join(', ')}`,
        });
        return z.NEVER;
      }
      out[key as keyof MatchingWeights] = number;
    }
    return out;
  })
  .optional();

const bool = z.enum(['true', 'false']).optional();

const strategyQuery = z.object({
  place: z.string().min(1),
  strategy: z.enum(MATCHING_PRESETS).default('balanced'),
  weights: weightsParam,
  benchmark: z
    .enum(['urban-population', 'countries', 'equal-continents', 'belt-and-road'])
    .default('urban-population'),
  development: z.string().optional(),
});

const candidatesQuery = strategyQuery.extend({
  continent: csvList(z.enum(CONTINENTS)),
  country: csvList(z.string().length(2).toUpperCase()),
  corridor: z.string().optional(),
  minPopulation: z.coerce.number().int().min(0).optional(),
  maxPopulation: z.coerce.number().int().min(0).optional(),
  kind: csvList(z.enum(PLACE_KINDS)),
  includePartners: bool,
  includeOwnCountry: bool,
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

const needOfferItem = z.object({
  direction: z.enum(['need', 'offer']),
  field: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]*$/, 'a field is a snake_case name such as trade or environmental_technology'),
  note: z.string().max(2000).optional(),
  sourceId: z.string().min(1).optional(),
});

function csvRow(r: Recommendation): Record<string, unknown> {
  return {
    rank: r.rank,
    id: r.place.id,
    nameEn: r.place.nameEn,
    nameZh: r.place.nameZh,
    kind: r.place.kind,
    countryCode: r.place.countryCode,
    score: r.score,
    ...Object.fromEntries(Object.entries(r.components).map(([k, v]) => [`c_${k}`, v])),
    population: r.features.population,
    distanceKm: r.features.distanceKm,
    flightHours: r.features.flightHours,
    degree: r.features.network.degree,
    commonNeighbours: r.features.network.commonNeighbours.length,
    domesticHolders: r.features.competition.domesticHolders.length,
    explanationEn: r.explanation
      .map((e) => `${e.contribution >= 0 ? '+' : ''}${e.contribution} ${e.en}`)
      .join(' | '),
    explanationZh: r.explanation
      .map((e) => `${e.contribution >= 0 ? '+' : ''}${e.contribution} ${e.zh}`)
      .join(' | '),
    warnings: r.warnings.map((w) => w.code).join(' '),
  };
}

export const matchingRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  const { db, analysisCache: cache } = app;
  const tags = ['matching'];
  const pool = () => cache.matchingPool();
  const needsOffers = () => cache.needsOffers();
  const development = async (indexId: string | undefined): Promise<DevelopmentIndicator | null> => {
    if (!indexId) return null;
    const indicator = await developmentIndicator(db, indexId);
    if (!indicator) throw new Problem(404, 'Not found', `no stored results for index ${indexId}`);
    return indicator;
  };
  const request = async (q: z.infer<typeof strategyQuery>): Promise<MatchingRequest> => ({
    seekerId: q.place,
    preset: q.strategy as MatchingRequest['preset'],
    weights: q.weights,
    benchmark: { kind: q.benchmark } as MatchingRequest['benchmark'],
    needsOffers: await needsOffers(),
    development: await development(q.development),
  });
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof MatchingInputError) {
        const missing = error.message.startsWith('no place');
        throw new Problem(
          missing ? 404 : 400,
          missing ? 'Not found' : 'Invalid query parameter',
          error.message,
        );
      }
      throw error;
    }
  };

  app.get(
    '/api/matching/candidates',
    {
      schema: {
        tags,
        summary:
          "Ranked, explained candidates for a place's next partners from the whole gazetteer: similarity, past choices, complementarity, strategy, network, competition",
        querystring: candidatesQuery,
        response: { 200: jsonOrCsv(matchingResultSchema, 'the ranked candidates with their explanations') },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const [dataset, prepared, base] = await Promise.all([cache.data(), pool(), request(q)]);
      const result = await run(() =>
        rankCandidatesInTurns(
          prepared,
          dataset,
          {
            ...base,
            limit: q.limit,
            filter: {
              continents: q.continent,
              countries: q.country,
              corridor: q.corridor,
              minPopulation: q.minPopulation,
              maxPopulation: q.maxPopulation,
              kinds: q.kind,
              excludePartners: q.includePartners !== 'true',
              excludeOwnCountry: q.includeOwnCountry !== 'true',
            },
          },
          req.workSignal ?? undefined,
        ),
      );
      if (q.format !== 'json') return sendTable(reply, result.items.map(csvRow), q.format, 'candidates');
      return reply.send(result);
    },
  );

  app.get(
    '/api/matching/vet',
    {
      schema: {
        tags,
        summary:
          'Vet a proposed partner: its explanation and warnings (contested, capital held by a peer, not Belt and Road, duplicate tie)',
        querystring: strategyQuery.extend({
          candidate: z.string().min(1).describe('id of the proposed partner'),
        }),
        response: { 200: vetResultSchema },
      },
    },
    async (req) => {
      const q = req.query;
      const [dataset, prepared, base] = await Promise.all([cache.data(), pool(), request(q)]);
      return run(() =>
        vetCandidateInTurns(prepared, dataset, base, q.candidate, req.workSignal ?? undefined),
      );
    },
  );

  app.get(
    '/api/places/:id/needs-offers',
    {
      schema: {
        tags,
        summary:
          'What a place seeks from partners and what it offers, by field, with the fields the explanations name in both languages',
        params: idParams,
        response: {
          200: z.object({
            placeId: z.string(),
            items: z.array(needOfferSchema),
            fields: z
              .array(z.object({ field: z.string(), en: z.string(), zh: z.string() }))
              .describe('the fields matching names in words (another snake_case field is allowed)'),
          }),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      if (!(await placeExists(db, id))) throw new Problem(404, 'Not found', `no place with id ${id}`);
      return {
        placeId: id,
        items: await listNeedsOffers(db, id),
        fields: Object.entries(NEED_OFFER_FIELDS).map(([field, name]) => ({ field, ...name })),
      };
    },
  );

  writeContext(app, 'registry.write', (w) => {
    w.get(
      '/api/places/:id/needs-offers/access',
      {
        schema: {
          tags,
          summary:
            'Whether you may record this place’s needs and offers: 204, or 403 whose type says why (outside your jurisdictions); 404 for no such place',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        const { id } = req.params;
        if (!(await placeExists(db, id))) throw new Problem(404, 'Not found', `no place with id ${id}`);
        return reply.header('Cache-Control', 'private, no-store').code(204).send(null);
      },
    );

    w.post(
      '/api/places/:id/needs-offers',
      {
        schema: {
          tags,
          summary:
            'Record needs or offers of a place (one item, or { items: [...] }); a repeated field is updated',
          params: idParams,
          body: z.union([z.object({ items: z.array(needOfferItem).min(1).max(200) }), needOfferItem]),
          response: { 201: z.object({ placeId: z.string(), items: z.array(needOfferSchema) }) },
        },
      },
      async (req, reply) => {
        const { id } = req.params;
        const body = req.body;
        const items = 'items' in body ? body.items : [body];
        const rows = await saveNeedsOffers(db, actorOf(req), id, items);
        return reply.code(201).send({ placeId: id, items: rows });
      },
    );

    w.delete(
      '/api/places/:id/needs-offers',
      {
        schema: {
          tags,
          summary:
            'Remove needs or offers of a place: all, one direction (?direction=need) or one field (&field=trade)',
          params: idParams,
          querystring: z.object({
            direction: z.enum(['need', 'offer']).optional(),
            field: z.string().min(1).optional(),
          }),
          response: { 200: z.object({ placeId: z.string(), deleted: z.number() }) },
        },
      },
      async (req) => {
        const { id } = req.params;
        const q = req.query;
        const deleted = await deleteNeedsOffers(db, actorOf(req), id, q);
        return { placeId: id, deleted };
      },
    );
  });
};
