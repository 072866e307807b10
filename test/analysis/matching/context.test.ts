/** The seeker's context as the scoring loop reads it, on the small matching world. */
import { describe, expect, it } from 'vitest';
import { commonNeighbours, developmentOf, seekerContext } from '../../../src/analysis/matching/context.ts';
import { prepareMatchingPool } from '../../../src/analysis/matching/pool.ts';
import { MatchingInputError, type MatchingRequest } from '../../../src/analysis/matching/types.ts';
import { matchingCandidates, matchingDataset } from './matching-dataset.ts';

function context(request: Partial<MatchingRequest> = {}) {
  const dataset = matchingDataset();
  const pool = prepareMatchingPool(dataset, matchingCandidates());
  const ctx = seekerContext(pool, dataset, { seekerId: 'sh', ...request });
  const at = (id: string) => pool.indexOf.get(id)!;
  const ids = (indices: Iterable<number>) => [...indices].map((i) => pool.places[i].id).sort();
  return { ctx, pool, at, ids };
}

describe('seekerContext', () => {
  it("holds Shanghai's family, partners, size and role", () => {
    const { ctx, ids } = context();
    expect(ctx.homeCountry).toBe('CN');
    expect(ids(ctx.family)).toEqual(['cn-changning', 'sh']);
    expect(ids(ctx.partners)).toEqual(['hcmc', 'osaka', 'yokohama']);
    expect(ids(ctx.foreignPartners)).toEqual(['hcmc', 'osaka', 'yokohama']);
    expect(ctx.sizeClass).toBe('megacity');
    expect(ctx.role).toBe('largest');
    expect(ctx.profile.from).toBe('own');
    expect(ctx.benchmark).toEqual({ kind: 'urban-population' });
    expect(ctx.contestedAt).toBe(2);
  });

  it('flattens holders, family ties, corridors and common neighbours by pool index', () => {
    const { ctx, pool, at } = context();
    expect(ctx.fast.holders[at('hanoi')]).toBe(1);
    expect(ctx.fast.holders[at('paris')]).toBe(0);
    expect(ctx.fast.familyTie[at('lyon')]).toBe(1);
    expect(ctx.fast.familyTie[at('marseille')]).toBe(0);
    // Marseille is tied to Yokohama, a partner of Shanghai.
    expect(ctx.fast.commonCount[at('marseille')]).toBe(1);
    expect(ctx.fast.corridorCountry[pool.countryCodes.indexOf('VN')]).toBe(0.4);
    expect(ctx.fast.corridorCountry[pool.countryCodes.indexOf('FR')]).toBe(0);
    expect(ctx.fast.deficit[pool.countryCodes.indexOf('KE')]).toBeGreaterThan(0);
  });

  it('scales a development indicator 0–1 and places the seeker on it', () => {
    const { ctx } = context({ development: { name: 'GDP per head', byCountry: { CN: 10, JP: 30, FR: 20 } } });
    expect(ctx.development).toMatchObject({ min: 10, max: 30, seeker: 0 });
    expect(developmentOf(ctx.development!, 'paris', 'FR')).toBe(0.5);
    expect(developmentOf(ctx.development!, 'nairobi', 'KE')).toBeNull();
    // A place value wins over its country's.
    const byPlace = context({
      development: { name: 'x', byCountry: { JP: 0 }, byPlace: { osaka: 4, sh: 2 } },
    });
    expect(byPlace.ctx.development!.seeker).toBe(0.5);
    expect(context({ development: { name: 'empty', byCountry: {} } }).ctx.development).toBeNull();
  });

  it('takes the needs and offers of the seeker from the request', () => {
    const needsOffers = new Map([['sh', { need: ['tourism'], offer: ['finance'] }]]);
    const { ctx } = context({ needsOffers });
    expect(ctx.needs).toEqual({ need: ['tourism'], offer: ['finance'] });
    expect(context().ctx.needs).toEqual({ need: [], offer: [] });
  });

  it('refuses an unknown seeker', () => {
    expect(() => context({ seekerId: 'atlantis' })).toThrow(MatchingInputError);
  });
});

describe('commonNeighbours', () => {
  it('weighs each shared partner by one over the log of its degree (Adamic–Adar)', () => {
    const { pool, at } = context();
    const common = commonNeighbours(pool, at('sh'), [at('yokohama'), at('osaka')]);
    // Yokohama has two partners (Shanghai, Marseille); Osaka only Shanghai, which is skipped.
    expect([...common.keys()].map((i) => pool.places[i].id)).toEqual(['marseille']);
    expect(common.get(at('marseille'))!.via).toEqual([at('yokohama')]);
    expect(common.get(at('marseille'))!.adamicAdar).toBeCloseTo(1 / Math.log(2), 12);
  });
});
