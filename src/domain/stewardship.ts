/**
 * Data stewardship: questions about the ties of a jurisdiction that a curator settles. A tie without a
 * signing date, a tie whose type is unknown, a tie whose sources disagree on a field, and a foreign partner
 * held by two Chinese places of the same name (台州 and 泰州 are both Taizhou: a list that names one may
 * have been read as the other). A curator accepts the shown value, corrects it, or dismisses the question;
 * an acceptance or a correction is a claim with the curator as its source, so the shown value and its
 * provenance follow the claim rules. A tie its curator finds attached to the wrong namesake is withdrawn
 * from public view with the reason: kept, with its history, for the offices above to see.
 */
import { z } from 'zod';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, partialDate } from './registry.ts';
import { placeRef } from './proposals.ts';

export const STEWARDSHIP_QUESTIONS = ['undated', 'untyped', 'conflicting', 'namesake'] as const;
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
    /** For a namesake: the other tie of the same partner, held by a Chinese place of the same name. */
    namesake: z
      .object({
        partnershipId: z.string(),
        place: placeRef,
      })
      .nullable(),
  })
  .meta({ id: 'StewardshipItem' });
export type StewardshipItem = z.infer<typeof stewardshipItemSchema>;

export const STEWARDSHIP_DECISIONS = ['accept', 'correct', 'dismiss', 'withdraw'] as const;
export type StewardshipDecisionKind = (typeof STEWARDSHIP_DECISIONS)[number];

/** The decisions each question allows (a namesake has no value to correct, only a tie to keep or withdraw). */
export const DECISIONS_OF: Record<StewardshipQuestion, readonly StewardshipDecisionKind[]> = {
  undated: ['correct', 'dismiss'],
  untyped: ['correct', 'dismiss'],
  conflicting: ['accept', 'correct', 'dismiss'],
  namesake: ['accept', 'withdraw', 'dismiss'],
};

export const stewardshipDecisionSchema = z.object({
  question: z.enum(STEWARDSHIP_QUESTIONS),
  partnershipId: z.string().min(1),
  decision: z
    .enum(STEWARDSHIP_DECISIONS)
    .describe(
      'accept the shown value (a conflict) or the tie (a namesake); correct it; dismiss the question; or withdraw a namesake tie from public view, with a note saying why',
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
