/**
 * The build steps in COINr's semantics (Denominate, Impute, Screen, Treat, Normalise, Aggregate), each a pure
 * function from one data set to the next.
 */
import { IndexFrameworkError, type Structure } from './framework.ts';
import { kurtosis, maxOf, mean, median, minOf, rankMin, sd, skewness } from './stats.ts';
import {
  stepSettingsSchemas,
  type AggregateStep,
  type AggregationMethod,
  type DenominateStep,
  type ImputeStep,
  type NormaliseSpec,
  type NormaliseStep,
  type ScreenStep,
  type StepName,
  type StepOf,
  type TreatSettings,
  type TreatStep,
} from '../../domain/index-framework.ts';
import type { DataSet, ImputationRecord, ScreeningRecord, TreatmentRecord } from './types.ts';

/** Unit-level columns that are not indicators: names, groups and denominators, indexed by unit code. */
export interface UnitTable {
  codes: string[];
  names: string[];
  position: Map<string, number>;
  groups: Record<string, (string | null)[]>;
  denominators: Record<string, Float64Array>;
}

export function column(ds: DataSet, code: string): Float64Array {
  const c = ds.columns.indexOf(code);
  if (c < 0) throw new IndexFrameworkError([{ code, problem: 'not a column of this data set' }]);
  const n = ds.units.length;
  return ds.values.subarray(c * n, (c + 1) * n);
}

function cloneDataSet(ds: DataSet): DataSet {
  return { units: ds.units.slice(), columns: ds.columns.slice(), values: ds.values.slice() };
}

// ---------------------------------------------------------------- denominate

export function denominate(ds: DataSet, s: Structure, units: UnitTable, step: DenominateStep): DataSet {
  const out = cloneDataSet(ds);
  const n = ds.units.length;
  for (let c = 0; c < ds.columns.length; c++) {
    const code = ds.columns[c];
    const i = s.index.get(code)!;
    const denomCol =
      step.denominators && code in step.denominators ? step.denominators[code] : s.denominator[i];
    if (!denomCol) continue;
    const denom = units.denominators[denomCol];
    if (!denom)
      throw new IndexFrameworkError([
        { code, problem: `denominator column '${denomCol}' is not in the data` },
      ]);
    for (let u = 0; u < n; u++) {
      const v = out.values[c * n + u] / denom[units.position.get(ds.units[u])!];
      // a zero or missing denominator leaves the value missing rather than infinite
      out.values[c * n + u] = Number.isFinite(v) ? v : NaN;
    }
  }
  return out;
}

// ---------------------------------------------------------------- impute

export function impute(
  ds: DataSet,
  units: UnitTable,
  step: ImputeStep,
): { data: DataSet; records: ImputationRecord[] } {
  const out = cloneDataSet(ds);
  const n = ds.units.length;
  const grouped = step.method === 'groupMean' || step.method === 'groupMedian';
  let groupOf: (string | null)[] = [];
  if (grouped) {
    if (!step.group)
      throw new IndexFrameworkError([
        { code: 'impute', problem: `method '${step.method}' needs a group column` },
      ]);
    const g = units.groups[step.group];
    if (!g) throw new IndexFrameworkError([{ code: step.group, problem: 'group column is not in the data' }]);
    groupOf = ds.units.map((u) => g[units.position.get(u)!]);
  }
  const stat = step.method === 'mean' || step.method === 'groupMean' ? mean : median;
  const records: ImputationRecord[] = [];
  for (let c = 0; c < ds.columns.length; c++) {
    const x = out.values.subarray(c * n, (c + 1) * n);
    const original = ds.values.subarray(c * n, (c + 1) * n);
    const rec: ImputationRecord = { indicator: ds.columns[c], imputedUnits: [], stillMissing: [] };
    if (grouped) {
      const fill = new Map<string, number>();
      for (const g of new Set(groupOf)) {
        if (g === null) continue;
        fill.set(g, stat(original.filter((_, u) => groupOf[u] === g)));
      }
      for (let u = 0; u < n; u++) {
        if (x[u] === x[u]) continue;
        // units whose group is missing keep their gaps, as COINr's i_mean_grp
        const g = groupOf[u];
        const v = g === null ? NaN : fill.get(g)!;
        x[u] = v;
        (v === v ? rec.imputedUnits : rec.stillMissing).push(ds.units[u]);
      }
    } else {
      const v = stat(original);
      for (let u = 0; u < n; u++) {
        if (x[u] === x[u]) continue;
        x[u] = v;
        (v === v ? rec.imputedUnits : rec.stillMissing).push(ds.units[u]);
      }
    }
    records.push(rec);
  }
  return { data: out, records };
}

