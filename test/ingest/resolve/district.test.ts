import { describe, expect, it } from 'vitest';
import { matchDistrict } from '../../../src/ingest/resolve/tiers/district.ts';
import { matchName } from '../../../src/ingest/resolve/tiers/name-match.ts';
import { contextFor, ids } from './gazetteer.ts';

const districtOf = (name: string, country: string) => {
  const ctx = contextFor({ name, country });
  return matchDistrict(ctx, matchName(ctx));
};

describe('district tier', () => {
  it('finds a district by its own name near the city', () => {
    const d = districtOf('Vienna 22 – Donaustadt', 'Austria');
    expect(ids(d.found)).toEqual(['gn:11903636']);
    expect(d.fallback).toBeNull();
  });

  it('finds a district by the city name with its number, in Roman numerals too', () => {
    for (const name of ['Budapest District 15', '布达佩斯第十五区']) {
      const d = districtOf(name, 'HU');
      expect(ids(d.found), name).toEqual(['gn:7284832']);
      expect(d.found[0].tier, name).toBe(2);
    }
  });

  it('gives the city with a reason when the gazetteer lacks the district', () => {
    const d = districtOf('Prague 1', 'CZ');
    expect(ids(d.found)).toEqual(['gn:3067696']);
    expect(d.fallback).toBe(
      'the gazetteer has no place for district 1 of Prague, so the city itself is given',
    );
  });

  it('leaves a name that is not a district, or matches exactly, as the name tier found it', () => {
    expect(districtOf('Chiang Mai', 'TH').fallback).toBeNull();
    expect(ids(districtOf('Budapest XV. kerület', 'HU').found)).toEqual(['gn:7284832']);
    expect(districtOf('Lyon 3', 'FR')).toEqual({ found: [], note: '', fallback: null });
  });
});
