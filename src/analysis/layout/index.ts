/** Statistics and global layout of partnerships: selection, counts, imbalance, comparisons, competition, rankings. */
export * from './common.ts';
export * from './selection.ts';
export * from './coast.ts';
export { loadLandTopology, worldCoastIndex } from './coast-data.ts';
export * from './statistics.ts';
export * from './imbalance.ts';
export * from './stated.ts';
export * from './comparison.ts';
export * from './competition.ts';
export * from './rankings.ts';
export * from './coverage.ts';
export * from './practical.ts';
