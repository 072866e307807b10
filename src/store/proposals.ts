/** Proposals and their review steps in the database; the rules of who may do what live in the domain. */
import { placesWithin } from './place-tree.ts';
import type { Queryable } from './database.ts';
import type { Proposal, ProposalState, ProposalStep } from '../domain/proposals.ts';
import type { AgreementFile } from '../domain/agreement-files.ts';

const PLACE_JSON = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'nameEn', ${alias}.name_en,
     'nameZh', ${alias}.name_zh, 'countryCode', ${alias}.country_code) END`;

/** A proposal's columns; `vetting` is the whole vetting, or only its warnings for lists. */
const proposalSelect = (
  vetting: string,
) => `SELECT r.id, ${PLACE_JSON('a')} AS place, ${PLACE_JSON('c')} AS candidate,
    ${PLACE_JSON('v')} AS province, r.type, r.rationale, r.state, r.created_by AS "createdBy",
    r.organisation_id AS "organisationId", r.partnership_id AS "partnershipId", r.signing,
    r.created_at AS "createdAt", r.updated_at AS "updatedAt", ${vetting} AS vetting
  FROM proposals r
  JOIN places a ON a.id = r.place_id
  JOIN places c ON c.id = r.candidate_id
  LEFT JOIN places v ON v.id = r.province_id`;

export type ProposalRow = Omit<Proposal, 'warnings' | 'blocked'> & { vetting: unknown };

export async function getProposal(db: Queryable, id: string): Promise<ProposalRow | null> {
  const [row] = await db.query<ProposalRow>(`${proposalSelect('r.vetting')} WHERE r.id = $1`, [id]);
  return row ?? null;
}

/**
 * Proposals a reader may see: those of the places in `scopes` (a jurisdiction reaches the places under
 * it), or all of them for a nation-wide reader (`scopes` null).
 */
export async function listProposals(
  db: Queryable,
  scopes: string[] | null,
  filter: { state?: ProposalState; placeId?: string; partnershipId?: string },
): Promise<ProposalRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (scopes) {
    // The proposing place lies under one of the reader's jurisdictions.
    params.push(await placesWithin(db, scopes));
    where.push(`r.place_id = ANY($${params.length}::text[])`);
  }
  if (filter.state) {
    params.push(filter.state);
    where.push(`r.state = $${params.length}`);
  }
  if (filter.placeId) {
    params.push(filter.placeId);
    where.push(`r.place_id = $${params.length}`);
  }
  if (filter.partnershipId) {
    params.push(filter.partnershipId);
    where.push(`r.partnership_id = $${params.length}`);
  }
  return db.query<ProposalRow>(
    `${proposalSelect(`jsonb_build_object('warnings', r.vetting -> 'warnings')`)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.updated_at DESC, r.id`,
    params,
  );
}

export interface ProposalStepRow {
  at: string;
  step: ProposalStep | 'draft' | 'edit';
  fromState: ProposalState | null;
  toState: ProposalState;
  login: string;
  userId: string | null;
  organisationId: string | null;
  comment: string | null;
}

export async function proposalSteps(db: Queryable, id: string): Promise<ProposalStepRow[]> {
  return db.query<ProposalStepRow>(
    `SELECT at, step, from_state AS "fromState", to_state AS "toState", login, user_id AS "userId",
            organisation_id AS "organisationId", comment
     FROM proposal_steps WHERE proposal_id = $1 ORDER BY id`,
    [id],
  );
}

/** The latest step of each proposal, in one query. */
export async function lastSteps(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, ProposalStepRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<ProposalStepRow & { proposalId: string }>(
    `SELECT DISTINCT ON (proposal_id) proposal_id AS "proposalId", at, step, from_state AS "fromState",
            to_state AS "toState", login, user_id AS "userId", organisation_id AS "organisationId", comment
     FROM proposal_steps WHERE proposal_id = ANY($1::text[]) ORDER BY proposal_id, id DESC`,
    [ids],
  );
  return new Map(rows.map(({ proposalId, ...step }) => [proposalId, step]));
}

/** Other open proposals for the same foreign place from other places. */
export async function sameCandidate(
  db: Queryable,
  proposal: { id: string; candidateId: string; placeId: string },
) {
  return db.query<{ id: string; place: ProposalRow['place']; state: ProposalState }>(
    `SELECT r.id, ${PLACE_JSON('a')} AS place, r.state FROM proposals r JOIN places a ON a.id = r.place_id
     WHERE r.candidate_id = $1 AND r.id <> $2 AND r.place_id <> $3
       AND r.state IN ('draft', 'province_review', 'national_review', 'returned', 'approved')
     ORDER BY r.created_at`,
    [proposal.candidateId, proposal.id, proposal.placeId],
  );
}

export interface NewProposalRow {
  id: string;
  placeId: string;
  candidateId: string;
  provinceId: string | null;
  type: string;
  rationale: string;
  vetting: unknown;
  createdBy: string | null;
  organisationId: string | null;
}

export async function insertProposal(tx: Queryable, row: NewProposalRow) {
  await tx.query(
    `INSERT INTO proposals (id, place_id, candidate_id, province_id, type, rationale, state, vetting, created_by, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9)`,
    [
      row.id,
      row.placeId,
      row.candidateId,
      row.provinceId,
      row.type,
      row.rationale,
      JSON.stringify(row.vetting),
      row.createdBy,
      row.organisationId,
    ],
  );
}

export async function updateProposal(
  tx: Queryable,
  id: string,
  changes: {
    candidateId?: string;
    type?: string;
    rationale?: string;
    vetting?: unknown;
    state?: ProposalState;
    partnershipId?: string;
    signing?: unknown;
  },
) {
  await tx.query(
    `UPDATE proposals SET candidate_id = coalesce($2, candidate_id), type = coalesce($3, type),
       rationale = coalesce($4, rationale), vetting = coalesce($5::jsonb, vetting), state = coalesce($6, state),
       partnership_id = coalesce($7, partnership_id), signing = coalesce($8::jsonb, signing), updated_at = now()
     WHERE id = $1`,
    [
      id,
      changes.candidateId ?? null,
      changes.type ?? null,
      changes.rationale ?? null,
      changes.vetting === undefined ? null : JSON.stringify(changes.vetting),
      changes.state ?? null,
      changes.partnershipId ?? null,
      changes.signing === undefined ? null : JSON.stringify(changes.signing),
    ],
  );
}

export async function insertStep(tx: Queryable, proposalId: string, step: Omit<ProposalStepRow, 'at'>) {
  await tx.query(
    `INSERT INTO proposal_steps (proposal_id, step, from_state, to_state, login, user_id, organisation_id, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      proposalId,
      step.step,
      step.fromState,
      step.toState,
      step.login,
      step.userId,
      step.organisationId,
      step.comment,
    ],
  );
}

