/** A small dataset whose every figure can be checked by hand (see the tests for the arithmetic). */
import type { CountryFact, Dataset, PlaceFact, TieFact } from '../../../src/domain/dataset.ts';

function place(p: Partial<PlaceFact> & Pick<PlaceFact, 'id' | 'nameEn' | 'countryCode'>): PlaceFact {
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
  beltAndRoad = false,
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

function tie(id: string, a: string, b: string, signedOn: string | null, t: Partial<TieFact> = {}): TieFact {
  const precision =
    signedOn === null ? null : signedOn.length === 4 ? 'year' : signedOn.length === 7 ? 'month' : 'day';
  return {
    id,
    a,
    b,
    type: 'sister_city',
    level: 'city',
    status: 'active',
    signedOn,
    signedPrecision: precision,
    ...t,
  };
}

export function handDataset(): Dataset {
  const places = [
    place({
      id: 'sh',
      nameEn: 'Shanghai',
      nameZh: '上海',
      countryCode: 'CN',
      provinceId: 'sh',
      populationRank: 1,
    }),
    place({
      id: 'pd',
      nameEn: 'Pudong',
      nameZh: '浦东',
      countryCode: 'CN',
      kind: 'district',
      parentId: 'sh',
      provinceId: 'sh',
    }),
    place({
      id: 'bj',
      nameEn: 'Beijing',
      nameZh: '北京',
      countryCode: 'CN',
      provinceId: 'bj',
      isCapital: true,
      populationRank: 2,
    }),
    place({
      id: 'js',
      nameEn: 'Jiangsu',
      nameZh: '江苏',
      countryCode: 'CN',
      kind: 'province',
      provinceId: 'js',
    }),
    place({
      id: 'nj',
      nameEn: 'Nanjing',
      nameZh: '南京',
      countryCode: 'CN',
      parentId: 'js',
      provinceId: 'js',
    }),
    place({
      id: 'tokyo',
      nameEn: 'Tokyo',
      nameZh: '东京',
      countryCode: 'JP',
      isCapital: true,
      populationRank: 1,
    }),
    place({ id: 'osaka', nameEn: 'Osaka', nameZh: '大阪', countryCode: 'JP', populationRank: 2 }),
    place({ id: 'yokohama', nameEn: 'Yokohama', nameZh: '横滨', countryCode: 'JP', populationRank: 3 }),
    place({ id: 'kanagawa', nameEn: 'Kanagawa', nameZh: '神奈川', countryCode: 'JP', kind: 'region' }),
    place({
      id: 'paris',
      nameEn: 'Paris',
      nameZh: '巴黎',
      countryCode: 'FR',
      isCapital: true,
      populationRank: 1,
    }),
    place({ id: 'marseille', nameEn: 'Marseille', nameZh: '马赛', countryCode: 'FR', populationRank: 2 }),
    place({ id: 'lyon', nameEn: 'Lyon', nameZh: '里昂', countryCode: 'FR', populationRank: 3 }),
    place({
      id: 'nairobi',
      nameEn: 'Nairobi',
      nameZh: '内罗毕',
      countryCode: 'KE',
      isCapital: true,
      populationRank: 1,
    }),
    place({ id: 'mombasa', nameEn: 'Mombasa', nameZh: '蒙巴萨', countryCode: 'KE', populationRank: 2 }),
    place({
      id: 'pp',
      nameEn: 'Phnom Penh',
      nameZh: '金边',
      countryCode: 'KH',
      isCapital: true,
      populationRank: 1,
    }),
    place({ id: 'sr', nameEn: 'Siem Reap', nameZh: '暹粒', countryCode: 'KH', populationRank: 2 }),
  ];
  const countries = [
    country('CN', 'China', '中国', 'Asia', 'Eastern Asia', 500),
    country('JP', 'Japan', '日本', 'Asia', 'Eastern Asia', 100),
    country('FR', 'France', '法国', 'Europe', 'Western Europe', 60),
    country('KE', 'Kenya', '肯尼亚', 'Africa', 'Eastern Africa', 20),
    country('KH', 'Cambodia', '柬埔寨', 'Asia', 'South-Eastern Asia', 20, true),
  ];
  const ties = [
    tie('t01', 'sh', 'yokohama', '1973-11-30'),
    tie('t02', 'osaka', 'sh', '1974'),
    tie('t03', 'sh', 'marseille', '1987-10'),
    tie('t04', 'pd', 'lyon', '2000', { type: 'friendly_exchange', level: 'district' }),
    tie('t05', 'sh', 'pp', '2008-10-08'),
    tie('t06', 'bj', 'tokyo', '1979-03-14'),
    tie('t07', 'bj', 'paris', '1987'),
    tie('t08', 'bj', 'pp', null, { type: 'unknown', level: null }),
    tie('t09', 'bj', 'nairobi', '1994'),
    tie('t10', 'nj', 'osaka', '1980'),
    tie('t11', 'sh', 'bj', '2000', { type: 'friendly_exchange' }),
    tie('t12', 'sh', 'kanagawa', null, { type: 'unknown', level: null, status: 'dormant' }),
  ];
  return {
    coastOverrides: {},
    projects: [],
    places: new Map(places.map((p) => [p.id, p])),
    countries: new Map(countries.map((c) => [c.code, c])),
    ties,
    corridors: [
      { id: 'K1', nameEn: 'Corridor', nameZh: '走廊', countryCodes: ['CN', 'KH', 'KE'], nodePlaceIds: [] },
    ],
    observations: [
      {
        id: 'o1',
        subjectText: 'Shanghai',
        placeId: 'sh',
        countryCode: null,
        measure: 'municipal sister cities',
        value: 6,
        asOf: '2000-12',
        details: { countries: 4 },
        sourceIds: ['src:a'],
      },
      {
        id: 'o2',
        subjectText: 'Beijing',
        placeId: 'bj',
        countryCode: null,
        measure: 'sister cities',
        value: 4,
        asOf: null,
        details: {},
        sourceIds: ['src:b'],
      },
    ],
  };
}
