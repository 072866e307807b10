/**
 * What composite-index builds and saved indices answer with: presets, results at every level, tiers,
 * typology, step records, saved definitions with their stored results, and uncertainty runs. Numbers the
 * engine leaves undefined (NaN: missing data, screened-out units) are null.
 */
import { z } from 'zod';
import { buildStepSchema, frameworkSchema, tierRuleSchema, unitRowSchema } from './index-framework.ts';
import { instant } from './records.ts';

/** A timestamp as ISO 8601 text. */
/** A number the engine may leave undefined. */
const measure = z.number().nullable();

export const indexPresetSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameZh: z.string(),
  description: z.string(),
  framework: frameworkSchema,
  steps: z.array(buildStepSchema),
  hasData: z.boolean().describe('whether the preset brings its own data (otherwise a build needs iData)'),
  tiers: tierRuleSchema,
  typology: z.boolean().describe('whether results include the four city types'),
});

/** The results table of one level: one row per unit, ordered by the rank on the top node. */
export const levelResultsSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  nodes: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      uCode: z.string(),
      uName: z.string(),
      scores: z.record(z.string(), measure).describe('node code -> score'),
      ranks: z.record(z.string(), measure).describe('node code -> rank, 1 = best'),
    }),
  ),
});

export const tierAssignmentSchema = z.object({
  unit: z.string(),
  score: z.number(),
  tier: z.number().int(),
  label: z.string(),
});

export const typologyAssignmentSchema = z.object({
  unit: z.string(),
  type: z.enum(['economic_center', 'network_center', 'industry_leader', 'regional_hub']).nullable(),
  reason: z.string(),
  profile: z
    .object({ business: measure, humanCapital: measure, information: measure })
    .describe('percentile ranks (0 = lowest, 1 = highest) of the dimensions used'),
});

export const screeningRecordSchema = z.object({
  unit: z.string(),
  missing: z.number().int(),
  zeros: z.number().int(),
  dataAvailability: measure,
  nonZero: measure,
  included: z.boolean(),
});

export const treatmentRecordSchema = z.object({
  indicator: z.string(),
  action: z.enum(['none', 'winsorised', 'log', 'skipped']),
  skewBefore: measure,
  kurtBefore: measure,
  skewAfter: measure,
  kurtAfter: measure,
  passedAfter: z.boolean(),
  winsorisedPoints: z.number().int(),
  treatedUnits: z.array(z.object({ unit: z.string(), how: z.enum(['winhi', 'winlo', 'log']) })),
});

/** A one-off build: results at every level (top first), tiers, typology, step records, methodology. */
export const buildSummarySchema = z.object({
  name: z.string(),
  nameZh: z.string().nullable(),
  preset: z.string().nullable(),
  steps: z.array(buildStepSchema),
  levels: z.array(levelResultsSchema),
  tiers: z.array(tierAssignmentSchema),
  typology: z.array(typologyAssignmentSchema).nullable(),
  screening: z.array(screeningRecordSchema).nullable(),
  treatment: z.array(treatmentRecordSchema).nullable(),
  methodology: z.array(z.string()).describe('the methodology note, one line each'),
});

/** A saved index in the list. */
export const indexSummarySchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  preset: z.string().nullable(),
  units: z.number().int(),
  indicators: z.number().int(),
  steps: z.array(z.string()),
  sourceNote: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  computedAt: instant.nullable().describe('when the stored results were computed; null when there are none'),
});

/** A saved index definition: framework, build steps, data and tier rule. */
export const indexDefinitionSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  preset: z.string().nullable(),
  framework: frameworkSchema,
  steps: z.array(buildStepSchema),
  data: z.array(unitRowSchema),
  tiers: tierRuleSchema.nullable(),
  sourceNote: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});

export const savedIndexSchema = indexDefinitionSchema.extend({ units: z.number().int() });

/** What saving an index did, and how many result rows it stored. */
export const indexSaveSchema = z.object({
  id: z.string(),
  created: z.boolean(),
  changed: z.boolean(),
  results: z.number().int().describe('result rows stored (units × nodes)'),
  computedAt: instant,
});

/** Stored results by level (top first), then node, then unit by rank. */
export const storedResultsSchema = z.object({
  id: z.string(),
  computedAt: instant.nullable(),
  levels: z.array(
    z.object({
      level: z.number().int(),
      levelName: z.string(),
      nodes: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          results: z.array(
            z.object({ uCode: z.string(), uName: z.string().nullable(), score: measure, rank: measure }),
          ),
        }),
      ),
    }),
  ),
});

/** Rank statistics of one unit over the replications; null where the unit has no score. */
export const uncertaintyUnitSchema = z.object({
  uCode: z.string(),
  nominalScore: measure,
  nominalRank: measure,
  meanRank: measure,
  medianRank: measure,
  q05Rank: measure,
  q95Rank: measure,
});

/** An uncertainty run over the given settings (whose schema belongs to the engine). */
export const uncertaintyRunOf = <S extends z.ZodType>(settings: S) =>
  z.object({
    id: z.string(),
    n: z.number().int().describe('replications'),
    seed: z.number().int(),
    settings,
    inputs: z.array(z.string()).describe('the uncertain inputs, in the order they were sampled'),
    failedReplications: z.number().int(),
    units: z.array(uncertaintyUnitSchema).describe('by nominal rank'),
  });