// ---------------------------------------------------------------- screen

export function screen(ds: DataSet, step: ScreenStep): { data: DataSet; records: ScreeningRecord[] } {
  const threshold = step.threshold ?? 2 / 3;
  const nonZeroThreshold = step.nonZeroThreshold ?? 0.05;
  const by = step.by ?? 'missing';
  if (!(threshold >= 0 && threshold <= 1))
    throw new IndexFrameworkError([
      { code: 'screen', problem: `threshold ${threshold} is not between 0 and 1` },
    ]);
  const n = ds.units.length;
  const m = ds.columns.length;
  const records: ScreeningRecord[] = [];
  for (let u = 0; u < n; u++) {
    let missing = 0;
    let zeros = 0;
    for (let c = 0; c < m; c++) {
      const v = ds.values[c * n + u];
      if (v !== v) missing++;
      else if (v === 0) zeros++;
    }
    const dataAvailability = 1 - missing / m;
    const nonZero = 1 - zeros / (m - missing);
    const low = dataAvailability < threshold;
    const lowNonZero = nonZero < nonZeroThreshold;
    let included = by === 'missing' ? !low : by === 'zeros' ? !lowNonZero : !(low || lowNonZero);
    const forced = step.force?.[ds.units[u]];
    if (forced !== undefined) included = forced;
    records.push({ unit: ds.units[u], missing, zeros, dataAvailability, nonZero, included });
  }
  for (const code of Object.keys(step.force ?? {})) {
    if (!ds.units.includes(code))
      throw new IndexFrameworkError([{ code, problem: 'forced unit is not in the data' }]);
  }
  const keep = records.map((r, u) => (r.included ? u : -1)).filter((u) => u >= 0);
  const values = new Float64Array(keep.length * m);
  for (let c = 0; c < m; c++)
    for (let k = 0; k < keep.length; k++) values[c * keep.length + k] = ds.values[c * n + keep[k]];
  return { data: { units: keep.map((u) => ds.units[u]), columns: ds.columns.slice(), values }, records };
}

// ---------------------------------------------------------------- treat

function passes(x: ArrayLike<number>, skewThreshold: number, kurtThreshold: number): boolean {
  return Math.abs(skewness(x)) < skewThreshold || kurtosis(x) < kurtThreshold;
}

/**
 * Treats one indicator as COINr's Treat.numeric with winsorise + log_CT: winsorise one step at a time (all
 * values equal to the extreme take the next value in), counting points as COINr does (the points at the
 * current extreme after the step, ties included), until the check passes or the count reaches winmax; if it
 * still fails, the ORIGINAL values are log-transformed as log(x - min + 0.01 (max - min)).
 */
