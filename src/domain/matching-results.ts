/** What partner matching answers: ranked, explained candidates and the vetting of one proposal. */
import { z } from 'zod';
import { CONTINENTS, PLACE_KINDS } from './geo.ts';
import { COMPONENT_KEYS, MATCH_ROLES, MATCHING_PRESETS, SIZE_CLASSES } from './matching.ts';

const componentKey = z.enum(COMPONENT_KEYS as [string, ...string[]]);
const byComponent = z.record(componentKey, z.number());

export const matchingPlaceSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    kind: z.enum(PLACE_KINDS),
    countryCode: z.string(),
    countryEn: z.string(),
    countryZh: z.string(),
  })
  .meta({ id: 'MatchingPlace' });

export const candidateFeaturesSchema = z
  .object({
    population: z.number().nullable(),
    sizeClass: z.enum(SIZE_CLASSES).nullable(),
    role: z.enum(MATCH_ROLES),
    coastal: z.object({
      coastal: z.boolean().nullable(),
      distanceKm: z.number().nullable(),
      basis: z.enum(['override', 'coastline', 'unknown']),
      sourceId: z.string().nullable(),
    }),
    latitudeBandDifference: z.number().nullable(),
    distanceKm: z.number().nullable(),
    flightHours: z.number().nullable().describe('great-circle distance at about 800 km/h plus half an hour'),
    development: z.object({
      value: z.number().nullable(),
      seeker: z.number().nullable(),
      indicator: z.string().nullable(),
    }),
    network: z.object({
      degree: z.number(),
      community: z.number().nullable(),
      sameCommunity: z.boolean(),
      commonNeighbours: z.array(z.string()),
      adamicAdar: z.number(),
    }),
    corridor: z.object({ nodeOf: z.array(z.string()), countryOf: z.array(z.string()) }),
    beltAndRoad: z.boolean(),
    projects: z.number().int().describe('cooperation projects recorded at the place'),
    continent: z.enum([...CONTINENTS, 'unknown']),
    deficit: z.object({
      continentGap: z.number(),
      countryGap: z.number(),
      nationalContinentGap: z.number(),
      nationalCountryGap: z.number(),
    }),
    competition: z.object({
      domesticHolders: z.array(z.string()),
      capitalHeldBy: z.array(z.string()),
      isCapital: z.boolean(),
    }),
    duplicateOf: z.array(z.string()),
    complementarity: z.object({ theyOffer: z.array(z.string()), theyNeed: z.array(z.string()) }),
    provenance: z.record(
      z.string(),
      z.object({ basis: z.string(), sourceId: z.string().nullable().optional() }),
    ),
  })
  .meta({ id: 'CandidateFeatures' });

export const recommendationSchema = z
  .object({
    rank: z.number(),
    place: matchingPlaceSchema,
    score: z.number(),
    components: byComponent.describe('each component normalised to 0–1'),
    explanation: z.array(
      z.object({
        key: componentKey,
        value: z.number(),
        weight: z.number(),
        contribution: z.number().describe('sign × weight × value: what it adds to the score'),
        en: z.string(),
        zh: z.string(),
      }),
    ),
    features: candidateFeaturesSchema,
    warnings: z.array(
      z.object({
        code: z.enum([
          'contested',
          'capital-held',
          'not-belt-and-road',
          'duplicate',
          'already-partner',
          'same-country',
          'no-diplomatic-relations',
        ]),
        en: z.string(),
        zh: z.string(),
        places: z
          .array(z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string().nullable() }))
          .optional(),
      }),
    ),
  })
  .meta({ id: 'Recommendation' });

export const matchingResultSchema = z
  .object({
    seeker: matchingPlaceSchema,
    preset: z.enum(MATCHING_PRESETS),
    weights: byComponent,
    considered: z.number().describe('candidates that passed the filter'),
    items: z.array(recommendationSchema),
    profile: z.object({
      from: z.enum(['own', 'peers']),
      partnersAbroad: z.number(),
      profiled: z.number(),
      shares: z.record(z.string(), z.record(z.string(), z.number())),
    }),
  })
  .meta({ id: 'MatchingResult' });

export const vetResultSchema = recommendationSchema
  .extend({
    seeker: matchingPlaceSchema,
    preset: z.enum(MATCHING_PRESETS),
    rankAmongAll: z.number().nullable(),
    considered: z.number(),
  })
  .meta({ id: 'VetResult' });

export const needOfferSchema = z
  .object({
    placeId: z.string(),
    direction: z.enum(['need', 'offer']),
    field: z.string().describe('snake_case: trade, environmental_technology…'),
    note: z.string(),
    sourceId: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NeedOffer' });
