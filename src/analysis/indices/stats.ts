/**
 * Small numeric helpers shared by the composite-indicator engine.
 * Missing values are NaN throughout; every helper skips them the way R does with `na.rm = TRUE`.
 */

export function isMissing(x: number): boolean {
  return x !== x; // NaN test without a function call in hot loops
}

/** Values of `x` that are not missing. */
export function present(x: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) out.push(x[i]);
  return out;
}

export function mean(x: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      s += v;
      n++;
    }
  }
  return n === 0 ? NaN : s / n;
}

/** Median as R's `median(x, na.rm = TRUE)`: the mean of the two middle values for even counts. */
export function median(x: ArrayLike<number>): number {
  const v = present(x).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? v[h] : (v[h - 1] + v[h]) / 2;
}

/** Sample standard deviation (n - 1 denominator), as R's `sd`. */
export function sd(x: ArrayLike<number>): number {
  const m = mean(x);
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      s += (v - m) * (v - m);
      n++;
    }
  }
  return n < 2 ? NaN : Math.sqrt(s / (n - 1));
}

export function variance(x: ArrayLike<number>): number {
  const s = sd(x);
  return s * s;
}

export function minOf(x: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] < m) m = x[i];
  return m === Infinity ? NaN : m;
}

export function maxOf(x: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] > m) m = x[i];
  return m === -Infinity ? NaN : m;
}

/**
 * Sample skewness as COINr's `skew()` (e1071 type 2, Excel's SKEW):
 * `sqrt(n(n-1))/(n-2) * g1`, `g1 = sqrt(n) Σd³ / (Σd²)^1.5`, over non-missing values.
 */
export function skewness(x: ArrayLike<number>): number {
  const m = mean(x);
  let s2 = 0;
  let s3 = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      const d = v - m;
      s2 += d * d;
      s3 += d * d * d;
      n++;
    }
  }
  if (n < 3) return NaN;
  const g1 = (Math.sqrt(n) * s3) / Math.pow(s2, 1.5);
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis as COINr's `kurt()` (e1071 type 2, Excel's KURT):
 * `((n+1)(r-3)+6)(n-1)/((n-2)(n-3))`, `r = nΣd⁴/(Σd²)²`.
 */
export function kurtosis(x: ArrayLike<number>): number {
  const m = mean(x);
  let s2 = 0;
  let s4 = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) {
      const d = v - m;
      const d2 = d * d;
      s2 += d2;
      s4 += d2 * d2;
      n++;
    }
  }
  if (n < 4) return NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Quantile as R's default `quantile(type = 7)`, skipping missing values. */
export function quantile(x: ArrayLike<number>, p: number): number {
  const v = present(x).sort((a, b) => a - b);
  return quantileSorted(v, p);
}

export function quantileSorted(v: ArrayLike<number>, p: number): number {
  const n = v.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return v[lo] + (h - lo) * (v[hi] - v[lo]);
}

/**
 * Ranks as R's `rank(x, ties.method = "min", na.last = "keep")`; `descending` ranks the largest value 1,
 * as COINr ranks scores (`rank(-x, ties.method = "min")`).
 */
export function rankMin(x: ArrayLike<number>, descending = false): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (x[i] === x[i]) idx.push(i);
  idx.sort(descending ? (a, b) => x[b] - x[a] : (a, b) => x[a] - x[b]);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    out[i] = k > 0 && x[idx[k - 1]] === x[i] ? out[idx[k - 1]] : k + 1;
  }
  return out;
}

/** Ranks with ties given their average rank (R's default), used by Spearman correlation. */
export function rankAverage(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (x[i] === x[i]) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  let k = 0;
  while (k < idx.length) {
    let j = k;
    while (j + 1 < idx.length && x[idx[j + 1]] === x[idx[k]]) j++;
    const r = (k + j) / 2 + 1;
    for (let t = k; t <= j; t++) out[idx[t]] = r;
    k = j + 1;
  }
  return out;
}

/** Pearson correlation over pairwise-complete observations. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] && y[i] === y[i]) {
      sx += x[i];
      sy += y[i];
      n++;
    }
  }
  if (n < 2) return NaN;
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] && y[i] === y[i]) {
      const dx = x[i] - mx;
      const dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman correlation: Pearson on average ranks of the pairwise-complete observations. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] && y[i] === y[i]) {
      xs.push(x[i]);
      ys.push(y[i]);
    }
  }
  return pearson(rankAverage(xs), rankAverage(ys));
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues in decreasing order and the matching unit eigenvectors as columns (`vectors[i][k]`
 * is component i of eigenvector k).
 */
export function symmetricEigen(
  a: number[][],
  tolerance = 1e-12,
  maxSweeps = 100,
): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((row) => row.slice());
  const v: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
    if (off < tolerance * tolerance) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p][q]) < 1e-300) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j][j] - m[i][i]);
  return {
    values: order.map((i) => m[i][i]),
    vectors: Array.from({ length: n }, (_, r) => order.map((k) => v[r][k])),
  };
}
