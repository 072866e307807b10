/**
 * The inner loop of uncertainty and sensitivity analysis. Everything that depends only on discrete settings
 * (imputation, winmax, normalisation) is computed once per combination beforehand; a replication then only
 * aggregates one of those normalised matrices with its weights and methods and ranks the target. Typed arrays
 * and preallocated buffers only: no objects are created per replication.
 */
import { aggregateInto } from './steps.ts';

/** Everything a replication needs, as plain typed arrays (sent as is to worker threads). */
export interface ReplicationModel {
  nUnits: number;
  nNodes: number;
  nIndicators: number;
  level: Int32Array;
  childStart: Int32Array;
  childIndex: Int32Array;
  aggregates: Int32Array;
  maxLevel: number;
  /** Node whose scores are ranked. */
  target: number;
  /** Minimum data availability per level (index = level). */
  thresholds: Float64Array;
  /** Normalised indicator matrices (indicator-major, all units; NaN for units screened out), one per combination. */
  combos: Float64Array[];
  /** Weight sets, `nNodes` weights each, concatenated. */
  weightSets: Float64Array;
  /** Aggregation method codes per level (maxLevel + 1 each), one row per alternative. */
  methodSets: Int8Array;
}

/** Which alternative each replication uses. */
export interface ReplicationPlan {
  combo: Int32Array;
  weightSet: Int32Array;
  methodSet: Int32Array;
}

/**
 * Runs replications [start, end) and writes the target's scores and ranks (1 = best, ties min, NaN missing)
 * to `scores` and `ranks` (row r - start, nUnits values each). A replication whose aggregation fails (geometric
 * mean of a non-positive value) gets NaN throughout, as a failed regeneration in COINr.
 */
export function runReplicationSlice(
  model: ReplicationModel,
  plan: ReplicationPlan,
  start: number,
  end: number,
  scores: Float64Array,
  ranks: Float64Array,
): void {
  const { nUnits, nNodes, nIndicators, target, thresholds, maxLevel } = model;
  const work = new Float64Array(nNodes * nUnits);
  const order = new Int32Array(nUnits);
  const methods = new Int8Array(maxLevel + 1);
  const shape = model;
  const targetBase = target * nUnits;
  for (let r = start; r < end; r++) {
    const row = (r - start) * nUnits;
    const data = model.combos[plan.combo[r]];
    work.set(data.subarray(0, nIndicators * nUnits), 0);
    const ws = plan.weightSet[r] * nNodes;
    const weights = model.weightSets.subarray(ws, ws + nNodes);
    const ms = plan.methodSet[r] * (maxLevel + 1);
    for (let l = 0; l <= maxLevel; l++) methods[l] = model.methodSets[ms + l];
    const failed = aggregateInto(work, nUnits, shape, weights, methods, thresholds);
    if (failed >= 0) {
      scores.fill(NaN, row, row + nUnits);
      ranks.fill(NaN, row, row + nUnits);
      continue;
    }
    let k = 0;
    for (let u = 0; u < nUnits; u++) {
      const v = work[targetBase + u];
      scores[row + u] = v;
      ranks[row + u] = NaN;
      if (v === v) order[k++] = u;
    }
    // insertion sort by descending score: n is small (tens to a few hundred units) and it allocates nothing
    for (let i = 1; i < k; i++) {
      const x = order[i];
      const vx = work[targetBase + x];
      let j = i - 1;
      while (j >= 0 && work[targetBase + order[j]] < vx) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    for (let i = 0; i < k; i++) {
      const u = order[i];
      ranks[row + u] =
        i > 0 && work[targetBase + order[i - 1]] === work[targetBase + u] ? ranks[row + order[i - 1]] : i + 1;
    }
  }
}
