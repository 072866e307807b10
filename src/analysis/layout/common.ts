/** Small helpers the layout analyses share: names, sorting, dates, shares. */
import type { CountryFact, Dataset, PlaceFact } from '../../domain/dataset.ts';

export const zhCollator = new Intl.Collator('zh-CN');
export const enCollator = new Intl.Collator('en');

/** Orders places by Chinese name (places without one after), then English name, then id. */
export function comparePlaces(a: PlaceFact, b: PlaceFact): number {
  if (a.nameZh && b.nameZh) {
    const z = zhCollator.compare(a.nameZh, b.nameZh);
    if (z) return z;
  } else if (a.nameZh || b.nameZh) return a.nameZh ? -1 : 1;
  return enCollator.compare(a.nameEn, b.nameEn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function compareCountries(a: CountryFact, b: CountryFact): number {
  return zhCollator.compare(a.nameZh, b.nameZh) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** A place as the results show it. */
export interface PlaceRef {
  id: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
}

export function placeRef(p: PlaceFact): PlaceRef {
  return { id: p.id, nameEn: p.nameEn, nameZh: p.nameZh, countryCode: p.countryCode };
}

export interface CountryRef {
  code: string;
  nameEn: string;
  nameZh: string;
}

/** A country by code, with its names; a code the dataset lacks keeps the code as its names. */
export function countryRef(dataset: Dataset, code: string): CountryRef {
  const c = dataset.countries.get(code);
  return c ? { code, nameEn: c.nameEn, nameZh: c.nameZh } : { code, nameEn: code, nameZh: code };
}

/** The year of an ISO date or partial date (`1973`, `1973-11`, `1973-11-30`). */
export function yearOf(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})/.exec(date);
  return m ? Number(m[1]) : null;
}

/**
 * Which of two partial dates is earlier: -1, 1, 0 when equal, null when one could be either
 * (`1973` against `1973-11-30`).
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 | null {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  if (pa === pb) return null;
  return pa < pb ? -1 : 1;
}

/** The earliest of some partial dates; the least precise wins when they overlap, so the answer is never too early. */
export function earliestDate(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (!d) continue;
    if (best === null) best = d;
    else {
      const c = compareDates(d, best);
      if (c === -1) best = d;
      else if (c === null && d.length < best.length) best = d;
    }
  }
  return best;
}

export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** Rounds to 6 decimals so results compare and serialise cleanly. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
