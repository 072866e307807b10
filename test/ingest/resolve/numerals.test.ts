import { describe, expect, it } from 'vitest';
import { chineseNumber, intToRoman, latinNumber, romanToInt } from '../../../src/ingest/resolve/numerals.ts';

describe('district numbers', () => {
  it('reads Roman numerals of Budapest and Paris districts, and rejects other letters', () => {
    expect(romanToInt('XV')).toBe(15);
    expect(romanToInt('XIX')).toBe(19);
    expect(romanToInt('IV')).toBe(4);
    expect(romanToInt('XK')).toBeNull();
  });
  it('writes Roman numerals back, for `Budapest XV` from `Budapest District 15`', () => {
    expect(intToRoman(15)).toBe('XV');
    expect(intToRoman(22)).toBe('XXII');
    expect(intToRoman(49)).toBe('XLIX');
  });
  it('reads Arabic or Roman numbers in either case', () => {
    expect(latinNumber('22')).toBe(22);
    expect(latinNumber('xv')).toBe(15);
  });
  it('reads Chinese numbers of district names (布达佩斯第十五区, 布拉格市第一区)', () => {
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('一')).toBe(1);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('二十二')).toBe(22);
    expect(chineseNumber('8')).toBe(8);
    expect(chineseNumber('百')).toBeNull();
  });
});
