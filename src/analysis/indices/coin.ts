/**
 * The coin: one object holding a framework, its data and the log of build steps with their settings, so any
 * step can be changed and the whole rebuilt (COINr's coin and Regen).
 */
import { compileFramework, IndexFrameworkError, type FrameworkIssue, type Structure } from './framework.ts';
import type { BuildStep, Framework, StepName, UnitRow } from '../../domain/index-framework.ts';
import { DATASET_OF_STEP, runStep, STEPS, type UnitTable } from './steps.ts';
import type { DataSet, ImputationRecord, ScreeningRecord, TreatmentRecord } from './types.ts';

export interface Coin {
  framework: Framework;
  structure: Structure;
  units: UnitTable;
  /** The build steps in the order they run; `Raw` is the start and each step writes its own data set. */
  log: BuildStep[];
  /** `Raw`, then `Denominated`, `Imputed`, `Screened`, `Treated`, `Normalised`, `Aggregated` for the steps run. */
  datasets: Record<string, DataSet>;
  imputation?: ImputationRecord[];
  screening?: ScreeningRecord[];
  treatment?: TreatmentRecord[];
}

const MISSING_TEXT = new Set(['', 'NA', 'NaN', 'N/A', 'na', 'n/a', '..', '-']);

/** Reads one data cell: numbers pass, numeric text is read, empty or NA is missing, anything else is an error. */
function readCell(v: unknown): number | 'bad' {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v === 'string') {
    const t = v.trim();
    if (MISSING_TEXT.has(t)) return NaN;
    const x = Number(t);
    return Number.isFinite(x) ? x : 'bad';
  }
  return 'bad';
}

/**
 * Creates a coin holding the raw data (COINr's new_coin). Checks the framework and the data: every indicator
 * needs a column, indicator and denominator columns must be numeric (errors name the row and column), unit codes
 * must be present and unique.
 */
export function createCoin(framework: Framework, rows: UnitRow[], steps: BuildStep[] = []): Coin {
  const structure = compileFramework(framework);
  const issues: FrameworkIssue[] = [];
  if (!Array.isArray(rows) || rows.length === 0)
    throw new IndexFrameworkError([{ code: '(data)', problem: 'no units (rows) in the data' }]);
  const columnsSeen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) columnsSeen.add(k);
  const codes: string[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const c = r.uCode;
    if (typeof c !== 'string' || c.trim() === '')
      issues.push({ code: `row ${i + 1}`, problem: 'uCode is missing' });
    else if (seen.has(c)) issues.push({ code: `row ${i + 1}`, problem: `duplicate uCode '${c}'` });
    else seen.add(c);
    codes.push(String(c));
  });
  const indicatorCodes = structure.codes.slice(0, structure.nIndicators);
  for (const code of indicatorCodes) {
    if (!columnsSeen.has(code)) issues.push({ code, problem: 'indicator has no data column' });
  }
  const denomCols = new Set<string>([
    ...(framework.denominators ?? []),
    ...structure.denominator.filter((d): d is string => d !== null),
  ]);
  for (const d of denomCols)
    if (!columnsSeen.has(d)) issues.push({ code: d, problem: 'denominator column is not in the data' });
  for (const g of framework.groups ?? [])
    if (!columnsSeen.has(g)) issues.push({ code: g, problem: 'group column is not in the data' });
  if (issues.length) throw new IndexFrameworkError(issues);

  const n = rows.length;
  const values = new Float64Array(indicatorCodes.length * n);
  const readColumn = (code: string, into: Float64Array, offset: number): void => {
    for (let u = 0; u < n; u++) {
      const v = readCell(rows[u][code]);
      if (v === 'bad')
        issues.push({
          code: `row ${u + 1} (${codes[u]}), column ${code}`,
          problem: `'${String(rows[u][code])}' is not a number`,
        });
      else into[offset + u] = v;
    }
  };
  indicatorCodes.forEach((code, c) => readColumn(code, values, c * n));
  const denominators: Record<string, Float64Array> = {};
  for (const d of denomCols) {
    denominators[d] = new Float64Array(n);
    readColumn(d, denominators[d], 0);
  }
  if (issues.length) throw new IndexFrameworkError(issues);
  const groups: Record<string, (string | null)[]> = {};
  for (const g of framework.groups ?? []) {
    groups[g] = rows.map((r) => {
      const v = r[g];
      return v === null || v === undefined || MISSING_TEXT.has(String(v).trim()) ? null : String(v);
    });
  }
  const units: UnitTable = {
    codes,
    names: rows.map((r) => (r.uName === undefined || r.uName === null ? String(r.uCode) : String(r.uName))),
    position: new Map(codes.map((c, i) => [c, i])),
    groups,
    denominators,
  };
  const coin: Coin = {
    framework,
    structure,
    units,
    log: [],
    datasets: { Raw: { units: codes.slice(), columns: indicatorCodes, values } },
  };
  return steps.length ? rebuild(coin, steps) : coin;
}

