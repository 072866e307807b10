/** Plain-data shapes of partner matching: requests, features, components, weights and results. */
import type { Continent, PlaceKind } from '../../domain/geo.ts';
import {
  COMPONENTS,
  COMPONENT_KEYS,
  MATCH_ROLES,
  SIZE_CLASSES,
  type ComponentKey,
  type DevelopmentIndicator,
  type MatchRole,
  type SizeClass,
  MATCHING_PRESETS,
  type MatchingPreset,
} from '../../domain/matching.ts';

export {
  COMPONENTS,
  COMPONENT_KEYS,
  MATCH_ROLES,
  SIZE_CLASSES,
  type ComponentKey,
  type MatchRole,
  type SizeClass,
};
import type { Benchmark } from '../layout/imbalance.ts';

/** A request that cannot be answered: an unknown place, preset, weight or corridor. */
export class MatchingInputError extends Error {
  override name = 'MatchingInputError';
}

/** The five connectivities and the sectors places most often name; other snake_case fields are allowed. */
export const NEED_OFFER_FIELDS: Record<string, { en: string; zh: string }> = {
  policy: { en: 'policy coordination', zh: '政策沟通' },
  facilities: { en: 'facilities connectivity', zh: '设施联通' },
  trade: { en: 'unimpeded trade', zh: '贸易畅通' },
  finance: { en: 'financial integration', zh: '资金融通' },
  people: { en: 'people-to-people bonds', zh: '民心相通' },
  environmental_technology: { en: 'environmental technology', zh: '环境技术' },
  health: { en: 'health', zh: '卫生健康' },
  education: { en: 'education', zh: '教育' },
  tourism: { en: 'tourism', zh: '旅游' },
  culture: { en: 'culture', zh: '文化' },
  science_technology: { en: 'science and technology', zh: '科技' },
  agriculture: { en: 'agriculture', zh: '农业' },
  manufacturing: { en: 'manufacturing', zh: '制造业' },
  ports_logistics: { en: 'ports and logistics', zh: '港口物流' },
  urban_planning: { en: 'urban planning', zh: '城市规划' },
  digital_economy: { en: 'digital economy', zh: '数字经济' },
};

export function fieldName(field: string): { en: string; zh: string } {
  return NEED_OFFER_FIELDS[field] ?? { en: field.replace(/_/g, ' '), zh: field.replace(/_/g, ' ') };
}

/** What a place seeks from partners and what it offers them, by field. */
export interface NeedsOffers {
  need: string[];
  offer: string[];
}

export interface CandidateFilter {
  continents?: Continent[];
  countries?: string[];
  /** A corridor id: its countries and its node cities. */
  corridor?: string;
  minPopulation?: number;
  maxPopulation?: number;
  kinds?: PlaceKind[];
  /** Leave out the seeker's existing partners (default true). */
  excludePartners?: boolean;
  /** Leave out places in the seeker's own country (default true). */
  excludeOwnCountry?: boolean;
}

export interface MatchingRequest {
  seekerId: string;
  preset?: PresetName;
  /** Overrides of the preset's weights; weights are ≥ 0, the component's sign says which way it moves. */
  weights?: Partial<MatchingWeights>;
  filter?: CandidateFilter;
  limit?: number;
  /** Needs and offers by place id. */
  needsOffers?: ReadonlyMap<string, NeedsOffers>;
  development?: DevelopmentIndicator | null;
  /** Benchmark of the deficit components (default urban population). */
  benchmark?: Benchmark;
  /** A candidate with at least this many domestic holders is contested (default 2). */
  contestedAt?: number;
}

export const SIZE_CLASS_TEXT: Record<SizeClass, { en: string; zh: string; min: number }> = {
  megacity: { en: 'megacity (10 million or more)', zh: '超大城市（1000万以上）', min: 10_000_000 },
  large: { en: 'large city (1–10 million)', zh: '大城市（100万至1000万）', min: 1_000_000 },
  medium: { en: 'medium city (300,000–1 million)', zh: '中等城市（30万至100万）', min: 300_000 },
  small: { en: 'small city (100,000–300,000)', zh: '小城市（10万至30万）', min: 100_000 },
  town: { en: 'town (under 100,000)', zh: '城镇（10万以下）', min: 0 },
};

export function sizeClassOf(population: number | null): SizeClass | null {
  if (population === null || !(population > 0)) return null;
  for (const c of SIZE_CLASSES) if (population >= SIZE_CLASS_TEXT[c].min) return c;
  return 'town';
}

export const MATCH_ROLE_TEXT: Record<MatchRole, { en: string; zh: string }> = {
  capital: { en: 'the national capital', zh: '首都' },
  largest: { en: 'the largest city of its country', zh: '第一大城市' },
  second: { en: 'the second city of its country', zh: '第二大城市' },
  seat: { en: 'a seat of regional government', zh: '地区首府' },
  other: { en: 'another city', zh: '其他城市' },
  province: { en: 'a province or region', zh: '省级地区' },
};

export function roleOf(p: {
  kind: PlaceKind;
  isCapital: boolean;
  isAdminSeat: boolean;
  populationRank: number | null;
}): MatchRole {
  if (p.kind === 'province' || p.kind === 'region') return 'province';
  if (p.isCapital) return 'capital';
  if (p.populationRank === 1) return 'largest';
  if (p.populationRank === 2) return 'second';
  if (p.isAdminSeat) return 'seat';
  return 'other';
}

