/**
 * Domestic competition abroad: which places of a home country hold ties in a foreign country or with a
 * foreign place, since when; foreign cities tied to several domestic cities; and whether a country's
 * capital is already taken by a domestic city (Phnom Penh, in the sources' Cambodia case).
 */
import { isDomestic, stateOf } from '../../domain/geo.ts';
import type { Dataset, PlaceFact, TieFact } from '../../domain/dataset.ts';
import {
  compareDates,
  comparePlaces,
  countryRef,
  earliestDate,
  placeRef,
  type CountryRef,
  type PlaceRef,
} from './common.ts';

export interface Holding {
  /** The domestic place holding the tie. */
  holder: PlaceRef;
  holderProvinceId: string | null;
  /** Earliest known signing date of its ties there; null if none is dated. */
  since: string | null;
  ties: {
    tieId: string;
    partnerId: string;
    signedOn: string | null;
    type: TieFact['type'];
    level: TieFact['level'];
  }[];
}

export interface ForeignPlaceHoldings {
  place: PlaceRef;
  isCapital: boolean;
  populationRank: number | null;
  /** Domestic places tied to it, the earliest first (undated last). */
  holders: Holding[];
  /** Two or more domestic places hold ties with it. */
  contested: boolean;
}

export interface CapitalCase {
  country: CountryRef;
  capital: PlaceRef | null;
  /** True when a domestic place already holds a tie with the capital. */
  taken: boolean;
  holders: Holding[];
  en: string;
  zh: string;
}

export interface CountryCompetition {
  country: CountryRef;
  homeCountryCode: string;
  /** Domestic places with ties in the country, the earliest first. */
  holders: Holding[];
  /** The country's places tied to domestic places, most holders first. */
  places: ForeignPlaceHoldings[];
  contestedPlaces: number;
  capital: CapitalCase;
}

export interface CompetitionOptions {
  /** The domestic side (default CN). */
  homeCountryCode?: string;
  /** A foreign place with at least this many domestic holders is contested (default 2). */
  minHolders?: number;
}

interface Link {
  tie: TieFact;
  domestic: PlaceFact;
  foreign: PlaceFact;
}

/**
 * Ties between the home country and abroad, each oriented domestic → foreign. Places in areas the home
 * country holds as its own (Hong Kong, Macao and Taiwan for China) are on neither side: their ties with
 * the mainland are not foreign, and their ties abroad are not the mainland's.
 */
function crossBorderLinks(
  dataset: Dataset,
  homeCountryCode: string,
  keep: (foreign: PlaceFact) => boolean,
): Link[] {
  const links: Link[] = [];
  for (const tie of dataset.ties) {
    const a = dataset.places.get(tie.a);
    const b = dataset.places.get(tie.b);
    if (!a || !b) continue;
    const aHome = a.countryCode === homeCountryCode;
    const bHome = b.countryCode === homeCountryCode;
    if (aHome === bHome) continue;
    const domestic = aHome ? a : b;
    const foreign = aHome ? b : a;
    if (!isDomestic(homeCountryCode, foreign.countryCode) && keep(foreign))
      links.push({ tie, domestic, foreign });
  }
  return links;
}

function bySince(a: Holding, b: Holding, places: Dataset['places']): number {
  if (a.since && b.since) {
    const c = compareDates(a.since, b.since);
    if (c) return c;
  } else if (a.since || b.since) return a.since ? -1 : 1;
  return comparePlaces(places.get(a.holder.id)!, places.get(b.holder.id)!);
}

function holdingsOf(dataset: Dataset, links: Link[]): Holding[] {
  const grouped = new Map<string, Link[]>();
  for (const l of links) grouped.set(l.domestic.id, [...(grouped.get(l.domestic.id) ?? []), l]);
  return [...grouped.values()]
    .map((ls) => ({
      holder: placeRef(ls[0].domestic),
      holderProvinceId: ls[0].domestic.provinceId,
      since: earliestDate(ls.map((l) => l.tie.signedOn)),
      ties: ls.map((l) => ({
        tieId: l.tie.id,
        partnerId: l.foreign.id,
        signedOn: l.tie.signedOn,
        type: l.tie.type,
        level: l.tie.level,
      })),
    }))
    .sort((a, b) => bySince(a, b, dataset.places));
}

function foreignHoldings(dataset: Dataset, links: Link[], minHolders: number): ForeignPlaceHoldings[] {
  const grouped = new Map<string, Link[]>();
  for (const l of links) grouped.set(l.foreign.id, [...(grouped.get(l.foreign.id) ?? []), l]);
  return [...grouped.values()]
    .map((ls) => {
      const holders = holdingsOf(dataset, ls);
      const f = ls[0].foreign;
      return {
        place: placeRef(f),
        isCapital: f.isCapital,
        populationRank: f.populationRank,
        holders,
        contested: holders.length >= minHolders,
      };
    })
    .sort(
      (a, b) =>
        b.holders.length - a.holders.length ||
        comparePlaces(dataset.places.get(a.place.id)!, dataset.places.get(b.place.id)!),
    );
}