/** Locks a proposal's row for the rest of the transaction: two reviewers cannot both move it. */
export async function lockProposal(tx: Queryable, id: string): Promise<ProposalState | null> {
  const [row] = await tx.query<{ state: ProposalState }>(
    `SELECT state FROM proposals WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row?.state ?? null;
}

/** The nearest province-level place strictly above `placeId`, or null when it is province-level itself. */
export async function provinceOf(db: Queryable, placeId: string): Promise<string | null> {
  const rows = await db.query<{ id: string; adminLevel: string | null; depth: number }>(
    `WITH RECURSIVE up(id, parent_id, admin_level, depth) AS (
       SELECT id, parent_id, admin_level, 0 FROM places WHERE id = $1
       UNION ALL SELECT p.id, p.parent_id, p.admin_level, up.depth + 1 FROM places p JOIN up ON p.id = up.parent_id WHERE up.depth < 10
     ) SELECT id, admin_level AS "adminLevel", depth FROM up ORDER BY depth`,
    [placeId],
  );
  if (rows[0]?.adminLevel === 'province_level') return null;
  return rows.find((r) => r.depth > 0 && r.adminLevel === 'province_level')?.id ?? null;
}

export async function placeCountry(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ countryCode: string }>(
    `SELECT country_code AS "countryCode" FROM places WHERE id = $1`,
    [id],
  );
  return row?.countryCode ?? null;
}

// Agreement files -----------------------------------------------------------------------------------

const FILE_COLUMNS = `id, name, media_type AS "mediaType", bytes, sha256, uploaded_at AS "uploadedAt",
  login AS "uploadedBy"`;

/** The files of a proposal's agreement, first attached first, without their contents. */
export async function agreementFiles(db: Queryable, proposalId: string): Promise<AgreementFile[]> {
  return db.query<AgreementFile>(
    `SELECT ${FILE_COLUMNS} FROM agreement_files WHERE proposal_id = $1 ORDER BY uploaded_at, id`,
    [proposalId],
  );
}

/** One file of a proposal with its contents, or null when the proposal holds no such file. */
export async function agreementFile(
  db: Queryable,
  proposalId: string,
  fileId: string,
): Promise<(AgreementFile & { content: Uint8Array }) | null> {
  const [row] = await db.query<AgreementFile & { content: Uint8Array }>(
    `SELECT ${FILE_COLUMNS}, content FROM agreement_files WHERE proposal_id = $1 AND id = $2`,
    [proposalId, fileId],
  );
  return row ?? null;
}

export async function insertAgreementFile(
  tx: Queryable,
  file: Omit<AgreementFile, 'uploadedAt' | 'uploadedBy'> & {
    proposalId: string;
    content: Uint8Array;
    login: string;
    userId: string | null;
    organisationId: string | null;
  },
) {
  await tx.query(
    `INSERT INTO agreement_files (id, proposal_id, name, media_type, bytes, sha256, content, login, user_id, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      file.id,
      file.proposalId,
      file.name,
      file.mediaType,
      file.bytes,
      file.sha256,
      file.content,
      file.login,
      file.userId,
      file.organisationId,
    ],
  );
}
