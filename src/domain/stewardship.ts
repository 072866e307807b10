/**
 * Data stewardship: questions about the ties of a jurisdiction that a curator settles. A tie without a
 * signing date, a tie whose type is unknown, and a tie whose sources disagree on a field. A curator
 * accepts the shown value, corrects it, or dismisses the question; an acceptance or a correction is a
 * claim with the curator as its source, so the shown value and its provenance follow the claim rules.
 */
import { z } from 'zod';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, partialDate } from './registry.ts';
import { placeRef } from './proposals.ts';

export const STEWARDSHIP_QUESTIONS = ['undated', 'untyped', 'conflicting'] as const;
export type StewardshipQuestion = (typeof STEWARDSHIP_QUESTIONS)[number];

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
  })
  .meta({ id: 'StewardshipItem' });
export type StewardshipItem = z.infer<typeof stewardshipItemSchema>;

export const stewardshipDecisionSchema = z.object({
  question: z.enum(STEWARDSHIP_QUESTIONS),
  partnershipId: z.string().min(1),
  decision: z.enum(['accept', 'correct', 'dismiss']),
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
