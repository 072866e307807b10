/**
 * Proposals as the API and the command line share them: drafting with the matching module's vetting
 * attached, editing while the office holds it, and the steps of the review chain, each recorded with
 * who, when and why. Publishing a signed proposal writes the partnership and the proposal in one
 * transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Database } from '../store/database.ts';
import { WriteRejected, insertPartnership } from '../store/writes.ts';
import { setVisibility } from '../store/visibility.ts';
import { placeScope, placeScopes } from '../store/place-tree.ts';
import * as store from '../store/proposals.ts';
import { stateOf } from '../domain/geo.ts';
import { allows, jurisdictionsFor, type Action } from '../domain/permissions.ts';
import {
  availableSteps,
  editable,
  mayPropose,
  nextState,
  type Proposal,
  type ProposalDetail,
  type ProposalPosition,
  type ProposalState,
  type ProposalStep,
  type Signing,
  proposalInputSchema,
  proposalPatchSchema,
  proposalStepInputSchema,
} from '../domain/proposals.ts';
import { agreementFileProblem, ATTACHABLE_STATES, type AgreementFile } from '../domain/agreement-files.ts';
import type { VetResult } from '../analysis/matching/index.ts';
import { actorOf, type Principal } from './accounts.ts';

/** The matching module's vetting of a candidate for a place, or null when it cannot vet this pair. */
export type Vetter = (placeId: string, candidateId: string) => Promise<VetResult | null>;

/** Who may read a proposal: its office, its reviewers and readers of internal records above it. */
const READ_ACTIONS: Action[] = ['proposals.draft', 'proposals.review', 'records.read-internal'];

function forbidden(message: string): never {
  throw new WriteRejected(403, message);
}

/** What blocks a submission: a candidate in a country without diplomatic relations with China. */
function blockOf(vetting: Pick<VetResult, 'warnings'> | null): string | null {
  const warning = vetting?.warnings.find((w) => w.code === 'no-diplomatic-relations');
  return warning ? warning.en : null;
}

/** A list item: the vetting's warnings by code and what blocks a submission, without the vetting. */
function withWarnings(row: store.ProposalRow): Proposal {
  const { vetting, ...rest } = row as store.ProposalRow & { vetting: Pick<VetResult, 'warnings'> | null };
  return { ...rest, warnings: vetting?.warnings?.map((w) => w.code) ?? [], blocked: blockOf(vetting) };
}

async function positionOf(db: Database, row: store.ProposalRow): Promise<ProposalPosition> {
  return {
    state: row.state,
    placeScope: await placeScope(db, [row.place.id]),
    provinceId: row.province?.id ?? null,
  };
}

async function checkPlaces(db: Database, placeId: string, candidateId: string) {
  const [place, candidate] = await Promise.all([
    store.placeCountry(db, placeId),
    store.placeCountry(db, candidateId),
  ]);
  const errors: { field: string; reason: string }[] = [];
  if (!place) errors.push({ field: 'placeId', reason: `no place with id ${placeId}` });
  else if (stateOf(place) !== 'CN')
    errors.push({ field: 'placeId', reason: 'the proposing place must be in China' });
  if (!candidate) errors.push({ field: 'candidateId', reason: `no place with id ${candidateId}` });
  else if (stateOf(candidate) === 'CN')
    errors.push({
      field: 'candidateId',
      reason: 'the proposed partner must be abroad (China’s own regions are not foreign)',
    });
  if (placeId === candidateId) errors.push({ field: 'candidateId', reason: 'same place as placeId' });
  if (errors.length)
    throw new WriteRejected(422, errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors);
}

export async function createProposal(
  db: Database,
  principal: Principal,
  input: z.infer<typeof proposalInputSchema>,
  vet: Vetter,
): Promise<string> {
  await checkPlaces(db, input.placeId, input.candidateId);
  if (!mayPropose(principal.grants, { placeScope: await placeScope(db, [input.placeId]) }))
    forbidden(`${principal.login} may not draft proposals for ${input.placeId}`);
  const vetting = await vet(input.placeId, input.candidateId);
  const id = `proposal:${randomUUID()}`;
  const provinceId = await store.provinceOf(db, input.placeId);
  await db.transaction(actorOf(principal), async (tx) => {
    await store.insertProposal(tx, {
      id,
      placeId: input.placeId,
      candidateId: input.candidateId,
      provinceId,
      type: input.type,
      rationale: input.rationale,
      vetting,
      createdBy: principal.userId,
      organisationId: principal.organisationId,
    });
    await store.insertStep(tx, id, {
      step: 'draft',
      fromState: null,
      toState: 'draft',
      login: principal.login,
      userId: principal.userId,
      organisationId: principal.organisationId,
      comment: null,
    });
  });
  return id;
}

