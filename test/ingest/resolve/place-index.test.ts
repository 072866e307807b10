import { describe, expect, it } from 'vitest';
import { placeRecord } from '../../../src/ingest/gazetteer/place.ts';
import { PlaceIndex } from '../../../src/ingest/resolve/place-index.ts';
import { skeletonKey } from '../../../src/ingest/gazetteer/normalize.ts';
import { PLACES } from './gazetteer.ts';

// A village the gazetteer lacks, as the twin-city file places it.
const VILLAGE = placeRecord({
  id: 'tw:CZ:stary-poddvorov',
  kind: 'city',
  nameEn: 'Starý Poddvorov',
  countryCode: 'CZ',
  lat: 48.8747,
  lng: 16.9881,
});

describe('PlaceIndex', () => {
  it('ranks a user alias above an exact name', () => {
    const index = new PlaceIndex(PLACES);
    expect(index.lookup('Pearl of the Orient', null)).toEqual([]);
    index.addAlias('Pearl of the Orient', 'gn:1796236');
    expect(index.lookup('Pearl of the Orient', null)).toEqual([{ place: PLACES[3], tier: 3 }]);
    expect(() => index.addAlias('Nowhere', 'gn:0')).toThrow(/no place with id gn:0/);
  });

  it('finds places near a point, nearest first, within a country when asked', () => {
    const index = new PlaceIndex(PLACES);
    // At Donaustadt: the region's point lies a little east of the city's.
    const near = index.nearby(48.2333, 16.46002, 20);
    expect(near.map((n) => n.place.id)).toEqual(['gn:11903636', 'st:AT-9', 'gn:2761369']);
    expect(near[0].km).toBe(0);
    expect(near[1].km).toBeGreaterThan(6);
    expect(index.nearby(48.2333, 16.46002, 5).map((n) => n.place.id)).toEqual(['gn:11903636']);
    expect(index.nearby(48.2333, 16.46002, 20, 'CZ')).toEqual([]);
  });

  it('finds nothing near a point that is not on the Earth, and returns at once', () => {
    const index = new PlaceIndex(PLACES);
    // At 1e20 adding one to a grid cell gives the same number: the search once looped for ever.
    for (const [lat, lng] of [
      [1e20, 16],
      [48, 1e20],
      [-1e20, -1e20],
      [91, 0],
      [0, 180.5],
      [Number.NaN, 0],
      [0, Number.POSITIVE_INFINITY],
    ])
      expect(index.nearby(lat, lng, 20)).toEqual([]);
    expect(index.nearby(48.2333, 16.46002, Number.POSITIVE_INFINITY)).toEqual([]);
  });

  it('finds a source place by name only: not near a point, not by spelling skeleton', () => {
    const index = new PlaceIndex(PLACES);
    index.nearby(48.87, 16.98, 1); // the grid exists before the place is added
    index.add(VILLAGE, 'source');
    expect(index.isSource(VILLAGE.id)).toBe(true);
    expect(index.lookup('Stary Poddvorov', new Set(['CZ'])).map((f) => f.place.id)).toEqual([VILLAGE.id]);
    expect(index.nearby(VILLAGE.lat!, VILLAGE.lng!, 5)).toEqual([]);
    expect(index.withSkeleton(skeletonKey('starypoddvorov'))).toEqual([]);
    const user = new PlaceIndex(PLACES);
    user.add({ ...VILLAGE, id: 'u:1' }, 'user');
    expect(user.nearby(VILLAGE.lat!, VILLAGE.lng!, 5).map((n) => n.place.id)).toEqual(['u:1']);
  });

  it('autocompletes exact names first, then by prominence', () => {
    const index = new PlaceIndex(PLACES);
    expect(index.startingWith('Manila', 5).map((p) => p.id)).toEqual([
      'gn:1701668',
      'gn:4120426',
      'gn:5777855',
    ]);
    expect(index.startingWith('Hua', 5).map((p) => p.id)).toEqual(['cn:310101', 'cn:440112']);
    expect(index.startingWith('上海', 5).map((p) => p.id)).toEqual(['gn:1796236']);
  });
});
