/**
 * What the layout analyses answer (statistics of a global layout, imbalance against a benchmark,
 * comparisons, competition, rankings, stated figures beside counted ones), as the API sends them.
 */
import { z } from 'zod';
import { CONTINENTS, PLACE_KINDS } from './geo.ts';
import { LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from './registry.ts';

const continent = z.enum(CONTINENTS);
const continentOrUnknown = z.enum([...CONTINENTS, 'unknown']);
const date = z.string().nullable().describe('YYYY-MM-DD, or null when undated');

export const placeRefSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    countryCode: z.string(),
  })
  .meta({ id: 'PlaceRef' });

export const countryRefSchema = z
  .object({ code: z.string(), nameEn: z.string(), nameZh: z.string() })
  .meta({ id: 'CountryRef' });

const countShare = z.object({ count: z.number(), share: z.number().describe('of all ties abroad') });

export const coastalStatusSchema = z
  .object({
    coastal: z.boolean().nullable(),
    distanceKm: z.number().nullable(),
    basis: z.enum(['override', 'coastline', 'unknown']),
    sourceId: z.string().nullable(),
  })
  .meta({ id: 'CoastalStatus' });

export const PARTNER_ROLES = ['capital', 'largest', 'second', 'other', 'province'] as const;

export const layoutPartnerSchema = z
  .object({
    place: placeRefSchema,
    kind: z.enum(PLACE_KINDS),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    role: z.enum(PARTNER_ROLES),
    coast: coastalStatusSchema,
    ties: z.array(
      z.object({
        tieId: z.string(),
        homeId: z.string(),
        signedOn: date,
        type: z.enum(PARTNERSHIP_TYPES),
      }),
    ),
  })
  .meta({ id: 'LayoutPartner' });

export const layoutStatisticsSchema = z
  .object({
    total: z.number().describe('ties abroad'),
    distinctPartners: z.number(),
    distinctCountries: z.number(),
    distinctContinents: z.number(),
    domestic: z.number(),
    byContinent: z.array(
      countShare.extend({ continent: continentOrUnknown, nameZh: z.string(), partners: z.number() }),
    ),
    bySubregion: z.array(
      countShare.extend({ subregion: z.string(), continent: continentOrUnknown, partners: z.number() }),
    ),
    byCountry: z.array(
      countShare.extend({
        code: z.string(),
        nameEn: z.string(),
        nameZh: z.string(),
        continent: continentOrUnknown,
        subregion: z.string(),
        beltAndRoad: z.boolean(),
        partners: z.number(),
      }),
    ),
    byYear: z.array(z.object({ year: z.number(), count: z.number() })),
    byDecade: z.array(z.object({ decade: z.number(), count: z.number() })),
    undated: z.number(),
    timeline: z.array(z.object({ year: z.number(), signed: z.number(), cumulative: z.number() })),
    byType: z.array(
      z.object({ type: z.enum(PARTNERSHIP_TYPES), nameZh: z.string(), count: z.number(), share: z.number() }),
    ),
    byLevel: z.array(
      z.object({ level: z.enum([...LEVELS, 'unknown']), count: z.number(), share: z.number() }),
    ),
    byStatus: z.array(
      z.object({ status: z.enum(PARTNERSHIP_STATUSES), count: z.number(), share: z.number() }),
    ),
    profile: z.object({
      capital: countShare,
      largest: countShare,
      second: countShare,
      other: countShare,
      province: countShare,
      coastal: countShare.extend({
        known: z.number(),
        unknown: z.number(),
        overridden: z.number(),
        thresholdKm: z.number(),
      }),
    }),
    partners: z.array(layoutPartnerSchema),
  })
  .meta({ id: 'LayoutStatistics' });

