/** The seeker's family and who holds the country's ties abroad, on the small matching world. */
import { describe, expect, it } from 'vitest';
import { ancestors, domesticTies, seekerFamily } from '../../../src/analysis/matching/family.ts';
import { prepareMatchingPool } from '../../../src/analysis/matching/pool.ts';
import type { TieFact } from '../../../src/domain/dataset.ts';
import { matchingCandidates, matchingDataset, tie } from './matching-dataset.ts';

function world(extraTies: TieFact[] = []) {
  const dataset = matchingDataset(extraTies);
  const pool = prepareMatchingPool(dataset, matchingCandidates());
  const at = (id: string) => pool.indexOf.get(id)!;
  const ids = (indices: Iterable<number>) => [...indices].map((i) => pool.places[i].id).sort();
  return { dataset, pool, at, ids };
}

describe('ancestors', () => {
  it('walks from a district up to its city, and stops at the top', () => {
    const { dataset, pool } = world();
    expect(ancestors(pool, dataset, 'cn-changning')).toEqual(['sh']);
    expect(ancestors(pool, dataset, 'sh')).toEqual([]);
    expect(ancestors(pool, dataset, 'no-such-place')).toEqual([]);
  });
});

describe('seekerFamily', () => {
  it("holds Shanghai and its district Changning, and Changning's family reaches up to Shanghai", () => {
    const { dataset, pool, at, ids } = world();
    expect(ids(seekerFamily(pool, dataset, at('sh')))).toEqual(['cn-changning', 'sh']);
    expect(ids(seekerFamily(pool, dataset, at('cn-changning')))).toEqual(['cn-changning', 'sh']);
  });

  it('is the place alone when nothing lies above or below it', () => {
    const { dataset, pool, at, ids } = world();
    expect(ids(seekerFamily(pool, dataset, at('bj')))).toEqual(['bj']);
  });
});

describe('domesticTies', () => {
  it("splits China's ties abroad into other holders, the family's own and the peers' partners", () => {
    const { dataset, pool, at, ids } = world([tie('km', 'yokohama')]);
    const sh = at('sh');
    const ties = domesticTies(pool, sh, seekerFamily(pool, dataset, sh));
    const named = (m: Map<number, number[]>) =>
      Object.fromEntries([...m].map(([k, v]) => [pool.places[k].id, ids(v)]));
    // Beijing holds Hanoi and Tokyo; Kunming shares Yokohama with Shanghai.
    expect(named(ties.holders)).toEqual({ hanoi: ['bj'], tokyo: ['bj'], yokohama: ['km'] });
    // Changning's Lyon is a family tie, not a competitor's.
    expect(named(ties.familyTies)).toEqual({ lyon: ['cn-changning'] });
    expect(ids(ties.peerPartners)).toEqual(['hanoi', 'lyon', 'tokyo', 'yokohama']);
  });

  it("leaves the seeker's own partners out of the holders and the peers' partners", () => {
    const { dataset, pool, at } = world();
    const sh = at('sh');
    const ties = domesticTies(pool, sh, seekerFamily(pool, dataset, sh));
    for (const own of ['osaka', 'hcmc']) {
      expect(ties.holders.has(at(own))).toBe(false);
      expect(ties.peerPartners).not.toContain(at(own));
    }
  });
});