export function treatColumn(
  original: Float64Array,
  settings: TreatSettings,
): {
  values: Float64Array;
  action: TreatmentRecord['action'];
  winsorisedPoints: number;
  high: number[];
  low: number[];
  skewBefore: number;
  kurtBefore: number;
  skewAfter: number;
  kurtAfter: number;
  passedAfter: boolean;
} {
  const winmax = settings.winmax ?? 5;
  const st = settings.skewThreshold ?? 2;
  const kt = settings.kurtThreshold ?? 3.5;
  let nPresent = 0;
  for (let i = 0; i < original.length; i++) if (original[i] === original[i]) nPresent++;
  const skewBefore = skewness(original);
  const kurtBefore = kurtosis(original);
  if (nPresent < 4) {
    return {
      values: original.slice(),
      action: 'skipped',
      winsorisedPoints: 0,
      high: [],
      low: [],
      skewBefore,
      kurtBefore,
      skewAfter: skewBefore,
      kurtAfter: kurtBefore,
      passedAfter: false,
    };
  }
  if (passes(original, st, kt)) {
    return {
      values: original.slice(),
      action: 'none',
      winsorisedPoints: 0,
      high: [],
      low: [],
      skewBefore,
      kurtBefore,
      skewAfter: skewBefore,
      kurtAfter: kurtBefore,
      passedAfter: true,
    };
  }
  const x = original.slice();
  let high: number[] = [];
  let low: number[] = [];
  let nwin = 0;
  let pass = false;
  while (!pass && nwin < winmax) {
    if (skewness(x) >= 0) {
      const m = maxOf(x);
      high = [];
      for (let i = 0; i < x.length; i++) if (x[i] === m) high.push(i);
      let next = -Infinity;
      for (let i = 0; i < x.length; i++) if (x[i] !== m && x[i] > next) next = x[i];
      for (const i of high) x[i] = next;
    } else {
      const m = minOf(x);
      low = [];
      for (let i = 0; i < x.length; i++) if (x[i] === m) low.push(i);
      let next = Infinity;
      for (let i = 0; i < x.length; i++) if (x[i] !== m && x[i] < next) next = x[i];
      for (const i of low) x[i] = next;
    }
    nwin = high.length + low.length;
    pass = passes(x, st, kt);
  }
  if (pass || settings.transform === 'none') {
    return {
      values: x,
      action: 'winsorised',
      winsorisedPoints: nwin,
      high,
      low,
      skewBefore,
      kurtBefore,
      skewAfter: skewness(x),
      kurtAfter: kurtosis(x),
      passedAfter: pass,
    };
  }
  const mn = minOf(original);
  const mx = maxOf(original);
  const y = new Float64Array(original.length);
  for (let i = 0; i < y.length; i++) y[i] = Math.log(original[i] - mn + 0.01 * (mx - mn));
  return {
    values: y,
    action: 'log',
    winsorisedPoints: nwin,
    high: [],
    low: [],
    skewBefore,
    kurtBefore,
    skewAfter: skewness(y),
    kurtAfter: kurtosis(y),
    passedAfter: passes(y, st, kt),
  };
}

export function treat(ds: DataSet, step: TreatStep): { data: DataSet; records: TreatmentRecord[] } {
  const out = cloneDataSet(ds);
  const n = ds.units.length;
  const records: TreatmentRecord[] = [];
  for (let c = 0; c < ds.columns.length; c++) {
    const code = ds.columns[c];
    const own = step.indicators?.[code];
    const x = ds.values.subarray(c * n, (c + 1) * n);
    if (own === 'none') {
      const sk = skewness(x);
      const ku = kurtosis(x);
      records.push({
        indicator: code,
        action: 'skipped',
        skewBefore: sk,
        kurtBefore: ku,
        skewAfter: sk,
        kurtAfter: ku,
        passedAfter: false,
        winsorisedPoints: 0,
        treatedUnits: [],
      });
      continue;
    }
    const r = treatColumn(x, { ...step, ...(own ?? {}) });
    out.values.set(r.values, c * n);
    const treatedUnits: TreatmentRecord['treatedUnits'] =
      r.action === 'log'
        ? ds.units.filter((_, u) => x[u] === x[u]).map((unit) => ({ unit, how: 'log' as const }))
        : [
            ...r.high.map((u) => ({ unit: ds.units[u], how: 'winhi' as const })),
            ...r.low.map((u) => ({ unit: ds.units[u], how: 'winlo' as const })),
          ];
    records.push({
      indicator: code,
      action: r.action,
      skewBefore: r.skewBefore,
      kurtBefore: r.kurtBefore,
      skewAfter: r.skewAfter,
      kurtAfter: r.kurtAfter,
      passedAfter: r.passedAfter,
      winsorisedPoints: r.winsorisedPoints,
      treatedUnits,
    });
  }
  return { data: out, records };
}

// ---------------------------------------------------------------- normalise