export type MatchingWeights = Record<ComponentKey, number>;

const zero = Object.fromEntries(COMPONENT_KEYS.map((k) => [k, 0])) as MatchingWeights;
const preset = (w: Partial<MatchingWeights>): MatchingWeights => ({ ...zero, ...w });

/**
 * Named weightings. `balanced` is set by hand and checked by the back-test (bench/matching.ts): on cities
 * held out from fitting it beats popularity, common neighbours, the nearest large city and the weights
 * fitted by coordinate ascent on a training split, while keeping the strategic and competition
 * components on so that the list also serves the policy aims, not only the past.
 */
export const PRESETS = {
  /** Resemble the partners this city already chose, and the places its partners are tied to. */
  'like-partners': preset({
    profile: 3,
    size: 1,
    role: 1,
    coastal: 0.5,
    climate: 0.5,
    commonNeighbours: 1,
    adamicAdar: 1.5,
    degree: 1,
    community: 0.5,
    competition: 0.25,
    duplicate: 2,
  }),
  /** Continents and countries under-represented in this city's and the nation's partners. */
  'fill-deficit': preset({
    deficit: 3,
    nationalDeficit: 2,
    size: 1,
    role: 0.75,
    degree: 0.5,
    adamicAdar: 0.5,
    complementarity: 1,
    competition: 1.5,
    capitalTaken: 2,
    duplicate: 2,
  }),
  /** Belt and Road corridor node cities and corridor countries. */
  'corridor-nodes': preset({
    corridor: 3,
    beltAndRoad: 1.5,
    projects: 1,
    size: 1,
    role: 0.75,
    proximity: 0.5,
    degree: 0.5,
    adamicAdar: 0.5,
    complementarity: 1,
    competition: 1,
    capitalTaken: 2,
    duplicate: 2,
  }),
  balanced: preset({
    profile: 2,
    size: 1,
    role: 0.75,
    coastal: 0.5,
    climate: 0.5,
    proximity: 0.25,
    development: 0.5,
    complementarity: 1,
    deficit: 0.5,
    nationalDeficit: 0.25,
    corridor: 0.25,
    beltAndRoad: 0.25,
    commonNeighbours: 1,
    adamicAdar: 2,
    degree: 2,
    community: 0.5,
    competition: 0.25,
    capitalTaken: 1,
    duplicate: 2,
  }),
} satisfies Record<MatchingPreset, MatchingWeights>;
export type PresetName = MatchingPreset;
export const PRESET_NAMES = MATCHING_PRESETS;

export const PRESET_TEXT: Record<PresetName, { en: string; zh: string }> = {
  'like-partners': { en: 'like our existing partners', zh: '与现有伙伴相似' },
  'fill-deficit': { en: 'fill the deficit', zh: '填补不足地区' },
  'corridor-nodes': { en: 'corridor nodes', zh: '走廊节点城市' },
  balanced: { en: 'balanced', zh: '综合平衡' },
};

/** Where a feature's value comes from. */
export interface Provenance {
  basis: string;
  sourceId?: string | null;
}

/** The features of one candidate relative to one seeker, each with its provenance. */
export interface CandidateFeatures {
  population: number | null;
  sizeClass: SizeClass | null;
  role: MatchRole;
  coastal: {
    coastal: boolean | null;
    distanceKm: number | null;
    basis: 'override' | 'coastline' | 'unknown';
    sourceId: string | null;
  };
  latitudeBandDifference: number | null;
  distanceKm: number | null;
  /** Great-circle distance at ~800 km/h plus half an hour; a proxy, not a timetable. */
  flightHours: number | null;
  development: { value: number | null; seeker: number | null; indicator: string | null };
  network: {
    degree: number;
    community: number | null;
    sameCommunity: boolean;
    commonNeighbours: string[];
    adamicAdar: number;
  };
  corridor: { nodeOf: string[]; countryOf: string[] };
  beltAndRoad: boolean;
  /** Cooperation projects recorded at the place. */
  projects: number;
  continent: Continent | 'unknown';
  deficit: {
    continentGap: number;
    countryGap: number;
    nationalContinentGap: number;
    nationalCountryGap: number;
  };
  competition: { domesticHolders: string[]; capitalHeldBy: string[]; isCapital: boolean };
  duplicateOf: string[];
  complementarity: { theyOffer: string[]; theyNeed: string[] };
  provenance: Record<string, Provenance>;
}

export interface ComponentExplanation {
  key: ComponentKey;
  /** The normalised component value, 0–1. */
  value: number;
  weight: number;
  /** sign × weight × value: what it adds to (or takes from) the score. */
  contribution: number;
  en: string;
  zh: string;
}

export interface PlaceSummary {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: PlaceKind;
  countryCode: string;
  countryEn: string;
  countryZh: string;
}

export interface MatchWarning {
  code:
    | 'contested'
    | 'capital-held'
    | 'not-belt-and-road'
    | 'duplicate'
    | 'already-partner'
    | 'same-country'
    | 'no-diplomatic-relations';
  en: string;
  zh: string;
  places?: { id: string; nameEn: string; nameZh: string | null }[];
}

export interface Recommendation {
  rank: number;
  place: PlaceSummary;
  score: number;
  components: Record<ComponentKey, number>;
  /** Components that moved the score, the largest first; positive raised it, negative lowered it. */
  explanation: ComponentExplanation[];
  features: CandidateFeatures;
  warnings: MatchWarning[];
}
