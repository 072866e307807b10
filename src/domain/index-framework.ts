/**
 * Definitions of a composite index as users write and the store keeps them: the framework (COINr's iMeta),
 * unit rows (iData), build steps with their settings, and tier rules. Step and rule types are inferred
 * from their schemas, so what is validated is what is typed.
 */
import { z } from 'zod';

/** One indicator or aggregate of a framework, as a row of COINr's iMeta table. */
export interface FrameworkNode {
  code: string;
  name?: string;
  /** 1 = indicator, 2 = pillar, ... up to the index. Derived from the tree when left out. */
  level?: number;
  /** Code of the aggregate this node belongs to; null or absent for the top node. */
  parent?: string | null;
  /** 1: higher is better; -1: lower is better. Default 1. */
  direction?: number;
  /** Relative weight within its parent. Default 1. */
  weight?: number;
  unit?: string;
  /** Target value, used by distance-to-target normalisation. */
  target?: number | null;
  /** Data column the indicator is divided by in the denominate step. */
  denominator?: string | null;
  /** Default: `Indicator` when level is 1 or the node has no children, otherwise `Aggregate`. */
  type?: 'Indicator' | 'Aggregate';
  /** Free text, e.g. where the criterion comes from. */
  source?: string;
  nameZh?: string;
}

export interface Framework {
  id?: string;
  name?: string;
  nameZh?: string;
  /** Names of levels from 1 (indicator) up, e.g. ["Indicator", "Pillar", "Sub-index", "Index"]. */
  levelNames?: string[];
  nodes: FrameworkNode[];
  /** Data columns holding unit groups (iMeta Type `Group`). */
  groups?: string[];
  /** Data columns holding denominators (iMeta Type `Denominator`). */
  denominators?: string[];
  /** Free text about where the framework comes from. */
  source?: string;
}

/** One unit (country, city) as a row of COINr's iData table. `uCode` is required; other keys are columns. */
export type UnitRow = { uCode: string; uName?: string } & Record<string, string | number | null | undefined>;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const fraction = finite.min(0).max(1);

export const normaliseSpecSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('minMax'), min: finite.optional(), max: finite.optional() }).strict(),
  z
    .object({ method: z.literal('zScore'), mean: finite.optional(), sd: finite.positive().optional() })
    .strict(),
  z.object({ method: z.literal('rank') }).strict(),
  z.object({ method: z.literal('percentileRank') }).strict(),
  z.object({ method: z.literal('borda') }).strict(),
  z
    .object({
      method: z.literal('distanceToTarget'),
      targets: z.record(z.string(), finite).optional(),
      capAtTarget: z.boolean().optional(),
    })
    .strict(),
  z.object({ method: z.literal('distanceToMax') }).strict(),
  z.object({ method: z.literal('fractionOfMax') }).strict(),
  z.object({ method: z.literal('none') }).strict(),
]);
export type NormaliseSpec = z.infer<typeof normaliseSpecSchema>;

export const treatSettingsSchema = z
  .object({
    /** Largest number of winsorised points (ties included), default 5. */
    winmax: z.number().int().min(0).optional(),
    /** Passes when |skewness| < skewThreshold (default 2) ... */
    skewThreshold: finite.positive().optional(),
    /** ... or kurtosis < kurtThreshold (default 3.5). */
    kurtThreshold: finite.optional(),
    /** What to do when winsorising fails: `log` (COINr's log_CT on the original values, default) or `none`. */
    transform: z.enum(['log', 'none']).optional(),
  })
  .strict();
export type TreatSettings = z.infer<typeof treatSettingsSchema>;

export const aggregationMethodSchema = z.enum(['arithmetic', 'geometric', 'harmonic']);
export type AggregationMethod = z.infer<typeof aggregationMethodSchema>;

export const imputeMethodSchema = z.enum(['mean', 'median', 'groupMean', 'groupMedian']);
export type ImputeMethod = z.infer<typeof imputeMethodSchema>;

