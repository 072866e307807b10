import { describe, expect, it } from 'vitest';
import type { ResolveQuery } from '../../../src/ingest/resolve/resolution.ts';
import { matchName } from '../../../src/ingest/resolve/tiers/name-match.ts';
import { mostProminent } from '../../../src/ingest/resolve/tiers/prominence.ts';
import { verdict } from '../../../src/ingest/resolve/tiers/verdict.ts';
import { contextFor } from './gazetteer.ts';

function choose(query: ResolveQuery) {
  const ctx = contextFor(query);
  const matches = { ...matchName(ctx), fallback: null };
  return mostProminent(matches.found, verdict(ctx, matches, 2, []), []);
}

describe('prominence tier', () => {
  it('takes a capital over small namesakes, and says why', () => {
    const r = choose({ name: 'Manila' });
    expect(r).toMatchObject({ status: 'resolved', place: { id: 'gn:1701668' }, confidence: 0.9 });
    expect(r.reason).toBe(
      'exact name in any country; national capital, population 1.6M; 2 other candidates are not capitals.',
    );
  });

  it('takes the larger of two towns in one country when it is much larger', () => {
    const r = choose({ name: 'Manila', country: 'US' });
    expect(r.status === 'resolved' && r.place.id).toBe('gn:4120426');
    expect(r.reason).toMatch(/1 other candidate in the same country are smaller\.$/);
  });

  it('is ambiguous when nothing separates the first two', () => {
    const r = choose({ name: 'Huangpu', country: 'CN' });
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.place.id)).toEqual([
      'cn:310101',
      'cn:440112',
    ]);
    expect(r.reason).toBe(
      '2 candidates with the exact name in CN and nothing separates the first two (district / district).',
    );
  });
});
