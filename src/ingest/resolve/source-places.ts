/**
 * Places a list establishes by itself. A village below GeoNames' 1,000-people threshold or a recently
 * merged municipality is missing from the gazetteer, but a list that names it together with a country and
 * coordinates lying inside that country establishes it well enough to link the list's pairs to it.
 *
 * A name is established only when it is unresolved (never when it is ambiguous), the coordinates lie
 * among the country's own gazetteer places, and no gazetteer place lies so near that the name could be
 * another name or a part of it (`Cologne` at Köln, `Anderlecht` inside Brussels): those stay unresolved and
 * the report names the nearby place, so a user can add the name as an alias.
 */
import type { Place, PlaceKind } from '../../domain/geo.ts';
import { nameTokens } from '../gazetteer/normalize.ts';
import { distanceKm } from '../../domain/geo.ts';
import { placeRecord } from '../gazetteer/place.ts';
import { parseName } from './parse-name.ts';
import type { Resolution } from './resolution.ts';
import type { Resolver } from './resolver.ts';

/** What establishing places needs of the resolver; `addPlace`, when present, is told of each new place. */
export type SourcePlaceResolver = Pick<
  Resolver,
  'resolve' | 'resolveCountry' | 'nearby' | 'variantsNear' | 'getPlace' | 'isSourcePlace'
> &
  Partial<Pick<Resolver, 'addPlace'>>;

export interface Coordinates {
  lat: number;
  lng: number;
}

export type SideOutcome =
  | {
      status: 'resolved';
      place: Place;
      /** `source` when the place exists only because a list established it. */
      origin: 'gazetteer' | 'source';
      /** True when this resolution created the place. */
      established: boolean;
      reason: string;
    }
  | { status: 'ambiguous' | 'unresolved'; reason: string; candidates: string[] };

/** The country's gazetteer places must come this close to the given point for it to count as inside. */
export const INSIDE_KM = 60;
/** Observations of one name farther apart than this are not one place. */
const SPREAD_KM = 25;
/** Any gazetteer town this close is probably the same place under another name. */
const SAME_SPOT_KM = 1;

/** How far a town's built-up area reaches, roughly, from its population. */
export function urbanRadiusKm(population: number): number {
  return Math.max(1.5, 0.01 * Math.sqrt(population));
}

/** Stable id of an established place: country and normalised name, so re-imports find the same record. */
export function sourcePlaceId(countryCode: string, name: string): string | null {
  const slug = nameTokens(parseName(name).base).join('-');
  return slug ? `tw:${countryCode}:${slug}` : null;
}

function kindOfName(name: string): PlaceKind {
  const { base, kindHint } = parseName(name);
  if (/\b(county|region|regional unit)\b/i.test(base)) return 'region';
  if (kindHint === 'province' || kindHint === 'region') return 'province';
  if (kindHint === 'district') return 'district';
  return 'city';
}

function formatNear(place: Place, km: number): string {
  const pop = place.population ? `, population ${place.population.toLocaleString('en')}` : '';
  return `${place.nameEn} (${place.id}${pop}) ${km.toFixed(1)} km away`;
}

/**
 * Resolves the names of one list, establishing places where the rules above allow. One outcome per
 * (name, country): the same printed name in the same country is always the same place.
 */
export class SourcePlaces {
  private readonly outcomes = new Map<string, SideOutcome>();
  private readonly created = new Map<string, Place>();

  constructor(
    private readonly resolver: SourcePlaceResolver,
    /** Every coordinate the list gives for a name; the last one is used to resolve it. */
    private readonly observations: (name: string, country: string) => Coordinates[],
    private readonly teachResolver = true,
  ) {}

  /** Places this list established, in the order they were first met. */
  established(): Place[] {
    return [...this.created.values()];
  }

  /** Forgets the outcomes so far but keeps the established places: names are then resolved anew against them. */
  forgetOutcomes(): void {
    this.outcomes.clear();
  }

