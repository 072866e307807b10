/**
 * Partner matching: ranked, explained candidates for a place's next partners, the vetting of a proposed
 * partner, and the needs and offers places record. The candidate pool (the whole gazetteer) is loaded
 * and prepared once per data version through the AnalysisCache, like the Dataset.
 */
import { developmentIndicator } from '../store/indices.ts';
import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import type { Database } from '../store/database.ts';
import { loadMatchingCandidates } from '../store/matching-candidates.ts';
import {
  allNeedsOffers,
  deleteNeedsOffers,
  listNeedsOffers,
  saveNeedsOffers,
} from '../store/needs-offers.ts';
import { CONTINENTS, PLACE_KINDS } from '../domain/geo.ts';
import { worldCoastIndex } from '../analysis/layout/index.ts';
import {
  COMPONENT_KEYS,
  MatchingInputError,
  PRESET_NAMES,
  prepareMatchingPool,
  rankCandidates,
  vetCandidate,
  type DevelopmentIndicator,
  type MatchingPool,
  type MatchingRequest,
  type MatchingWeights,
  type NeedsOffers,
  type Recommendation,
} from '../analysis/matching/index.ts';
import type { AnalysisCache } from './analysis-routes.ts';
import { Problem, parse, parseQuery } from './http.ts';
import { toCsv } from '../domain/csv.ts';

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
  strategy: z.enum(PRESET_NAMES as [string, ...string[]]).default('balanced'),
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
  format: z.enum(['json', 'csv']).default('json'),
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

export async function matchingRoutes(
  app: FastifyInstance,
  { db, cache, writeRoute }: { db: Database; cache: AnalysisCache; writeRoute: RouteShorthandOptions },
): Promise<void> {
  const tags = ['matching'];
  const pool = () =>
    cache.get<MatchingPool>('matching:pool', async (dataset) =>
      prepareMatchingPool(dataset, await loadMatchingCandidates(db), {
        coast: worldCoastIndex(),
        coastOverrides: dataset.coastOverrides,
      }),
    );
  const needsOffers = () =>
    cache.get('matching:needs-offers', async () => {
      const map = new Map<string, NeedsOffers>();
      for (const row of await allNeedsOffers(db)) {
        const entry = map.get(row.placeId) ?? { need: [], offer: [] };
        entry[row.direction].push(row.field);
        map.set(row.placeId, entry);
      }
      return map;
    });
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
  const run = async <T>(fn: () => T): Promise<T> => {
    try {
      return fn();
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
      },
    },
    async (req, reply) => {
      const q = parseQuery(candidatesQuery, req.query);
      const [dataset, prepared, base] = await Promise.all([cache.data(), pool(), request(q)]);
      const result = await run(() =>
        rankCandidates(prepared, dataset, {
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
        }),
      );
      if (q.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(toCsv(result.items.map(csvRow)));
      return result;
    },
  );

  app.get(
    '/api/matching/vet',
    {
      schema: {
        tags,
        summary:
          'Vet a proposed partner: its explanation and warnings (contested, capital held by a peer, not Belt and Road, duplicate tie)',
      },
    },
    async (req) => {
      const q = parseQuery(strategyQuery.extend({ candidate: z.string().min(1) }), req.query);
      const [dataset, prepared, base] = await Promise.all([cache.data(), pool(), request(q)]);
      return run(() => vetCandidate(prepared, dataset, base, q.candidate));
    },
  );

  app.get(
    '/api/places/:id/needs-offers',
    { schema: { tags, summary: 'What a place seeks from partners and what it offers, by field' } },
    async (req) => {
      const { id } = req.params as { id: string };
      const [place] = await db.query(`SELECT 1 FROM places WHERE id = $1`, [id]);
      if (!place) throw new Problem(404, 'Not found', `no place with id ${id}`);
      return { placeId: id, items: await listNeedsOffers(db, id) };
    },
  );

  app.post(
    '/api/places/:id/needs-offers',
    {
      ...writeRoute,
      schema: {
        ...(writeRoute.schema as object),
        tags,
        summary:
          'Record needs or offers of a place (one item, or { items: [...] }); a repeated field is updated',
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const body = parse(
        z.union([z.object({ items: z.array(needOfferItem).min(1).max(200) }), needOfferItem]),
        req.body,
        'body',
      );
      const items = 'items' in body ? body.items : [body];
      const actor = `admin@${req.ip}`;
      const rows = await saveNeedsOffers(db, actor, id, items);
      return reply.code(201).send({ placeId: id, items: rows });
    },
  );

  app.delete(
    '/api/places/:id/needs-offers',
    {
      onRequest: writeRoute.onRequest,
      schema: {
        security: [{ admin: [] }],
        tags,
        summary:
          'Remove needs or offers of a place: all, one direction (?direction=need) or one field (&field=trade)',
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const q = parseQuery(
        z.object({ direction: z.enum(['need', 'offer']).optional(), field: z.string().min(1).optional() }),
        req.query,
      );
      const deleted = await deleteNeedsOffers(db, `admin@${req.ip}`, id, q);
      return { placeId: id, deleted };
    },
  );
}
