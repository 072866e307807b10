/**
 * Administrative changes of places: merged into another, renamed, or split into several. A tie stays with
 * the place that signed it; a place merged or renamed passes its ties on to its heir (and the heir's heir),
 * which lists and counts them as its own and whose office keeps their records. A split passes nothing on
 * by itself.
 */
import { z } from 'zod';
import { oneSourceRefSchema, partialDate } from './registry.ts';
import { placeRef } from './proposals.ts';

export const SUCCESSION_KINDS = ['merged', 'renamed', 'split'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** The kinds whose predecessor's ties pass on to the successor. */
export const INHERITING_KINDS: readonly SuccessionKind[] = ['merged', 'renamed'];

/** How far a chain of merges and renames is followed (闸北 → 静安 is one step; few chains have two). */
export const MAX_SUCCESSION_DEPTH = 10;

export const successionInputSchema = z.object({
  successorId: z.string().trim().min(1).max(500).describe('the place that continues this one'),
  kind: z
    .enum(SUCCESSION_KINDS)
    .describe('merged into the successor, renamed as it, or split (one of several parts)'),
  on: partialDate.describe('when the change took effect: YYYY, YYYY-MM or YYYY-MM-DD'),
  source: oneSourceRefSchema.describe(
    'the decision that made the change (an approval of the State Council, a gazette)',
  ),
  note: z.string().trim().max(2_000).optional(),
});
export type SuccessionInput = z.infer<typeof successionInputSchema>;

export const successionSchema = z
  .object({
    id: z.string(),
    predecessor: placeRef,
    successor: placeRef,
    kind: z.enum(SUCCESSION_KINDS),
    on: z.string(),
    onPrecision: z.enum(['year', 'month', 'day']),
    source: z.object({
      id: z.string(),
      title: z.string(),
      titleZh: z.string().nullable(),
      url: z.string().nullable(),
    }),
    locator: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PlaceSuccession' });
export type Succession = z.infer<typeof successionSchema>;

export const placeSuccessionsSchema = z.object({
  /** The places this one continues (merged into it, renamed as it, or split off to form it). */
  predecessors: z.array(successionSchema),
  /** What continues this place, when it was merged, renamed or split. */
  successors: z.array(successionSchema),
  /** The place that now holds this place's ties, following merges and renames; null when it holds them itself. */
  heir: placeRef.nullable(),
});
export type PlaceSuccessions = z.infer<typeof placeSuccessionsSchema>;

/**
 * The ties as their holders hold them now: each side that was merged or renamed away is replaced by its
 * heir (`heirs`: place → heir at the end of its chain). A pair then held twice keeps the heir's own tie
 * (or the first that came), and a tie between a place and its own heir is dropped.
 */
export function inheritTies<T extends { id: string; a: string; b: string }>(
  ties: readonly T[],
  heirs: ReadonlyMap<string, string>,
): T[] {
  if (heirs.size === 0) return [...ties];
  const byPair = new Map<string, { tie: T; inherited: boolean }>();
  for (const tie of ties) {
    const a = heirs.get(tie.a) ?? tie.a;
    const b = heirs.get(tie.b) ?? tie.b;
    if (a === b) continue;
    const inherited = a !== tie.a || b !== tie.b;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const held = byPair.get(key);
    if (held && (inherited || !held.inherited)) continue;
    byPair.set(key, { tie: inherited ? { ...tie, a, b } : tie, inherited });
  }
  // In the order the ties came (a pair where it first appeared), so the analyses see a stable order.
  return [...byPair.values()].map((v) => v.tie);
}
