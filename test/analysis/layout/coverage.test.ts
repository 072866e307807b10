/**
 * Official counts beside ours, by hand: Japan's ties with Chinese places in the hand dataset are
 * t01 1973, t02 1974, t06 1979, t10 1980 and t12 undated (5, 4 dated); Cambodia's t05 2008 and t08
 * undated (2, 1 dated); France's t03, t04, t07. France has no stated figure and is not listed, but in the last test.
 */
import { describe, expect, it } from 'vitest';
import { observationsFor, statedCoverage } from '../../../src/analysis/layout/index.ts';
import type { ObservationFact } from '../../../src/domain/dataset.ts';
import { STATED_CHINA_TIES_MEASURE } from '../../../src/domain/stated-ties.ts';
import { handDataset } from './hand-dataset.ts';

const stated = (code: string, year: number, value: number): ObservationFact => ({
  id: `obs:${code}:${year}`,
  subjectText: `China – ${code}`,
  placeId: null,
  countryCode: code,
  measure: STATED_CHINA_TIES_MEASURE,
  value,
  asOf: `${year}-01-01`,
  details: { pair: ['CN', code] },
  sourceIds: ['src:aiddata'],
});

describe('stated counts beside the ties counted here', () => {
  const dataset = handDataset();
  dataset.observations.push(stated('JP', 1980, 10), stated('JP', 1975, 4), stated('KH', 2010, 2));

  it('counts each country’s ties with Chinese places, the dated ones, and those signed by each stated year', () => {
    const result = statedCoverage(dataset);
    expect(result.countries.map((c) => c.country.code)).toEqual(['JP', 'KH']);
    const [jp, kh] = result.countries;
    expect(jp).toMatchObject({ counted: 5, dated: 4, coverage: 0.5, latest: { year: 1980, stated: 10 } });
    expect(jp.series.map((s) => [s.year, s.stated, s.countedSignedBy])).toEqual([
      [1975, 4, 2],
      [1980, 10, 4],
    ]);
    expect(kh).toMatchObject({ counted: 2, dated: 1, coverage: 1, latest: { countedSignedBy: 1 } });
    expect(result.totals).toEqual({ stated: 12, counted: 7, dated: 5, coverage: 0.583333 });
  });

  it('leaves the pair figures out of the country’s own stated figures', () => {
    expect(observationsFor(dataset, { countryCode: 'JP' })).toEqual([]);
  });

  it('has no coverage ratio against a stated zero', () => {
    const zero = handDataset();
    zero.observations.push(stated('FR', 2016, 0));
    expect(statedCoverage(zero).countries[0]).toMatchObject({ counted: 3, coverage: null });
  });
});
