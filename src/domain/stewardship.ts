/**
 * Data stewardship: questions about the ties of a jurisdiction that a curator settles. A tie without a
 * signing date, a tie whose type is unknown, a tie whose sources disagree on a field, a foreign partner
 * held by two Chinese places of the same name (台州 and 泰州 are both Taizhou: a list that names one may
 * have been read as the other), and a tie whose list places one side far from the place attached (the
 * list's Yanbian, China lies in Jilin, not at 盐边县 in Sichuan). A curator accepts the shown value or
 * the tie, corrects the value, or dismisses the question; an acceptance or a correction is a claim with
 * the curator as its source, so the shown value and its provenance follow the claim rules. A tie its
 * curator finds attached to the wrong place is withdrawn from public view with the reason: kept, with its
 * history, for the offices above to see.
 */
import { z } from 'zod';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, partialDate } from './registry.ts';
import { placeRef } from './proposals.ts';
import { distanceKm, type PlaceKind } from './geo.ts';

export const STEWARDSHIP_QUESTIONS = ['undated', 'untyped', 'conflicting', 'namesake', 'distant'] as const;
export type StewardshipQuestion = (typeof STEWARDSHIP_QUESTIONS)[number];

/**
 * The question about a name rather than a tie: a list's row whose one side the resolver placed and whose
 * other it held back (no place of that name, or several). The curator names the place meant, and the
 * row becomes a tie citing the list and the curator; or dismisses the name (not a place, not a tie).
 */
export const HELD_BACK_DECISIONS = ['correct', 'dismiss'] as const;

export const STEWARDSHIP_DECISIONS = ['accept', 'correct', 'dismiss', 'withdraw'] as const;
export type StewardshipDecisionKind = (typeof STEWARDSHIP_DECISIONS)[number];

/** The decisions each question allows (a tie that may be on the wrong place is kept or withdrawn, not corrected). */
export const DECISIONS_OF: Record<StewardshipQuestion, readonly StewardshipDecisionKind[]> = {
  undated: ['correct', 'dismiss'],
  untyped: ['correct', 'dismiss'],
  conflicting: ['accept', 'correct', 'dismiss'],
  namesake: ['accept', 'withdraw', 'dismiss'],
  distant: ['accept', 'withdraw', 'dismiss'],
};

export const stewardshipItemSchema = z
  .object({
    question: z.enum(STEWARDSHIP_QUESTIONS),
    partnershipId: z.string(),
    placeA: placeRef,
    placeB: placeRef,
    type: z.enum(PARTNERSHIP_TYPES),
    signedOn: z.string().nullable(),
    status: z.string(),
    /** For a conflict: the field and what each source says. */
    conflict: z
      .object({
        field: z.string(),
        values: z.array(
          z.object({
            sourceId: z.string(),
            sourceTitle: z.string(),
            value: z.unknown(),
            chosen: z.boolean(),
          }),
        ),
      })
      .nullable(),
    /** For a namesake: the other tie of the same partner, held by a Chinese place of the same name. */
    namesake: z
      .object({
        partnershipId: z.string(),
        place: placeRef,
      })
      .nullable(),
    /** For a distant side: where the list puts it, and how far that is from the place attached. */
    distant: z
      .object({
        placeId: z.string().describe('the side of the tie the list places elsewhere'),
        listedName: z.string(),
        listedCountry: z.string(),
        lat: z.number(),
        lng: z.number(),
        km: z.number().int(),
      })
      .nullable(),
    decisions: z
      .array(z.enum(STEWARDSHIP_DECISIONS))
      .describe('the decisions that settle this question, in the order a page offers them'),
  })
  .meta({ id: 'StewardshipItem' });
export type StewardshipItem = z.infer<typeof stewardshipItemSchema>;

/**
 * How far a list's coordinates may lie from the place attached before a curator is asked: beyond the
 * spread of a prefecture-level city (whose seat and centre lie tens of kilometres apart), and for a
 * province or a region, beyond its own extent (Gansu's point and a compilation's lie 300 km apart).
 */
export const DISTANT_KM: Record<PlaceKind, number> = { city: 75, district: 75, province: 500, region: 500 };

/** One side of a row of a twin-city list: the name, the country, and the coordinates given for them. */
export interface ListedSide {
  name: string;
  country: string;
  positions: { lat: number; lng: number }[];
}

interface PlacedSide {
  id: string;
  kind: PlaceKind;
  lat: number | null;
  lng: number | null;
}

/**
 * The side of a tie that a row of its list places farther than DISTANT_KM from the place attached, with
 * where the list puts it; null when none does, or when the row does not place both sides. The row names
 * the sides in its own order, so they are matched to the tie's places in the order that puts them
 * nearest (the right order has one side near; the other puts both sides a partner's distance off).
 */
