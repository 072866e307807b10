/**
 * Composite-indicator engine benchmark: the full ASEM reference build, and an uncertainty analysis of 10,000
 * replications over winmax, normalisation (min-max or z-score), weights (25% noise at pillar and sub-index
 * level) and aggregation (arithmetic or geometric), the design of COINr's sensitivity vignette.
 * Run: npx tsx bench/indices.ts
 */
import { availableParallelism } from 'node:os';
import {
  ASEM_BUILD_STEPS,
  buildAsemCoin,
  createCoin,
  loadAsemTables,
  runUncertainty,
  type UncertainSettings,
} from '../src/analysis/indices/index.ts';

// COINr 1.1's time per replication on this design as given to us (R is not installed here to re-measure it)
const COINR_MS_PER_REPLICATION = 86;

function median(x: number[]): number {
  const s = x.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main(): Promise<void> {
  buildAsemCoin(); // warm-up (file reading, JIT)
  const buildTimes: number[] = [];
  let coin = buildAsemCoin();
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    coin = buildAsemCoin();
    buildTimes.push(performance.now() - t);
  }
  const { framework, rows: unitRows } = loadAsemTables();
  const coreTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    createCoin(framework, unitRows, ASEM_BUILD_STEPS);
    coreTimes.push(performance.now() - t);
  }
  const settings: UncertainSettings = {
    winmax: [1, 2, 3, 4, 5],
    normalisation: [
      { method: 'minMax', min: 1, max: 100 },
      { method: 'zScore', mean: 10, sd: 2 },
    ],
    weights: {
      noise: [
        { level: 2, factor: 0.25 },
        { level: 3, factor: 0.25 },
      ],
    },
    aggregation: ['arithmetic', 'geometric'],
  };
  const N = 10_000;
  const rows: string[][] = [];
  rows.push([
    'ASEM full build from the CSV files (read, check, 6 steps)',
    `${median(buildTimes).toFixed(1)} ms (median of 30)`,
    '',
  ]);
  rows.push([
    'ASEM full build from tables in memory (check, 6 steps)',
    `${median(coreTimes).toFixed(1)} ms (median of 30)`,
    '',
  ]);
  for (const workers of [0, 2]) {
    const t = performance.now();
    const r = await runUncertainty(coin, settings, N, { seed: 2024, workers });
    const ms = performance.now() - t;
    rows.push([
      `Uncertainty analysis, ${N.toLocaleString('en')} replications, ${workers === 0 ? 'in this thread' : `${r.workersUsed} worker threads`}`,
      `${(ms / 1000).toFixed(2)} s (${((ms * 1000) / N).toFixed(0)} µs/replication)`,
      `COINr ≈ ${((COINR_MS_PER_REPLICATION * N) / 1000).toFixed(0)} s (${COINR_MS_PER_REPLICATION} ms/replication): ×${((COINR_MS_PER_REPLICATION * N) / ms).toFixed(0)}`,
    ]);
  }
  console.log(`Machine: ${availableParallelism()} cores, Node ${process.version}\n`);
  console.log('| measure | Amity | peer |');
  console.log('| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

await main();
