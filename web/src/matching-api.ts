/** The /api/matching/* endpoints: ranked, explained partner candidates and the vetting of one candidate. */
import { everyValue, qs, type Query, type Reply } from './api';

export type MatchingResult = Reply<'/api/matching/candidates'>;
export type VetResult = Reply<'/api/matching/vet'>;
export type Recommendation = MatchingResult['items'][number];
export type MatchingPlace = Recommendation['place'];
export type ComponentExplanation = Recommendation['explanation'][number];
export type MatchWarning = Recommendation['warnings'][number];
export type Strategy = MatchingResult['preset'];

/** The strategies in the order the page offers them, the default first. */
export const STRATEGIES = everyValue<Strategy>()([
  'balanced',
  'like-partners',
  'fill-deficit',
  'corridor-nodes',
]);

/** The filters as the page keeps them in its address. */
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
  extra: Partial<Query<'/api/matching/candidates'>> = {},
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