async function requireReadable(db: Database, principal: Principal | null, id: string) {
  const row = await store.getProposal(db, id);
  // An unreadable proposal is answered like a missing one: its existence is internal too.
  if (!row || !principal) throw new WriteRejected(404, `no proposal with id ${id}`);
  const position = await positionOf(db, row);
  if (!READ_ACTIONS.some((action) => allows(principal.grants, action, position.placeScope)))
    throw new WriteRejected(404, `no proposal with id ${id}`);
  return { row, position };
}

const REVIEW_STEPS: readonly ProposalStep[] = ['approve', 'return', 'reject'];

/** Whether the reader drafted, edited or submitted the proposal: then someone else must review it. */
function ownWork(row: store.ProposalRow, steps: store.ProposalStepRow[], principal: Principal): boolean {
  if (!principal.userId) return false;
  return (
    row.createdBy === principal.userId ||
    steps.some((s) => s.userId === principal.userId && !REVIEW_STEPS.includes(s.step as ProposalStep))
  );
}

export async function proposalDetail(
  db: Database,
  principal: Principal | null,
  id: string,
): Promise<ProposalDetail> {
  const { row, position } = await requireReadable(db, principal, id);
  const reader = principal!;
  const [steps, same, files] = await Promise.all([
    store.proposalSteps(db, id),
    store.sameCandidate(db, { id, candidateId: row.candidate.id, placeId: row.place.id }),
    store.agreementFiles(db, id),
  ]);
  // Other offices' proposals for the same partner, as far as the reader may see them.
  const scopes = await placeScopes(
    db,
    same.map((p) => p.place.id),
  );
  const visible = same.filter((p) =>
    READ_ACTIONS.some((action) => allows(reader.grants, action, scopes.get(p.place.id) ?? [p.place.id])),
  );
  const own = ownWork(row, steps, reader);
  return {
    ...withWarnings(row),
    vetting: row.vetting,
    steps,
    sameCandidate: visible,
    availableSteps: availableSteps(reader.grants, position).filter((s) => !(own && REVIEW_STEPS.includes(s))),
    editable: editable(row.state) && mayPropose(reader.grants, position),
    files,
    mayAttach: mayAttach(reader, row.state, position),
  };
}

/** The proposing office attaches the agreement once the proposal is approved. */
const mayAttach = (principal: Principal, state: ProposalState, position: ProposalPosition) =>
  ATTACHABLE_STATES.includes(state) && mayPropose(principal.grants, position);

/**
 * Keeps a file of the proposal's agreement. The office that may sign may attach, from the approval on;
 * the contents must be of the declared type. Returns the file as listed.
 */
export async function attachAgreementFile(
  db: Database,
  principal: Principal,
  id: string,
  file: { name: string; mediaType: string; content: Uint8Array },
): Promise<AgreementFile> {
  const { row, position } = await requireReadable(db, principal, id);
  if (!mayPropose(principal.grants, position))
    forbidden(`${principal.login} may not attach files to this proposal`);
  if (!ATTACHABLE_STATES.includes(row.state))
    throw new WriteRejected(
      409,
      `a proposal in state ${row.state} takes no agreement files; they are attached once it is approved`,
    );
  const problem = agreementFileProblem(file.mediaType, file.content);
  if (problem) throw new WriteRejected(422, `file: ${problem}`, [{ field: 'file', reason: problem }]);
  const fileId = `file:${randomUUID()}`;
  await db.transaction(actorOf(principal), async (tx) => {
    // Not while a step moves the proposal: a withdrawn or rejected proposal takes no file.
    const state = await store.lockProposal(tx, id);
    if (!state || !ATTACHABLE_STATES.includes(state))
      throw new WriteRejected(409, 'the proposal was changed meanwhile; reload it');
    await store.insertAgreementFile(tx, {
      id: fileId,
      proposalId: id,
      name: file.name,
      mediaType: file.mediaType,
      bytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      login: principal.login,
      userId: principal.userId,
      organisationId: principal.organisationId,
    });
  });
  const stored = (await store.agreementFiles(db, id)).find((f) => f.id === fileId);
  return stored!;
}

/** A file of a proposal's agreement with its contents, for whoever may read the proposal. */
export async function readAgreementFile(
  db: Database,
  principal: Principal | null,
  id: string,
  fileId: string,
) {
  await requireReadable(db, principal, id);
  const file = await store.agreementFile(db, id, fileId);
  if (!file) throw new WriteRejected(404, `proposal ${id} has no file ${fileId}`);
  return file;
}

export async function listReadableProposals(
  db: Database,
  principal: Principal,
  filter: { state?: ProposalState; placeId?: string; partnershipId?: string },
): Promise<Proposal[]> {
  const scopes = jurisdictionsFor(principal.grants, READ_ACTIONS);
  if (scopes?.length === 0) return [];
  return (await store.listProposals(db, scopes, filter)).map(withWarnings);
}

