/** Real gazetteer records (copied from the built gazetteer) and tier contexts over them, for tier tests. */
import type { Place } from '../../../src/domain/geo.ts';
import { buildCountries } from '../../../src/ingest/gazetteer/countries.ts';
import { placeRecord } from '../../../src/ingest/gazetteer/place.ts';
import { CountryNames } from '../../../src/ingest/resolve/country-names.ts';
import { PlaceIndex } from '../../../src/ingest/resolve/place-index.ts';
import { isResolution, type ResolveQuery } from '../../../src/ingest/resolve/resolution.ts';
import { Resolver } from '../../../src/ingest/resolve/resolver.ts';
import { readQuery, tierContext, type TierContext } from '../../../src/ingest/resolve/tiers/context.ts';

const city = (p: Omit<Parameters<typeof placeRecord>[0], 'kind'>): Place =>
  placeRecord({ kind: 'city', ...p });

export const MANILA = city({
  id: 'gn:1701668',
  nameEn: 'Manila',
  nameZh: '马尼拉',
  countryCode: 'PH',
  parentId: 'st:PH-NCR',
  lat: 14.6042,
  lng: 120.9822,
  population: 1600000,
  isCapital: true,
});
export const MANILA_AR = city({
  id: 'gn:4120426',
  nameEn: 'Manila',
  countryCode: 'US',
  parentId: 'st:US-AR',
  lat: 35.88007,
  lng: -90.16704,
  population: 3257,
});
export const MANILA_UT = city({
  id: 'gn:5777855',
  nameEn: 'Manila',
  countryCode: 'US',
  parentId: 'st:US-UT',
  lat: 40.98801,
  lng: -109.72265,
  population: 331,
});
export const SHANGHAI = city({
  id: 'gn:1796236',
  nameEn: 'Shanghai',
  nameZh: '上海市',
  aliases: ['Shanghai Municipality', '上海'],
  countryCode: 'CN',
  lat: 31.22222,
  lng: 121.45806,
  population: 22315474,
  isAdminSeat: true,
  divisionCode: '31',
});
export const GUANGZHOU = city({
  id: 'gn:1809858',
  nameEn: 'Guangzhou',
  nameZh: '广州市',
  aliases: ['广州'],
  countryCode: 'CN',
  parentId: 'st:CN-GD',
  lat: 23.11667,
  lng: 113.25,
  population: 11071424,
  isAdminSeat: true,
  divisionCode: '4401',
});
export const HUANGPU_SH = placeRecord({
  id: 'cn:310101',
  kind: 'district',
  nameEn: 'Huangpu District',
  nameZh: '黄浦区',
  aliases: ['Huangpu', '黄浦'],
  countryCode: 'CN',
  parentId: 'gn:1796236',
  lat: 31.22222,
  lng: 121.45806,
  divisionCode: '310101',
});
export const HUANGPU_GZ = placeRecord({
  id: 'cn:440112',
  kind: 'district',
  nameEn: 'Huangpu District',
  nameZh: '黄埔区',
  aliases: ['Huangpu', '黄埔'],
  countryCode: 'CN',
  parentId: 'gn:1809858',
  lat: 23.11667,
  lng: 113.25,
  divisionCode: '440112',
});
export const CHIANG_MAI = city({
  id: 'gn:1153671',
  nameEn: 'Chiang Mai',
  nameZh: '清迈',
  countryCode: 'TH',
  parentId: 'st:TH-50',
  lat: 18.79038,
  lng: 98.98468,
  population: 200952,
  isAdminSeat: true,
});
export const CHIANG_MAI_PROVINCE = placeRecord({
  id: 'st:TH-50',
  kind: 'province',
  nameEn: 'Chiang Mai',
  nameZh: '清迈府',
  aliases: ['Chiang Mai Province'],
  countryCode: 'TH',
  lat: 18.7883439,
  lng: 98.9853008,
});
export const BUDAPEST = city({
  id: 'gn:3054643',
  nameEn: 'Budapest',
  nameZh: '布达佩斯',
  countryCode: 'HU',
  parentId: 'st:HU-BU',
  lat: 47.49835,
  lng: 19.04045,
  population: 1741041,
  isCapital: true,
});
export const BUDAPEST_XV = city({
  id: 'gn:7284832',
  nameEn: 'Budapest XV. kerület',
  nameZh: '布达佩斯第十五区',
  countryCode: 'HU',
  parentId: 'st:HU-BU',
  lat: 47.56263,
  lng: 19.11681,
  population: 80218,
});
export const VIENNA = city({
  id: 'gn:2761369',
  nameEn: 'Vienna',
  nameZh: '维也纳',
  countryCode: 'AT',
  parentId: 'st:AT-9',
  lat: 48.20849,
  lng: 16.37208,
  population: 1691468,
  isCapital: true,
});
export const VIENNA_REGION = placeRecord({
  id: 'st:AT-9',
  kind: 'region',
  nameEn: 'Vienna',
  countryCode: 'AT',
  lat: 48.2081743,
  lng: 16.3738189,
});
export const DONAUSTADT = city({
  id: 'gn:11903636',
  nameEn: 'Donaustadt',
  countryCode: 'AT',
  parentId: 'st:AT-9',
  lat: 48.2333,
  lng: 16.46002,
  population: 187007,
});
export const PRAGUE = city({
  id: 'gn:3067696',
  nameEn: 'Prague',
  nameZh: '布拉格',
  countryCode: 'CZ',
  parentId: 'st:CZ-10',
  lat: 50.08804,
  lng: 14.42076,
  population: 1165581,
  isCapital: true,
});
export const POLATSK = city({
  id: 'gn:623317',
  nameEn: 'Polatsk',
  aliases: ['Polotsk'],
  countryCode: 'BY',
  parentId: 'st:BY-VI',
  lat: 55.4879,
  lng: 28.7856,
  population: 82258,
});
export const ZAPORIZHIA = city({
  id: 'gn:687700',
  nameEn: 'Zaporizhia',
  countryCode: 'UA',
  parentId: 'st:UA-23',
  lat: 47.82289,
  lng: 35.19031,
  population: 796217,
  isAdminSeat: true,
});
export const KOTZTING = city({
  id: 'gn:2885070',
  nameEn: 'Kötzting',
  countryCode: 'DE',
  parentId: 'st:DE-BY',
  lat: 49.17649,
  lng: 12.85515,
  population: 7471,
});
export const SAINT_DENIS_RE = city({
  id: 'gn:935264',
  nameEn: 'Saint-Denis',
  countryCode: 'RE',
  lat: -20.88231,
  lng: 55.4504,
  population: 137195,
  isCapital: true,
});

export const PLACES: Place[] = [
  MANILA,
  MANILA_AR,
  MANILA_UT,
  SHANGHAI,
  GUANGZHOU,
  HUANGPU_SH,
  HUANGPU_GZ,
  CHIANG_MAI,
  CHIANG_MAI_PROVINCE,
  BUDAPEST,
  BUDAPEST_XV,
  VIENNA,
  VIENNA_REGION,
  DONAUSTADT,
  PRAGUE,
  POLATSK,
  ZAPORIZHIA,
  KOTZTING,
  SAINT_DENIS_RE,
];

export const COUNTRIES = buildCountries();

/** What a tier sees of a query over these places; qualifiers resolve through a resolver over the same places. */
export function contextFor(query: ResolveQuery, places: Place[] = PLACES): TierContext {
  const read = readQuery(query, new CountryNames(COUNTRIES));
  if (isResolution(read)) throw new Error(read.reason);
  const resolver = new Resolver(COUNTRIES, places);
  return tierContext(new PlaceIndex(places), read, (q) => resolver.resolve(q));
}

export const ids = (found: { place: Place }[]): string[] => found.map((f) => f.place.id).sort();
