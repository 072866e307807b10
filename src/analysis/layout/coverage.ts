/**
 * Official counts beside ours: for each partner country with a stated count of its ties with China
 * (AidData's CIFCA-derived figures), the ties counted here between Chinese places and that country, how
 * many of them are dated, and the coverage ratio. A stated count covers mainland China's cities and
 * provinces; Hong Kong, Macao and Taiwan are not in it, nor in the count here.
 */
import type { Dataset, ObservationFact } from '../../domain/dataset.ts';
import { pairOf } from '../../domain/stated-ties.ts';
import { countryRef, round6, yearOf, zhCollator, type CountryRef } from './common.ts';

export interface StatedYear {
  year: number;
  stated: number;
  /** Dated ties counted here that were signed in that year or before. */
  countedSignedBy: number;
  observationId: string;
  sourceIds: string[];
}

export interface CountryCoverage {
  country: CountryRef;
  /** The latest stated figure. */
  latest: StatedYear;
  /** Every tie counted here between a place of the home country and a place of this country. */
  counted: number;
  /** Of them, the ties with a signing date. */
  dated: number;
  /** counted ÷ the latest stated figure; null when the stated figure is 0. */
  coverage: number | null;
  /** Every stated year, oldest first. */
  series: StatedYear[];
}

export interface CoverageResult {
  homeCountryCode: string;
  /** Countries with a stated figure, lowest coverage first. */
  countries: CountryCoverage[];
  /** Over those countries: the latest stated figures summed, the ties counted, and the ratio. */
  totals: { stated: number; counted: number; dated: number; coverage: number | null };
}

/** The ties of `home` places with each partner country: all, and the signing years of the dated ones. */
function countedTies(dataset: Dataset, home: string): Map<string, { all: number; years: number[] }> {
  const byCountry = new Map<string, { all: number; years: number[] }>();
  for (const tie of dataset.ties) {
    const a = dataset.places.get(tie.a);
    const b = dataset.places.get(tie.b);
    if (!a || !b || (a.countryCode === home) === (b.countryCode === home)) continue;
    const partner = a.countryCode === home ? b.countryCode : a.countryCode;
    const entry = byCountry.get(partner) ?? { all: 0, years: [] };
    entry.all++;
    const year = yearOf(tie.signedOn);
    if (year !== null) entry.years.push(year);
    byCountry.set(partner, entry);
  }
  return byCountry;
}

/** Stated figures about the pairs home – country, against the ties counted here. */
export function statedCoverage(dataset: Dataset, homeCountryCode = 'CN'): CoverageResult {
  const stated = new Map<string, ObservationFact[]>();
  for (const o of dataset.observations) {
    const pair = pairOf(o.details);
    if (!pair || pair[0] !== homeCountryCode || yearOf(o.asOf) === null) continue;
    stated.set(pair[1], [...(stated.get(pair[1]) ?? []), o]);
  }
  const counted = countedTies(dataset, homeCountryCode);
  const countries = [...stated].map(([code, observations]): CountryCoverage => {
    const ties = counted.get(code) ?? { all: 0, years: [] };
    const series = observations
      .map((o) => {
        const year = yearOf(o.asOf)!;
        return {
          year,
          stated: o.value,
          countedSignedBy: ties.years.filter((y) => y <= year).length,
          observationId: o.id,
          sourceIds: o.sourceIds,
        };
      })
      .sort((x, y) => x.year - y.year || x.observationId.localeCompare(y.observationId));
    const latest = series[series.length - 1];
    return {
      country: countryRef(dataset, code),
      latest,
      counted: ties.all,
      dated: ties.years.length,
      coverage: latest.stated > 0 ? round6(ties.all / latest.stated) : null,
      series,
    };
  });
  countries.sort(
    (x, y) =>
      (x.coverage ?? Infinity) - (y.coverage ?? Infinity) ||
      zhCollator.compare(x.country.nameZh, y.country.nameZh),
  );
  const sum = (f: (c: CountryCoverage) => number) => countries.reduce((n, c) => n + f(c), 0);
  const totalStated = sum((c) => c.latest.stated);
  const totalCounted = sum((c) => c.counted);
  return {
    homeCountryCode,
    countries,
    totals: {
      stated: totalStated,
      counted: totalCounted,
      dated: sum((c) => c.dated),
      coverage: totalStated > 0 ? round6(totalCounted / totalStated) : null,
    },
  };
}

/** The coverage table as flat rows, one a country, for CSV. */
export function coverageRows(countries: CountryCoverage[]): Record<string, string | number | null>[] {
  return countries.map((c) => ({
    country: c.country.code,
    nameEn: c.country.nameEn,
    nameZh: c.country.nameZh,
    statedYear: c.latest.year,
    stated: c.latest.stated,
    counted: c.counted,
    dated: c.dated,
    countedSignedBy: c.latest.countedSignedBy,
    coverage: c.coverage,
    source: c.latest.sourceIds.join(' '),
  }));
}
