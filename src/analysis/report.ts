/**
 * The figures of an annual report on a home's ties abroad (a place, a province or the nation) for a span
 * of years: the layout as it stood at the span's end and how the span changed it, the ties signed in the
 * span, ties by level, status and type, stated figures beside counted ones, and the gaps against the
 * urban-population benchmark. Pure: the report service adds the records (exchanges, projects) and the
 * partner candidates, and renders the whole.
 */
import { CONTINENT_ZH, type Continent } from '../domain/geo.ts';
import type { Dataset, PlaceFact } from '../domain/dataset.ts';
import {
  compareStatedFigures,
  imbalance,
  layoutStatistics,
  observationsFor,
  practicalCooperation,
  selectTies,
  type HomeFilter,
  type LayoutOptions,
  type SelectedTie,
  type StatedComparison,
} from './layout/index.ts';

export interface ReportSpan {
  from: number;
  to: number;
}

export interface ReportPlace {
  id: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
}

export interface ReportTie {
  tieId: string;
  home: ReportPlace;
  partner: ReportPlace;
  country: { code: string; nameEn: string; nameZh: string };
  type: string;
  level: string | null;
  status: string;
  signedOn: string | null;
}

export interface ReportCount {
  key: string;
  count: number;
}

export interface ReportFigures {
  span: ReportSpan;
  /** Ties abroad as they stood at the span's end: those signed by then, and those of unknown date. */
  stock: {
    ties: number;
    undated: number;
    partners: number;
    countries: number;
    continents: number;
    /** Ties abroad signed before the span began (dated ones only). */
    before: number;
  };
  /** Ties abroad signed within the span, oldest first. */
  newTies: ReportTie[];
  byContinent: { continent: string; nameZh: string; ties: number; newTies: number; share: number }[];
  /** The countries with most ties at the span's end. */
  byCountry: { code: string; nameEn: string; nameZh: string; ties: number; newTies: number }[];
  countryCount: number;
  byLevel: ReportCount[];
  byStatus: ReportCount[];
  byType: ReportCount[];
  /** Ties signed by year up to the span's end, and the running total of dated ties. */
  timeline: { year: number; signed: number; cumulative: number }[];
  stated: StatedComparison[];
  imbalance: {
    /** Duncan's dissimilarity index over countries: the share of ties that would have to move. */
    duncan: number;
    gaps: {
      code: string;
      nameEn: string;
      nameZh: string;
      observed: number;
      expected: number;
      deficit: number;
      untiedLargeCities: ReportPlace[];
    }[];
  };
  /** Partners hosting cooperation projects (AidData's and the registry's), most first. */
  partnersWithProjects: { place: ReportPlace; projects: number }[];
}

export interface ReportOptions extends LayoutOptions {
  /** Countries listed by ties (default 15). */
  countryLimit?: number;
  /** Gap countries listed (default 10). */
  gapLimit?: number;
}

const placeRef = (p: PlaceFact): ReportPlace => ({
  id: p.id,
  nameEn: p.nameEn,
  nameZh: p.nameZh,
  countryCode: p.countryCode,
});

function countBy<T>(items: T[], key: (item: T) => string, order: readonly string[]): ReportCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return order.filter((k) => counts.has(k)).map((k) => ({ key: k, count: counts.get(k)! }));
}

export function reportFigures(
  dataset: Dataset,
  home: HomeFilter,
  span: ReportSpan,
  options: ReportOptions = {},
): ReportFigures {
  if (!Number.isInteger(span.from) || !Number.isInteger(span.to) || span.from > span.to)
    throw new RangeError(`the span ${span.from}–${span.to} must run from an earlier year to a later one`);
  const all = selectTies(dataset, { home });
  const stock = selectTies(dataset, { home, signedTo: span.to, includeUndated: true });
  const fresh = selectTies(dataset, { home, signedFrom: span.from, signedTo: span.to });
  const layout = layoutStatistics(dataset, stock, options);

  const newByContinent = new Map<string, number>();
  const newByCountry = new Map<string, number>();
  for (const t of fresh.ties) {
    const continent = dataset.countries.get(t.partner.countryCode)?.continent ?? 'unknown';
    newByContinent.set(continent, (newByContinent.get(continent) ?? 0) + 1);
    newByCountry.set(t.partner.countryCode, (newByCountry.get(t.partner.countryCode) ?? 0) + 1);
  }
  const tieRow = (t: SelectedTie): ReportTie => {
    const country = dataset.countries.get(t.partner.countryCode);
    return {
      tieId: t.tie.id,
      home: placeRef(t.home),
      partner: placeRef(t.partner),
      country: {
        code: t.partner.countryCode,
        nameEn: country?.nameEn ?? t.partner.countryCode,
        nameZh: country?.nameZh ?? t.partner.countryCode,
      },
      type: t.tie.type,
      level: t.tie.level,
      status: t.tie.status,
      signedOn: t.tie.signedOn,
    };
  };
  const gaps = imbalance(dataset, stock, { kind: 'urban-population' }, { gapLimit: options.gapLimit ?? 10 });
  const subjectPlaceId = home.kind === 'place' ? home.placeId : null;
  const subject =
    home.kind === 'place'
      ? { placeId: home.placeId }
      : home.kind === 'country'
        ? { countryCode: home.countryCode }
        : { placeId: home.provinceId };

  return {
    span,
    stock: {
      ties: layout.total,
      undated: layout.undated,
      partners: layout.distinctPartners,
      countries: layout.distinctCountries,
      continents: layout.distinctContinents,
      before: stock.ties.filter((t) => t.signedYear !== null && t.signedYear < span.from).length,
    },
    newTies: fresh.ties
      .map(tieRow)
      .sort((a, b) => (a.signedOn ?? '').localeCompare(b.signedOn ?? '') || a.tieId.localeCompare(b.tieId)),
    byContinent: layout.byContinent.map((c) => ({
      continent: c.continent,
      nameZh: c.nameZh || (CONTINENT_ZH[c.continent as Continent] ?? c.continent),
      ties: c.count,
      newTies: newByContinent.get(c.continent) ?? 0,
      share: c.share,
    })),
    byCountry: layout.byCountry.slice(0, options.countryLimit ?? 15).map((c) => ({
      code: c.code,
      nameEn: c.nameEn,
      nameZh: c.nameZh,
      ties: c.count,
      newTies: newByCountry.get(c.code) ?? 0,
    })),
    countryCount: layout.byCountry.length,
    byLevel: layout.byLevel.map((l) => ({ key: l.level, count: l.count })),
    byStatus: layout.byStatus.map((s) => ({ key: s.status, count: s.count })),
    byType: countBy(stock.ties, (t) => t.tie.type, ['sister_city', 'friendly_exchange', 'other', 'unknown']),
    timeline: layout.timeline,
    stated: compareStatedFigures(dataset, all, observationsFor(dataset, subject), subjectPlaceId),
    imbalance: {
      duncan: gaps.countryIndex.duncan,
      gaps: gaps.gaps.map((g) => ({
        code: g.code,
        nameEn: g.nameEn,
        nameZh: g.nameZh,
        observed: g.observed,
        expected: g.expected,
        deficit: g.deficit,
        untiedLargeCities: g.untiedLargeCities.slice(0, 3).map((c) => c.place),
      })),
    },
    partnersWithProjects: practicalCooperation(dataset, stock, { limit: 10 }).partnersWithProjects,
  };
}