export const statedComparisonSchema = z
  .object({
    observationId: z.string(),
    measure: z.string(),
    asOf: date,
    sourceIds: z.array(z.string()),
    stated: z.number(),
    statedCountries: z.number().nullable(),
    definition: z.object({
      municipalOnly: z.boolean(),
      sisterCitiesOnly: z.boolean(),
      region: z.object({ kind: z.enum(['continent', 'subregion']), name: z.string() }).nullable(),
      beltAndRoadOnly: z.boolean(),
      unit: z.enum(['ties', 'partner places']),
      period: z
        .object({ from: z.number().int(), to: z.number().int() })
        .nullable()
        .describe('the span of years a figure of new ties covers'),
    }),
    countedAll: z.number(),
    countedMatching: z.number(),
    countedCountries: z.number(),
    difference: z.number(),
    reasons: z.array(
      z.object({
        code: z.enum([
          'as-of-date',
          'undated-ties',
          'level-definition',
          'type-definition',
          'status',
          'coverage-short',
          'coverage-over',
          'undefined-scope',
          'period',
          'too-few-dated',
        ]),
        en: z.string(),
        zh: z.string(),
      }),
    ),
    explanationEn: z.string(),
    explanationZh: z.string(),
  })
  .meta({ id: 'StatedComparison' });

/** `GET /api/analysis/layout`: a country's layout lists its home places only when they are few. */
const placeProjectsSchema = z.object({ place: placeRefSchema, projects: z.number().int() });

export const practicalCooperationSchema = z
  .object({
    partners: z.number().int().describe('distinct partners of the selection'),
    partnersWithProjects: z.array(placeProjectsSchema).describe('partners hosting projects, most first'),
    untiedProjectPlaces: z
      .array(placeProjectsSchema)
      .describe('places hosting projects in the partner countries that no tie of the selection reaches'),
    byCountry: z
      .array(z.object({ country: countryRefSchema, ties: z.number().int(), projects: z.number().int() }))
      .describe('every partner country and every country with projects, most projects first'),
  })
  .meta({ id: 'PracticalCooperation' });

export const layoutReplySchema = layoutStatisticsSchema
  .extend({
    homePlaceCount: z.number(),
    homePlaceIds: z.array(z.string()).optional().describe('listed when there are at most 100'),
    stated: z.array(statedComparisonSchema),
    practical: practicalCooperationSchema.describe(
      'cooperation projects at the partners and in the partner countries (among them the Chinese-financed projects AidData tracked)',
    ),
  })
  .meta({ id: 'Layout' });

export const benchmarkSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('equal-continents') }),
    z.object({ kind: z.literal('countries') }),
    z.object({ kind: z.literal('urban-population') }),
    z.object({
      kind: z.literal('belt-and-road'),
      weighting: z.enum(['equal', 'urban-population']).optional(),
    }),
    z.object({
      kind: z.literal('corridor'),
      corridorId: z.string(),
      weighting: z.enum(['equal', 'urban-population']).optional(),
    }),
  ])
  .meta({ id: 'Benchmark' });

const groupComparison = z.object({
  observed: z.number(),
  observedShare: z.number(),
  expected: z.number(),
  expectedShare: z.number(),
  difference: z.number().describe('observed − expected, in ties: positive a surplus, negative a deficit'),
});

const dissimilarity = z.object({
  duncan: z.number(),
  chiSquare: z.number(),
  degreesOfFreedom: z.number(),
  outsideBenchmark: z.number(),
});

