/**
 * Uncertainty analysis (Monte Carlo over chosen settings) and variance-based sensitivity analysis (Saltelli
 * sampling; first-order and total indices), as COINr's get_sensitivity. Replications run in worker threads or
 * in this thread with the same kernel and a plan drawn up front from a seed, so results do not depend on the
 * number of workers.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../domain/workers.ts';
import { latestDataset, rebuild, type Coin } from './coin.ts';
import { IndexFrameworkError } from './framework.ts';
import { seededRandom } from '../random.ts';
import { runReplicationSlice, type ReplicationModel, type ReplicationPlan } from './replication-kernel.ts';
import { AGGREGATION_CODE, methodsByLevel, resolveWeights, thresholdsByLevel } from './steps.ts';
import { quantileSorted, rankMin } from './stats.ts';
import type {
  AggregateStep,
  AggregationMethod,
  BuildStep,
  ImputeStep,
  NormaliseSpec,
} from '../../domain/index-framework.ts';

/** The settings to vary. Each present entry is one uncertain input (one dimension of the sample). */
export interface UncertainSettings {
  /** Imputation alternatives; `null` means no imputation. */
  imputation?: (Omit<ImputeStep, 'step'> | null)[];
  /** Winsorisation limits to choose from, e.g. [1, 2, 3, 4, 5]. */
  winmax?: number[];
  /** Normalisation alternatives, e.g. min-max 1-100 and z-score 10, 2 as in COINr's vignette. */
  normalisation?: NormaliseSpec[];
  /**
   * Weights: noise as COINr's get_noisy_weights (w + U(-1, 1) · factor · w at the given levels) over `sets`
   * pre-drawn noisy weight sets (default 1000), or explicit alternative weight sets (code -> weight).
   */
  weights?:
    | { noise: { level: number; factor: number }[]; sets?: number }
    | { alternatives: Record<string, number>[] };
  /** Aggregation alternatives, e.g. ['arithmetic', 'geometric']. */
  aggregation?: AggregationMethod[];
}

export interface RunOptions {
  /** Node whose ranks are studied; default the index. */
  target?: string;
  seed?: number;
  /** Worker threads; 0 runs in this thread; default: in-thread for small runs, else up to 4 workers. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Stops handing out replications; the run then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface RankStatistics {
  units: string[];
  nominalScore: number[];
  nominalRank: number[];
  meanRank: number[];
  medianRank: number[];
  q05Rank: number[];
  q95Rank: number[];
}

export interface UncertaintyResult extends RankStatistics {
  replications: number;
  failedReplications: number;
  inputs: string[];
  /** Replication-major (nUnits per replication) target scores and ranks. */
  scores: Float64Array;
  ranks: Float64Array;
  workersUsed: number;
}

export interface SensitivityIndex {
  input: string;
  /** First-order index, COINr's estimator: mean(yB (yABi - yA)) / V (Saltelli 2010). */
  firstOrder: number;
  /** First-order index, Jansen's estimator: (V - mean((yB - yABi)²) / 2) / V. */
  firstOrderJansen: number;
  /** Total index, Jansen's estimator: mean((yA - yABi)²) / (2V). */
  total: number;
}

export interface SensitivityResult {
  /** N: rows of each of the A and B matrices; N (d + 2) replications were run. */
  baseSamples: number;
  replications: number;
  failedReplications: number;
  /** Output studied: mean absolute rank change against the nominal ranks, per replication (as COINr). */
  output: Float64Array;
  variance: number;
  indices: SensitivityIndex[];
  /** Rank statistics over the A and B replications. */
  ranks: RankStatistics;
  workersUsed: number;
}

const INPUT_ORDER = ['imputation', 'winmax', 'normalisation', 'weights', 'aggregation'] as const;
type InputName = (typeof INPUT_ORDER)[number];

interface Prepared {
  model: ReplicationModel;
  inputs: InputName[];
  sizes: number[];
  /** Maps a choice per input to a plan entry. */
  toPlan: (choice: Int32Array, plan: ReplicationPlan, r: number) => void;
  ensureCombos: (plan: ReplicationPlan) => void;
  nominalScores: Float64Array;
  nominalRanks: Float64Array;
  units: string[];
}

function stepOf<T extends BuildStep['step']>(
  steps: BuildStep[],
  name: T,
): Extract<BuildStep, { step: T }> | undefined {
  return steps.find((s) => s.step === name) as Extract<BuildStep, { step: T }> | undefined;
}

