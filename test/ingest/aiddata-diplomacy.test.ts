/**
 * AidData's public diplomacy releases, read from the bundled files: every country and year of both
 * releases becomes one observation about the pair China – country, with its file and row; bad rows
 * refuse the import and say where.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA, readDiplomacyFiles } from '../../src/ingest/bootstrap.ts';
import {
  aiddataDiplomacyBatch,
  readEastAsiaPacific,
  type DiplomacyRow,
} from '../../src/ingest/aiddata-diplomacy.ts';
import { emptyReport } from '../../src/ingest/report.ts';
import { buildCountries } from '../../src/ingest/gazetteer/countries.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { pairOf, STATED_CHINA_TIES_MEASURE } from '../../src/domain/stated-ties.ts';

const resolver = new Resolver(buildCountries(), []);
const files = readDiplomacyFiles(path.join(BUNDLED_DATA, 'aiddata-public-diplomacy'));

function build(rows: DiplomacyRow[]) {
  const report = emptyReport('aiddata-diplomacy', 'test', '0');
  const batch = aiddataDiplomacyBatch(rows, resolver, report);
  return { report, observations: batch.observations ?? [], sources: batch.sources ?? [] };
}

describe('AidData public diplomacy releases', () => {
  it('give one observation per country and year: 25 countries 2000-2016, 13 countries 2000-2018', async () => {
    const { report, observations, sources } = build(await files.rows());
    expect(report.errors).toEqual([]);
    expect(observations).toHaveLength(25 * 17 + 13 * 19);
    expect(new Set(observations.map((o) => o.countryCode)).size).toBe(38);
    expect(sources.map((s) => s.id).sort()).toEqual(['src:aiddata-pd-eap', 'src:aiddata-pd-sca']);
    for (const o of observations) {
      expect(o.measure).toBe(STATED_CHINA_TIES_MEASURE);
      expect(pairOf(o.details ?? {})).toEqual(['CN', o.countryCode]);
      expect(o.sources[0].locator).toMatch(/^Chinas.+ row \d+$/);
    }
  });

  it('reads the figures as the releases state them, North and South Korea apart', async () => {
    const { observations } = build(await files.rows());
    const value = (code: string, year: number) =>
      observations.find((o) => o.id === `obs:aiddata-pd:${code}:${year}`)?.value;
    expect(value('AU', 2016)).toBe(103);
    expect(value('JP', 2016)).toBe(377);
    expect(value('KR', 2016)).toBe(180);
    expect(value('KP', 2016)).toBe(8);
    expect(value('KZ', 2018)).toBe(18);
    // The South and Central Asia release also gives the ties new in each year.
    expect(observations.find((o) => o.id === 'obs:aiddata-pd:KZ:2018')?.details).toMatchObject({
      newInYear: 1,
    });
  });

  it('refuses rows it cannot read, naming file, row and field; skips years without a count', () => {
    const header =
      'year,receiving_country,confucius_institutes,cultural_centers,cultural_events,sister_cities\n';
    const rows = readEastAsiaPacific(
      header +
        '2001,Atlantis,0,0,0,5\n' +
        '2002,Australia,0,0,0,=1+1\n' +
        '2003,Australia,0,0,0,\n' +
        'MMIV,Australia,0,0,0,7\n' +
        '2005,Australia,0,0,0,8\n' +
        '2005,Australia,0,0,0,9\n',
    );
    const { report, observations } = build(rows);
    const file = 'ChinasPublicDiplomacyinEastAsiaandPacific_v1.0.csv';
    expect(report.errors).toEqual([
      {
        row: 2,
        field: `${file}: receiving_country`,
        value: 'Atlantis',
        reason: 'not a country the gazetteer knows',
      },
      { row: 3, field: `${file}: sister_cities`, value: '=1+1', reason: 'not a whole number of ties' },
      { row: 5, field: `${file}: year`, value: 'MMIV', reason: 'not a year' },
      { row: 7, field: `${file}: receiving_country`, value: 'Australia', reason: 'AU 2005 is given twice' },
    ]);
    expect(report.skipped).toEqual([{ row: 4, field: 'sister_cities', reason: 'no count for this year' }]);
    expect(observations.map((o) => o.id)).toEqual(['obs:aiddata-pd:AU:2005']);
  });
});
