import { describe, expect, it } from 'vitest';
import { matchName } from '../../../src/ingest/resolve/tiers/name-match.ts';
import { narrowByQualifiers, partOfQualifier } from '../../../src/ingest/resolve/tiers/qualifiers.ts';
import { PLACES, contextFor, ids } from './gazetteer.ts';

const narrowed = (name: string, country: string, places = PLACES) => {
  const ctx = contextFor({ name, country }, places);
  const notes: string[] = [];
  return { result: narrowByQualifiers(ctx, matchName(ctx).found, notes), notes };
};

describe('qualifier tier', () => {
  it('keeps the candidates inside the qualifying place', () => {
    const { result, notes } = narrowed('Huangpu (Shanghai)', 'China');
    expect(Array.isArray(result) && ids(result)).toEqual(['cn:310101']);
    expect(notes).toEqual(['within Shanghai']);
  });

  it('ignores a qualifier it cannot find, and says so', () => {
    const { result, notes } = narrowed('Huangpu (Nowhere)', 'CN');
    expect(Array.isArray(result) && ids(result)).toEqual(['cn:310101', 'cn:440112']);
    expect(notes).toEqual(['qualifier "Nowhere" not found, ignored']);
  });

  it('gives the qualifying place when the namesakes lie elsewhere', () => {
    // Without Shanghai's Huangpu, the only namesake is Guangzhou's: the name is a part of Shanghai.
    const places = PLACES.filter((p) => p.id !== 'cn:310101');
    const { result } = narrowed('Huangpu (Shanghai)', 'CN', places);
    expect(result).toMatchObject({ status: 'resolved', place: { id: 'gn:1796236' }, confidence: 0.5 });
    expect(!Array.isArray(result) && result.reason).toMatch(
      /^no place named "Huangpu" within Shanghai in CN; the gazetteer has no entry for this part of Shanghai/,
    );
  });

  it('gives the qualifying place for a part of it the gazetteer lacks', () => {
    const r = partOfQualifier(contextFor({ name: 'Budavár (Budapest)', country: 'Hungary' }));
    expect(r).toMatchObject({ status: 'resolved', place: { id: 'gn:3054643' }, confidence: 0.5 });
    expect(r?.reason).toBe(
      'no place named "Budavár" in HU; the gazetteer has no entry for this part of Budapest, so Budapest itself is given; national capital, population 1.7M.',
    );
    expect(partOfQualifier(contextFor({ name: 'Budavár', country: 'HU' }))).toBeNull();
  });
});
