/**
 * Selecting a home (a place, a province or a country) and its ties abroad. Every later analysis counts
 * the selected ties: one tie is one partner relation of one home place.
 */
import { isDomestic } from '../../domain/geo.ts';
import type { Level, PartnershipStatus, PartnershipType } from '../../domain/registry.ts';
import type { Dataset, PlaceFact, TieFact } from '../../domain/dataset.ts';
import { yearOf } from './common.ts';

export type HomeFilter =
  | {
      kind: 'place';
      placeId: string;
      /** Also places whose parentId chain reaches it. */ includeSubdivisions?: boolean;
    }
  | { kind: 'province'; provinceId: string }
  | { kind: 'country'; countryCode: string };

export interface TieFilter {
  home: HomeFilter;
  types?: PartnershipType[];
  /** `null` in the list keeps ties of unknown level. */
  levels?: (Level | null)[];
  statuses?: PartnershipStatus[];
  /** Signing years, inclusive. Ties without a date are kept only when `includeUndated` is true. */
  signedFrom?: number;
  signedTo?: number;
  includeUndated?: boolean;
}

export interface SelectedTie {
  tie: TieFact;
  home: PlaceFact;
  partner: PlaceFact;
  signedYear: number | null;
}

export interface TieSelection {
  filter: TieFilter;
  /** The places that count as home, sorted by id. */
  homePlaceIds: string[];
  /** Home countries (partners there are domestic). */
  homeCountryCodes: string[];
  /** Ties abroad that pass the filter, in the dataset's tie order. */
  ties: SelectedTie[];
  /** Ties that pass the filter but link two places of the same country: counted, never laid out. */
  domestic: { count: number; tieIds: string[] };
  /** Ties of the home that the filter left out, and ties naming a place the dataset lacks. */
  excluded: { byFilter: number; missingPlace: number };
}

/** Places whose parentId chain reaches `rootId`, including the root itself. */
export function subdivisionsOf(dataset: Dataset, rootId: string): Set<string> {
  const inside = new Map<string, boolean>([[rootId, true]]);
  const reaches = (id: string): boolean => {
    const path: string[] = [];
    let current: string | null = id;
    let result = false;
    // A guard against cycles in bad data: a chain can never be longer than the number of places.
    for (let guard = 0; current !== null && guard <= dataset.places.size; guard++) {
      const known = inside.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(current);
      current = dataset.places.get(current)?.parentId ?? null;
    }
    for (const p of path) inside.set(p, result);
    return result;
  };
  const out = new Set<string>();
  for (const id of dataset.places.keys()) if (reaches(id)) out.add(id);
  out.add(rootId);
  return out;
}

function homeSet(dataset: Dataset, home: HomeFilter): (p: PlaceFact) => boolean {
  switch (home.kind) {
    case 'place': {
      if (!home.includeSubdivisions) return (p) => p.id === home.placeId;
      const ids = subdivisionsOf(dataset, home.placeId);
      return (p) => ids.has(p.id);
    }
    case 'province':
      return (p) => p.provinceId === home.provinceId || p.id === home.provinceId;
    case 'country':
      return (p) => p.countryCode === home.countryCode;
  }
}

function passes(filter: TieFilter, tie: TieFact): boolean {
  if (filter.types && !filter.types.includes(tie.type)) return false;
  if (filter.levels && !filter.levels.includes(tie.level)) return false;
  if (filter.statuses && !filter.statuses.includes(tie.status)) return false;
  if (filter.signedFrom !== undefined || filter.signedTo !== undefined) {
    const year = yearOf(tie.signedOn);
    if (year === null) return filter.includeUndated === true;
    if (filter.signedFrom !== undefined && year < filter.signedFrom) return false;
    if (filter.signedTo !== undefined && year > filter.signedTo) return false;
  }
  return true;
}

/** The ties of a home that pass a filter, each with its home place and its partner. */
export function selectTies(dataset: Dataset, filter: TieFilter): TieSelection {
  const isHome = homeSet(dataset, filter.home);
  const ties: SelectedTie[] = [];
  const domesticIds: string[] = [];
  const homeIds = new Set<string>();
  const homeCountries = new Set<string>();
  if (filter.home.kind === 'country') homeCountries.add(filter.home.countryCode);
  let byFilter = 0;
  let missingPlace = 0;
  for (const tie of dataset.ties) {
    const a = dataset.places.get(tie.a);
    const b = dataset.places.get(tie.b);
    if (!a || !b) {
      if ((a && isHome(a)) || (b && isHome(b))) missingPlace++;
      continue;
    }
    const aHome = isHome(a);
    const bHome = isHome(b);
    if (!aHome && !bHome) continue;
    if (!passes(filter, tie)) {
      byFilter++;
      continue;
    }
    const home = aHome ? a : b;
    const partner = aHome ? b : a;
    homeIds.add(home.id);
    homeCountries.add(home.countryCode);
    // Both sides at home, or the partner in the home's own country (or an area it counts as its own): a domestic tie.
    if ((aHome && bHome) || isDomestic(home.countryCode, partner.countryCode)) {
      if (bHome && aHome) homeIds.add(partner.id);
      domesticIds.push(tie.id);
      continue;
    }
    ties.push({ tie, home, partner, signedYear: yearOf(tie.signedOn) });
  }
  if (filter.home.kind === 'place') homeIds.add(filter.home.placeId);
  const rootId =
    filter.home.kind === 'place'
      ? filter.home.placeId
      : filter.home.kind === 'province'
        ? filter.home.provinceId
        : null;
  const root = rootId ? dataset.places.get(rootId) : undefined;
  if (root) homeCountries.add(root.countryCode);
  return {
    filter,
    homePlaceIds: [...homeIds].sort(),
    homeCountryCodes: [...homeCountries].sort(),
    ties,
    domestic: { count: domesticIds.length, tieIds: domesticIds },
    excluded: { byFilter, missingPlace },
  };
}

/** Whose ties a selection is about, as a request names it: exactly one of a place, a province or a country. */
export interface HomeChoice {
  place?: string;
  subdivisions?: boolean;
  province?: string;
  country?: string;
}

/** The tie filter for a home named by place, province or country; throws when not exactly one is given. */
export function homeTieFilter(choice: HomeChoice, rest: Omit<TieFilter, 'home'> = {}): TieFilter {
  if ([choice.place, choice.province, choice.country].filter(Boolean).length !== 1) {
    throw new Error('give exactly one of place, province or country');
  }
  const home: HomeFilter = choice.place
    ? { kind: 'place', placeId: choice.place, includeSubdivisions: Boolean(choice.subdivisions) }
    : choice.province
      ? { kind: 'province', provinceId: choice.province }
      : { kind: 'country', countryCode: choice.country!.toUpperCase() };
  return { home, ...rest };
}
