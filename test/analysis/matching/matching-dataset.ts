/**
 * A small world for the matching tests: Shanghai (coastal, a district Changning), Beijing and Kunming at
 * home; partners and candidates in Japan, Vietnam, Thailand, France and Kenya. Coastal status comes only
 * from overrides, so a test can make a place coastal by adding one.
 */
import type { CountryFact, Dataset, PlaceFact, TieFact } from '../../../src/domain/dataset.ts';
import type { MatchingCandidate } from '../../../src/domain/matching.ts';

type P = Partial<PlaceFact> & Pick<PlaceFact, 'id' | 'nameEn' | 'countryCode'>;

function place(p: P): PlaceFact {
  return {
    nameZh: null,
    kind: 'city',
    lat: null,
    lng: null,
    population: null,
    isCapital: false,
    isAdminSeat: false,
    parentId: null,
    provinceId: null,
    populationRank: null,
    ...p,
  };
}

function country(
  code: string,
  nameEn: string,
  nameZh: string,
  continent: CountryFact['continent'],
  subregion: string,
  urbanPopulation: number,
  beltAndRoad: boolean,
): CountryFact {
  return {
    code,
    nameEn,
    nameZh,
    continent,
    subregion,
    beltAndRoad,
    partOf: null,
    diplomaticRelations: true,
    isState: true,
    urbanPopulation,
  };
}

let tieCount = 0;
export function tie(a: string, b: string): TieFact {
  return {
    id: `t${++tieCount}`,
    a,
    b,
    type: 'sister_city',
    level: 'city',
    status: 'active',
    signedOn: null,
    signedPrecision: null,
  };
}

export const PLACES: PlaceFact[] = [
  place({
    id: 'sh',
    nameEn: 'Shanghai',
    nameZh: '上海',
    countryCode: 'CN',
    lat: 31.2,
    lng: 121.5,
    population: 24_000_000,
    populationRank: 1,
  }),
  place({
    id: 'cn-changning',
    nameEn: 'Changning',
    nameZh: '长宁区',
    countryCode: 'CN',
    kind: 'district',
    parentId: 'sh',
    lat: 31.2,
    lng: 121.4,
  }),
  place({
    id: 'bj',
    nameEn: 'Beijing',
    nameZh: '北京',
    countryCode: 'CN',
    lat: 39.9,
    lng: 116.4,
    population: 21_000_000,
    populationRank: 2,
    isCapital: true,
  }),
  place({
    id: 'km',
    nameEn: 'Kunming',
    nameZh: '昆明',
    countryCode: 'CN',
    lat: 25.0,
    lng: 102.7,
    population: 4_000_000,
    populationRank: 10,
    isAdminSeat: true,
  }),
  place({
    id: 'hz',
    nameEn: 'Hangzhou',
    nameZh: '杭州',
    countryCode: 'CN',
    lat: 30.3,
    lng: 120.2,
    population: 7_000_000,
    populationRank: 5,
    isAdminSeat: true,
  }),
  place({
    id: 'gz',
    nameEn: 'Guangzhou',
    nameZh: '广州',
    countryCode: 'CN',
    lat: 23.1,
    lng: 113.3,
    population: 13_000_000,
    populationRank: 3,
    isAdminSeat: true,
  }),
  place({
    id: 'tokyo',
    nameEn: 'Tokyo',
    nameZh: '东京',
    countryCode: 'JP',
    lat: 35.7,
    lng: 139.7,
    population: 8_300_000,
    populationRank: 1,
    isCapital: true,
  }),
  place({
    id: 'yokohama',
    nameEn: 'Yokohama',
    nameZh: '横滨',
    countryCode: 'JP',
    lat: 35.4,
    lng: 139.6,
    population: 3_600_000,
    populationRank: 2,
  }),
  place({
    id: 'osaka',
    nameEn: 'Osaka',
    nameZh: '大阪',
    countryCode: 'JP',
    lat: 34.7,
    lng: 135.5,
    population: 2_700_000,
    populationRank: 3,
  }),
  place({
    id: 'hanoi',
    nameEn: 'Hanoi',
    nameZh: '河内',
    countryCode: 'VN',
    lat: 21.0,
    lng: 105.8,
    population: 1_400_000,
    populationRank: 2,
    isCapital: true,
  }),
  place({
    id: 'hcmc',
    nameEn: 'Ho Chi Minh City',
    nameZh: '胡志明市',
    countryCode: 'VN',
    lat: 10.8,
    lng: 106.6,
    population: 3_500_000,
    populationRank: 1,
  }),
  place({
    id: 'danang',
    nameEn: 'Da Nang',
    nameZh: '岘港',
    countryCode: 'VN',
    lat: 16.1,
    lng: 108.2,
    population: 750_000,
    populationRank: 3,
  }),
  place({
    id: 'bangkok',
    nameEn: 'Bangkok',
    nameZh: '曼谷',
    countryCode: 'TH',
    lat: 13.8,
    lng: 100.5,
    population: 5_100_000,
    populationRank: 1,
    isCapital: true,
  }),
  place({
    id: 'chiangmai',
    nameEn: 'Chiang Mai',
    nameZh: '清迈',
    countryCode: 'TH',
    lat: 18.8,
    lng: 99.0,
    population: 200_000,
    populationRank: 2,
  }),
  place({
    id: 'paris',
    nameEn: 'Paris',
    nameZh: '巴黎',
    countryCode: 'FR',
    lat: 48.9,
    lng: 2.35,
    population: 2_100_000,
    populationRank: 1,
    isCapital: true,
  }),
  place({
    id: 'lyon',
    nameEn: 'Lyon',
    nameZh: '里昂',
    countryCode: 'FR',
    lat: 45.8,
    lng: 4.8,
    population: 500_000,
    populationRank: 3,
  }),
  place({
    id: 'marseille',
    nameEn: 'Marseille',
    nameZh: '马赛',
    countryCode: 'FR',
    lat: 43.3,
    lng: 5.4,
    population: 870_000,
    populationRank: 2,
  }),
  place({
    id: 'nairobi',
    nameEn: 'Nairobi',
    nameZh: '内罗毕',
    countryCode: 'KE',
    lat: -1.3,
    lng: 36.8,
    population: 2_750_000,
    populationRank: 1,
    isCapital: true,
  }),
  place({
    id: 'mombasa',
    nameEn: 'Mombasa',
    nameZh: '蒙巴萨',
    countryCode: 'KE',
    lat: -4.05,
    lng: 39.7,
    population: 800_000,
    populationRank: 2,
  }),
];

