/** The inbox's items as the API and the web see them. */
import { z } from 'zod';
import { PROPOSAL_STATES, placeRef } from './proposals.ts';

export const INBOX_KINDS = [
  'proposal-to-review',
  'proposal-returned',
  'proposal-approved',
  'proposal-rejected',
  'milestone-overdue',
] as const;

export const inboxItemSchema = z
  .object({
    kind: z.enum(INBOX_KINDS),
    at: z.string().describe('when it happened, or the due date of an overdue milestone'),
    comment: z.string().nullable(),
    proposal: z
      .object({ id: z.string(), place: placeRef, candidate: placeRef, state: z.enum(PROPOSAL_STATES) })
      .nullable(),
    milestone: z
      .object({
        projectId: z.string(),
        projectNameEn: z.string(),
        projectNameZh: z.string().nullable(),
        seq: z.number(),
        description: z.string(),
        dueOn: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;
