/** The /api/matching/* endpoints: ranked, explained partner candidates and the vetting of one candidate. */
import { qs } from './api';

export const STRATEGIES = ['balanced', 'like-partners', 'fill-deficit', 'corridor-nodes'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const COMPONENT_KEYS = [
  'size',
  'role',
  'coastal',
  'climate',
  'proximity',
  'development',
  'profile',
  'complementarity',
  'deficit',
  'nationalDeficit',
  'corridor',
  'beltAndRoad',
  'commonNeighbours',
  'adamicAdar',
  'degree',
  'community',
  'competition',
  'capitalTaken',
  'duplicate',
] as const;

export interface MatchPlace {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  countryCode: string;
  countryNameEn: string;
  countryNameZh: string;
}

export interface ComponentExplanation {
  key: string;
  value: number;
  weight: number;
  /** What the component adds to (positive) or takes from (negative) the score. */
  contribution: number;
  en: string;
  zh: string;
}

export interface MatchWarning {
  code: string;
  en: string;
  zh: string;
  places?: { id: string; nameEn: string; nameZh: string | null }[];
}

export interface Recommendation {
  rank: number;
  place: MatchPlace;
  score: number;
  components: Record<string, number>;
  explanation: ComponentExplanation[];
  features: {
    population: number | null;
    distanceKm: number | null;
    flightHours: number | null;
    continent: string;
    beltAndRoad: boolean;
    network: { degree: number; commonNeighbours: string[] };
    competition: { domesticHolders: string[] };
  };
  warnings: MatchWarning[];
}

export interface MatchingResult {
  seeker: MatchPlace;
  preset: Strategy;
  considered: number;
  items: Recommendation[];
  profile: { from: 'own' | 'peers'; partnersAbroad: number; profiled: number };
}

export interface VetResult extends Recommendation {
  seeker: MatchPlace;
  preset: Strategy;
  rankAmongAll: number | null;
  considered: number;
}

export interface MatchingFilters {
  strategy: Strategy;
  continent: string;
  country: string;
  corridor: string;
  minPopulation: string;
}

export function candidatesPath(
  place: string,
  f: MatchingFilters,
  extra: Record<string, string | number> = {},
) {
  return `/api/matching/candidates${qs({
    place,
    strategy: f.strategy,
    continent: f.continent,
    country: f.country,
    corridor: f.corridor,
    minPopulation: f.minPopulation,
    ...extra,
  })}`;
}

export function vetPath(place: string, candidate: string, strategy: Strategy) {
  return `/api/matching/vet${qs({ place, candidate, strategy })}`;
}

/** Names in the shape the formatter reads. */
export const countryOf = (p: MatchPlace) => ({ countryEn: p.countryNameEn, countryZh: p.countryNameZh });