export function matchingDataset(extraTies: TieFact[] = [], coastal: string[] = ['sh']): Dataset {
  return {
    projects: [],
    places: new Map(PLACES.map((p) => [p.id, p])),
    countries: new Map(
      [
        country('CN', 'China', '中国', 'Asia', 'Eastern Asia', 800e6, false),
        country('JP', 'Japan', '日本', 'Asia', 'Eastern Asia', 100e6, false),
        country('VN', 'Vietnam', '越南', 'Asia', 'South-eastern Asia', 40e6, true),
        country('TH', 'Thailand', '泰国', 'Asia', 'South-eastern Asia', 35e6, true),
        country('FR', 'France', '法国', 'Europe', 'Western Europe', 55e6, false),
        country('KE', 'Kenya', '肯尼亚', 'Africa', 'Eastern Africa', 15e6, true),
      ].map((c) => [c.code, c]),
    ),
    ties: [
      // Shanghai's partners: two in Japan, one in Vietnam.
      tie('sh', 'yokohama'),
      tie('sh', 'osaka'),
      tie('sh', 'hcmc'),
      // Others: Beijing holds Hanoi and Tokyo; Changning (Shanghai's district) holds Lyon.
      tie('bj', 'hanoi'),
      tie('bj', 'tokyo'),
      tie('cn-changning', 'lyon'),
      tie('yokohama', 'marseille'),
      ...extraTies,
    ],
    corridors: [
      {
        id: 'CICP',
        nameEn: 'China–Indochina Peninsula Economic Corridor',
        nameZh: '中国—中南半岛经济走廊',
        countryCodes: ['CN', 'VN', 'TH'],
        nodePlaceIds: ['bangkok', 'danang'],
      },
    ],
    observations: [],
    coastOverrides: Object.fromEntries(coastal.map((id) => [id, { coastal: true, sourceId: 'src:test' }])),
  };
}

/** The gazetteer side: every fixture city with a population (districts come from the dataset). */
export function matchingCandidates(): MatchingCandidate[] {
  return PLACES.filter((p) => p.kind === 'city' && p.population !== null).map((p) => ({
    id: p.id,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    kind: p.kind,
    countryCode: p.countryCode,
    parentId: p.parentId,
    lat: p.lat,
    lng: p.lng,
    population: p.population,
    populationRank: p.populationRank,
    isCapital: p.isCapital,
    isAdminSeat: p.isAdminSeat,
  }));
}
