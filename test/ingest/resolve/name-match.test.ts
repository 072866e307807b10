import { describe, expect, it } from 'vitest';
import {
  bestMatches,
  matchName,
  notFound,
  searchInCountry,
} from '../../../src/ingest/resolve/tiers/name-match.ts';
import { PlaceIndex } from '../../../src/ingest/resolve/place-index.ts';
import { COUNTRIES, PLACES, contextFor, ids } from './gazetteer.ts';

const country = (code: string) => COUNTRIES.find((c) => c.code === code)!;

describe('name match tier', () => {
  const index = new PlaceIndex(PLACES);

  it('scores exact names above names reduced by a qualifier', () => {
    const { found } = searchInCountry(index, country('TH'), 'Chiang Mai Province');
    const tiers = Object.fromEntries(found.map((f) => [f.place.id, f.tier]));
    expect(tiers).toEqual({ 'st:TH-50': 2, 'gn:1153671': 1 });
    expect(ids(bestMatches(found))).toEqual(['st:TH-50']);
  });

  it('stays in the country, and searches its territories only when the country has no match', () => {
    expect(searchInCountry(index, country('FR'), 'Manila').found).toEqual([]);
    const reunion = searchInCountry(index, country('FR'), 'Saint-Denis');
    expect(ids(reunion.found)).toEqual(['gn:935264']);
    expect(reunion.note).toBe(' (in a territory of FR)');
    expect(ids(searchInCountry(index, null, 'Manila').found)).toEqual([
      'gn:1701668',
      'gn:4120426',
      'gn:5777855',
    ]);
  });

  it('tries the name without its qualifiers when the whole name has no match', () => {
    const { found } = matchName(contextFor({ name: 'Huangpu (Shanghai)', country: 'CN' }));
    expect(ids(found)).toEqual(['cn:310101', 'cn:440112']);
  });

  it('says where else an unmatched name exists', () => {
    expect(notFound(contextFor({ name: 'Manila', country: 'France' })).reason).toBe(
      'No place named "Manila" in FR; the name exists in PH, US.',
    );
    expect(notFound(contextFor({ name: 'Atlantis' })).reason).toBe(
      'No place named "Atlantis" in any country.',
    );
  });
});
