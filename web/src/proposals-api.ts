/**
 * Proposals for new partnerships and the workspace's inbox: the shapes of /api/proposals and /api/inbox,
 * the order of the review chain as the pages show it, and who may do what as far as the page can tell
 * (the server decides for each proposal and says so in `availableSteps`).
 */
import { api, ApiError, everyValue, type Reply, type RequestBody } from './api';
import type { VetResult } from './matching-api';
import type { User } from './session';

export type Proposal = Reply<'/api/proposals'>['items'][number];
export type ProposalDetail = Reply<'/api/proposals/{id}'>;
export type ProposalState = Proposal['state'];
export type ProposalStep = ProposalDetail['availableSteps'][number];
export type HistoryStep = ProposalDetail['steps'][number];
export type ProposalInput = RequestBody<'/api/proposals'>;
export type ProposalPatch = RequestBody<'/api/proposals/{id}', 'patch'>;
export type StepInput = RequestBody<'/api/proposals/{id}/steps'>;
export type Signing = NonNullable<StepInput['signing']>;
export type PlaceRef = Proposal['place'];
export type ProposalType = Proposal['type'];

/** Every state, in the order the workspace and the history name them. */
export const PROPOSAL_STATES = everyValue<ProposalState>()([
  'draft',
  'returned',
  'province_review',
  'national_review',
  'approved',
  'signed',
  'published',
  'rejected',
  'withdrawn',
]);

export const PROPOSAL_STEPS = everyValue<ProposalStep>()([
  'submit',
  'approve',
  'return',
  'reject',
  'withdraw',
  'sign',
  'publish',
]);

export const PROPOSAL_TYPES = everyValue<ProposalType>()([
  'sister_city',
  'friendly_exchange',
  'other',
  'unknown',
]);

/** The stages of the stepper: 起草 → 省级审核 → 国家审核 → 批准 → 签署 → 公开. */
export const STAGES = [
  'draft',
  'province_review',
  'national_review',
  'approved',
  'signed',
  'published',
] as const;
export type Stage = (typeof STAGES)[number];

/** States in which a proposal is still on its way. */
export const OPEN_STATES: readonly ProposalState[] = [
  'draft',
  'returned',
  'province_review',
  'national_review',
  'approved',
  'signed',
];

/** The stage a proposal stands at; a rejected or withdrawn one at the stage where it stopped. */
export function stageOf(detail: Pick<ProposalDetail, 'state' | 'steps'>): Stage {
  const { state } = detail;
  if (state === 'draft' || state === 'returned') return 'draft';
  if (state === 'rejected' || state === 'withdrawn') {
    const from = detail.steps.at(-1)?.fromState ?? 'draft';
    return from === 'returned'
      ? 'draft'
      : (STAGES as readonly string[]).includes(from)
        ? (from as Stage)
        : 'draft';
  }
  return state;
}

/** The matching module's vetting as the proposal carries it (the API types it loosely). */
export function vettingOf(p: { vetting: unknown }): VetResult | null {
  const v = p.vetting as VetResult | null | undefined;
  return v && typeof v === 'object' && Array.isArray(v.warnings) ? v : null;
}

/** The warning that blocks a submission: the candidate's country has no diplomatic relations with China. */
export const BLOCKING_WARNING = 'no-diplomatic-relations';

export const proposalPath = (id: string) => `/proposals/${encodeURIComponent(id)}`;
export const apiPath = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

/** Countries (and China's own regions) that are not foreign for a proposal. */
const DOMESTIC = new Set(['CN', 'HK', 'MO', 'TW']);
export const isForeign = (p: { countryCode: string }) => !DOMESTIC.has(p.countryCode);
export const isChinese = (p: { countryCode: string }) => p.countryCode === 'CN';

const PROPOSING_ROLES = ['editor', 'coordinator'];
const REVIEWING_ROLES = ['reviewer', 'coordinator'];

/** The places the user may propose for, as their roles name them (null: the whole nation). */
export function proposingJurisdictions(user: User) {
  return user.roles.filter((g) => PROPOSING_ROLES.includes(g.role));
}

/** Whether the proposal belongs to the user's office: theirs, their organisation's, or their place's. */
export function isMine(user: User, p: Proposal): boolean {
  if (p.createdBy === user.id) return true;
  if (user.organisationId && p.organisationId === user.organisationId) return true;
  return proposingJurisdictions(user).some((g) => g.jurisdictionId === p.place.id);
}

/**
 * Whether the proposal waits for the user's review, as far as the roles tell: the province stage for a
 * reviewer over a place (the list holds only proposals of the user's jurisdictions), the national stage
 * for one over the whole nation.
 */
