/** Countries from `world-countries` and `i18n-iso-countries`, with the aliases real data uses. */
import {
  CHINA_REGION_NAMES,
  STANDARD_NAMES_ZH,
  PART_OF,
  RECOGNISED_STATES,
  type Continent,
  type Country,
} from '../../domain/geo.ts';
import { readPackageJson } from './packages.ts';
import { primaryKey } from './normalize.ts';

interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  cca3: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  translations: Record<string, { common: string; official: string }>;
}

/** Names that real lists use for a country, including the typos of the twin-city file. */
const EXTRA_ALIASES: Record<string, string[]> = {
  GE: ['Georgia (country)', 'Georgia', 'Sakartvelo'],
  CZ: ['Czech Republic', 'Czechia', 'Bohemia'],
  CG: ['Republic of the Congo', 'Congo', 'Congo-Brazzaville', '刚果(布)', '刚果共和国'],
  CD: [
    'Democratic Republic of the Congo',
    'DR Congo',
    'DRC',
    'Congo-Kinshasa',
    'Zaire',
    '刚果(金)',
    '刚果民主共和国',
  ],
  MO: ['Macau', 'Macao', '澳门', '中国澳门'],
  HK: ['Hong Kong', '香港', '中国香港'],
  TW: ['Taiwan', 'Republic of China', '台湾', '台灣', '中国台湾'],
  XK: ['Kosovo', 'Republic of Kosovo'],
  PS: [
    'Palestine',
    'State of Palestine',
    'West Bank',
    'Gaza',
    'Gaza Strip',
    'Palestinian Territories',
    '巴勒斯坦国',
  ],
  GB: [
    'United Kingdom',
    'UK',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    '英格兰',
    '苏格兰',
    '威尔士',
  ],
  CY: ['Northern Cyprus', 'Turkish Republic of Northern Cyprus'],
  IE: ['Republic of Ireland', 'Ireland', 'Éire'],
  BA: ['Bosnia and Hercegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  TL: ['East Timor', 'Timor-Leste'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  CV: ['Cape Verde', 'Cabo Verde'],
  SZ: ['Eswatini', 'Swaziland'],
  MK: ['North Macedonia', 'Macedonia', 'FYROM'],
  // World Bank style ("Korea, Dem. Rep."), as AidData's releases name them.
  KR: ['South Korea', 'Korea', 'Republic of Korea', 'Korea, Rep', 'Korea, Rep.', '南朝鲜'],
  KP: ['North Korea', "Democratic People's Republic of Korea", 'Korea, Dem. Rep.', 'Korea, DPR', '朝鲜'],
  FM: ['Federated States of Micronesia', 'Micronesia'],
  MD: ['Moldova', 'Moldavia'],
  ST: ['São Tomé and Príncipe', 'Sao Tome and Principe'],
  SR: ['Suriname', 'Surinam'],
  GR: ['Greece', 'Grece', 'Hellas'],
  JP: ['Japan', 'Japa', 'Nippon'],
  KZ: ['Kazakhstan', 'Kazakhstah'],
  MG: ['Madagascar', 'Madagaskar'],
  IS: ['Iceland', 'Island'],
  US: ['United States', 'USA', 'U.S.', 'U.S.A.', 'United States of America', 'America'],
  RU: ['Russia', 'Russian Federation'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos', 'Lao PDR'],
  MM: ['Myanmar', 'Burma'],
  NL: ['Netherlands', 'Holland', 'The Netherlands'],
  TR: ['Turkey', 'Türkiye'],
  EH: ['Western Sahara', 'Sahrawi Republic'],
  VA: ['Vatican City', 'Holy See', 'Vatican'],
  CN: ['China', "People's Republic of China", 'PRC', 'Mainland China', '中华人民共和国'],
};

/** Continents as the platform reports them: the Americas split, Central America and the Caribbean in North America. */
function continentOf(c: WorldCountry): Continent {
  switch (c.region) {
    case 'Africa':
    case 'Asia':
    case 'Europe':
    case 'Oceania':
      return c.region;
    case 'Americas':
      return c.subregion === 'South America' ? 'South America' : 'North America';
    default:
      return 'Antarctica';
  }
}

/** `world-countries` uses a few groupings that are not UN M49 subregions; these are put back. */
function unSubregion(c: WorldCountry): string {
  switch (c.subregion) {
    case 'Central Europe':
      return ['AT', 'DE', 'CH', 'LI'].includes(c.cca2)
        ? 'Western Europe'
        : c.cca2 === 'SI'
          ? 'Southern Europe'
          : 'Eastern Europe';
    case 'Southeast Europe':
      return ['BG', 'RO'].includes(c.cca2) ? 'Eastern Europe' : 'Southern Europe';
    case 'North America':
      return c.cca2 === 'MX' ? 'Central America' : 'Northern America';
    case '':
      return c.region === 'Antarctic' ? 'Antarctica' : '';
    default:
      return c.subregion;
  }
}

export function buildCountries(): Country[] {
  const world = readPackageJson<WorldCountry[]>('world-countries', 'countries.json');
  const zh = readPackageJson<{ countries: Record<string, string | string[]> }>(
    'i18n-iso-countries',
    'langs/zh.json',
  ).countries;
  const en = readPackageJson<{ countries: Record<string, string | string[]> }>(
    'i18n-iso-countries',
    'langs/en.json',
  ).countries;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

  const countries = world.map((c): Country => {
    const isoNameEn = c.name.common;
    const isoNameZh = first(zh[c.cca2]) ?? c.translations.zho?.common ?? isoNameEn;
    const nameEn = CHINA_REGION_NAMES[c.cca2]?.en ?? isoNameEn;
    const nameZh = CHINA_REGION_NAMES[c.cca2]?.zh ?? STANDARD_NAMES_ZH[c.cca2] ?? isoNameZh;
    const aliasList = [
      isoNameEn,
      isoNameZh,
      ...(EXTRA_ALIASES[c.cca2] ?? []),
      c.name.official,
      ...all(en[c.cca2]),
      ...all(zh[c.cca2]),
      c.translations.zho?.common,
      c.translations.zho?.official,
      ...c.altSpellings.filter((a) => a.length > 3),
    ].filter((a): a is string => Boolean(a));
    const seen = new Set([nameEn, nameZh].map(primaryKey));
    const aliases: string[] = [];
    for (const a of aliasList) {
      const k = primaryKey(a);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      aliases.push(a);
    }
    return {
      code: c.cca2,
      iso3: c.cca3,
      nameEn,
      nameZh,
      aliases,
      continent: continentOf(c),
      subregion: unSubregion(c),
      capital: c.capital[0] ?? null,
      partOf: PART_OF[c.cca2] ?? null,
      isState: !PART_OF[c.cca2] && (c.independent === true || RECOGNISED_STATES.includes(c.cca2)),
    };
  });
  return countries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Overseas territories and constituent parts that lists file under their sovereign state
 * (`Réunion, France`, `Faroe Islands` under Denmark). Used only when nothing matches in the country itself.
 */
export const DEPENDENT_TERRITORIES: Record<string, string[]> = {
  FR: ['GF', 'GP', 'MQ', 'RE', 'YT', 'PF', 'NC', 'PM', 'BL', 'MF', 'WF'],
  US: ['PR', 'GU', 'VI', 'AS', 'MP', 'UM'],
  GB: ['IM', 'JE', 'GG', 'GI', 'FK', 'BM', 'KY', 'VG', 'AI', 'MS', 'TC', 'SH'],
  DK: ['FO', 'GL'],
  NL: ['AW', 'CW', 'SX', 'BQ'],
  NO: ['SJ'],
  FI: ['AX'],
  NZ: ['CK', 'NU', 'TK'],
  AU: ['NF', 'CX', 'CC'],
  CY: [],
  CN: ['HK', 'MO'],
  RS: ['XK'],
  MA: ['EH'],
};