/** Normalises one vector whose direction has already been applied (x * direction), as COINr's n_* functions. */
export function normaliseVector(x: Float64Array, spec: NormaliseSpec, target = NaN): Float64Array {
  const n = x.length;
  const y = new Float64Array(n);
  switch (spec.method) {
    case 'minMax': {
      const l = spec.min ?? 0;
      const u = spec.max ?? 100;
      const mn = minOf(x);
      const mx = maxOf(x);
      for (let i = 0; i < n; i++) y[i] = ((x[i] - mn) / (mx - mn)) * (u - l) + l;
      return y;
    }
    case 'zScore': {
      const m = mean(x);
      const s = sd(x);
      const tm = spec.mean ?? 0;
      const ts = spec.sd ?? 1;
      for (let i = 0; i < n; i++) y[i] = ((x[i] - m) / s) * ts + tm;
      return y;
    }
    case 'rank':
      return rankMin(x);
    case 'borda': {
      const r = rankMin(x);
      for (let i = 0; i < n; i++) y[i] = r[i] - 1;
      return y;
    }
    case 'percentileRank': {
      const r = rankMin(x);
      let k = 0;
      for (let i = 0; i < n; i++) if (x[i] === x[i]) k++;
      for (let i = 0; i < n; i++) y[i] = (r[i] - 1) / (k - 1);
      return y;
    }
    case 'distanceToTarget': {
      const mn = minOf(x);
      for (let i = 0; i < n; i++) {
        let v = 1 - (target - x[i]) / (target - mn);
        if (spec.capAtTarget && v > 1) v = 1;
        y[i] = v;
      }
      return y;
    }
    case 'distanceToMax': {
      const mn = minOf(x);
      const mx = maxOf(x);
      for (let i = 0; i < n; i++) y[i] = 1 - (mx - x[i]) / (mx - mn);
      return y;
    }
    case 'fractionOfMax': {
      const mx = maxOf(x);
      for (let i = 0; i < n; i++) y[i] = x[i] / mx;
      return y;
    }
    case 'none':
      return x.slice();
    default:
      throw new IndexFrameworkError([
        { code: 'normalise', problem: `unknown method '${(spec as { method: string }).method}'` },
      ]);
  }
}

export const DEFAULT_NORMALISATION: NormaliseSpec = { method: 'minMax', min: 0, max: 100 };

export function normalise(ds: DataSet, s: Structure, step: NormaliseStep): DataSet {
  const out = cloneDataSet(ds);
  const n = ds.units.length;
  const x = new Float64Array(n);
  for (let c = 0; c < ds.columns.length; c++) {
    const code = ds.columns[c];
    const i = s.index.get(code)!;
    const spec = step.indicators?.[code] ?? step.spec ?? DEFAULT_NORMALISATION;
    const dir = step.directions?.[code] ?? s.direction[i];
    if (dir !== 1 && dir !== -1)
      throw new IndexFrameworkError([{ code, problem: `direction '${dir}' is not 1 or -1` }]);
    for (let u = 0; u < n; u++) x[u] = ds.values[c * n + u] * dir;
    let target = NaN;
    if (spec.method === 'distanceToTarget') {
      const t = spec.targets?.[code] ?? s.target[i];
      if (!Number.isFinite(t))
        throw new IndexFrameworkError([
          { code, problem: 'distance-to-target normalisation needs a target for this indicator' },
        ]);
      target = t * dir; // the target flips with the indicator
    }
    out.values.set(normaliseVector(x, spec, target), c * n);
  }
  return out;
}

// ---------------------------------------------------------------- weights and aggregate

/** Resolves the weights setting of an aggregate step to one weight per node. */
export function resolveWeights(s: Structure, weights: AggregateStep['weights']): Float64Array {
  if (weights === undefined || weights === 'framework') return s.weight.slice();
  if (weights === 'equal') return new Float64Array(s.codes.length).fill(1);
  const w = s.weight.slice();
  const issues: { code: string; problem: string }[] = [];
  for (const [code, v] of Object.entries(weights)) {
    const i = s.index.get(code);
    if (i === undefined)
      issues.push({ code, problem: 'weight given for a code that is not in the framework' });
    else if (typeof v !== 'number' || !Number.isFinite(v))
      issues.push({ code, problem: `weight '${String(v)}' is not a number` });
    else if (v < 0) issues.push({ code, problem: `weight ${v} is negative` });
    else w[i] = v;
  }
  if (issues.length) throw new IndexFrameworkError(issues);
  return w;
}

