/** Results of a built coin: scores and ranks at every level, tiers, strengths and weaknesses, typology, models. */
import type { Coin } from './coin.ts';
import { ancestorAt, IndexFrameworkError } from './framework.ts';
import { quantileSorted, rankMin } from './stats.ts';
import type { TierRule } from '../../domain/index-framework.ts';
import type { DataSet } from './types.ts';

export interface NodeResult {
  code: string;
  name: string;
  level: number;
  /** Unit code -> score (NaN when missing). */
  scores: Record<string, number>;
  /** Unit code -> rank, 1 = best, ties as COINr (`rank(-x, ties.method = "min")`), NaN when missing. */
  ranks: Record<string, number>;
}

function aggregatedOf(coin: Coin): DataSet {
  const ds = coin.datasets.Aggregated;
  if (!ds)
    throw new IndexFrameworkError([
      { code: 'results', problem: 'the coin has not been aggregated; add an aggregate step' },
    ]);
  return ds;
}

/** Scores and ranks of every indicator and aggregate (from the Aggregated data set). */
export function getResults(coin: Coin): NodeResult[] {
  const ds = aggregatedOf(coin);
  const s = coin.structure;
  const n = ds.units.length;
  return ds.columns.map((code, c) => {
    const x = ds.values.subarray(c * n, (c + 1) * n);
    const r = rankMin(x, true);
    const i = s.index.get(code)!;
    return {
      code,
      name: s.names[i],
      level: s.level[i],
      scores: Object.fromEntries(ds.units.map((u, k) => [u, x[k]])),
      ranks: Object.fromEntries(ds.units.map((u, k) => [u, r[k]])),
    };
  });
}

/** A results table as COINr's get_results(tab_type = "Aggs"): one row per unit, sorted by the index. */
export function resultsTable(
  coin: Coin,
  orderBy?: string,
): { uCode: string; uName: string; rank: number; scores: Record<string, number> }[] {
  const ds = aggregatedOf(coin);
  const s = coin.structure;
  const sortCode = orderBy ?? s.codes[s.top];
  const res = getResults(coin);
  const sortRes = res.find((r) => r.code === sortCode);
  if (!sortRes)
    throw new IndexFrameworkError([{ code: sortCode, problem: 'not in the aggregated data set' }]);
  const aggCodes = s.codes
    .filter((_, i) => s.level[i] > 1)
    .sort((a, b) => s.level[s.index.get(b)!] - s.level[s.index.get(a)!]);
  return ds.units
    .map((u) => ({
      uCode: u,
      uName: coin.units.names[coin.units.position.get(u)!],
      rank: sortRes.ranks[u],
      scores: Object.fromEntries(aggCodes.map((c) => [c, res.find((r) => r.code === c)!.scores[u]])),
    }))
    .sort((a, b) => (a.rank || Infinity) - (b.rank || Infinity));
}

// ---------------------------------------------------------------- tiers

export interface TierAssignment {
  unit: string;
  score: number;
  tier: number;
  label: string;
}

export function assignTiers(coin: Coin, code: string, rule: TierRule): TierAssignment[] {
  const res = getResults(coin).find((r) => r.code === code);
  if (!res) throw new IndexFrameworkError([{ code, problem: 'not in the aggregated data set' }]);
  const units = Object.keys(res.scores).filter((u) => res.scores[u] === res.scores[u]);
  let cuts: number[];
  let nTiers: number;
  if (rule.method === 'thresholds') {
    cuts = rule.cuts.slice();
    for (let i = 1; i < cuts.length; i++)
      if (!(cuts[i] < cuts[i - 1]))
        throw new IndexFrameworkError([
          { code: 'tiers', problem: 'threshold cuts must be strictly decreasing' },
        ]);
    nTiers = cuts.length + 1;
  } else if (rule.method === 'topShares') {
    const nU = units.length;
    nTiers = rule.shares.length + 1;
    // by rank: a unit is in the first tier whose cumulative share its rank falls within
    const labelOf = (rank: number): number => {
      for (let t = 0; t < rule.shares.length; t++) if (rank <= Math.round(rule.shares[t] * nU)) return t + 1;
      return nTiers;
    };
    return units.map((u) => {
      const tier = labelOf(res.ranks[u]);
      return { unit: u, score: res.scores[u], tier, label: rule.labels?.[tier - 1] ?? `Tier ${tier}` };
    });
  } else {
    const sorted = units.map((u) => res.scores[u]).sort((a, b) => a - b);
    nTiers = rule.groups;
    cuts = Array.from({ length: rule.groups - 1 }, (_, k) =>
      quantileSorted(sorted, 1 - (k + 1) / rule.groups),
    );
  }
  return units.map((u) => {
    const x = res.scores[u];
    let tier = nTiers;
    for (let t = 0; t < cuts.length; t++) {
      if (x >= cuts[t]) {
        tier = t + 1;
        break;
      }
    }
    return { unit: u, score: x, tier, label: rule.labels?.[tier - 1] ?? `Tier ${tier}` };
  });
}

