/** The English and Chinese resources of the web app have the same keys. */
import { describe, expect, it } from 'vitest';

// A computed specifier keeps the root tsc (NodeNext) from type-checking the browser code.
const EN = '../../web/src/i18n/en/index.ts';
const ZH = '../../web/src/i18n/zh/index.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the web app’s translations', () => {
  it('have the same keys in both languages, each a non-empty string', async () => {
    const en = ((await import(EN)) as { default: object }).default;
    const zh = ((await import(ZH)) as { default: object }).default;
    const enKeys = keys(en).sort();
    const zhKeys = keys(zh).sort();
    expect(
      zhKeys.filter((k) => !enKeys.includes(k)),
      'only in Chinese',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !zhKeys.includes(k)),
      'only in English',
    ).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(500);
    for (const [lang, resources] of [
      ['en', en],
      ['zh', zh],
    ] as const)
      for (const key of keys(resources)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources);
        expect(typeof value === 'string' && value.length > 0, `${lang}: ${key}`).toBe(true);
      }
  });

  it('leave no English in the Chinese data review', async () => {
    const zh = ((await import(ZH)) as { default: { stewardship: object } }).default;
    for (const key of keys(zh.stewardship)) {
      const value = key
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh.stewardship);
      expect(String(value).replace(/\{\{\w+\}\}/g, ''), `zh: stewardship.${key}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('leave no English in the Chinese decisions on a tie and milestones', async () => {
    const zh = ((await import(ZH)) as { default: { lifecycle: object; milestone: object } }).default;
    for (const [area, resources] of [
      ['lifecycle', zh.lifecycle],
      ['milestone', zh.milestone],
    ] as const)
      for (const key of keys(resources)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources);
        expect(String(value).replace(/\{\{\w+\}\}/g, ''), `zh: ${area}.${key}`).not.toMatch(/[A-Za-z]/);
      }
  });
});
