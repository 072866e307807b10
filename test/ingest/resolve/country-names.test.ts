import { describe, expect, it } from 'vitest';
import { CountryNames } from '../../../src/ingest/resolve/country-names.ts';
import { COUNTRIES } from './gazetteer.ts';

describe('CountryNames', () => {
  const countries = new CountryNames(COUNTRIES);
  const code = (text: string | null) => countries.resolve(text)?.code ?? null;

  it('reads ISO codes in either case, and ISO3', () => {
    expect(code('td')).toBe('TD');
    expect(code('CHN')).toBe('CN');
    expect(code('us')).toBe('US');
  });

  it('reads names in English, Chinese and as lists write them', () => {
    expect(code('Czech Republic')).toBe('CZ');
    expect(code('中国')).toBe('CN');
    expect(code('Island')).toBe('IS');
    expect(code('in Italy')).toBe('IT');
  });

  it('reads `part, country` as the part when the part is a country, else as the country', () => {
    expect(code('Réunion, France')).toBe('RE');
    expect(code('Lower Saxony, Germany')).toBe('DE');
    expect(code('Atlantis, Nowhere')).toBeNull();
    // World Bank style, as AidData writes them: not the Korea of the part before the comma.
    expect(code('Korea, Dem. Rep.')).toBe('KP');
    expect(code('Korea, Rep')).toBe('KR');
  });

  it('knows no country for an empty or unknown name', () => {
    expect(code('')).toBeNull();
    expect(code(null)).toBeNull();
    expect(code('Atlantis')).toBeNull();
  });
});