export function distantSide(
  places: readonly [PlacedSide, PlacedSide],
  listed: readonly [ListedSide, ListedSide],
): StewardshipItem['distant'] {
  const gap = (place: PlacedSide, side: ListedSide) => {
    if (place.lat === null || place.lng === null || side.positions.length === 0) return null;
    let best: { km: number; lat: number; lng: number } | null = null;
    for (const p of side.positions) {
      const km = distanceKm(place.lat, place.lng, p.lat, p.lng);
      if (!best || km < best.km) best = { km, ...p };
    }
    return best;
  };
  if (listed.some((side) => side.positions.length === 0)) return null;
  const orders = [listed, [listed[1], listed[0]] as const].map((order) => {
    const gaps = places.map((place, i) => ({ place, side: order[i], gap: gap(place, order[i]) }));
    return { gaps, total: gaps.reduce((sum, g) => sum + (g.gap?.km ?? 0), 0) };
  });
  const nearest = orders[1].total < orders[0].total ? orders[1] : orders[0];
  const far = nearest.gaps
    .filter((g) => g.gap && g.gap.km > DISTANT_KM[g.place.kind])
    .sort((x, y) => y.gap!.km - x.gap!.km)[0];
  if (!far) return null;
  return {
    placeId: far.place.id,
    listedName: far.side.name,
    listedCountry: far.side.country,
    lat: far.gap!.lat,
    lng: far.gap!.lng,
    km: Math.round(far.gap!.km),
  };
}

export const stewardshipDecisionSchema = z.object({
  question: z.enum(STEWARDSHIP_QUESTIONS),
  partnershipId: z.string().min(1),
  decision: z
    .enum(STEWARDSHIP_DECISIONS)
    .describe(
      'accept the shown value (a conflict) or the tie as attached (a namesake, a distant side); correct the value; dismiss the question; or withdraw a namesake or distant tie from public view, with a note saying why',
    ),
  /** With `correct`: the values the curator states. */
  values: z
    .object({
      signed: partialDate.optional(),
      type: z.enum(PARTNERSHIP_TYPES).optional(),
      status: z.enum(PARTNERSHIP_STATUSES).optional(),
    })
    .optional(),
  note: z.string().trim().max(2_000).optional(),
});
export type StewardshipDecision = z.infer<typeof stewardshipDecisionSchema>;

/** A place a held-back name may mean, with what tells it from its namesakes: its parent and its point. */
const candidatePlace = placeRef.extend({
  kind: z.string(),
  parent: z.object({ nameEn: z.string(), nameZh: z.string().nullable() }).nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});

/**
 * A row of a list held back because the resolver could not place one of its sides while it placed the
 * other: a question for the curators of the placed side (a name is never guessed into a place).
 */
export interface HeldBackRow {
  sourceId: string;
  locator: string;
  /** The side held back, as the row gives it. */
  name: string;
  country: string;
  /** The country the row's country name resolves to; null when it resolves to none. */
  countryCode: string | null;
  status: 'unresolved' | 'ambiguous';
  reason: string;
  /** Places the resolver weighed (the ambiguous name's candidates, a place at the list's coordinates). */
  candidates: string[];
  /** The side the resolver placed. */
  partnerId: string;
}

export const heldBackItemSchema = z
  .object({
    name: z.string().describe('the name as the list gives it'),
    country: z.string().describe('the country as the list gives it'),
    countryCode: z.string().nullable().describe('the country that name resolves to; null when none'),
    status: z.enum(['unresolved', 'ambiguous']).describe('no place of that name, or several'),
    reason: z.string().describe("the resolver's reason, in English"),
    candidates: z.array(candidatePlace).describe('the places the resolver weighed'),
    rows: z
      .array(z.object({ sourceId: z.string(), locator: z.string(), partner: placeRef }))
      .describe('the rows that hold the name back, with the side placed'),
    decisions: z.array(z.enum(HELD_BACK_DECISIONS)),
  })
  .meta({ id: 'HeldBackName' });
export type HeldBackItem = z.infer<typeof heldBackItemSchema>;

export const heldBackDecisionSchema = z.object({
  name: z.string().min(1).max(1_000),
  country: z.string().min(1).max(200),
  decision: z
    .enum(HELD_BACK_DECISIONS)
    .describe(
      'correct: the name means `placeId`, and each row becomes a tie citing its list and you; dismiss: the name is no place to tie',
    ),
  placeId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("with correct: the place the name means (outside the list's country only with a note)"),
  rows: z
    .array(z.object({ sourceId: z.string().min(1).max(200), locator: z.string().min(1).max(500) }))
    .min(1)
    .max(1_000)
    .optional()
    .describe(
      "the rows decided, where an ambiguous name means different places in different rows; all of the name's rows in your jurisdictions when absent",
    ),
  note: z.string().trim().max(2_000).optional(),
});
export type HeldBackDecision = z.infer<typeof heldBackDecisionSchema>;