/** The settings of each build step, by step name. */
export const stepSettingsSchemas = {
  denominate: z.object({
    /** Indicator code -> denominator column. Default: each indicator's `denominator` in the framework. */
    denominators: z.record(z.string(), z.string().nullable()).optional(),
  }),
  impute: z.object({
    method: imputeMethodSchema,
    /** Group column for `groupMean` and `groupMedian`. */
    group: z.string().optional(),
  }),
  screen: z.object({
    /** `missing` (COINr "byNA", default), `zeros` ("byzeros") or `missingOrZeros` ("byNAandzeros"). */
    by: z.enum(['missing', 'zeros', 'missingOrZeros']).optional(),
    /** Minimum fraction of indicators with data, default 2/3 (COINr's default). */
    threshold: fraction.optional(),
    /** Minimum fraction of non-zero values among present values, default 0.05. */
    nonZeroThreshold: fraction.optional(),
    /** Unit code -> true to keep regardless, false to drop regardless. */
    force: z.record(z.string(), z.boolean()).optional(),
  }),
  treat: treatSettingsSchema.extend({
    /** Per-indicator exceptions: `none` leaves the indicator untreated. */
    indicators: z.record(z.string(), z.union([z.literal('none'), treatSettingsSchema])).optional(),
  }),
  normalise: z.object({
    /** Default min-max to [0, 100], as COINr. */
    spec: normaliseSpecSchema.optional(),
    /** Per-indicator exceptions. */
    indicators: z.record(z.string(), normaliseSpecSchema).optional(),
    /** Indicator code -> 1 or -1, overriding the framework's directions. */
    directions: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])).optional(),
  }),
  aggregate: z.object({
    /** One method for all levels, or one per aggregation level (level 2 first). Default arithmetic. */
    method: z.union([aggregationMethodSchema, z.array(aggregationMethodSchema).min(1)]).optional(),
    /** `framework` (default), `equal`, or node code -> weight overriding the framework's weights. */
    weights: z
      .union([z.literal('framework'), z.literal('equal'), z.record(z.string(), finite.min(0))])
      .optional(),
    /** Minimum fraction of children with data for an aggregate to be computed; one value or one per level. */
    minDataAvailability: z.union([fraction, z.array(fraction).min(1)]).optional(),
  }),
};

export type StepName = keyof typeof stepSettingsSchemas;

/** A build step: its name in `step` and its settings, e.g. `{ step: 'impute', method: 'median' }`. */
export type StepOf<K extends StepName> = { step: K } & z.infer<(typeof stepSettingsSchemas)[K]>;
export type BuildStep = { [K in StepName]: StepOf<K> }[StepName];

export type DenominateStep = StepOf<'denominate'>;
export type ImputeStep = StepOf<'impute'>;
export type ScreenStep = StepOf<'screen'>;
export type TreatStep = StepOf<'treat'>;
export type NormaliseStep = StepOf<'normalise'>;
export type AggregateStep = StepOf<'aggregate'>;

/** A whole build step, validated; parses to exactly a BuildStep. */
export const buildStepSchema: z.ZodType<BuildStep> = z.discriminatedUnion('step', [
  stepSettingsSchemas.denominate.extend({ step: z.literal('denominate') }).strict(),
  stepSettingsSchemas.impute.extend({ step: z.literal('impute') }).strict(),
  stepSettingsSchemas.screen.extend({ step: z.literal('screen') }).strict(),
  stepSettingsSchemas.treat.extend({ step: z.literal('treat') }).strict(),
  stepSettingsSchemas.normalise.extend({ step: z.literal('normalise') }).strict(),
  stepSettingsSchemas.aggregate.extend({ step: z.literal('aggregate') }).strict(),
]);

export const tierRuleSchema = z.discriminatedUnion('method', [
  /** Score cut points, highest first: tier 1 is score ≥ cuts[0], tier 2 is ≥ cuts[1], ...; one more tier than cuts. */
  z
    .object({
      method: z.literal('thresholds'),
      cuts: z.array(finite).min(1),
      labels: z.array(z.string()).optional(),
    })
    .strict(),
  /** Shares of units from the top: tier 1 holds the top shares[0] of ranked units, tier 2 up to shares[1], ... */
  z
    .object({
      method: z.literal('topShares'),
      shares: z.array(fraction).min(1),
      labels: z.array(z.string()).optional(),
    })
    .strict(),
  /** k groups split at the score quantiles (R type 7), highest scores in tier 1. */
  z
    .object({
      method: z.literal('quantiles'),
      groups: z.number().int().min(2).max(20),
      labels: z.array(z.string()).optional(),
    })
    .strict(),
]);
export type TierRule = z.infer<typeof tierRuleSchema>;

/**
 * A framework node as the store keeps it. iMeta text that is not a number is kept as given (so errors
 * can name it); a level given so is ignored and taken from the tree.
 */
export const frameworkNodeSchema = z.object({
  code: z.string(),
  name: z.string().optional(),
  level: z
    .union([z.number(), z.string()])
    .optional()
    .describe('1 = indicator, 2 = pillar, ... up to the index'),
  parent: z.string().nullable().optional(),
  direction: z.number().optional().describe('1: higher is better; -1: lower is better'),
  weight: z.number().optional().describe('relative weight within its parent'),
  unit: z.string().optional(),
  target: z.number().nullable().optional(),
  denominator: z.string().nullable().optional(),
  type: z.enum(['Indicator', 'Aggregate']).optional(),
  source: z.string().optional(),
  nameZh: z.string().optional(),
});

export const frameworkSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  nameZh: z.string().optional(),
  levelNames: z.array(z.string()).optional().describe('names of levels from 1 (indicator) up'),
  nodes: z.array(frameworkNodeSchema),
  groups: z.array(z.string()).optional(),
  denominators: z.array(z.string()).optional(),
  source: z.string().optional(),
});

/** One iData row: `uCode`, `uName` and one cell per column, as read from the table. */
export const unitRowSchema = z
  .object({ uCode: z.string(), uName: z.string().optional() })
  .catchall(z.union([z.string(), z.number(), z.null()]).optional());
