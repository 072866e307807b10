import type { CsrGraph } from './csr.ts';
import type { IterationReport } from './types.ts';

export interface IterativeResult extends IterationReport {
  values: Float64Array;
}

/**
 * PageRank by power iteration, as NetworkX `pagerank` (weight='weight', uniform personalisation): nodes without
 * edges spread their rank uniformly. Converged when the L1 change is below n * tolerance.
 */
export function pagerank(
  g: CsrGraph,
  alpha = 0.85,
  tolerance = 1e-10,
  maxIterations = 1000,
): IterativeResult {
  const { n, offsets, targets, weights } = g;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  const inverseStrength = new Float64Array(n);
  const dangling: number[] = [];
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let p = offsets[v]; p < offsets[v + 1]; p++) s += weights[p];
    if (s > 0) inverseStrength[v] = 1 / s;
    else dangling.push(v);
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingMass = 0;
    for (const v of dangling) danglingMass += x[v];
    const base = teleport + (alpha * danglingMass) / n;
    for (let v = 0; v < n; v++) share[v] = x[v] * inverseStrength[v];
    let change = 0;
    for (let w = 0; w < n; w++) {
      let sum = 0;
      for (let p = offsets[w], end = offsets[w + 1]; p < end; p++) sum += share[targets[p]] * weights[p];
      const value = base + alpha * sum;
      next[w] = value;
      change += Math.abs(value - x[w]);
    }
    const swap = x;
    x = next;
    next = swap;
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}

/**
 * Eigenvector centrality as NetworkX `eigenvector_centrality(weight='weight')`: power iteration on A + I from a
 * uniform start, unit Euclidean norm, converged when the L1 change is below n * tolerance.
 */
export function eigenvectorCentrality(g: CsrGraph, tolerance = 1e-6, maxIterations = 1000): IterativeResult {
  const { n, offsets, targets, weights } = g;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let norm = 0;
    for (let w = 0; w < n; w++) {
      let sum = x[w];
      for (let p = offsets[w], end = offsets[w + 1]; p < end; p++) sum += x[targets[p]] * weights[p];
      next[w] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let w = 0; w < n; w++) {
      next[w] /= norm;
      change += Math.abs(next[w] - x[w]);
    }
    const swap = x;
    x = next;
    next = swap;
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}
