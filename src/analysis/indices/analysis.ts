/** Multivariate analysis of a coin: correlations, Cronbach's alpha, PCA per group and PCA-based weights. */
import type { Coin } from './coin.ts';
import { childrenOf, codesAtLevel, IndexFrameworkError } from './framework.ts';
import { mean, pearson, spearman, symmetricEigen, variance } from './stats.ts';
import type { DataSet } from './types.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

function dataset(coin: Coin, name?: string): DataSet {
  const ds = name ? coin.datasets[name] : (coin.datasets.Aggregated ?? coin.datasets.Raw);
  if (!ds)
    throw new IndexFrameworkError([{ code: name ?? '(default)', problem: 'no such data set in this coin' }]);
  return ds;
}

function columnOf(ds: DataSet, code: string): Float64Array {
  const c = ds.columns.indexOf(code);
  if (c < 0) throw new IndexFrameworkError([{ code, problem: 'not a column of this data set' }]);
  const n = ds.units.length;
  return ds.values.subarray(c * n, (c + 1) * n);
}

export interface CorrelationMatrix {
  rows: string[];
  columns: string[];
  /** values[i][j] = correlation of rows[i] with columns[j] (pairwise-complete observations). */
  values: number[][];
}

/**
 * Correlations between the nodes of one level and another (e.g. indicators with their pillars), as COINr's
 * get_corr. With `withinParent`, a pair is only reported when both share the parent at `parentLevel`
 * (e.g. indicators with other indicators of the same pillar); other cells are NaN.
 */
export function correlations(
  coin: Coin,
  options: {
    levels?: [number, number];
    method?: CorrelationMethod;
    dataset?: string;
    withinParent?: boolean;
    parentLevel?: number;
  } = {},
): CorrelationMatrix {
  const ds = dataset(coin, options.dataset);
  const s = coin.structure;
  const [la, lb] = options.levels ?? [1, 1];
  const rows = codesAtLevel(s, la).filter((c) => ds.columns.includes(c));
  const columns = codesAtLevel(s, lb).filter((c) => ds.columns.includes(c));
  const f = options.method === 'spearman' ? spearman : pearson;
  const parentLevel = options.parentLevel ?? Math.max(la, lb) + 1;
  const lineage = (code: string): string | null => {
    let i = s.index.get(code)!;
    while (i >= 0 && s.level[i] < parentLevel) i = s.parent[i];
    return i >= 0 ? s.codes[i] : null;
  };
  const values = rows.map((r) =>
    columns.map((c) => {
      if (options.withinParent && lineage(r) !== lineage(c)) return NaN;
      return f(columnOf(ds, r), columnOf(ds, c));
    }),
  );
  return { rows, columns, values };
}

/** Correlation of a set of columns with each other (complete cases, as needed for PCA and alpha). */
function completeCases(ds: DataSet, codes: string[]): number[][] {
  const cols = codes.map((c) => columnOf(ds, c));
  const out: number[][] = [];
  for (let u = 0; u < ds.units.length; u++) {
    const row = cols.map((x) => x[u]);
    if (row.every((v) => v === v)) out.push(row);
  }
  return out;
}

/**
 * Cronbach's alpha of a set of columns (complete cases): k/(k-1) * (1 - Σ var(x_i) / var(Σ x_i)).
 * Defaults to the children of `parent` when `codes` are not given.
 */
export function cronbachAlpha(coin: Coin, codesOrParent: string[] | string, datasetName?: string): number {
  const ds = dataset(coin, datasetName);
  const codes = typeof codesOrParent === 'string' ? childrenOf(coin.structure, codesOrParent) : codesOrParent;
  const rows = completeCases(ds, codes);
  const k = codes.length;
  if (k < 2 || rows.length < 2) return NaN;
  let sumVar = 0;
  for (let j = 0; j < k; j++) sumVar += variance(rows.map((r) => r[j]));
  const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
  return (k / (k - 1)) * (1 - sumVar / variance(totals));
}

export interface PcaResult {
  group: string;
  codes: string[];
  /** Eigenvalues of the correlation matrix, largest first. */
  eigenvalues: number[];
  /** Share of variance explained by each component. */
  varianceExplained: number[];
  /** loadings[i][k]: weight of variable codes[i] in component k (unit eigenvectors, as prcomp's rotation). */
  loadings: number[][];
  /** Units used (complete cases). */
  unitsUsed: number;
}

/**
 * PCA on standardised data (the correlation matrix) of a group's children, complete cases only, as COINr's
 * get_PCA with prcomp(center = TRUE, scale = TRUE). Eigenvectors come from a Jacobi eigen-decomposition; each
 * component's sign is fixed so its loadings sum to a positive number (prcomp's sign is arbitrary).
 */
export function pca(coin: Coin, codesOrGroup: string[] | string, datasetName?: string): PcaResult {
  const ds = dataset(coin, datasetName);
  const codes = typeof codesOrGroup === 'string' ? childrenOf(coin.structure, codesOrGroup) : codesOrGroup;
  const rows = completeCases(ds, codes);
  const k = codes.length;
  if (rows.length < 3)
    throw new IndexFrameworkError([
      { code: String(codesOrGroup), problem: 'fewer than 3 complete units for PCA' },
    ]);
  const z = codes.map((_, j) => {
    const col = rows.map((r) => r[j]);
    const m = mean(col);
    const sdv = Math.sqrt(variance(col));
    return col.map((v) => (v - m) / sdv);
  });
  const corr = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => z[i].reduce((a, v, t) => a + v * z[j][t], 0) / (rows.length - 1)),
  );
  const { values, vectors } = symmetricEigen(corr);
  for (let comp = 0; comp < k; comp++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += vectors[i][comp];
    if (sum < 0) for (let i = 0; i < k; i++) vectors[i][comp] = -vectors[i][comp];
  }
  const total = values.reduce((a, b) => a + b, 0);
  return {
    group: typeof codesOrGroup === 'string' ? codesOrGroup : 'custom',
    codes,
    eigenvalues: values,
    varianceExplained: values.map((v) => v / total),
    loadings: vectors,
    unitsUsed: rows.length,
  };
}

/** PCA for every aggregation group at a level (groups are the parents of the nodes at `level`). */
export function pcaByGroup(coin: Coin, level = 1, datasetName?: string): PcaResult[] {
  const s = coin.structure;
  return codesAtLevel(s, level + 1)
    .filter((g) => childrenOf(s, g).length >= 2)
    .map((g) => pca(coin, g, datasetName));
}

/**
 * PCA weights as COINr's get_PCA(weights_to = ...): within each group at `level`, the loadings of the first
 * principal component become the children's weights (other weights unchanged). Returned as code -> weight, to
 * pass to an aggregate step. Loadings may be negative; aggregation then refuses them, as it should.
 */
export function pcaWeights(coin: Coin, level = 1, datasetName?: string): Record<string, number> {
  const s = coin.structure;
  const w: Record<string, number> = Object.fromEntries(s.codes.map((c, i) => [c, s.weight[i]]));
  for (const r of pcaByGroup(coin, level, datasetName)) r.codes.forEach((c, i) => (w[c] = r.loadings[i][0]));
  return w;
}