/** The national capital(s) of a country in the dataset; several only in countries with more than one seat. */
function capitalsOf(dataset: Dataset, countryCode: string): PlaceFact[] {
  return [...dataset.places.values()]
    .filter((p) => p.countryCode === countryCode && p.isCapital)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || comparePlaces(a, b));
}

/** Whether a country's capital is already tied to a domestic place: who holds it and since when. */
export function capitalCase(
  dataset: Dataset,
  countryCode: string,
  options: CompetitionOptions = {},
): CapitalCase {
  const home = options.homeCountryCode ?? 'CN';
  const country = countryRef(dataset, countryCode);
  const capital = capitalsOf(dataset, countryCode)[0] ?? null;
  if (!capital)
    return {
      country,
      capital: null,
      taken: false,
      holders: [],
      en: `The data has no capital for ${country.nameEn}.`,
      zh: `数据中没有${country.nameZh}的首都。`,
    };
  const holders = holdingsOf(
    dataset,
    crossBorderLinks(dataset, home, (f) => f.id === capital.id),
  );
  const names = (lang: 'en' | 'zh') =>
    holders
      .map((h) =>
        lang === 'en'
          ? `${h.holder.nameEn}${h.since ? ` (since ${h.since})` : ' (date unknown)'}`
          : `${h.holder.nameZh ?? h.holder.nameEn}${h.since ? `（${h.since}起）` : '（日期不详）'}`,
      )
      .join(lang === 'en' ? ', ' : '、');
  const capitalZh = capital.nameZh ?? capital.nameEn;
  return {
    country,
    capital: placeRef(capital),
    taken: holders.length > 0,
    holders,
    en: holders.length
      ? `${capital.nameEn}, the capital of ${country.nameEn}, is already tied to ${names('en')}.`
      : `${capital.nameEn}, the capital of ${country.nameEn}, has no tie with a domestic place in the data.`,
    zh: holders.length
      ? `${country.nameZh}首都${capitalZh}已与${names('zh')}结好。`
      : `数据中${country.nameZh}首都${capitalZh}尚未与国内城市结好。`,
  };
}

/** Competition is over foreign partners: Hong Kong, Macao and Taiwan are not foreign for China. */
export class NotForeignError extends Error {}

function requireForeign(home: string, countryCode: string, what: string): void {
  if (isDomestic(home, countryCode))
    throw new NotForeignError(
      `${what} is in ${countryCode}, part of ${stateOf(countryCode)}: its ties are not foreign for ${home}`,
    );
}

/** Domestic places holding ties in a foreign country, its contested places and its capital case. */
export function countryCompetition(
  dataset: Dataset,
  countryCode: string,
  options: CompetitionOptions = {},
): CountryCompetition {
  const home = options.homeCountryCode ?? 'CN';
  requireForeign(home, countryCode, countryCode);
  const links = crossBorderLinks(dataset, home, (f) => f.countryCode === countryCode);
  const places = foreignHoldings(dataset, links, options.minHolders ?? 2);
  return {
    country: countryRef(dataset, countryCode),
    homeCountryCode: home,
    holders: holdingsOf(dataset, links),
    places,
    contestedPlaces: places.filter((p) => p.contested).length,
    capital: capitalCase(dataset, countryCode, options),
  };
}

/** The domestic places tied to one foreign place, since when. */
export function placeCompetition(
  dataset: Dataset,
  placeId: string,
  options: CompetitionOptions = {},
): ForeignPlaceHoldings | null {
  const place = dataset.places.get(placeId);
  if (!place) return null;
  requireForeign(options.homeCountryCode ?? 'CN', place.countryCode, placeId);
  const links = crossBorderLinks(dataset, options.homeCountryCode ?? 'CN', (f) => f.id === placeId);
  const holders = holdingsOf(dataset, links);
  return {
    place: placeRef(place),
    isCapital: place.isCapital,
    populationRank: place.populationRank,
    holders,
    contested: holders.length >= (options.minHolders ?? 2),
  };
}

/** The foreign places with the most domestic holders in the whole data. */
export function mostContestedPlaces(
  dataset: Dataset,
  options: CompetitionOptions & { limit?: number } = {},
): ForeignPlaceHoldings[] {
  const minHolders = options.minHolders ?? 2;
  const links = crossBorderLinks(dataset, options.homeCountryCode ?? 'CN', () => true);
  return foreignHoldings(dataset, links, minHolders)
    .filter((p) => p.contested)
    .slice(0, options.limit ?? 20);
}
