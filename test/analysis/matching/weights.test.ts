/** Resolving matching weights from a preset and overrides, and their signed array. */
import { describe, expect, it } from 'vitest';
import { COMPONENT_KEYS, MatchingInputError, PRESETS } from '../../../src/analysis/matching/types.ts';
import { matchingWeights, signedWeights } from '../../../src/analysis/matching/weights.ts';

describe('matchingWeights', () => {
  it('defaults to a copy of the balanced preset', () => {
    const w = matchingWeights({});
    expect(w).toEqual(PRESETS.balanced);
    expect(w).not.toBe(PRESETS.balanced);
  });

  it("overrides single weights of the chosen preset and keeps the preset's others", () => {
    const w = matchingWeights({ preset: 'fill-deficit', weights: { deficit: 5, community: 1 } });
    expect(w.deficit).toBe(5);
    expect(w.community).toBe(1);
    expect(w.nationalDeficit).toBe(PRESETS['fill-deficit'].nationalDeficit);
    expect(PRESETS['fill-deficit'].deficit).toBe(3);
  });

  it('refuses an unknown preset, an unknown weight and a negative or non-finite weight', () => {
    expect(() => matchingWeights({ preset: 'nearest' as never })).toThrow(MatchingInputError);
    expect(() => matchingWeights({ weights: { popularity: 1 } as never })).toThrow(
      /unknown weight "popularity"/,
    );
    expect(() => matchingWeights({ weights: { size: -1 } })).toThrow(/weight size: must be a number ≥ 0/);
    expect(() => matchingWeights({ weights: { size: Number.NaN } })).toThrow(MatchingInputError);
  });
});

describe('signedWeights', () => {
  it('lists the weights in component order, the competition components negative', () => {
    const w = matchingWeights({ weights: { size: 2, competition: 1.5, duplicate: 0 } });
    const signed = signedWeights(w);
    expect(signed).toHaveLength(COMPONENT_KEYS.length);
    expect(signed[COMPONENT_KEYS.indexOf('size')]).toBe(2);
    expect(signed[COMPONENT_KEYS.indexOf('competition')]).toBe(-1.5);
    expect(signed[COMPONENT_KEYS.indexOf('capitalTaken')]).toBe(-PRESETS.balanced.capitalTaken);
    expect(Math.abs(signed[COMPONENT_KEYS.indexOf('duplicate')])).toBe(0);
  });
});