/** Runs the steps from the raw data, returning a new coin (the input coin is not changed). */
export function rebuild(coin: Coin, steps: BuildStep[] = coin.log): Coin {
  const aggregateAt = steps.findIndex((s) => s.step === 'aggregate');
  if (aggregateAt >= 0 && aggregateAt !== steps.length - 1) {
    throw new IndexFrameworkError([
      { code: steps[aggregateAt + 1].step, problem: 'no step can follow aggregate' },
    ]);
  }
  const names = steps.map((s) => s.step);
  const dup = names.find((s, i) => names.indexOf(s) !== i);
  if (dup) throw new IndexFrameworkError([{ code: dup, problem: 'step appears more than once' }]);
  const out: Coin = {
    framework: coin.framework,
    structure: coin.structure,
    units: coin.units,
    log: steps.map((s) => structuredClone(s)),
    datasets: { Raw: coin.datasets.Raw },
  };
  let current = coin.datasets.Raw;
  const s = coin.structure;
  for (const step of steps) {
    const { data, ...records } = runStep(current, step, { structure: s, units: coin.units });
    current = data;
    Object.assign(out, records);
    out.datasets[DATASET_OF_STEP[step.step]] = current;
  }
  return out;
}

/**
 * Changes (or adds, or with `null` removes) one step's settings and rebuilds. A new step is placed in COINr's
 * usual order: denominate, impute, screen, treat, normalise, aggregate.
 */
export function editStep(coin: Coin, name: StepName, settings: BuildStep | null): Coin {
  const steps = coin.log.filter((s) => s.step !== name);
  if (settings) {
    if (settings.step !== name)
      throw new IndexFrameworkError([{ code: name, problem: `settings are for step '${settings.step}'` }]);
    const at = coin.log.findIndex((s) => s.step === name);
    if (at >= 0) steps.splice(at, 0, settings);
    else {
      const rank = STEPS[name].order;
      const pos = steps.findIndex((s) => STEPS[s.step].order > rank);
      steps.splice(pos < 0 ? steps.length : pos, 0, settings);
    }
  }
  return rebuild(coin, steps);
}

/** The latest data set of a coin (Aggregated when built). */
export function latestDataset(coin: Coin): DataSet {
  const last = coin.log[coin.log.length - 1];
  return last ? coin.datasets[DATASET_OF_STEP[last.step]] : coin.datasets.Raw;
}

/** One column of a data set as a map from unit code to value (NaN when missing). */
export function getColumn(coin: Coin, code: string, dataset?: string): Map<string, number> {
  const ds = dataset ? coin.datasets[dataset] : latestDataset(coin);
  if (!ds)
    throw new IndexFrameworkError([
      { code: dataset ?? '(latest)', problem: 'no such data set in this coin' },
    ]);
  const c = ds.columns.indexOf(code);
  if (c < 0) throw new IndexFrameworkError([{ code, problem: 'not a column of this data set' }]);
  const n = ds.units.length;
  return new Map(ds.units.map((u, i) => [u, ds.values[c * n + i]]));
}
