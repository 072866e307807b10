/**
 * Home places side by side: their layouts and partner profiles, the partner cities and countries they
 * share (with Jaccard indices) and which of them got to each shared partner first.
 */
import type { Dataset } from '../../domain/dataset.ts';
import {
  compareDates,
  comparePlaces,
  countryRef,
  earliestDate,
  placeRef,
  round6,
  zhCollator,
  type CountryRef,
  type PlaceRef,
} from './common.ts';
import { selectTies, type TieFilter, type TieSelection } from './selection.ts';
import { layoutStatistics, type LayoutOptions, type LayoutStatistics } from './statistics.ts';

export interface HomeLayout {
  /** The label of the home: the index in the list as a string unless given. */
  key: string;
  filter: TieFilter;
  layout: LayoutStatistics;
}

export interface PairOverlap {
  a: string;
  b: string;
  sharedPartners: number;
  partnerJaccard: number;
  sharedCountries: number;
  countryJaccard: number;
}

export interface FirstMover {
  /** Keys of the homes holding the shared partner or country, with their earliest known signing date. */
  holders: { key: string; since: string | null }[];
  /** The key of the home that signed first; null when dates are missing or cannot be ordered. */
  first: string | null;
  /** `dated` when every holder's date is known and one is strictly first; otherwise why not. */
  basis: 'dated' | 'same-date' | 'partly-undated' | 'undated' | 'imprecise';
}

export interface SharedPartner extends FirstMover {
  place: PlaceRef;
}

export interface SharedCountry extends FirstMover {
  country: CountryRef;
}

export interface HomeComparison {
  homes: HomeLayout[];
  pairs: PairOverlap[];
  /** Partner places held by two or more of the homes. */
  sharedPartners: SharedPartner[];
  /** Countries two or more of the homes have partners in. */
  sharedCountries: SharedCountry[];
  /** How often each home was first, over shared partners and over shared countries. */
  firsts: { key: string; partners: number; countries: number }[];
}

function jaccard(a: Set<string>, b: Set<string>): { shared: number; index: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return { shared, index: round6(union > 0 ? shared / union : 0) };
}

function firstMover(holders: { key: string; since: string | null }[]): FirstMover {
  const dated = holders.filter((h) => h.since !== null);
  if (dated.length === 0) return { holders, first: null, basis: 'undated' };
  const earliest = earliestDate(dated.map((h) => h.since));
  const atEarliest = dated.filter((h) => h.since === earliest);
  // Another holder's date that overlaps the earliest (1973 against 1973-11-30) leaves the order open.
  const overlapping = dated.some((h) => h.since !== earliest && compareDates(h.since!, earliest!) === null);
  if (overlapping) return { holders, first: null, basis: 'imprecise' };
  if (atEarliest.length > 1) return { holders, first: null, basis: 'same-date' };
  const first = atEarliest[0].key;
  // An undated holder may have signed earlier: name the earliest dated one, but say the data is partial.
  return { holders, first, basis: dated.length < holders.length ? 'partly-undated' : 'dated' };
}

/**
 * Compares two or more homes. `homes` are tie filters (a place, a province, a country); `keys` label
 * them (default "0", "1", …).
 */
export function compareHomes(
  dataset: Dataset,
  homes: TieFilter[],
  options: LayoutOptions & { keys?: string[] } = {},
): HomeComparison {
  const keys = homes.map((_, i) => options.keys?.[i] ?? String(i));
  const selections: TieSelection[] = homes.map((f) => selectTies(dataset, f));
  const layouts: HomeLayout[] = homes.map((filter, i) => ({
    key: keys[i],
    filter,
    layout: layoutStatistics(dataset, selections[i], options),
  }));

  // Earliest signing per home and partner place, and per home and partner country.
  const partnerSince = selections.map((s) => {
    const m = new Map<string, (string | null)[]>();
    for (const t of s.ties) m.set(t.partner.id, [...(m.get(t.partner.id) ?? []), t.tie.signedOn]);
    return new Map([...m].map(([k, v]) => [k, earliestDate(v)]));
  });
  const countrySince = selections.map((s) => {
    const m = new Map<string, (string | null)[]>();
    for (const t of s.ties)
      m.set(t.partner.countryCode, [...(m.get(t.partner.countryCode) ?? []), t.tie.signedOn]);
    return new Map([...m].map(([k, v]) => [k, earliestDate(v)]));
  });

  const pairs: PairOverlap[] = [];
  for (let i = 0; i < homes.length; i++)
    for (let j = i + 1; j < homes.length; j++) {
      const p = jaccard(new Set(partnerSince[i].keys()), new Set(partnerSince[j].keys()));
      const c = jaccard(new Set(countrySince[i].keys()), new Set(countrySince[j].keys()));
      pairs.push({
        a: keys[i],
        b: keys[j],
        sharedPartners: p.shared,
        partnerJaccard: p.index,
        sharedCountries: c.shared,
        countryJaccard: c.index,
      });
    }

  const holdersOf = (maps: Map<string, string | null>[], id: string) =>
    maps.flatMap((m, i) => (m.has(id) ? [{ key: keys[i], since: m.get(id) ?? null }] : []));
  const partnerIds = new Set(partnerSince.flatMap((m) => [...m.keys()]));
  const sharedPartners: SharedPartner[] = [...partnerIds]
    .map((id) => ({ id, holders: holdersOf(partnerSince, id) }))
    .filter((x) => x.holders.length >= 2)
    .map((x) => ({ place: dataset.places.get(x.id)!, ...firstMover(x.holders) }))
    .sort((a, b) => b.holders.length - a.holders.length || comparePlaces(a.place, b.place))
    .map(({ place, ...rest }) => ({ place: placeRef(place), ...rest }));
  const countryCodes = new Set(countrySince.flatMap((m) => [...m.keys()]));
  const sharedCountries: SharedCountry[] = [...countryCodes]
    .map((code) => ({ country: countryRef(dataset, code), holders: holdersOf(countrySince, code) }))
    .filter((x) => x.holders.length >= 2)
    .map((x) => ({ country: x.country, ...firstMover(x.holders) }))
    .sort(
      (a, b) => b.holders.length - a.holders.length || zhCollator.compare(a.country.nameZh, b.country.nameZh),
    );

  const firsts = keys.map((key) => ({
    key,
    partners: sharedPartners.filter((s) => s.first === key).length,
    countries: sharedCountries.filter((s) => s.first === key).length,
  }));
  return { homes: layouts, pairs, sharedPartners, sharedCountries, firsts };
}