export async function editProposal(
  db: Database,
  principal: Principal,
  id: string,
  patch: z.infer<typeof proposalPatchSchema>,
  vet: Vetter,
): Promise<void> {
  const { row, position } = await requireReadable(db, principal, id);
  if (!mayPropose(principal.grants, position)) forbidden(`${principal.login} may not edit this proposal`);
  if (!editable(row.state))
    throw new WriteRejected(
      409,
      `a proposal in state ${row.state} cannot be edited; it is with the reviewers or decided`,
    );
  const candidateId = patch.candidateId ?? row.candidate.id;
  if (patch.candidateId) await checkPlaces(db, row.place.id, candidateId);
  // A new candidate is vetted anew; the submission vets again in any case.
  const vetting = candidateId !== row.candidate.id ? await vet(row.place.id, candidateId) : undefined;
  await db.transaction(actorOf(principal), async (tx) => {
    if ((await store.lockProposal(tx, id)) !== row.state)
      throw new WriteRejected(409, 'the proposal was changed meanwhile; reload it');
    await store.updateProposal(tx, id, { ...patch, candidateId, vetting });
    await store.insertStep(tx, id, {
      step: 'edit',
      fromState: row.state,
      toState: row.state,
      login: principal.login,
      userId: principal.userId,
      organisationId: principal.organisationId,
      comment: null,
    });
  });
}

export async function takeStep(
  db: Database,
  principal: Principal,
  id: string,
  input: z.infer<typeof proposalStepInputSchema>,
  vet: Vetter,
): Promise<void> {
  const { row, position } = await requireReadable(db, principal, id);
  const to = nextState(position, input.step);
  if (!to)
    throw new WriteRejected(409, `a proposal in state ${row.state} cannot be given the step ${input.step}`);
  if (REVIEW_STEPS.includes(input.step) && ownWork(row, await store.proposalSteps(db, id), principal))
    forbidden(`${principal.login} drafted or submitted this proposal: someone else must review it`);
  if (!availableSteps(principal.grants, position).includes(input.step))
    forbidden(
      `${principal.login} may not ${input.step} this proposal at this stage (${row.state}${
        row.state === 'province_review' ? `, reviewed by ${row.province?.nameEn ?? 'the province'}` : ''
      })`,
    );
  if ((input.step === 'return' || input.step === 'reject') && !input.comment)
    throw new WriteRejected(422, 'comment: say why the proposal is returned or rejected', [
      { field: 'comment', reason: 'must not be empty when returning or rejecting' },
    ]);
  let vetting: VetResult | null | undefined;
  if (input.step === 'submit') {
    vetting = await vet(row.place.id, row.candidate.id);
    const block = blockOf(vetting);
    if (block)
      throw new WriteRejected(422, `the proposal cannot be submitted: ${block}`, [
        { field: 'candidateId', reason: block },
      ]);
  }
  if (input.step === 'sign' && !input.signing)
    throw new WriteRejected(422, 'signing: the date and the signatories are needed to record a signing', [
      { field: 'signing', reason: 'is required with step sign' },
    ]);
  await db.transaction(actorOf(principal), async (tx) => {
    if ((await store.lockProposal(tx, id)) !== row.state)
      throw new WriteRejected(409, 'the proposal was changed meanwhile; reload it');
    let partnershipId: string | undefined;
    let signing: Signing | undefined;
    if (input.step === 'sign' && input.signing) {
      const s = input.signing;
      signing = {
        signed: s.signed.date,
        signedPrecision: s.signed.precision,
        signatories: s.signatories,
        agreementTitle: s.agreementTitle ?? null,
        agreementText: s.agreementText ?? null,
      };
    }
    // The signed tie enters the registry at once, internal to the jurisdiction; publishing opens it to all.
    const recorded = signing ?? (input.step === 'publish' ? row.signing : null);
    if (recorded && !row.partnershipId) {
      partnershipId = await insertPartnership(tx, {
        placeA: row.place.id,
        placeB: row.candidate.id,
        type: row.type,
        signed: { date: recorded.signed, precision: recorded.signedPrecision },
        status: 'active',
        note: recorded.signatories,
        visibility: input.step === 'publish' ? 'public' : 'jurisdiction',
        // The agreement is the tie's source.
        sources: [
          {
            source: {
              title: recorded.agreementTitle ?? `${row.place.nameEn} – ${row.candidate.nameEn}`,
              kind: 'document',
            },
            locator: '',
          },
        ],
      });
    } else if (input.step === 'publish' && row.partnershipId) {
      await setVisibility(tx, 'partnerships', row.partnershipId, 'public');
    }
    await store.updateProposal(tx, id, { state: to, vetting: vetting ?? undefined, partnershipId, signing });
    await store.insertStep(tx, id, {
      step: input.step,
      fromState: row.state,
      toState: to,
      login: principal.login,
      userId: principal.userId,
      organisationId: principal.organisationId,
      comment: input.comment ?? null,
    });
  });
}
