/** An office's decision on a tie: written as a source and read back whole, and which one the shown status rests on. */
import { describe, expect, it } from 'vitest';
import {
  currentDecision,
  decisionLocator,
  decisionOf,
  decisionSourceTitle,
  type Decision,
} from '../../src/domain/decisions.ts';

const cited = (login: string, locator: string, kind = 'user') => ({
  id: `src:user-${login}`,
  kind,
  title: decisionSourceTitle(login),
  locator,
});

describe('decisions on a tie', () => {
  it('reads back what it writes, the date as precise as it was given', () => {
    const cases = [
      [{ date: '2025-01-01', precision: 'year' }, '2025', '2025-01-01'],
      [{ date: '2025-03-01', precision: 'month' }, '2025-03', '2025-03-01'],
      [{ date: '2025-03-15', precision: 'day' }, '2025-03-15', '2025-03-15'],
    ] as const;
    for (const [on, given, since] of cases) {
      const locator = decisionLocator('suspended', on, '双方商定暂停交流: 见函件');
      expect(locator).toBe(`suspended since ${given}: 双方商定暂停交流: 见函件`);
      expect(decisionOf(cited('sh.office', locator))).toEqual({
        sourceId: 'src:user-sh.office',
        locator,
        login: 'sh.office',
        status: 'suspended',
        since,
        precision: on.precision,
        reason: '双方商定暂停交流: 见函件',
      });
    }
  });

  it('is no decision when the source is not a user’s, or the locator is not one', () => {
    expect(decisionOf(cited('x', 'suspended since 2025: why', 'document'))).toBeNull();
    expect(decisionOf(cited('x', 'row 12'))).toBeNull();
    expect(decisionOf(cited('x', 'listed since 2025: why'))).toBeNull();
    expect(
      decisionOf({ id: 'src:a', kind: 'user', title: 'Curator x', locator: 'ended since 2025: y' }),
    ).toBeNull();
  });

  it('rests the shown status on the latest decision of that status, and an end on the decision that dated it', () => {
    const d = (status: Decision['status'], since: string, reason: string): Decision => ({
      sourceId: 'src:u',
      locator: '',
      login: 'o',
      status,
      since,
      precision: 'day',
      reason,
    });
    const decisions = [
      d('suspended', '2024-01-01', 'a'),
      d('suspended', '2025-01-01', 'b'),
      d('ended', '2026-06-30', 'c'),
    ];
    expect(currentDecision(decisions, { status: 'suspended', endedOn: null, endReason: null })?.reason).toBe(
      'b',
    );
    expect(
      currentDecision(decisions, { status: 'ended', endedOn: '2026-06-30', endReason: 'c' })?.reason,
    ).toBe('c');
    expect(currentDecision(decisions, { status: 'active', endedOn: null, endReason: null })).toBeNull();
  });
});
