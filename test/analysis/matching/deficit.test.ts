/** Deficits of a city's and its nation's partners against the urban-population benchmark. */
import { describe, expect, it } from 'vitest';
import { gapsOf, seekerDeficits } from '../../../src/analysis/matching/deficit.ts';
import { prepareMatchingPool } from '../../../src/analysis/matching/pool.ts';
import { matchingCandidates, matchingDataset } from './matching-dataset.ts';

const URBAN = { kind: 'urban-population' } as const;

function shanghai() {
  const dataset = matchingDataset();
  const pool = prepareMatchingPool(dataset, matchingCandidates());
  const seeker = pool.indexOf.get('sh')!;
  const foreign = pool.neighbours[seeker].filter((p) => pool.places[p].countryCode !== 'CN');
  const country = (code: string) => pool.countryCodes.indexOf(code);
  return { dataset, pool, foreign: [...foreign], country };
}

describe('gapsOf', () => {
  it('counts only shortfalls and keeps the largest', () => {
    const [gaps, max] = gapsOf([
      { key: 'Asia', observedShare: 0.9, expectedShare: 0.5 },
      { key: 'Europe', observedShare: 0.1, expectedShare: 0.3 },
      { key: 'Africa', observedShare: 0, expectedShare: 0.2 },
    ]);
    expect(gaps.get('Asia')).toEqual({ gap: 0, observed: 0.9, expected: 0.5 });
    expect(gaps.get('Europe')!.gap).toBeCloseTo(0.2, 12);
    expect(gaps.get('Africa')!.gap).toBe(0.2);
    expect(max).toBeCloseTo(0.2, 12);
  });
});

describe('seekerDeficits', () => {
  it('finds Europe and Africa missing from Shanghai’s all-Asian partners', () => {
    const { dataset, pool, foreign } = shanghai();
    const { deficit } = seekerDeficits(pool, dataset, foreign, 'CN', URBAN);
    expect(deficit.continent.get('Asia')!.gap).toBe(0);
    expect(deficit.continent.get('Asia')!.observed).toBe(1);
    expect(deficit.continent.get('Europe')!.gap).toBeGreaterThan(0);
    expect(deficit.continent.get('Africa')!.gap).toBeGreaterThan(0);
    // France (55 million city dwellers) is expected more than Kenya (15 million).
    expect(deficit.country.get('FR')!.gap).toBeGreaterThan(deficit.country.get('KE')!.gap);
    expect(deficit.maxCountryGap).toBe(deficit.country.get('FR')!.gap);
  });

  it('scores countries by half their continent gap and half their own, each over the largest', () => {
    const { dataset, pool, foreign, country } = shanghai();
    const { deficit, byCountry } = seekerDeficits(pool, dataset, foreign, 'CN', URBAN);
    const fr =
      0.5 * (deficit.continent.get('Europe')!.gap / deficit.maxContinentGap) +
      0.5 * (deficit.country.get('FR')!.gap / deficit.maxCountryGap);
    expect(byCountry[country('FR')]).toBeCloseTo(fr, 12);
    // Japan holds two of three partners: no shortfall at all.
    expect(byCountry[country('JP')]).toBe(0);
    expect(byCountry[country('KE')]).toBeGreaterThan(0);
  });

  it("measures the nation's deficits over every Chinese tie, and remembers them per dataset", () => {
    const { dataset, pool, foreign, country } = shanghai();
    const a = seekerDeficits(pool, dataset, foreign, 'CN', URBAN);
    const b = seekerDeficits(pool, dataset, [], 'CN', URBAN);
    // China holds Lyon through Changning, so Europe is less short nationally than for Shanghai.
    expect(a.deficit.national.continent.get('Europe')!.gap).toBeLessThan(
      a.deficit.continent.get('Europe')!.gap,
    );
    expect(a.deficit.national.continent.get('Africa')!.gap).toBeGreaterThan(0);
    expect(b.deficit.national.continent).toBe(a.deficit.national.continent);
    expect(b.nationalByCountry).toEqual(a.nationalByCountry);
    expect(a.nationalByCountry[country('KE')]).toBeGreaterThan(0);
  });
});
