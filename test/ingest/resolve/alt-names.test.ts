import { describe, expect, it } from 'vitest';
import type { Resolution, ResolveQuery } from '../../../src/ingest/resolve/resolution.ts';
import { resolveAllNames } from '../../../src/ingest/resolve/tiers/alt-names.ts';
import { HUANGPU_GZ, HUANGPU_SH, SHANGHAI } from './gazetteer.ts';

/** Each name's own resolution, as the single-name tiers would give it. */
function byName(outcomes: Record<string, Resolution>) {
  const asked: ResolveQuery[] = [];
  const resolveOne = (q: ResolveQuery) => {
    asked.push(q);
    return outcomes[q.name] ?? { status: 'unresolved', reason: `No place named "${q.name}".` };
  };
  return { asked, resolveOne };
}
const resolvedTo = (place: typeof SHANGHAI, confidence = 0.95): Resolution => ({
  status: 'resolved',
  place,
  confidence,
  reason: 'exact name in CN.',
});
const ambiguousAmong = (...places: (typeof SHANGHAI)[]): Resolution => ({
  status: 'ambiguous',
  candidates: places.map((place) => ({ place, score: 1 })),
  reason: 'several.',
});

describe('several names of one place', () => {
  it('passes a lone name straight through, ignoring blank and repeated alternatives', () => {
    const { asked, resolveOne } = byName({ Shanghai: resolvedTo(SHANGHAI) });
    const r = resolveAllNames({ name: 'Shanghai', altNames: ['', ' ', 'Shanghai'] }, resolveOne);
    expect(r).toEqual(resolvedTo(SHANGHAI));
    expect(asked).toHaveLength(1);
  });
  it('takes the place one name resolves to when the other is among its candidates', () => {
    const { resolveOne } = byName({
      黄浦区: resolvedTo(HUANGPU_SH),
      Huangpu: ambiguousAmong(HUANGPU_SH, HUANGPU_GZ),
    });
    const r = resolveAllNames({ name: 'Huangpu', country: 'CN', altNames: ['黄浦区'] }, resolveOne);
    expect(r.status === 'resolved' && r.place.id).toBe('cn:310101');
    expect(r.reason).toBe('exact name in CN; by "黄浦区"; "Huangpu" is among its candidates.');
  });
  it('is ambiguous when the names resolve to different places', () => {
    const { resolveOne } = byName({ 黄浦区: resolvedTo(HUANGPU_SH), 黄埔区: resolvedTo(HUANGPU_GZ) });
    const r = resolveAllNames({ name: '黄浦区', altNames: ['黄埔区'] }, resolveOne);
    expect(r.status).toBe('ambiguous');
    expect(r.reason).toMatch(/黄浦区 → cn:310101, 黄埔区 → cn:440112/);
  });
  it('is ambiguous when another name does not fit the one resolved', () => {
    const { resolveOne } = byName({ 黄浦区: resolvedTo(HUANGPU_SH), Huangpu: ambiguousAmong(HUANGPU_GZ) });
    const r = resolveAllNames({ name: '黄浦区', altNames: ['Huangpu'] }, resolveOne);
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.place.id)).toEqual(['cn:310101']);
  });
  it('resolves to the one place all ambiguous names share', () => {
    const { resolveOne } = byName({
      Huangpu: ambiguousAmong(HUANGPU_SH, HUANGPU_GZ),
      'Huangpu District': ambiguousAmong(HUANGPU_SH, SHANGHAI),
    });
    const r = resolveAllNames({ name: 'Huangpu', altNames: ['Huangpu District'] }, resolveOne);
    expect(r).toMatchObject({ status: 'resolved', confidence: 0.8 });
    expect(r.status === 'resolved' && r.place.id).toBe('cn:310101');
  });
  it('gives the first name’s outcome when nothing else decides', () => {
    const { resolveOne } = byName({ Huangpu: ambiguousAmong(HUANGPU_SH, HUANGPU_GZ) });
    const r = resolveAllNames({ name: 'Huangpu', altNames: ['Nowhere'] }, resolveOne);
    expect(r.status).toBe('ambiguous');
  });
});
