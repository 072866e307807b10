/**
 * Countries as China holds them: sovereign states it recognises (Palestine among them) apart from
 * territories (French Guiana, Greenland, the Falklands, Western Sahara) and China's own regions, which are
 * named in Chinese usage. Only states are benchmarked.
 */
import { describe, expect, it } from 'vitest';
import { buildCountries } from '../../src/ingest/gazetteer/countries.ts';
import { benchmarkWeights } from '../../src/analysis/layout/index.ts';
import { matchingDataset } from '../analysis/matching/matching-dataset.ts';

const countries = new Map(buildCountries().map((c) => [c.code, c]));

describe('countries as China holds them', () => {
  it('tells sovereign states from territories and areas of a state', () => {
    for (const code of ['FR', 'JP', 'PS', 'RS', 'AR']) expect(countries.get(code)!.isState, code).toBe(true);
    for (const code of ['GF', 'GL', 'FK', 'EH', 'PR', 'HK', 'MO', 'TW', 'XK'])
      expect(countries.get(code)!.isState, code).toBe(false);
    expect(countries.get('TW')).toMatchObject({ nameZh: '中国台湾', nameEn: 'Taiwan, China', partOf: 'CN' });
    expect(countries.get('XK')!.partOf).toBe('RS');
  });

  it('names areas as China’s national standard does, the other names kept for search', () => {
    // i18n-iso-countries gives Western Sahara the name of the republic China does not recognise.
    expect(countries.get('EH')!.nameZh).toBe('西撒哈拉');
    expect(countries.get('EH')!.aliases).toContain('阿拉伯撒哈拉民主共和国');
    expect(countries.get('FK')!.nameZh).toBe('福克兰群岛（马尔维纳斯）');
    expect(countries.get('FK')!.aliases).toContain('福克兰群岛');
  });

  it('benchmark states only', () => {
    const dataset = matchingDataset();
    dataset.countries.set('GF', {
      ...dataset.countries.get('FR')!,
      code: 'GF',
      nameEn: 'French Guiana',
      isState: false,
    });
    expect(benchmarkWeights(dataset, { kind: 'countries' }, ['CN']).has('GF')).toBe(false);
    expect(benchmarkWeights(dataset, { kind: 'countries' }, ['CN']).has('FR')).toBe(true);
  });
});
