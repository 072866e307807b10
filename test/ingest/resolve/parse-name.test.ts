import { describe, expect, it } from 'vitest';
import { parseName } from '../../../src/ingest/resolve/parse-name.ts';

describe('parseName', () => {
  it('takes qualifiers from parentheses and commas', () => {
    expect(parseName('Huangpu (Shanghai)')).toMatchObject({ base: 'Huangpu', qualifiers: ['Shanghai'] });
    expect(parseName('Huangpu District, Shanghai')).toMatchObject({
      base: 'Huangpu District',
      qualifiers: ['Shanghai'],
      kindHint: 'district',
    });
    expect(parseName('Charlottenburg-Wilmersdorf (Berlin)').qualifiers).toEqual(['Berlin']);
  });
  it('reads a kind word in parentheses as a hint, not a qualifier', () => {
    expect(parseName('Bergstraße (district)')).toMatchObject({
      base: 'Bergstraße',
      qualifiers: [],
      kindHint: 'district',
    });
  });
  it('reads the kind from the last word or Chinese suffix, never from a one-word name', () => {
    expect(parseName('Chiang Mai Province').kindHint).toBe('province');
    expect(parseName('四川省').kindHint).toBe('province');
    expect(parseName('海盐县').kindHint).toBe('district');
    expect(parseName('Thành phố Hồ Chí Minh').kindHint).toBe('city');
    expect(parseName('Province').kindHint).toBeNull();
  });
  it('drops footnote marks and quotes', () => {
    expect(parseName('"Łódź"[3]').base).toBe('Łódź');
  });
  it('reads districts by number, name or both', () => {
    expect(parseName('Vienna 22 – Donaustadt').district).toEqual({
      city: 'Vienna',
      number: 22,
      name: 'Donaustadt',
    });
    expect(parseName('Budapest District XV').district).toEqual({ city: 'Budapest', number: 15, name: null });
    expect(parseName('Budapest XV').district).toEqual({ city: 'Budapest', number: 15, name: null });
    expect(parseName('Prague 1').district).toEqual({ city: 'Prague', number: 1, name: null });
    expect(parseName('布达佩斯第十五区').district).toEqual({ city: '布达佩斯', number: 15, name: null });
    expect(parseName('布拉格市第一区').district).toEqual({ city: '布拉格', number: 1, name: null });
    expect(parseName('Stratford-upon-Avon').district).toBeNull();
  });
});