export const AGGREGATION_CODE: Record<AggregationMethod, number> = {
  arithmetic: 0,
  geometric: 1,
  harmonic: 2,
};

/** One aggregation method code per level (index = level), from level 2 to the top. */
export function methodsByLevel(s: Structure, method: AggregateStep['method']): Int8Array {
  const out = new Int8Array(s.maxLevel + 1);
  const list = method === undefined ? ['arithmetic' as const] : Array.isArray(method) ? method : [method];
  if (list.length !== 1 && list.length !== s.maxLevel - 1) {
    throw new IndexFrameworkError([
      {
        code: 'aggregate',
        problem: `method must be one value or one per aggregation level (${s.maxLevel - 1})`,
      },
    ]);
  }
  for (let lev = 2; lev <= s.maxLevel; lev++) {
    const m = list.length === 1 ? list[0] : list[lev - 2];
    if (!(m in AGGREGATION_CODE))
      throw new IndexFrameworkError([{ code: 'aggregate', problem: `unknown aggregation method '${m}'` }]);
    out[lev] = AGGREGATION_CODE[m];
  }
  return out;
}

export function thresholdsByLevel(s: Structure, t: AggregateStep['minDataAvailability']): Float64Array {
  const out = new Float64Array(s.maxLevel + 1).fill(-1);
  if (t === undefined) return out;
  const list = Array.isArray(t) ? t : [t];
  if (list.length !== 1 && list.length !== s.maxLevel - 1) {
    throw new IndexFrameworkError([
      {
        code: 'aggregate',
        problem: `minDataAvailability must be one value or one per aggregation level (${s.maxLevel - 1})`,
      },
    ]);
  }
  for (let lev = 2; lev <= s.maxLevel; lev++) {
    const v = list.length === 1 ? list[0] : list[lev - 2];
    if (!(v >= 0 && v <= 1))
      throw new IndexFrameworkError([
        { code: 'aggregate', problem: `minDataAvailability ${v} is not between 0 and 1` },
      ]);
    out[lev] = v;
  }
  return out;
}

/**
 * Aggregates in place: `out` holds all nodes for `nUnits` units (node-major), indicator rows filled in.
 * Weights are renormalised over the children with data; an aggregate is missing when the share of children
 * with data is below the level's threshold. Returns the code of a node where a geometric or harmonic mean met
 * a value it cannot take (≤ 0, or 0), or -1 when all went well.
 */
export type AggregationShape = Pick<Structure, 'level' | 'childStart' | 'childIndex' | 'aggregates'>;

export function aggregateInto(
  out: Float64Array,
  nUnits: number,
  s: AggregationShape,
  weights: Float64Array,
  methods: Int8Array,
  thresholds: Float64Array,
): number {
  const aggs = s.aggregates;
  for (let a = 0; a < aggs.length; a++) {
    const node = aggs[a];
    const lev = s.level[node];
    const method = methods[lev];
    const thr = thresholds[lev];
    const c0 = s.childStart[node];
    const c1 = s.childStart[node + 1];
    const nChildren = c1 - c0;
    const base = node * nUnits;
    for (let u = 0; u < nUnits; u++) {
      let sw = 0;
      let acc = 0;
      let have = 0;
      for (let k = c0; k < c1; k++) {
        const child = s.childIndex[k];
        const v = out[child * nUnits + u];
        if (v !== v) continue;
        const w = weights[child];
        have++;
        sw += w;
        if (method === 0) acc += w * v;
        else if (method === 1) {
          if (v <= 0) return node;
          acc += w * Math.log(v);
        } else {
          if (v === 0) return node;
          acc += w / v;
        }
      }
      if (have === 0 || have / nChildren < thr) {
        out[base + u] = NaN;
        continue;
      }
      out[base + u] = method === 0 ? acc / sw : method === 1 ? Math.exp(acc / sw) : sw / acc;
    }
  }
  return -1;
}

