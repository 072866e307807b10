/** Counts derived in the browser from partnership lists (until the analysis endpoints provide them). */
import type { Partnership, PartnershipPlace } from './api';
import type { MapTie } from './charts';

export interface Tie {
  partnership: Partnership;
  self: PartnershipPlace;
  partner: PartnershipPlace;
}

/** Orients each partnership from the given place (or its subdivisions) towards the partner. */
export function tiesOf(partnerships: Partnership[], selfIds: Set<string>, homeCountry?: string): Tie[] {
  return partnerships.map((p) => {
    let selfIsA = selfIds.has(p.placeA.id) ? true : selfIds.has(p.placeB.id) ? false : undefined;
    if (selfIsA === undefined) selfIsA = homeCountry ? p.placeA.countryCode === homeCountry : true;
    return selfIsA
      ? { partnership: p, self: p.placeA, partner: p.placeB }
      : { partnership: p, self: p.placeB, partner: p.placeA };
  });
}

/** The ties whose partner has coordinates, as map points with the partner named by `name`. */
export function mapTies(ties: Tie[], name: (partner: PartnershipPlace) => string): MapTie[] {
  return ties
    .filter((t) => t.partner.lat !== null && t.partner.lng !== null)
    .map((t) => ({
      id: t.partner.id,
      name: name(t.partner),
      lng: t.partner.lng!,
      lat: t.partner.lat!,
      type: t.partnership.type,
      level: t.partnership.level,
      population: t.partner.population,
    }));
}

/** The year of a date written YYYY, YYYY-MM or YYYY-MM-DD, or null. */
const yearOf = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

/**
 * The ties in force at the end of `year`: signed in or before it and not ended before its end. A tie with
 * no signing date cannot be placed in time and is left out (the caller says how many).
 */
export function tiesAsOf(ties: Tie[], year: number): { ties: Tie[]; undated: number } {
  let undated = 0;
  const inForce = ties.filter((t) => {
    const signed = yearOf(t.partnership.signedOn);
    if (signed === null) {
      undated++;
      return false;
    }
    const ended = yearOf(t.partnership.endedOn);
    return signed <= year && (ended === null || ended > year);
  });
  return { ties: inForce, undated };
}

/** The first signing year of the ties, or null when none is dated. */
export function firstSigningYear(ties: Tie[]): number | null {
  const years = ties.map((t) => yearOf(t.partnership.signedOn)).filter((y): y is number => y !== null);
  return years.length ? Math.min(...years) : null;
}

/** The items by key, each group in the items' order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function sortedCounts(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface YearSeries {
  years: number[];
  perYear: number[];
  cumulative: number[];
  dated: number;
}

export function signingsByYear(partnerships: Partnership[]): YearSeries {
  const years = partnerships.filter((p) => p.signedOn).map((p) => Number(p.signedOn!.slice(0, 4)));
  if (years.length === 0) return { years: [], perYear: [], cumulative: [], dated: 0 };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all: number[] = [];
  for (let y = first; y <= last; y++) all.push(y);
  const counts = countBy(years, String);
  const perYear = all.map((y) => counts.get(String(y)) ?? 0);
  let running = 0;
  const cumulative = perYear.map((n) => (running += n));
  return { years: all, perYear, cumulative, dated: years.length };
}

/** The partnership's year, or a large number so that undated ties sort last. */
export function signedSortKey(p: Partnership): string {
  return p.signedOn ?? '9999';
}

/**
 * The partners of a place as GeoJSON (RFC 7946): one point per tie whose partner has coordinates, with
 * the tie's facts as properties and the data's attribution on the collection.
 */
export function tiesGeoJson(ties: Tie[], attribution: string): string {
  const features = ties
    .filter((t) => t.partner.lat !== null && t.partner.lng !== null)
    .map((t) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [t.partner.lng, t.partner.lat] },
      properties: {
        partnershipId: t.partnership.id,
        partnerId: t.partner.id,
        partnerNameEn: t.partner.nameEn,
        partnerNameZh: t.partner.nameZh,
        country: t.partner.countryCode,
        placeId: t.self.id,
        placeNameEn: t.self.nameEn,
        placeNameZh: t.self.nameZh,
        type: t.partnership.type,
        level: t.partnership.level,
        status: t.partnership.status,
        signedOn: t.partnership.signedOn,
      },
    }));
  return JSON.stringify({ type: 'FeatureCollection', attribution, features });
}