function prepare(
  coin: Coin,
  settings: UncertainSettings,
  targetCode: string | undefined,
  seed: number,
): Prepared {
  const s = coin.structure;
  const agg = stepOf(coin.log, 'aggregate');
  if (!agg)
    throw new IndexFrameworkError([{ code: 'uncertainty', problem: 'the coin has no aggregate step' }]);
  if (!stepOf(coin.log, 'normalise') && settings.normalisation)
    throw new IndexFrameworkError([
      { code: 'uncertainty', problem: 'normalisation alternatives need a normalise step in the coin' },
    ]);
  if (settings.winmax && !stepOf(coin.log, 'treat'))
    throw new IndexFrameworkError([
      { code: 'uncertainty', problem: 'winmax alternatives need a treat step in the coin' },
    ]);
  const inputs = INPUT_ORDER.filter((k) => settings[k] !== undefined);
  if (inputs.length === 0)
    throw new IndexFrameworkError([{ code: 'uncertainty', problem: 'no uncertain settings given' }]);
  const target = targetCode === undefined ? s.top : s.index.get(targetCode);
  if (target === undefined || s.level[target] < 2)
    throw new IndexFrameworkError([
      { code: String(targetCode), problem: 'target must be an aggregate of the framework' },
    ]);

  const units = coin.units.codes;
  const nUnits = units.length;
  const nNodes = s.codes.length;
  const rnd = seededRandom(seed ^ 0x5bd1e995);

  // weight sets
  const nominalW = resolveWeights(s, agg.weights);
  let weightRows: Float64Array[] = [nominalW];
  if (settings.weights) {
    if ('alternatives' in settings.weights) {
      weightRows = settings.weights.alternatives.map((w) =>
        resolveWeights(s, { ...Object.fromEntries(s.codes.map((c, i) => [c, nominalW[i]])), ...w }),
      );
    } else {
      const nSets = settings.weights.sets ?? 1000;
      weightRows = [];
      for (let k = 0; k < nSets; k++) {
        const w = nominalW.slice();
        for (const { level, factor } of settings.weights.noise) {
          for (let i = 0; i < nNodes; i++)
            if (s.level[i] === level) w[i] = w[i] + (rnd() * 2 - 1) * factor * w[i];
        }
        weightRows.push(w);
      }
    }
  }
  const weightSets = new Float64Array(weightRows.length * nNodes);
  weightRows.forEach((w, k) => weightSets.set(w, k * nNodes));

  // aggregation method sets
  const methodAlts: AggregateStep['method'][] = settings.aggregation ?? [agg.method];
  const methodSets = new Int8Array(methodAlts.length * (s.maxLevel + 1));
  methodAlts.forEach((m, k) => {
    if (typeof m === 'string' && !(m in AGGREGATION_CODE))
      throw new IndexFrameworkError([{ code: 'aggregation', problem: `unknown method '${m}'` }]);
    methodSets.set(methodsByLevel(s, m), k * (s.maxLevel + 1));
  });

  // discrete pre-aggregation combinations, built lazily through the ordinary pipeline
  const impAlts = settings.imputation ?? [undefined];
  const winAlts = settings.winmax ?? [undefined];
  const normAlts = settings.normalisation ?? [undefined];
  const comboCount = impAlts.length * winAlts.length * normAlts.length;
  const combos: Float64Array[] = new Array(comboCount);
  const baseSteps = coin.log.filter((st) => st.step !== 'aggregate');
  const buildCombo = (ci: number): Float64Array => {
    const ni = ci % normAlts.length;
    const wi = Math.floor(ci / normAlts.length) % winAlts.length;
    const ii = Math.floor(ci / (normAlts.length * winAlts.length));
    let steps: BuildStep[] = baseSteps.map((st) => structuredClone(st));
    if (settings.imputation) {
      const alt = impAlts[ii];
      steps = steps.filter((st) => st.step !== 'impute');
      if (alt) {
        const at = steps.findIndex((st) => st.step !== 'denominate');
        steps.splice(at < 0 ? steps.length : at, 0, { step: 'impute', ...alt } as ImputeStep);
      }
    }
    if (settings.winmax) stepOf(steps, 'treat')!.winmax = winAlts[wi];
    if (settings.normalisation) stepOf(steps, 'normalise')!.spec = normAlts[ni];
    const built = rebuild(coin, steps);
    const ds = latestDataset(built);
    const out = new Float64Array(s.nIndicators * nUnits).fill(NaN);
    const n = ds.units.length;
    const pos = ds.units.map((u) => coin.units.position.get(u)!);
    for (let i = 0; i < s.nIndicators; i++) {
      const c = ds.columns.indexOf(s.codes[i]);
      for (let k = 0; k < n; k++) out[i * nUnits + pos[k]] = ds.values[c * n + k];
    }
    return out;
  };
  const model: ReplicationModel = {
    nUnits,
    nNodes,
    nIndicators: s.nIndicators,
    level: s.level,
    childStart: s.childStart,
    childIndex: s.childIndex,
    aggregates: s.aggregates,
    maxLevel: s.maxLevel,
    target,
    thresholds: thresholdsByLevel(s, agg.minDataAvailability),
    combos,
    weightSets,
    methodSets,
  };
  const sizeOf: Record<InputName, number> = {
    imputation: impAlts.length,
    winmax: winAlts.length,
    normalisation: normAlts.length,
    weights: weightRows.length,
    aggregation: methodAlts.length,
  };
  const sizes = inputs.map((k) => sizeOf[k]);
  const slot = (name: InputName): number => inputs.indexOf(name);
  const toPlan = (choice: Int32Array, plan: ReplicationPlan, r: number): void => {
    const pick = (name: InputName): number => (slot(name) < 0 ? 0 : choice[slot(name)]);
    plan.combo[r] =
      (pick('imputation') * winAlts.length + pick('winmax')) * normAlts.length + pick('normalisation');
    plan.weightSet[r] = pick('weights');
    plan.methodSet[r] = pick('aggregation');
  };
  const ensureCombos = (plan: ReplicationPlan): void => {
    for (const ci of new Set(plan.combo)) if (!combos[ci]) combos[ci] = buildCombo(ci);
    // unused combinations are sent as empty arrays
    for (let ci = 0; ci < comboCount; ci++) if (!combos[ci]) combos[ci] = new Float64Array(0);
  };
  const agd = coin.datasets.Aggregated;
  const nominalScores = new Float64Array(nUnits).fill(NaN);
  if (agd) {
    const c = agd.columns.indexOf(s.codes[target]);
    agd.units.forEach(
      (u, k) => (nominalScores[coin.units.position.get(u)!] = agd.values[c * agd.units.length + k]),
    );
  }
  return {
    model,
    inputs,
    sizes,
    toPlan,
    ensureCombos,
    nominalScores,
    nominalRanks: rankMin(nominalScores, true),
    units,
  };
}

