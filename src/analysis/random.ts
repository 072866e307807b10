/**
 * Seeded pseudo-random numbers, so that sampled metrics, communities and uncertainty runs are reproducible:
 * the same seed gives the same stream on every platform.
 */

/** mulberry32: a small, fast 32-bit generator returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct integers from [0, n), chosen uniformly by a partial Fisher-Yates shuffle, in increasing order. */
export function sampleIndices(n: number, k: number, seed: number): Int32Array {
  const count = Math.max(0, Math.min(n, Math.floor(k)));
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, count).sort();
}
