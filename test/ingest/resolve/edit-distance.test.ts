import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/ingest/resolve/edit-distance.ts';

describe('editDistance', () => {
  it('counts letters changed, added or dropped', () => {
    expect(editDistance('polotsk', 'polatsk')).toBe(1);
    expect(editDistance('zaporizhzhia', 'zaporizhia')).toBe(2);
    expect(editDistance('lodz', 'lodz')).toBe(0);
  });
  it('stops at 4 when the lengths alone differ by more than 3', () => {
    expect(editDistance('lasarteoria', 'lasarte')).toBe(4);
  });
});
