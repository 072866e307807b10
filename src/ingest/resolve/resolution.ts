import type { Place, PlaceKind } from '../../domain/geo.ts';

export interface ResolveQuery {
  name: string;
  /** ISO code or any name form of the country. */
  country?: string | null;
  lat?: number | null;
  lng?: number | null;
  kind?: PlaceKind | null;
  /** Other names of the same place (the Chinese name of an English one): candidates must fit all of them. */
  altNames?: string[];
}

export interface Candidate {
  place: Place;
  score: number;
}

export type Resolution =
  | { status: 'resolved'; place: Place; confidence: number; reason: string }
  | { status: 'ambiguous'; candidates: Candidate[]; reason: string }
  | { status: 'unresolved'; reason: string };

export type Resolved = Extract<Resolution, { status: 'resolved' }>;
export type Ambiguous = Extract<Resolution, { status: 'ambiguous' }>;

export interface UserAlias {
  alias: string;
  placeId: string;
}

/** How well a query name matched a place name: 3 a user alias, 2 exact, 1 one side reduced, 0 both reduced. */
export type MatchTier = 0 | 1 | 2 | 3;
export const MATCH_TEXT = ['similar name', 'name without qualifiers', 'exact name', 'user alias'];
export const MATCH_CONFIDENCE = [0.75, 0.85, 0.95, 1];

/** A place whose name matched, and how well. */
export interface Scored {
  place: Place;
  tier: MatchTier;
}

export function resolved(place: Place, confidence: number, reason: string): Resolved {
  return { status: 'resolved', place, confidence, reason };
}

export function isResolution<T>(value: T | Resolution): value is Resolution {
  return typeof value === 'object' && value !== null && 'status' in value;
}
