import { describe, expect, it } from 'vitest';
import type { ResolveQuery } from '../../../src/ingest/resolve/resolution.ts';
import { nearestToCoordinates } from '../../../src/ingest/resolve/tiers/coordinates.ts';
import { matchName } from '../../../src/ingest/resolve/tiers/name-match.ts';
import { verdict } from '../../../src/ingest/resolve/tiers/verdict.ts';
import { contextFor, ids } from './gazetteer.ts';

function nearest(query: ResolveQuery) {
  const ctx = contextFor(query);
  const matches = { ...matchName(ctx), fallback: null };
  const notes: string[] = [];
  const result = nearestToCoordinates(ctx, matches.found, verdict(ctx, matches, 2, notes), notes);
  return { result, notes };
}

describe('coordinates tier', () => {
  it('takes the homonym near the coordinates when the next is far', () => {
    const { result } = nearest({ name: 'Manila', country: 'US', lat: 35.88, lng: -90.17 });
    expect(result).toMatchObject({ status: 'resolved', place: { id: 'gn:4120426' }, confidence: 0.92 });
    expect(!Array.isArray(result) && result.reason).toMatch(
      /0 km from the given coordinates, the next candidate \d+ km/,
    );
  });

  it('leaves homonyms without coordinates, or all far from them, to the next tier', () => {
    const none = nearest({ name: 'Manila' });
    expect(Array.isArray(none.result) && ids(none.result)).toEqual([
      'gn:1701668',
      'gn:4120426',
      'gn:5777855',
    ]);
    expect(none.notes).toEqual([]);
    const far = nearest({ name: 'Manila', country: 'US', lat: 0, lng: 0 });
    expect(Array.isArray(far.result) && far.result.length).toBe(2);
    expect(far.notes).toEqual(['no candidate within 75 km of the given coordinates']);
  });

  it('keeps the candidates near the coordinates when several are', () => {
    // The city and the region of Vienna share a point, 10 km from the one given.
    const { result, notes } = nearest({ name: 'Vienna', country: 'AT', lat: 48.3, lng: 16.4 });
    expect(Array.isArray(result) && ids(result)).toEqual(['gn:2761369', 'st:AT-9']);
    expect(notes).toEqual(['several candidates near the given coordinates']);
  });
});
