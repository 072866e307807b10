/**
 * The server's reasons for refusing a field read in Chinese: the real schemas are given bad records, and
 * every reason they give comes out of the web's translation in Chinese, with its figures kept.
 */
import { describe, expect, it } from 'vitest';
import {
  describeIssues,
  eventInputSchema,
  observationInputSchema,
  partnershipInputSchema,
  projectInputSchema,
} from '../../src/domain/registry.ts';
import type { z } from 'zod';

// A computed specifier keeps the root tsc (NodeNext) from type-checking the browser code.
const REASONS = '../../web/src/reasons.ts';
type ReasonText = (lang: 'zh' | 'en', reason: string) => string;

const LONG = 'x'.repeat(3_000_000);

/** The reasons a schema gives for each bad record. */
function reasons(schema: z.ZodType, records: unknown[]): string[] {
  return records.flatMap((record) => {
    const result = schema.safeParse(record);
    return result.success ? [] : describeIssues(result.error).map((e) => e.reason);
  });
}

describe('reasons for a refused field, in the web application', async () => {
  const { reasonText } = (await import(REASONS)) as { reasonText: ReasonText };

  it('reads every reason the registry schemas give in Chinese', () => {
    const given = [
      ...reasons(partnershipInputSchema, [
        {},
        { placeA: '', placeB: ' ', sources: [] },
        { placeA: 'a', placeB: 'b', type: 'best_friends', signed: '2023-13-45', sources: [{ sourceId: 1 }] },
        { placeA: 'a', placeB: 'b', signed: '2023-02-30', note: LONG, sources: [], extra: true },
        { placeA: 'a', placeB: 'b', signed: '0999', sources: [{ title: '' }] },
      ]),
      ...reasons(projectInputSchema, [{}, { nameEn: '', amount: 'lots', currency: 'dollars' }]),
      ...reasons(eventInputSchema, [{}, { nameEn: LONG, date: 'soon' }]),
      ...reasons(observationInputSchema, [{}, { measure: '', value: Infinity }]),
    ];
    expect(given.length).toBeGreaterThan(15);
    const untranslated = [...new Set(given)].filter((reason) => {
      const zh = reasonText('zh', reason);
      return !/\p{Script=Han}/u.test(zh) || zh === reason;
    });
    expect(untranslated).toEqual([]);
  });

  it('keeps the figures, and leaves English as the server wrote it', () => {
    expect(reasonText('zh', 'month 13 does not exist in "2023-13-45"')).toBe('不存在 13 月（“2023-13-45”）');
    expect(reasonText('zh', 'day 30 does not exist in 2023-02')).toBe('2023 年 2 月没有 30 日');
    expect(reasonText('zh', 'Too big: expected string to have <=200 characters')).toBe(
      '过长：最多 200 个字符',
    );
    expect(reasonText('zh', 'Invalid input: expected string, received undefined')).toBe('必填');
    expect(reasonText('en', 'must not be empty')).toBe('must not be empty');
    // A reason the translation does not know is shown as written rather than guessed.
    expect(reasonText('zh', 'something new')).toBe('something new');
  });
});
