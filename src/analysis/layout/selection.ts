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

/**
 * Lookups over one dataset, built once per dataset and kept while it lives: a selection reads the ties
 * of its home places instead of scanning every tie (a layout request makes several selections).
 */
interface DatasetIndex {
  /** The sizes it was built at: a dataset grown since (tests build them step by step) is indexed again. */
  tieCount: number;
  placeCount: number;
  /** Positions in `dataset.ties` of each place's ties, ascending. */
  tiesByPlace: Map<string, number[]>;
  children: Map<string, string[]>;
  byCountry: Map<string, string[]>;
  byProvince: Map<string, string[]>;
}
const indexes = new WeakMap<Dataset, DatasetIndex>();

function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index && index.tieCount === dataset.ties.length && index.placeCount === dataset.places.size)
    return index;
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  index = {
    tieCount: dataset.ties.length,
    placeCount: dataset.places.size,
    tiesByPlace: new Map(),
    children: new Map(),
    byCountry: new Map(),
    byProvince: new Map(),
  };
  dataset.ties.forEach((tie, i) => {
    for (const id of tie.a === tie.b ? [tie.a] : [tie.a, tie.b]) push(index!.tiesByPlace, id, i);
  });
  for (const p of dataset.places.values()) {
    if (p.parentId !== null) push(index.children, p.parentId, p.id);
    push(index.byCountry, p.countryCode, p.id);
    if (p.provinceId !== null) push(index.byProvince, p.provinceId, p.id);
  }
  indexes.set(dataset, index);
  return index;
}

/** Places whose parentId chain reaches `rootId`, including the root itself. */
export function subdivisionsOf(dataset: Dataset, rootId: string): Set<string> {
  const { children } = indexOf(dataset);
  const out = new Set<string>([rootId]);
  // Breadth first down the children; the set also stops a cycle in bad data.
  for (const id of out) for (const child of children.get(id) ?? []) out.add(child);
  return out;
}

/** The ids of the places that count as home (the root too, where there is one). */
function homePlaceSet(dataset: Dataset, home: HomeFilter): Set<string> {
  const index = indexOf(dataset);
  switch (home.kind) {
    case 'place':
      return home.includeSubdivisions ? subdivisionsOf(dataset, home.placeId) : new Set([home.placeId]);
    case 'province':
      return new Set([home.provinceId, ...(index.byProvince.get(home.provinceId) ?? [])]);
    case 'country':
      return new Set(index.byCountry.get(home.countryCode) ?? []);
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
  const homePlaces = homePlaceSet(dataset, filter.home);
  const isHome = (p: PlaceFact) => homePlaces.has(p.id);
  const { tiesByPlace } = indexOf(dataset);
  // The home places' ties, in the dataset's tie order.
  const positions = new Set<number>();
  for (const id of homePlaces) for (const i of tiesByPlace.get(id) ?? []) positions.add(i);
  const ties: SelectedTie[] = [];
  const domesticIds: string[] = [];
  const homeIds = new Set<string>();
  const homeCountries = new Set<string>();
  if (filter.home.kind === 'country') homeCountries.add(filter.home.countryCode);
  let byFilter = 0;
  let missingPlace = 0;
  for (const i of [...positions].sort((x, y) => x - y)) {
    const tie = dataset.ties[i];
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
