/**
 * The seeker's family (itself, the places above it and its subdivisions) and the domestic ties abroad that
 * matter for competition and duplicates: other domestic places' partners, and the family's own.
 */
import { isDomestic } from '../../domain/geo.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { MatchingPool } from './pool.ts';

/** Parent chains longer than this are treated as broken data. */
const MAX_DEPTH = 12;

/** Ids of the places above `id`, nearest first, from the dataset or else the pool. */
export function ancestors(pool: MatchingPool, dataset: Dataset, id: string): string[] {
  const out: string[] = [];
  let current: string | null = id;
  for (let guard = 0; current && guard < MAX_DEPTH; guard++) {
    const parent: string | null =
      dataset.places.get(current)?.parentId ?? pool.places[pool.indexOf.get(current) ?? -1]?.parentId ?? null;
    if (!parent) break;
    out.push(parent);
    current = parent;
  }
  return out;
}

/** Pool indices of the seeker, every place above it and every place below it. */
export function seekerFamily(pool: MatchingPool, dataset: Dataset, seeker: number): Set<number> {
  const family = new Set<number>([seeker]);
  for (
    let up = pool.parentIndex[seeker], guard = 0;
    up >= 0 && guard < MAX_DEPTH;
    up = pool.parentIndex[up], guard++
  )
    family.add(up);
  for (const id of ancestors(pool, dataset, pool.places[seeker].id)) {
    const i = pool.indexOf.get(id);
    if (i !== undefined) family.add(i);
  }
  const below = [seeker];
  while (below.length) {
    for (const child of pool.children.get(below.pop()!) ?? [])
      if (!family.has(child)) {
        family.add(child);
        below.push(child);
      }
  }
  return family;
}

export interface DomesticTies {
  /** Domestic places (other than the seeker's family) tied to each foreign place. */
  holders: Map<number, number[]>;
  /** Foreign places the seeker's family (other than the seeker) is tied to, with the family members. */
  familyTies: Map<number, number[]>;
  /** Foreign partners of every domestic place but the seeker, once per tie. */
  peerPartners: number[];
}

/** The ties abroad of the seeker's country, split by who holds them. */
export function domesticTies(pool: MatchingPool, seeker: number, family: ReadonlySet<number>): DomesticTies {
  const holders = new Map<number, number[]>();
  const familyTies = new Map<number, number[]>();
  const peerPartners: number[] = [];
  const homeIndex = pool.country[seeker];
  // Not abroad: the home country and the areas it holds as its own (Hong Kong, Macao, Taiwan for China).
  const home = pool.countryCodes[homeIndex];
  const atHome = pool.countryCodes.map((code) => isDomestic(home, code));
  for (let i = 0; i < pool.places.length; i++) {
    if (pool.country[i] !== homeIndex || pool.degree[i] === 0) continue;
    const inFamily = family.has(i);
    for (const w of pool.neighbours[i]) {
      if (atHome[pool.country[w]]) continue;
      if (i !== seeker) peerPartners.push(w);
      if (inFamily && i === seeker) continue;
      const target = inFamily ? familyTies : holders;
      const list = target.get(w);
      if (list) list.push(i);
      else target.set(w, [i]);
    }
  }
  return { holders, familyTies, peerPartners };
}