// ---------------------------------------------------------------- strengths and weaknesses

export interface StrengthWeakness {
  code: string;
  name: string;
  /** Code of the aggregate at the report level (default level 2) the indicator belongs to. */
  dimension: string | null;
  rank: number;
  value: number;
}

/**
 * Strengths and weaknesses of a unit as COINr's get_str_weak: the unit's ranks in each indicator (adjusted for
 * direction when the data set is Raw), indicators where it is missing dropped, indicators where it holds the
 * worst rank dropped (`minDiscard`), optionally indicators with few unique values dropped; sorted by rank
 * (stable), the first topN are strengths and the last bottomN weaknesses.
 */
export function strengthsAndWeaknesses(
  coin: Coin,
  unit: string,
  options: {
    dataset?: string;
    topN?: number;
    bottomN?: number;
    minDiscard?: boolean;
    uniqueDiscard?: number;
    reportLevel?: number;
    adjustDirection?: boolean;
  } = {},
): { strengths: StrengthWeakness[]; weaknesses: StrengthWeakness[] } {
  const dsName = options.dataset ?? 'Raw';
  const ds = coin.datasets[dsName];
  if (!ds) throw new IndexFrameworkError([{ code: dsName, problem: 'no such data set in this coin' }]);
  const u = ds.units.indexOf(unit);
  if (u < 0) throw new IndexFrameworkError([{ code: unit, problem: `unit not found in data set ${dsName}` }]);
  const s = coin.structure;
  const adjust = options.adjustDirection ?? dsName === 'Raw';
  const n = ds.units.length;
  const rows: StrengthWeakness[] = [];
  for (let i = 0; i < s.nIndicators; i++) {
    const code = s.codes[i];
    const c = ds.columns.indexOf(code);
    if (c < 0) continue;
    const raw = ds.values.subarray(c * n, (c + 1) * n);
    const x = adjust ? raw.map((v) => v * s.direction[i]) : raw;
    if (options.uniqueDiscard !== undefined && new Set(raw).size / n <= options.uniqueDiscard) continue;
    const r = rankMin(x, true);
    if (r[u] !== r[u]) continue;
    if (options.minDiscard ?? true) {
      let worst = -Infinity;
      for (const v of r) if (v > worst) worst = v;
      if (r[u] === worst) continue;
    }
    rows.push({
      code,
      name: s.names[i],
      dimension: ancestorAt(s, code, options.reportLevel ?? 2),
      rank: r[u],
      value: raw[u],
    });
  }
  rows.sort((a, b) => a.rank - b.rank); // Array.prototype.sort is stable, as R's order()
  const topN = options.topN ?? 5;
  const bottomN = options.bottomN ?? 5;
  return { strengths: rows.slice(0, topN), weaknesses: rows.slice(Math.max(rows.length - bottomN, 0)) };
}

// ---------------------------------------------------------------- typology

export type CityType = 'economic_center' | 'network_center' | 'industry_leader' | 'regional_hub';

export interface TypologyOptions {
  /** Dimension codes holding business activity, human capital and information exchange. */
  dimensions?: { business: string; humanCapital: string; information: string };
  /** Percentile rank (0-1) counted as "strong" / "high". Defaults 0.75 and 0.6. */
  strong?: number;
  high?: number;
}

