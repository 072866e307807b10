import { describe, expect, it } from 'vitest';
import { narrowByKind, preferCity } from '../../../src/ingest/resolve/tiers/kind.ts';
import { matchName } from '../../../src/ingest/resolve/tiers/name-match.ts';
import type { ResolveQuery } from '../../../src/ingest/resolve/resolution.ts';
import { contextFor, ids } from './gazetteer.ts';

function kindTiers(query: ResolveQuery) {
  const ctx = contextFor(query);
  const notes: string[] = [];
  const found = matchName(ctx).found;
  return { ofKind: ids(narrowByKind(ctx, found, notes)), city: ids(preferCity(ctx, found, notes)), notes };
}

describe('kind tier', () => {
  it('keeps the kind the query asks for', () => {
    const r = kindTiers({ name: 'Chiang Mai', country: 'TH', kind: 'province' });
    expect(r.ofKind).toEqual(['st:TH-50']);
    expect(r.city).toEqual(['gn:1153671', 'st:TH-50']);
    expect(r.notes).toEqual(['a province as the name says']);
  });

  it('prefers the city over the region of the same name when no kind is asked for', () => {
    const r = kindTiers({ name: 'Vienna', country: 'AT' });
    expect(r.ofKind).toEqual(['gn:2761369', 'st:AT-9']);
    expect(r.city).toEqual(['gn:2761369']);
    expect(r.notes).toEqual(['the city rather than the region of the same name']);
  });

  it('keeps every candidate when none is of the kind asked for', () => {
    const r = kindTiers({ name: 'Huangpu', country: 'CN', kind: 'city' });
    expect(r.ofKind).toEqual(['cn:310101', 'cn:440112']);
    expect(r.notes).toEqual([]);
  });
});