function makePlan(n: number): ReplicationPlan {
  return { combo: new Int32Array(n), weightSet: new Int32Array(n), methodSet: new Int32Array(n) };
}

/** Discrete choice from a uniform number, as COINr's sample_2_para (equal-width bins). */
function choose(u: number, size: number): number {
  return Math.min(size - 1, Math.floor(u * size));
}

// ---------------------------------------------------------------- running replications

function spawnWorker(workerData: unknown): Worker {
  return startWorker(new URL('./replication-worker.ts', import.meta.url), workerData);
}

/**
 * Runs all replications of a plan, in `workers` threads (0 = this thread). Work is cut into chunks handed out
 * as workers free up; a worker that fails hands its chunk back and the rest runs in this thread.
 */
async function runPlan(
  model: ReplicationModel,
  plan: ReplicationPlan,
  total: number,
  workers: number,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ scores: Float64Array; ranks: Float64Array; workersUsed: number }> {
  const nU = model.nUnits;
  const scores = new Float64Array(total * nU);
  const ranks = new Float64Array(total * nU);
  const chunk = Math.max(50, Math.ceil(total / Math.max(1, workers * 8)));
  const queue: { start: number; end: number }[] = [];
  for (let s = 0; s < total; s += chunk) queue.push({ start: s, end: Math.min(total, s + chunk) });
  let done = 0;
  // An aborted run hands out no more chunks; the workers finish the one they hold and stop.
  signal?.addEventListener('abort', () => (queue.length = 0), { once: true });
  const inThread = (): void => {
    while (queue.length) {
      const t = queue.shift()!;
      runReplicationSlice(
        model,
        plan,
        t.start,
        t.end,
        scores.subarray(t.start * nU, t.end * nU),
        ranks.subarray(t.start * nU, t.end * nU),
      );
      done += t.end - t.start;
      onProgress?.(done, total);
    }
  };
  if (workers <= 0 || total <= chunk) {
    inThread();
    return { scores, ranks, workersUsed: 0 };
  }
  let workersUsed = 0;
  await new Promise<void>((resolveAll) => {
    let alive = 0;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      if (queue.length === 0 && done === total) {
        finished = true;
        resolveAll();
      } else if (alive === 0) {
        inThread();
        finished = true;
        resolveAll();
      }
    };
    for (let w = 0; w < workers; w++) {
      let worker: Worker;
      try {
        worker = spawnWorker({ model, plan });
      } catch {
        continue;
      }
      alive++;
      let current: { start: number; end: number } | null = null;
      let counted = false;
      const next = (): void => {
        current = queue.shift() ?? null;
        if (current) worker.postMessage(current);
        else {
          void worker.terminate();
        }
      };
      worker.on(
        'message',
        (msg: { ready?: boolean; start: number; end: number; scores: Float64Array; ranks: Float64Array }) => {
          if (msg.ready) {
            if (!counted) {
              counted = true;
              workersUsed++;
            }
            next();
            return;
          }
          scores.set(msg.scores, msg.start * nU);
          ranks.set(msg.ranks, msg.start * nU);
          done += msg.end - msg.start;
          onProgress?.(done, total);
          next();
          finish();
        },
      );
      const lost = (): void => {
        if (current) queue.unshift(current);
        current = null;
      };
      worker.on('error', () => {
        lost();
      });
      worker.on('exit', () => {
        lost();
        alive--;
        finish();
      });
    }
    if (alive === 0) finish();
  });
  signal?.throwIfAborted();
  return { scores, ranks, workersUsed };
}

