/**
 * The /api/analysis/* endpoints the pages draw. A 404 means the server does not offer the analysis, and the
 * pages then show a "not available" state.
 */
import { everyValue, qs, type Query, type Reply } from './api';

export type Layout = Reply<'/api/analysis/layout'>;
export type Imbalance = Reply<'/api/analysis/imbalance'>;
export type Rankings = Reply<'/api/analysis/rankings'>;
export type EgoNetwork = Reply<'/api/analysis/network'>;

export type Benchmark = NonNullable<Query<'/api/analysis/imbalance'>['benchmark']>;
export type RankingBy = NonNullable<Query<'/api/analysis/rankings'>['by']>;

/** The benchmarks in the order the page offers them. */
export const BENCHMARKS = everyValue<Benchmark>()([
  'equal-continents',
  'urban-population',
  'countries',
  'belt-and-road',
  'corridor',
]);

export const analysisPaths = {
  layout: (q: { place?: string; country?: string }) =>
    `/api/analysis/layout?${q.place ? `place=${encodeURIComponent(q.place)}` : `country=${q.country}`}`,
  imbalance: (country: string, benchmark: Benchmark, corridor?: string) =>
    `/api/analysis/imbalance${qs({ country, benchmark, corridor } satisfies Query<'/api/analysis/imbalance'>)}`,
  rankings: (country: string, by: RankingBy) =>
    `/api/analysis/rankings${qs({ country, by } satisfies Query<'/api/analysis/rankings'>)}`,
  network: (place: string) => `/api/analysis/network?place=${encodeURIComponent(place)}`,
};

/** A continent's label: its English name is its key; the Chinese one comes with it. */
export const continentLabel = (lang: 'zh' | 'en', c: { continent: string; nameZh: string }) =>
  lang === 'zh' ? c.nameZh || c.continent : c.continent;

/** Communities numbered 0, 1, 2… in order of size within the network drawn. */
export function communityOrder(network: EgoNetwork): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const n of network.nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  return new Map([...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i]));
}
