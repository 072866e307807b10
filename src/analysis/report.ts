/**
 * The figures of an annual report on a home's ties abroad (a place, a province or the nation) for a span
 * of years: the layout as it stood at the span's end and how the span changed it, the ties signed in the
 * span, ties by level, status and type, stated figures beside counted ones, and the gaps against the
 * urban-population benchmark. Pure: the report service adds the records (exchanges, projects) and the
 * partner candidates, and renders the whole.
 */
import { PARTNERSHIP_STATUSES } from '../domain/registry.ts';
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
  signedPrecision: string | null;
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
  /**
   * Ties abroad signed by the span's end, and those of unknown date; proposals are not ties. Statuses are
   * as recorded today (a tie's end date is not in the analyses' data), so ended ties are counted, and said.
   */
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
  byContinent: {
    continent: string;
    nameZh: string;
    ties: number;
    newTies: number;
    /** Of `ties`, those of unknown date. */
    undated: number;
    share: number;
  }[];
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

export function reportFigures(
  dataset: Dataset,
  home: HomeFilter,
  span: ReportSpan,
  options: ReportOptions = {},
): ReportFigures {
  if (!Number.isInteger(span.from) || !Number.isInteger(span.to) || span.from > span.to)
    throw new RangeError(`the span ${span.from}–${span.to} must run from an earlier year to a later one`);
  const statuses = PARTNERSHIP_STATUSES.filter((s) => s !== 'proposed');
  const all = selectTies(dataset, { home });
  const stock = selectTies(dataset, { home, statuses, signedTo: span.to, includeUndated: true });
  const fresh = selectTies(dataset, { home, statuses, signedFrom: span.from, signedTo: span.to });
  const layout = layoutStatistics(dataset, stock, options);

  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const continentOf = (t: SelectedTie) =>
    dataset.countries.get(t.partner.countryCode)?.continent ?? 'unknown';
  const newByContinent = new Map<string, number>();
  const newByCountry = new Map<string, number>();
  const undatedByContinent = new Map<string, number>();
  for (const t of fresh.ties) {
    add(newByContinent, continentOf(t));
    add(newByCountry, t.partner.countryCode);
  }
  for (const t of stock.ties) if (t.signedYear === null) add(undatedByContinent, continentOf(t));
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
      signedPrecision: t.tie.signedPrecision,
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
      nameZh: c.nameZh,
      ties: c.count,
      newTies: newByContinent.get(c.continent) ?? 0,
      undated: undatedByContinent.get(c.continent) ?? 0,
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
    byType: layout.byType.map((t) => ({ key: t.type, count: t.count })),
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