export function awaitsMyReview(user: User, p: Proposal): boolean {
  const reviewers = user.roles.filter((g) => REVIEWING_ROLES.includes(g.role));
  if (p.state === 'province_review') return reviewers.some((g) => g.jurisdictionId !== null);
  if (p.state === 'national_review') return reviewers.some((g) => g.jurisdictionId === null);
  return false;
}

/** The workspace's inbox: what waits for the user (GET /api/inbox). */
export type Inbox = Reply<'/api/inbox'>;
export type InboxItem = Inbox['items'][number];

/** A partial date as the signing takes it: YYYY, YYYY-MM or YYYY-MM-DD, a real one. */
export function validPartialDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return false;
  }
  return Number(y) >= 1900;
}

/**
 * The key of a message in the user's language for a refusal of the proposals API, from its status and
 * the server's detail (in English); null when the refusal is not one the page knows.
 */
export function proposalErrorKey(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const detail = `${error.problem?.detail ?? ''} ${(error.problem?.errors ?? []).map((e) => `${e.field} ${e.reason}`).join(' ')}`;
  switch (error.status) {
    case 401:
      return 'proposals.errors.signedOut';
    case 403:
      return 'proposals.errors.forbidden';
    case 404:
      return 'proposals.errors.notFound';
    case 409:
      if (/changed meanwhile/.test(detail)) return 'proposals.errors.changed';
      if (/cannot be edited/.test(detail)) return 'proposals.errors.notEditable';
      if (/cannot be given the step/.test(detail)) return 'proposals.errors.wrongState';
      return 'proposals.errors.conflict';
    case 422:
      if (/cannot be submitted/.test(detail)) return 'proposals.errors.blocked';
      if (/comment/.test(detail)) return 'proposals.errors.commentRequired';
      if (/signing|signatories|signed/.test(detail)) return 'proposals.errors.signingRequired';
      if (/must be abroad/.test(detail)) return 'proposals.errors.domesticCandidate';
      if (/must be in China/.test(detail)) return 'proposals.errors.foreignPlace';
      if (/same place/.test(detail)) return 'proposals.errors.samePlace';
      if (/no place with id/.test(detail)) return 'proposals.errors.noPlace';
      if (/rationale/.test(detail)) return 'proposals.errors.rationaleRequired';
      return null;
    default:
      return null;
  }
}

/** A file of a proposal's agreement, as the proposal lists it. */
export type AgreementFile = ProposalDetail['files'][number];

/** Largest file the server keeps (its AGREEMENT_FILE_MAX_BYTES). */
export const AGREEMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The media type the server expects for a file, by its extension: browsers leave the type of an OFD file
 * empty and some name Word files differently, so the extension decides.
 */
const AGREEMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
};
export const AGREEMENT_ACCEPT = Object.keys(AGREEMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export function agreementMediaType(fileName: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (ext && AGREEMENT_TYPES[ext]) || null;
}

/** Why a chosen file cannot be attached (the key of a message), or null. */
export function agreementFileCheck(file: { name: string; size: number }): string | null {
  if (!agreementMediaType(file.name)) return 'proposals.files.errors.type';
  if (file.size === 0) return 'proposals.files.errors.empty';
  if (file.size > AGREEMENT_FILE_MAX_BYTES) return 'proposals.files.errors.tooLarge';
  return null;
}

/** Sends a file of the agreement; the server answers with the file as listed. */
export function uploadAgreementFile(proposalId: string, file: File): Promise<AgreementFile> {
  return api<AgreementFile>(`${apiPath(proposalId)}/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    body: file,
    headers: { 'content-type': agreementMediaType(file.name) ?? 'application/octet-stream' },
  });
}

export const agreementFileUrl = (proposalId: string, fileId: string) =>
  `${apiPath(proposalId)}/files/${encodeURIComponent(fileId)}`;

/** The key of a message for a refused upload. */
export function agreementErrorKey(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const detail = error.problem?.detail ?? '';
  switch (error.status) {
    case 413:
      return 'proposals.files.errors.tooLarge';
    case 415:
      return 'proposals.files.errors.type';
    case 400:
      return /name/.test(detail) ? 'proposals.files.errors.name' : null;
    case 409:
      return /changed meanwhile/.test(detail) ? 'proposals.errors.changed' : 'proposals.files.errors.notYet';
    case 422:
      if (/not a .* file as declared/.test(detail)) return 'proposals.files.errors.mismatch';
      if (/empty/.test(detail)) return 'proposals.files.errors.empty';
      if (/not accepted/.test(detail)) return 'proposals.files.errors.type';
      return null;
    default:
      return proposalErrorKey(error);
  }
}
