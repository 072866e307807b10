/**
 * The /api/analysis/* endpoints, read into the shapes the pages draw. The readers accept both the shape
 * first agreed for these endpoints and the richer one the server now returns; a 404 means the server does
 * not offer the analysis, and the pages then show a "not available" state.
 */
export interface LayoutResult {
  total: number;
  byContinent: { key: string; labelEn: string; labelZh: string; count: number; share: number }[];
  byCountry: { code: string; nameEn: string; nameZh: string; count: number; share: number }[];
  byYear: { year: number; count: number; cumulative: number }[];
  partnerProfile: { capital: number; largest: number; second: number; other: number };
}

export const BENCHMARKS = [
  'equal-continents',
  'urban-population',
  'countries',
  'belt-and-road',
  'corridor',
] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

export interface ImbalanceResult {
  dissimilarity: number;
  byContinent: {
    key: string;
    labelEn: string;
    labelZh: string;
    observed: number;
    expected: number;
    observedShare: number;
    expectedShare: number;
    difference: number;
  }[];
  gaps: { code: string; nameEn: string; nameZh: string; observed: number; expected: number }[];
}

export interface RankingsResult {
  items: {
    id: string;
    nameEn: string;
    nameZh: string;
    ties: number;
    countries: number;
    continents: number;
  }[];
}

export interface NetworkResult {
  nodes: {
    id: string;
    nameEn: string;
    nameZh: string;
    countryCode: string;
    degree: number;
    community: number;
  }[];
  edges: { source: string; target: string }[];
}

export const analysisPaths = {
  layout: (q: { place?: string; country?: string }) =>
    `/api/analysis/layout?${q.place ? `place=${encodeURIComponent(q.place)}` : `country=${q.country}`}`,
  imbalance: (country: string, benchmark: Benchmark) =>
    `/api/analysis/imbalance?country=${country}&benchmark=${benchmark}`,
  rankings: (country: string, by: 'province' | 'city') =>
    `/api/analysis/rankings?country=${country}&by=${by}`,
  network: (place: string) => `/api/analysis/network?place=${encodeURIComponent(place)}`,
};

type Loose = Record<string, unknown>;
const num = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'object' && v && 'count' in v ? Number((v as Loose).count) : 0;
const str = (...values: unknown[]): string => String(values.find((v) => typeof v === 'string' && v) ?? '');

function continentLabels(c: Loose) {
  const key = str(c.key, c.continent);
  return { key, labelEn: str(c.labelEn, c.nameEn, key), labelZh: str(c.labelZh, c.nameZh, key) };
}

export function readLayout(raw: Loose): LayoutResult {
  const byContinent = ((raw.byContinent ?? []) as Loose[]).map((c) => ({
    ...continentLabels(c),
    count: num(c.count),
    share: num(c.share),
  }));
  const byCountry = ((raw.byCountry ?? []) as Loose[]).map((c) => ({
    code: str(c.code),
    nameEn: str(c.nameEn),
    nameZh: str(c.nameZh, c.nameEn),
    count: num(c.count),
    share: num(c.share),
  }));
  const years = ((raw.timeline ?? raw.byYear ?? []) as Loose[]).map((y) => ({
    year: num(y.year),
    count: num(y.count ?? y.signed),
    cumulative: num(y.cumulative),
  }));
  let running = 0;
  for (const y of years) y.cumulative ||= running += y.count;
  const profile = (raw.partnerProfile ?? raw.profile ?? {}) as Loose;
  return {
    total: num(raw.total),
    byContinent,
    byCountry,
    byYear: years,
    partnerProfile: {
      capital: num(profile.capital),
      largest: num(profile.largest),
      second: num(profile.second),
      other: num(profile.other),
    },
  };
}

export function readImbalance(raw: Loose): ImbalanceResult {
  const index = (raw.continentIndex ?? {}) as Loose;
  return {
    dissimilarity: num(raw.dissimilarity ?? index.duncan),
    byContinent: ((raw.byContinent ?? []) as Loose[]).map((c) => ({
      ...continentLabels(c),
      observed: num(c.observed),
      expected: num(c.expected),
      observedShare: num(c.observedShare),
      expectedShare: num(c.expectedShare),
      difference: num(c.observedShare) - num(c.expectedShare),
    })),
    gaps: ((raw.gaps ?? []) as Loose[]).map((g) => ({
      code: str(g.code),
      nameEn: str(g.nameEn),
      nameZh: str(g.nameZh, g.nameEn),
      observed: num(g.observed),
      expected: num(g.expected),
    })),
  };
}

export function readRankings(raw: Loose): RankingsResult {
  return {
    items: ((raw.items ?? []) as Loose[]).map((i) => {
      const place = (i.place ?? {}) as Loose;
      return {
        id: str(i.id, place.id),
        nameEn: str(i.nameEn, place.nameEn),
        nameZh: str(i.nameZh, place.nameZh, i.nameEn, place.nameEn),
        ties: num(i.ties),
        countries: num(i.countries),
        continents: num(i.continents),
      };
    }),
  };
}

/** Communities numbered 0, 1, 2… in order of size, whatever ids the server gives them. */
export function readNetwork(raw: Loose): NetworkResult {
  const nodes = (raw.nodes ?? []) as Loose[];
  const sizes = new Map<unknown, number>();
  for (const n of nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  const order = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i]));
  return {
    nodes: nodes.map((n) => ({
      id: str(n.id),
      nameEn: str(n.nameEn),
      nameZh: str(n.nameZh, n.nameEn),
      countryCode: str(n.countryCode),
      degree: num(n.degree),
      community: order.get(n.community) ?? 0,
    })),
    edges: ((raw.edges ?? []) as Loose[]).map((e) => ({ source: str(e.source), target: str(e.target) })),
  };
}
