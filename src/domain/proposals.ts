/**
 * Proposals for new partnerships and their review up the chain: a city office drafts and submits; the
 * reviewer of its province approves (forwarding it to the national level), returns it with a comment,
 * or rejects it; the national coordinator decides last; the office records the signing, which stays an
 * internal record until the office publishes it as a partnership of the public registry. A proposal from
 * a province-level place (a province, or a municipality such as Shanghai) goes to national review
 * directly. Who may take each step is decided here, from the permission table.
 */
import { z } from 'zod';
import { allows, type Grant } from './permissions.ts';
import { PARTNERSHIP_TYPES, partialDate } from './registry.ts';
import { agreementFileSchema } from './agreement-files.ts';

export const PROPOSAL_STATES = [
  'draft',
  'province_review',
  'national_review',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
  'signed',
  'published',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_STEPS = [
  'submit',
  'approve',
  'return',
  'reject',
  'withdraw',
  'sign',
  'publish',
] as const;
export type ProposalStep = (typeof PROPOSAL_STEPS)[number];

/** States in which a proposal is still going somewhere. */
export const OPEN_STATES: readonly ProposalState[] = [
  'draft',
  'province_review',
  'national_review',
  'returned',
  'approved',
];

/** What a step needs to know about a proposal: where it stands and the places that decide who acts. */
export interface ProposalPosition {
  state: ProposalState;
  /** The proposing place and every place above it. */
  placeScope: readonly string[];
  /** The province-level place whose reviewer acts first; null when the proposer is province-level. */
  provinceId: string | null;
}

/** The state a step leads to from `state`, or null when the step does not apply there. */
export function nextState(
  position: Pick<ProposalPosition, 'state' | 'provinceId'>,
  step: ProposalStep,
): ProposalState | null {
  const { state } = position;
  switch (step) {
    case 'submit':
      return state === 'draft' || state === 'returned'
        ? position.provinceId
          ? 'province_review'
          : 'national_review'
        : null;
    case 'approve':
      return state === 'province_review'
        ? 'national_review'
        : state === 'national_review'
          ? 'approved'
          : null;
    case 'return':
    case 'reject':
      return state === 'province_review' || state === 'national_review'
        ? step === 'return'
          ? 'returned'
          : 'rejected'
        : null;
    case 'withdraw':
      return OPEN_STATES.includes(state) && state !== 'approved' ? 'withdrawn' : null;
    case 'sign':
      return state === 'approved' ? 'signed' : null;
    case 'publish':
      return state === 'signed' ? 'published' : null;
  }
}

/**
 * Whether these grants may review at the proposal's current stage: at the province stage a reviewer
 * whose jurisdiction is the province itself (not the proposing city's own reviewer); at the national
 * stage a reviewer or coordinator over the whole nation.
 */
export function mayReview(grants: readonly Grant[], position: ProposalPosition): boolean {
  if (position.state === 'province_review')
    return grants.some(
      (g) =>
        g.jurisdictionId !== null &&
        g.jurisdictionId === position.provinceId &&
        allows([g], 'proposals.review', position.placeScope),
    );
  if (position.state === 'national_review')
    return grants.some((g) => g.jurisdictionId === null && allows([g], 'proposals.review'));
  return false;
}

/** Whether these grants may act for the proposing office (draft, edit, submit, withdraw, sign, publish). */
export function mayPropose(
  grants: readonly Grant[],
  position: Pick<ProposalPosition, 'placeScope'>,
): boolean {
  return allows(grants, 'proposals.draft', position.placeScope);
}

/** The steps these grants may take on the proposal now. */
export function availableSteps(grants: readonly Grant[], position: ProposalPosition): ProposalStep[] {
  return PROPOSAL_STEPS.filter((step) => {
    if (!nextState(position, step)) return false;
    return step === 'approve' || step === 'return' || step === 'reject'
      ? mayReview(grants, position)
      : mayPropose(grants, position);
  });
}

/** Whether the proposal may still be edited by its office. */
export const editable = (state: ProposalState) => state === 'draft' || state === 'returned';

// API shapes ---------------------------------------------------------------------------------------

export const proposalInputSchema = z.object({
  placeId: z.string().min(1).describe('the proposing Chinese place'),
  candidateId: z.string().min(1).describe('the proposed foreign partner'),
  type: z.enum(PARTNERSHIP_TYPES).default('sister_city'),
  rationale: z.string().trim().min(1, 'must not be empty').max(10_000),
});

export const proposalPatchSchema = z.object({
  candidateId: z.string().min(1).optional(),
  type: z.enum(PARTNERSHIP_TYPES).optional(),
  rationale: z.string().trim().min(1, 'must not be empty').max(10_000).optional(),
});

export const signingSchema = z.object({
  signed: partialDate.describe('the date of signing'),
  signatories: z.string().trim().min(1, 'must not be empty').max(2_000),
  agreementText: z.string().max(200_000).optional(),
  agreementTitle: z.string().trim().min(1).max(500).optional(),
});

export const proposalStepInputSchema = z.object({
  step: z.enum(PROPOSAL_STEPS),
  comment: z.string().trim().max(10_000).optional(),
  signing: signingSchema.optional().describe('with step sign'),
});

/** A signing as recorded: internal until the proposal is published. */
export const signingRecordSchema = z.object({
  signed: z.string(),
  signedPrecision: z.enum(['year', 'month', 'day']),
  signatories: z.string(),
  agreementTitle: z.string().nullable(),
  agreementText: z.string().nullable(),
});
export type Signing = z.infer<typeof signingRecordSchema>;

/** A place as proposals, the inbox and the stewardship queue name it. */
export const placeRef = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  countryCode: z.string(),
});

export const proposalStepSchema = z.object({
  at: z.string(),
  step: z.enum([...PROPOSAL_STEPS, 'draft', 'edit']),
  fromState: z.enum(PROPOSAL_STATES).nullable(),
  toState: z.enum(PROPOSAL_STATES),
  login: z.string(),
  userId: z.string().nullable(),
  organisationId: z.string().nullable(),
  comment: z.string().nullable(),
});

export const proposalSchema = z
  .object({
    id: z.string(),
    place: placeRef,
    candidate: placeRef,
    province: placeRef.nullable(),
    type: z.enum(PARTNERSHIP_TYPES),
    rationale: z.string(),
    state: z.enum(PROPOSAL_STATES),
    createdBy: z.string().nullable(),
    organisationId: z.string().nullable(),
    partnershipId: z.string().nullable(),
    signing: signingRecordSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Warnings of the vetting by code. */
    warnings: z.array(z.string()),
    blocked: z.string().nullable().describe('why the proposal cannot be submitted, or null'),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.infer<typeof proposalSchema>;

export const proposalDetailSchema = proposalSchema
  .extend({
    /** The matching module's vetting when the proposal was last written (explanation and warnings). */
    vetting: z.unknown(),
    steps: z.array(proposalStepSchema),
    /** Other open proposals for the same foreign place, from other offices: flagged to reviewers. */
    sameCandidate: z.array(z.object({ id: z.string(), place: placeRef, state: z.enum(PROPOSAL_STATES) })),
    /** What the reader may do now. */
    availableSteps: z.array(z.enum(PROPOSAL_STEPS)),
    editable: z.boolean(),
    /** The files of the agreement, first attached first. */
    files: z.array(agreementFileSchema),
    /** Whether the reader may attach agreement files now. */
    mayAttach: z.boolean(),
  })
  .meta({ id: 'ProposalDetail' });
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;