  resolve(name: string, country: string): SideOutcome {
    const key = `${name}\u0000${country}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = this.resolveOnce(name, country);
      this.outcomes.set(key, outcome);
    }
    return outcome;
  }

  private resolveOnce(name: string, country: string): SideOutcome {
    const seen = this.observations(name, country);
    const at = seen.length ? seen[seen.length - 1] : null;
    const r: Resolution = this.resolver.resolve({ name, country, lat: at?.lat, lng: at?.lng });
    if (r.status === 'resolved') {
      const fromSource = this.resolver.isSourcePlace(r.place.id) || this.created.has(r.place.id);
      return {
        status: 'resolved',
        place: r.place,
        origin: fromSource ? 'source' : 'gazetteer',
        established: false,
        reason: r.reason,
      };
    }
    if (r.status === 'ambiguous')
      return { status: 'ambiguous', reason: r.reason, candidates: r.candidates.map((c) => c.place.id) };
    const cc = this.resolver.resolveCountry(country)?.code;
    if (!cc) return { status: 'unresolved', reason: r.reason, candidates: [] };
    const id = sourcePlaceId(cc, name);
    const known = id ? (this.created.get(id) ?? this.resolver.getPlace(id)) : undefined;
    if (known) {
      // Another spelling of the same normalised name met earlier (`Pano Lefkara` / `Pano-Lefkara`).
      return {
        status: 'resolved',
        place: known,
        origin: 'source',
        established: false,
        reason: 'the place this list established under the same name',
      };
    }
    const attempt = this.establish(name, cc, id, seen);
    if ('refused' in attempt) {
      return {
        status: 'unresolved',
        reason: `${r.reason.replace(/\.$/, '')}; ${attempt.refused}.`,
        candidates: attempt.candidate ? [attempt.candidate.id] : [],
      };
    }
    this.created.set(attempt.place.id, attempt.place);
    if (this.teachResolver) this.resolver.addPlace?.(attempt.place, 'source');
    return {
      status: 'resolved',
      place: attempt.place,
      origin: 'source',
      established: true,
      reason: attempt.reason,
    };
  }

  private establish(
    name: string,
    cc: string,
    id: string | null,
    seen: Coordinates[],
  ): { place: Place; reason: string } | { refused: string; candidate?: Place } {
    if (!id) return { refused: 'the name has no letters to make a place of' };
    if (seen.length === 0)
      return { refused: 'not in the gazetteer, and the list gives no coordinates to place it by' };
    const at = seen[seen.length - 1];
    const spread = Math.max(...seen.map((s) => distanceKm(s.lat, s.lng, at.lat, at.lng)));
    if (spread > SPREAD_KM)
      return {
        refused: `not in the gazetteer, and the list places it at points ${Math.round(spread)} km apart`,
      };
    // Whole degrees (`43, 142`) are a geocoder's guess at a region, not the place.
    if (Number.isInteger(at.lat) && Number.isInteger(at.lng))
      return {
        refused: `not in the gazetteer, and the list's coordinates (${at.lat}, ${at.lng}) are too coarse to place it by`,
      };
    const own = this.resolver.nearby(at.lat, at.lng, INSIDE_KM, cc);
    const where = `(${at.lat}, ${at.lng})`;
    if (own.length === 0)
      return {
        refused: `not in the gazetteer, and the list's coordinates ${where} are not within ${INSIDE_KM} km of any place in ${cc}`,
      };
    const foreign = this.resolver
      .nearby(at.lat, at.lng, own[0].km, null)
      .find((n) => n.place.countryCode !== cc);
    if (foreign && own[0].km > 8 && foreign.km < own[0].km / 3)
      return {
        refused: `not in the gazetteer, and the list's coordinates ${where} lie nearer to ${foreign.place.countryCode} (${formatNear(foreign.place, foreign.km)}) than to any place in ${cc}`,
        candidate: foreign.place,
      };
    // A wrong coordinate must not turn a known place into a second one (`General Terán`, 28 km from `Ciudad General Terán`).
    const variant = this.resolver.variantsNear(name, cc, at.lat, at.lng, INSIDE_KM, false)[0];
    if (variant)
      return {
        refused: `not established from the list's coordinates: ${formatNear(variant.place, variant.km)} has ${variant.how} (add it as an alias if it is the same place)`,
        candidate: variant.place,
      };
    const local = own.filter((n) => n.place.kind === 'city' || n.place.kind === 'district');
    const blocker =
      local.find((n) => n.km <= SAME_SPOT_KM) ??
      local.find((n) => (n.place.population ?? 0) >= 5000 && n.km <= urbanRadiusKm(n.place.population!));
    if (blocker)
      return {
        refused: `not established from the list's coordinates: ${formatNear(blocker.place, blocker.km)} lies there, so the name may be another name or a part of it (add it as an alias if so)`,
        candidate: blocker.place,
      };
    const place = placeRecord({
      id,
      kind: kindOfName(name),
      nameEn: name.trim(),
      countryCode: cc,
      parentId: this.regionAround(own),
      lat: at.lat,
      lng: at.lng,
    });
    return {
      place,
      reason: `not in the gazetteer; established from the list's coordinates ${where}, ${formatNear(own[0].place, own[0].km)}`,
    };
  }

  /** The first-level region the point lies in, when its nearest towns all agree on it. */
  private regionAround(own: { place: Place; km: number }[]): string | null {
    const towns = own.filter((n) => n.km <= 30 && n.place.kind === 'city').slice(0, 5);
    if (towns.length < 2) return null;
    const parents = new Set(towns.map((t) => t.place.parentId));
    if (parents.size !== 1) return null;
    const [parentId] = parents;
    const parent = parentId ? this.resolver.getPlace(parentId) : undefined;
    return parent && (parent.kind === 'province' || parent.kind === 'region') ? parent.id : null;
  }
}
