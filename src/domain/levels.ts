/**
 * The administrative level of a place, as a Chinese foreign affairs office names it. On the Chinese side:
 * province-level (provinces, autonomous regions, the four municipalities, the special administrative
 * regions), prefecture-level (cities, prefectures, autonomous prefectures, leagues), county-level city,
 * district, county (counties, autonomous counties, banners, forestry and special districts). Abroad:
 * first-level region, city, district. Derived from the GB/T 2260 code and name, or from the place's kind.
 */
import { stateOf, type PlaceKind } from './geo.ts';

export const ADMIN_LEVELS = [
  'province_level',
  'prefecture_level',
  'county_level_city',
  'district',
  'county',
  'region',
  'city',
] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export interface LevelledPlace {
  countryCode: string;
  kind: PlaceKind;
  divisionCode: string | null;
  nameZh: string | null;
}

/** The level of a place; null where the data does not tell (a Chinese town outside the division list). */
export function adminLevel(p: LevelledPlace): AdminLevel | null {
  if (p.countryCode === 'HK' || p.countryCode === 'MO') return 'province_level';
  if (stateOf(p.countryCode) !== 'CN' || p.countryCode === 'TW') return foreignLevel(p.kind);
  // Codes come short (31, 3205) or in the six-digit form (310000, 320500).
  const code = p.divisionCode?.replace(/^(\d{2})0000$/, '$1').replace(/^(\d{4})00$/, '$1');
  if (code?.length === 2) return 'province_level';
  if (code?.length === 4) return 'prefecture_level';
  if (code?.length === 6) {
    const name = p.nameZh ?? '';
    if (/(县|旗|林区|特区)$/.test(name)) return 'county';
    if (/区$/.test(name)) return 'district';
    if (/市$/.test(name)) return 'county_level_city';
    return null;
  }
  if (p.kind === 'province') return 'province_level';
  if (p.kind === 'district') return 'district';
  return null;
}

function foreignLevel(kind: PlaceKind): AdminLevel {
  return kind === 'province' || kind === 'region' ? 'region' : kind === 'district' ? 'district' : 'city';
}

/**
 * The one-character short names (简称) of China's province-level divisions, by division code, as the
 * central government's table of provincial divisions gives them (www.gov.cn, 行政区划): an officer types
 * 苏 for Jiangsu or 沪 for Shanghai. A second form where two are in use (川 and 蜀, 云 and 滇).
 */
export const PROVINCE_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  '11': ['京'],
  '12': ['津'],
  '13': ['冀'],
  '14': ['晋'],
  '15': ['蒙'],
  '21': ['辽'],
  '22': ['吉'],
  '23': ['黑'],
  '31': ['沪'],
  '32': ['苏'],
  '33': ['浙'],
  '34': ['皖'],
  '35': ['闽'],
  '36': ['赣'],
  '37': ['鲁'],
  '41': ['豫'],
  '42': ['鄂'],
  '43': ['湘'],
  '44': ['粤'],
  '45': ['桂'],
  '46': ['琼'],
  '50': ['渝'],
  '51': ['川', '蜀'],
  '52': ['贵', '黔'],
  '53': ['云', '滇'],
  '54': ['藏'],
  '61': ['陕', '秦'],
  '62': ['甘', '陇'],
  '63': ['青'],
  '64': ['宁'],
  '65': ['新'],
  '71': ['台'],
  '81': ['港'],
  '82': ['澳'],
};

/**
 * The places whose ties are counted with those of their cities and counties, as the official lists count
 * a province's (江苏省 228, not the handful signed by the province itself): China's provinces. The store
 * builds its SQL from the same two facts.
 */
export const COUNTS_SUBDIVISIONS = { kind: 'province', countryCode: 'CN' } as const;

export function countsSubdivisions(place: { kind: PlaceKind; countryCode: string }): boolean {
  return place.kind === COUNTS_SUBDIVISIONS.kind && place.countryCode === COUNTS_SUBDIVISIONS.countryCode;
}