export function aggregate(ds: DataSet, s: Structure, step: AggregateStep): DataSet {
  const n = ds.units.length;
  const N = s.codes.length;
  const out = new Float64Array(N * n);
  for (let i = 0; i < s.nIndicators; i++) {
    const c = ds.columns.indexOf(s.codes[i]);
    if (c < 0)
      throw new IndexFrameworkError([
        { code: s.codes[i], problem: 'indicator missing from the data set to aggregate' },
      ]);
    out.set(ds.values.subarray(c * n, (c + 1) * n), i * n);
  }
  const failed = aggregateInto(
    out,
    n,
    s,
    resolveWeights(s, step.weights),
    methodsByLevel(s, step.method),
    thresholdsByLevel(s, step.minDataAvailability),
  );
  if (failed >= 0) {
    const m = methodsByLevel(s, step.method)[s.level[failed]];
    throw new IndexFrameworkError([
      {
        code: s.codes[failed],
        problem:
          m === 1
            ? 'geometric mean met a zero or negative value; normalise to a positive range (e.g. min-max 1-100) first'
            : 'harmonic mean met a zero value; normalise to a positive range first',
      },
    ]);
  }
  return { units: ds.units.slice(), columns: s.codes.slice(), values: out };
}

// ---------------------------------------------------------------- the step table

/** What a step leaves: the next data set, and for some steps a record of what it did. */
export interface StepOutput {
  data: DataSet;
  imputation?: ImputationRecord[];
  screening?: ScreeningRecord[];
  treatment?: TreatmentRecord[];
}

export interface StepContext {
  structure: Structure;
  units: UnitTable;
}

export interface StepDefinition<K extends StepName> {
  /** The step's settings. */
  schema: (typeof stepSettingsSchemas)[K];
  /** Place in COINr's usual order, where a step added later goes. */
  order: number;
  /** Name of the data set the step writes. */
  dataset: string;
  run: (data: DataSet, step: StepOf<K>, context: StepContext) => StepOutput;
}

export const STEPS: { [K in StepName]: StepDefinition<K> } = {
  denominate: {
    schema: stepSettingsSchemas.denominate,
    order: 0,
    dataset: 'Denominated',
    run: (data, step, { structure, units }) => ({ data: denominate(data, structure, units, step) }),
  },
  impute: {
    schema: stepSettingsSchemas.impute,
    order: 1,
    dataset: 'Imputed',
    run: (data, step, { units }) => {
      const r = impute(data, units, step);
      return { data: r.data, imputation: r.records };
    },
  },
  screen: {
    schema: stepSettingsSchemas.screen,
    order: 2,
    dataset: 'Screened',
    run: (data, step) => {
      const r = screen(data, step);
      return { data: r.data, screening: r.records };
    },
  },
  treat: {
    schema: stepSettingsSchemas.treat,
    order: 3,
    dataset: 'Treated',
    run: (data, step) => {
      const r = treat(data, step);
      return { data: r.data, treatment: r.records };
    },
  },
  normalise: {
    schema: stepSettingsSchemas.normalise,
    order: 4,
    dataset: 'Normalised',
    run: (data, step, { structure }) => ({ data: normalise(data, structure, step) }),
  },
  aggregate: {
    schema: stepSettingsSchemas.aggregate,
    order: 5,
    dataset: 'Aggregated',
    run: (data, step, { structure }) => ({ data: aggregate(data, structure, step) }),
  },
};

/** The step names in COINr's usual order. */
export const STEP_NAMES = (Object.keys(STEPS) as StepName[]).sort((a, b) => STEPS[a].order - STEPS[b].order);

export const DATASET_OF_STEP = Object.fromEntries(
  STEP_NAMES.map((name) => [name, STEPS[name].dataset]),
) as Record<StepName, string>;

export function isStepName(name: unknown): name is StepName {
  return typeof name === 'string' && Object.hasOwn(STEPS, name);
}

/** Runs one step; throws IndexFrameworkError for a step name the table does not hold (e.g. from stored JSON). */
export function runStep<K extends StepName>(
  data: DataSet,
  step: StepOf<K>,
  context: StepContext,
): StepOutput {
  if (!isStepName(step.step))
    throw new IndexFrameworkError([{ code: String(step.step), problem: 'unknown build step' }]);
  return STEPS[step.step].run(data, step, context);
}
