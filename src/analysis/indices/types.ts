/** Types of the composite-indicator engine: frameworks, data, build steps and their settings. */

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

/** A data set: values column-major, `values[c * units.length + u]`, NaN where missing. */
export interface DataSet {
  units: string[];
  columns: string[];
  values: Float64Array;
}

export type ImputeMethod = 'mean' | 'median' | 'groupMean' | 'groupMedian';

export interface DenominateStep {
  step: 'denominate';
  /** Indicator code -> denominator column. Default: each indicator's `denominator` in the framework. */
  denominators?: Record<string, string | null>;
}

export interface ImputeStep {
  step: 'impute';
  method: ImputeMethod;
  /** Group column for `groupMean` and `groupMedian`. */
  group?: string;
}

export interface ScreenStep {
  step: 'screen';
  /** `missing` (COINr "byNA", default), `zeros` ("byzeros") or `missingOrZeros` ("byNAandzeros"). */
  by?: 'missing' | 'zeros' | 'missingOrZeros';
  /** Minimum fraction of indicators with data, default 2/3 (COINr's default). */
  threshold?: number;
  /** Minimum fraction of non-zero values among present values, default 0.05. */
  nonZeroThreshold?: number;
  /** Unit code -> true to keep regardless, false to drop regardless. */
  force?: Record<string, boolean>;
}

export interface TreatSettings {
  /** Largest number of winsorised points (ties included), default 5. */
  winmax?: number;
  /** Passes when |skewness| < skewThreshold (default 2) ... */
  skewThreshold?: number;
  /** ... or kurtosis < kurtThreshold (default 3.5). */
  kurtThreshold?: number;
  /** What to do when winsorising fails: `log` (COINr's log_CT on the original values, default) or `none`. */
  transform?: 'log' | 'none';
}

export interface TreatStep extends TreatSettings {
  step: 'treat';
  /** Per-indicator exceptions: `none` leaves the indicator untreated. */
  indicators?: Record<string, 'none' | TreatSettings>;
}

export type NormaliseSpec =
  | { method: 'minMax'; min?: number; max?: number }
  | { method: 'zScore'; mean?: number; sd?: number }
  | { method: 'rank' }
  | { method: 'percentileRank' }
  | { method: 'borda' }
  | { method: 'distanceToTarget'; targets?: Record<string, number>; capAtTarget?: boolean }
  | { method: 'distanceToMax' }
  | { method: 'fractionOfMax' }
  | { method: 'none' };

export interface NormaliseStep {
  step: 'normalise';
  /** Default min-max to [0, 100], as COINr. */
  spec?: NormaliseSpec;
  /** Per-indicator exceptions. */
  indicators?: Record<string, NormaliseSpec>;
  /** Indicator code -> 1 or -1, overriding the framework's directions. */
  directions?: Record<string, number>;
}

export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic';

export interface AggregateStep {
  step: 'aggregate';
  /** One method for all levels, or one per aggregation level (level 2 first). Default arithmetic. */
  method?: AggregationMethod | AggregationMethod[];
  /** `framework` (default), `equal`, or node code -> weight overriding the framework's weights. */
  weights?: 'framework' | 'equal' | Record<string, number>;
  /** Minimum fraction of children with data for an aggregate to be computed; one value or one per level. */
  minDataAvailability?: number | number[];
}

export type BuildStep = DenominateStep | ImputeStep | ScreenStep | TreatStep | NormaliseStep | AggregateStep;
export type StepName = BuildStep['step'];

export const DATASET_OF_STEP: Record<StepName, string> = {
  denominate: 'Denominated',
  impute: 'Imputed',
  screen: 'Screened',
  treat: 'Treated',
  normalise: 'Normalised',
  aggregate: 'Aggregated',
};

export interface ScreeningRecord {
  unit: string;
  missing: number;
  zeros: number;
  dataAvailability: number;
  nonZero: number;
  included: boolean;
}

export interface TreatmentRecord {
  indicator: string;
  /** `none`: passed the check as it was; `winsorised`; `log`: winsorising failed and the original values were log-transformed; `skipped`: fewer than 4 values or excluded. */
  action: 'none' | 'winsorised' | 'log' | 'skipped';
  skewBefore: number;
  kurtBefore: number;
  skewAfter: number;
  kurtAfter: number;
  passedAfter: boolean;
  /** Winsorised points counted as COINr counts them (ties included); also set when winsorising was tried and abandoned for the log. */
  winsorisedPoints: number;
  /** Units whose value was changed, with how: `winhi`, `winlo` or `log`. */
  treatedUnits: { unit: string; how: 'winhi' | 'winlo' | 'log' }[];
}

export interface ImputationRecord {
  indicator: string;
  imputedUnits: string[];
  stillMissing: string[];
}
