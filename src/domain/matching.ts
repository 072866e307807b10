/** Inputs of partner matching that the store fills: the candidate places and a development indicator. */
import type { PlaceKind } from './geo.ts';

/** A place that can be recommended: a gazetteer city with a population, or a province or region. */
export interface MatchingCandidate {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: PlaceKind;
  countryCode: string;
  parentId: string | null;
  lat: number | null;
  lng: number | null;
  population: number | null;
  /** Rank by population among the country's gazetteer cities: 1 the largest; null if unknown. */
  populationRank: number | null;
  isCapital: boolean;
  isAdminSeat: boolean;
}

/** A development indicator the user supplies (an index result): values by country code and/or place id. */
export interface DevelopmentIndicator {
  name: string;
  byCountry?: Readonly<Record<string, number>>;
  byPlace?: Readonly<Record<string, number>>;
  /** Where the values come from (an index id, a source id), for the explanation. */
  source?: string;
}

/** What a place is in its own country. A capital that is also the largest city counts as capital. */
export const MATCH_ROLES = ['capital', 'largest', 'second', 'seat', 'other', 'province'] as const;
export type MatchRole = (typeof MATCH_ROLES)[number];

export const SIZE_CLASSES = ['megacity', 'large', 'medium', 'small', 'town'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/**
 * The score components, each normalised to [0, 1]. A component of sign −1 lowers the score: score =
 * Σ sign × weight × value.
 */
export const COMPONENTS = {
  size: { sign: 1, group: 'similarity' },
  role: { sign: 1, group: 'similarity' },
  coastal: { sign: 1, group: 'similarity' },
  climate: { sign: 1, group: 'similarity' },
  proximity: { sign: 1, group: 'similarity' },
  development: { sign: 1, group: 'similarity' },
  profile: { sign: 1, group: 'past choices' },
  complementarity: { sign: 1, group: 'complementarity' },
  deficit: { sign: 1, group: 'strategy' },
  nationalDeficit: { sign: 1, group: 'strategy' },
  corridor: { sign: 1, group: 'strategy' },
  beltAndRoad: { sign: 1, group: 'strategy' },
  commonNeighbours: { sign: 1, group: 'network' },
  adamicAdar: { sign: 1, group: 'network' },
  degree: { sign: 1, group: 'network' },
  community: { sign: 1, group: 'network' },
  competition: { sign: -1, group: 'competition' },
  capitalTaken: { sign: -1, group: 'competition' },
  duplicate: { sign: -1, group: 'competition' },
  /** Practical cooperation: cooperation projects at the candidate (Chinese-financed ones among them). */
  projects: { sign: 1, group: 'strategy' },
} as const;
export type ComponentKey = keyof typeof COMPONENTS;
export const COMPONENT_KEYS = Object.keys(COMPONENTS) as ComponentKey[];

/** The named weightings of the components (their weights live with the ranking). */
export const MATCHING_PRESETS = ['like-partners', 'fill-deficit', 'corridor-nodes', 'balanced'] as const;
export type MatchingPreset = (typeof MATCHING_PRESETS)[number];