export const imbalanceSchema = z
  .object({
    benchmark: benchmarkSchema,
    total: z.number(),
    byContinent: z.array(groupComparison.extend({ continent, nameZh: z.string() })),
    byCountry: z.array(
      groupComparison.extend({ code: z.string(), nameEn: z.string(), nameZh: z.string(), continent }),
    ),
    continentIndex: dissimilarity,
    countryIndex: dissimilarity,
    gaps: z.array(
      z.object({
        code: z.string(),
        nameEn: z.string(),
        nameZh: z.string(),
        continent,
        observed: z.number(),
        expected: z.number(),
        deficit: z.number(),
        untiedLargeCities: z.array(
          z.object({
            place: placeRefSchema,
            isCapital: z.boolean(),
            populationRank: z.number().nullable(),
            population: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Imbalance' });

export const tieFilterSchema = z
  .object({
    home: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('place'),
        placeId: z.string(),
        includeSubdivisions: z.boolean().optional(),
      }),
      z.object({ kind: z.literal('province'), provinceId: z.string() }),
      z.object({ kind: z.literal('country'), countryCode: z.string() }),
    ]),
    types: z.array(z.enum(PARTNERSHIP_TYPES)).optional(),
    levels: z.array(z.enum(LEVELS).nullable()).optional(),
    statuses: z.array(z.enum(PARTNERSHIP_STATUSES)).optional(),
    signedFrom: z.number().optional(),
    signedTo: z.number().optional(),
    includeUndated: z.boolean().optional(),
  })
  .meta({ id: 'TieFilter' });

const firstMover = z.object({
  holders: z.array(z.object({ key: z.string(), since: date })),
  first: z.string().nullable(),
  basis: z.enum(['dated', 'same-date', 'partly-undated', 'undated', 'imprecise']),
});

export const comparisonSchema = z
  .object({
    homes: z.array(
      z.object({
        key: z.string(),
        filter: tieFilterSchema,
        layout: layoutStatisticsSchema.extend({ homePlaceIds: z.array(z.string()) }),
      }),
    ),
    pairs: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        sharedPartners: z.number(),
        partnerJaccard: z.number(),
        sharedCountries: z.number(),
        countryJaccard: z.number(),
      }),
    ),
    sharedPartners: z.array(firstMover.extend({ place: placeRefSchema })),
    sharedCountries: z.array(firstMover.extend({ country: countryRefSchema })),
    firsts: z.array(z.object({ key: z.string(), partners: z.number(), countries: z.number() })),
  })
  .meta({ id: 'Comparison' });

export const holdingSchema = z
  .object({
    holder: placeRefSchema,
    holderProvinceId: z.string().nullable(),
    since: date,
    ties: z.array(
      z.object({
        tieId: z.string(),
        partnerId: z.string(),
        signedOn: date,
        type: z.enum(PARTNERSHIP_TYPES),
        level: z.enum(LEVELS).nullable(),
      }),
    ),
  })
  .meta({ id: 'Holding' });

export const foreignPlaceHoldingsSchema = z
  .object({
    place: placeRefSchema,
    isCapital: z.boolean(),
    populationRank: z.number().nullable(),
    holders: z.array(holdingSchema),
    contested: z.boolean(),
  })
  .meta({ id: 'ForeignPlaceHoldings' });

export const capitalCaseSchema = z
  .object({
    country: countryRefSchema,
    capital: placeRefSchema.nullable(),
    taken: z.boolean(),
    holders: z.array(holdingSchema),
    en: z.string(),
    zh: z.string(),
  })
  .meta({ id: 'CapitalCase' });

export const countryCompetitionSchema = z
  .object({
    country: countryRefSchema,
    homeCountryCode: z.string(),
    holders: z.array(holdingSchema),
    places: z.array(foreignPlaceHoldingsSchema),
    contestedPlaces: z.number(),
    capital: capitalCaseSchema,
  })
  .meta({ id: 'CountryCompetition' });

export const rankedEntrySchema = z
  .object({
    rank: z.number(),
    place: placeRefSchema.nullable(),
    id: z.string(),
    ties: z.number(),
    dated: z.number().describe('of the ties, those with a signing date'),
    partners: z.number(),
    countries: z.number(),
    continents: z.number(),
    domestic: z.number(),
    stated: z
      .array(
        z.object({
          observationId: z.string(),
          measure: z.string(),
          value: z.number(),
          asOf: date,
          sourceIds: z.array(z.string()),
        }),
      )
      .describe('what sources state about the place or province, beside the counted figures'),
  })
  .meta({ id: 'RankedEntry' });

const statedYearSchema = z.object({
  year: z.number().int(),
  stated: z.number(),
  countedSignedBy: z.number().int().describe('dated ties counted here signed in that year or before'),
  observationId: z.string(),
  sourceIds: z.array(z.string()),
});

export const countryCoverageSchema = z
  .object({
    country: countryRefSchema,
    latest: statedYearSchema.describe('the latest stated figure'),
    counted: z.number().int().describe('ties counted here between the home country and this country'),
    dated: z.number().int().describe('of them, the ties with a signing date'),
    coverage: z.number().nullable().describe('counted ÷ the latest stated figure'),
    series: z.array(statedYearSchema),
  })
  .meta({ id: 'CountryCoverage' });

export const coverageResultSchema = z
  .object({
    homeCountryCode: z.string(),
    countries: z
      .array(countryCoverageSchema)
      .describe('countries with a stated figure, lowest coverage first'),
    totals: z.object({
      stated: z.number(),
      counted: z.number().int(),
      dated: z.number().int(),
      coverage: z.number().nullable(),
    }),
    attribution: z.string().describe('whom the stated figures come from, to credit wherever they are shown'),
  })
  .meta({ id: 'CoverageResult' });