function defaultWorkers(total: number, model: ReplicationModel): number {
  // below ~2·10⁸ node-unit updates the thread start-up costs more than it saves
  const work = total * model.nNodes * model.nUnits;
  return work < 2e8 ? 0 : Math.min(4, Math.max(1, availableParallelism()));
}

function rankStatistics(p: Prepared, ranks: Float64Array, reps: number): RankStatistics {
  const nU = p.units.length;
  const stats: RankStatistics = {
    units: p.units,
    nominalScore: Array.from(p.nominalScores),
    nominalRank: Array.from(p.nominalRanks),
    meanRank: [],
    medianRank: [],
    q05Rank: [],
    q95Rank: [],
  };
  const buf = new Float64Array(reps);
  for (let u = 0; u < nU; u++) {
    let k = 0;
    let sum = 0;
    for (let r = 0; r < reps; r++) {
      const v = ranks[r * nU + u];
      if (v === v) {
        buf[k++] = v;
        sum += v;
      }
    }
    const sorted = buf.subarray(0, k).sort();
    stats.meanRank.push(k ? sum / k : NaN);
    stats.medianRank.push(quantileSorted(sorted, 0.5));
    stats.q05Rank.push(quantileSorted(sorted, 0.05));
    stats.q95Rank.push(quantileSorted(sorted, 0.95));
  }
  return stats;
}

function countFailed(scores: Float64Array, reps: number, nU: number): number {
  let failed = 0;
  for (let r = 0; r < reps; r++) {
    let any = false;
    for (let u = 0; u < nU && !any; u++) if (scores[r * nU + u] === scores[r * nU + u]) any = true;
    if (!any) failed++;
  }
  return failed;
}

/**
 * Uncertainty analysis: `replications` Monte Carlo runs over the chosen settings, each unit's nominal rank and
 * the median, mean and 5-95% interval of its ranks (COINr's get_sensitivity with SA_type = "UA").
 */
export async function runUncertainty(
  coin: Coin,
  settings: UncertainSettings,
  replications: number,
  options: RunOptions = {},
): Promise<UncertaintyResult> {
  if (!(Number.isInteger(replications) && replications > 0))
    throw new IndexFrameworkError([
      { code: 'replications', problem: `${replications} is not a positive integer` },
    ]);
  const seed = options.seed ?? 1;
  const p = prepare(coin, settings, options.target, seed);
  const rnd = seededRandom(seed);
  const d = p.inputs.length;
  const plan = makePlan(replications);
  const choice = new Int32Array(d);
  for (let r = 0; r < replications; r++) {
    for (let j = 0; j < d; j++) choice[j] = choose(rnd(), p.sizes[j]);
    p.toPlan(choice, plan, r);
  }
  p.ensureCombos(plan);
  const workers = options.workers ?? defaultWorkers(replications, p.model);
  const run = await runPlan(p.model, plan, replications, workers, options.onProgress, options.signal);
  return {
    ...rankStatistics(p, run.ranks, replications),
    replications,
    failedReplications: countFailed(run.scores, replications, p.units.length),
    inputs: p.inputs,
    scores: run.scores,
    ranks: run.ranks,
    workersUsed: run.workersUsed,
  };
}