export interface TypologyAssignment {
  unit: string;
  type: CityType | null;
  reason: string;
  /** Percentile ranks (0 = lowest, 1 = highest) of the dimensions used. */
  profile: { business: number; humanCapital: number; information: number };
}

/**
 * The four city types of the Belt and Road city indices, read off the dimension profile (percentile ranks of
 * the dimension scores among the units), tested from the most specific:
 * network centre (strong human capital with high business and information), economic centre (strong business
 * activity, its best dimension), industry leader (human capital the outstanding dimension), regional hub (high
 * information exchange). Units matching none are left unclassified.
 */
export function cityTypology(coin: Coin, options: TypologyOptions = {}): TypologyAssignment[] {
  const dims = options.dimensions ?? {
    business: 'business',
    humanCapital: 'human_capital',
    information: 'information',
  };
  const strong = options.strong ?? 0.75;
  const high = options.high ?? 0.6;
  const ds = aggregatedOf(coin);
  const n = ds.units.length;
  const prank = (code: string): Float64Array => {
    const c = ds.columns.indexOf(code);
    if (c < 0) throw new IndexFrameworkError([{ code, problem: 'dimension not in the aggregated data set' }]);
    const x = ds.values.subarray(c * n, (c + 1) * n);
    const r = rankMin(x);
    let k = 0;
    for (const v of x) if (v === v) k++;
    return r.map((v) => (k > 1 ? (v - 1) / (k - 1) : 1));
  };
  const b = prank(dims.business);
  const h = prank(dims.humanCapital);
  const inf = prank(dims.information);
  return ds.units.map((unit, u) => {
    const profile = { business: b[u], humanCapital: h[u], information: inf[u] };
    let type: CityType | null = null;
    let reason = 'no dimension stands out';
    if (h[u] >= strong && b[u] >= high && inf[u] >= high) {
      type = 'network_center';
      reason = 'strong human capital with high business activity and information exchange';
    } else if (b[u] >= strong && b[u] >= h[u] && b[u] >= inf[u]) {
      type = 'economic_center';
      reason = 'strong business activity, its leading dimension';
    } else if (h[u] >= high && h[u] > b[u] && h[u] > inf[u]) {
      type = 'industry_leader';
      reason = 'human capital is the outstanding dimension';
    } else if (inf[u] >= high) {
      type = 'regional_hub';
      reason = 'high information exchange';
    }
    return { unit, type, reason, profile };
  });
}

// ---------------------------------------------------------------- models

export interface ModelUnit {
  unit: string;
  distance: number;
  score: number;
  scoreGap: number;
}

/**
 * Nearest similar units scoring higher ("models" to learn from): units whose score on `code` (default the
 * index) is higher, ordered by Euclidean distance between profiles at `profileLevel` (default 2, the pillars).
 */
export function modelUnits(
  coin: Coin,
  unit: string,
  options: { code?: string; profileLevel?: number; count?: number } = {},
): ModelUnit[] {
  const ds = aggregatedOf(coin);
  const s = coin.structure;
  const n = ds.units.length;
  const u = ds.units.indexOf(unit);
  if (u < 0) throw new IndexFrameworkError([{ code: unit, problem: 'unit not in the aggregated data set' }]);
  const code = options.code ?? s.codes[s.top];
  const lev = options.profileLevel ?? 2;
  const cols = ds.columns.map((c, k) => (s.level[s.index.get(c)!] === lev ? k : -1)).filter((k) => k >= 0);
  const target = ds.columns.indexOf(code);
  if (target < 0) throw new IndexFrameworkError([{ code, problem: 'not in the aggregated data set' }]);
  const own = ds.values[target * n + u];
  const out: ModelUnit[] = [];
  for (let v = 0; v < n; v++) {
    const score = ds.values[target * n + v];
    if (v === u || !(score > own)) continue;
    let d2 = 0;
    let used = 0;
    for (const c of cols) {
      const a = ds.values[c * n + u];
      const b = ds.values[c * n + v];
      if (a === a && b === b) {
        d2 += (a - b) * (a - b);
        used++;
      }
    }
    if (used === 0) continue;
    out.push({ unit: ds.units[v], distance: Math.sqrt(d2), score, scoreGap: score - own });
  }
  return out.sort((a, b) => a.distance - b.distance).slice(0, options.count ?? 5);
}
