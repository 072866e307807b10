import { describe, expect, it } from 'vitest';
import { cooperationBalance } from '../../src/analysis/cooperation-balance.ts';
import type { CooperationActivity } from '../../src/domain/cooperation-balance.ts';

const of = (exchanges: number, projects: number, year = 2024): CooperationActivity[] => [
  ...Array.from({ length: exchanges }, () => ({ kind: 'exchange' as const, year })),
  ...Array.from({ length: projects }, () => ({ kind: 'project' as const, year })),
];

describe('exchanges against projects', () => {
  it('leans one way at two to one, and is balanced between', () => {
    const verdict = (e: number, p: number) => cooperationBalance(of(e, p), 2025, 5).verdict;
    expect(verdict(0, 0)).toBe('none');
    expect(verdict(3, 0)).toBe('exchanges-only');
    expect(verdict(0, 2)).toBe('projects-only');
    expect(verdict(4, 2)).toBe('exchanges-over-projects');
    expect(verdict(3, 2)).toBe('balanced');
    expect(verdict(2, 3)).toBe('balanced');
    expect(verdict(1, 2)).toBe('projects-over-exchanges');
  });

  it('puts each activity in its year, or before, after or outside the span when it has none there', () => {
    const balance = cooperationBalance(
      [...of(1, 0, 2020), ...of(2, 1, 2021), ...of(0, 1, 2025), ...of(1, 0, 2026)],
      2025,
      5,
    );
    expect(balance).toMatchObject({
      from: 2021,
      to: 2025,
      inSpan: { exchanges: 2, projects: 2 },
      earlier: { exchanges: 1, projects: 0 },
      later: { exchanges: 1, projects: 0 },
      undated: { exchanges: 0, projects: 0 },
      exchangesPerProject: 1,
    });
    expect(balance.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(cooperationBalance([{ kind: 'project', year: null }], 2025, 1)).toMatchObject({
      years: [{ year: 2025, exchanges: 0, projects: 0 }],
      undated: { exchanges: 0, projects: 1 },
      exchangesPerProject: null,
    });
  });

  it('refuses a span that is not one', () => {
    expect(() => cooperationBalance([], 2025, 0)).toThrow(RangeError);
    expect(() => cooperationBalance([], 2025.5, 5)).toThrow(RangeError);
  });
});
