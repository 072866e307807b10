/** The profile of past choices: learned from a city's own partners abroad, or from its peers'. */
import { describe, expect, it } from 'vitest';
import { domesticTies, seekerFamily } from '../../../src/analysis/matching/family.ts';
import { prepareMatchingPool } from '../../../src/analysis/matching/pool.ts';
import { MIN_OWN_PROFILE, partnerProfile } from '../../../src/analysis/matching/profile.ts';
import { MATCH_ROLES } from '../../../src/analysis/matching/types.ts';
import { matchingCandidates, matchingDataset } from './matching-dataset.ts';

function profileOf(seekerId: string) {
  const dataset = matchingDataset();
  const pool = prepareMatchingPool(dataset, matchingCandidates());
  const seeker = pool.indexOf.get(seekerId)!;
  const foreign = pool.neighbours[seeker].filter((p) => pool.places[p].countryCode !== 'CN');
  const { peerPartners } = domesticTies(pool, seeker, seekerFamily(pool, dataset, seeker));
  const country = (code: string) => pool.countryCodes.indexOf(code);
  return { pool, country, ...partnerProfile(pool, dataset, [...foreign], peerPartners) };
}

describe('partnerProfile', () => {
  it("describes Shanghai's own partners: two in Japan, one in Vietnam, all in Asia", () => {
    const { profile } = profileOf('sh');
    expect(MIN_OWN_PROFILE).toBe(3);
    expect(profile.from).toBe('own');
    expect(profile.total).toBe(3);
    expect(profile.shares.country.get('JP')).toBeCloseTo(2 / 3, 12);
    expect(profile.shares.country.get('VN')).toBeCloseTo(1 / 3, 12);
    expect(profile.shares.continent).toEqual(new Map([['Asia', 1]]));
    // Yokohama, Osaka and Ho Chi Minh City: two second-or-lower cities, one largest.
    expect(profile.shares.role.get('largest')).toBeCloseTo(1 / 3, 12);
  });

  it('ranks the countries it already chose above the ones it never did', () => {
    const { profile, arrays, country } = profileOf('sh');
    expect(profile.country[country('JP')]).toBe(1);
    expect(profile.country[country('VN')]).toBe(0.5);
    expect(profile.country[country('FR')]).toBe(0);
    const jp = arrays.countryProfile[country('JP')];
    const vn = arrays.countryProfile[country('VN')];
    const th = arrays.countryProfile[country('TH')];
    const fr = arrays.countryProfile[country('FR')];
    expect(jp).toBeGreaterThan(vn);
    // Thailand shares Vietnam's subregion and continent but was never chosen.
    expect(vn).toBeGreaterThan(th);
    expect(th).toBeGreaterThan(fr);
    // The facet maps are relative to their largest value.
    expect(Math.max(...arrays.roleProfile)).toBe(1);
    expect(arrays.roleProfile).toHaveLength(MATCH_ROLES.length);
  });

  it("learns Kunming's profile, which has no partners abroad, from its peers' six ties", () => {
    const { profile, country } = profileOf('km');
    expect(profile.from).toBe('peers');
    // Shanghai's three, Beijing's Hanoi and Tokyo, Changning's Lyon.
    expect(profile.total).toBe(6);
    expect(profile.shares.continent.get('Europe')).toBeCloseTo(1 / 6, 12);
    // Yokohama, Osaka and Tokyo against Lyon alone.
    expect(profile.country[country('JP')]).toBe(1);
    expect(profile.country[country('FR')]).toBeCloseTo(1 / 3, 12);
  });

  it('is all zeros when there is nothing to learn from', () => {
    const dataset = matchingDataset();
    const pool = prepareMatchingPool(dataset, matchingCandidates());
    const { profile, arrays } = partnerProfile(pool, dataset, [], []);
    expect(profile.total).toBe(0);
    for (const a of Object.values(arrays)) expect([...a].every((x) => x === 0)).toBe(true);
  });
});