/**
 * Variance-based sensitivity analysis of the chosen settings: Saltelli's design (matrices A, B and A with
 * column i from B, N (d + 2) runs), output the mean absolute rank change against the nominal ranks (as COINr),
 * first-order indices by COINr's (Saltelli 2010) and Jansen's estimators, total indices by Jansen's.
 */
export async function runSensitivity(
  coin: Coin,
  settings: UncertainSettings,
  baseSamples: number,
  options: RunOptions = {},
): Promise<SensitivityResult> {
  if (!(Number.isInteger(baseSamples) && baseSamples > 2))
    throw new IndexFrameworkError([
      { code: 'baseSamples', problem: `${baseSamples} must be an integer above 2` },
    ]);
  const seed = options.seed ?? 1;
  const p = prepare(coin, settings, options.target, seed);
  const d = p.inputs.length;
  if (d < 2)
    throw new IndexFrameworkError([
      { code: 'sensitivity', problem: 'needs at least two uncertain settings; use runUncertainty for one' },
    ]);
  const N = baseSamples;
  const total = N * (d + 2);
  const rnd = seededRandom(seed);
  const A = new Float64Array(N * d);
  const B = new Float64Array(N * d);
  for (let i = 0; i < N * d; i++) A[i] = rnd();
  for (let i = 0; i < N * d; i++) B[i] = rnd();
  const plan = makePlan(total);
  const choice = new Int32Array(d);
  const put = (r: number, src: (j: number) => number): void => {
    for (let j = 0; j < d; j++) choice[j] = choose(src(j), p.sizes[j]);
    p.toPlan(choice, plan, r);
  };
  for (let k = 0; k < N; k++) {
    put(k, (j) => A[k * d + j]);
    put(N + k, (j) => B[k * d + j]);
    for (let i = 0; i < d; i++) put(2 * N + i * N + k, (j) => (j === i ? B[k * d + j] : A[k * d + j]));
  }
  p.ensureCombos(plan);
  const workers = options.workers ?? defaultWorkers(total, p.model);
  const run = await runPlan(p.model, plan, total, workers, options.onProgress, options.signal);
  const nU = p.units.length;
  const y = new Float64Array(total);
  for (let r = 0; r < total; r++) {
    let s = 0;
    let k = 0;
    for (let u = 0; u < nU; u++) {
      const v = run.ranks[r * nU + u];
      const nom = p.nominalRanks[u];
      if (v === v && nom === nom) {
        s += Math.abs(v - nom);
        k++;
      }
    }
    y[r] = k ? s / k : NaN;
  }
  const yA = y.subarray(0, N);
  const yB = y.subarray(N, 2 * N);
  let m = 0;
  for (let k = 0; k < 2 * N; k++) m += y[k];
  m /= 2 * N;
  let V = 0;
  for (let k = 0; k < 2 * N; k++) V += (y[k] - m) * (y[k] - m);
  V /= 2 * N - 1;
  const indices: SensitivityIndex[] = p.inputs.map((input, i) => {
    const yAB = y.subarray(2 * N + i * N, 2 * N + (i + 1) * N);
    let s1 = 0;
    let sj = 0;
    let st = 0;
    for (let k = 0; k < N; k++) {
      s1 += yB[k] * (yAB[k] - yA[k]);
      sj += (yB[k] - yAB[k]) ** 2;
      st += (yA[k] - yAB[k]) ** 2;
    }
    return {
      input,
      firstOrder: s1 / N / V,
      firstOrderJansen: (V - sj / (2 * N)) / V,
      total: st / (2 * N * V),
    };
  });
  return {
    baseSamples: N,
    replications: total,
    failedReplications: countFailed(run.scores, total, nU),
    output: y,
    variance: V,
    indices,
    ranks: rankStatistics(p, run.ranks, 2 * N),
    workersUsed: run.workersUsed,
  };
}
