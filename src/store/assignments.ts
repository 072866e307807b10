/**
 * The organisations a tie is assigned to (partnership_assignments): who records the projects and
 * exchanges under it. The rule that a department records only under its ties lives in the domain's
 * permission table; these are its reads and writes.
 */
import type { Queryable } from './database.ts';
import type { Assignment } from '../domain/assignments.ts';

export async function assignmentsOf(db: Queryable, partnershipId: string): Promise<Assignment[]> {
  return db.query<Assignment>(
    `SELECT json_build_object('id', o.id, 'nameEn', o.name_en, 'nameZh', o.name_zh, 'kind', o.kind) AS organisation,
       a.assigned_by AS "assignedBy", a.assigned_at AS "assignedAt"
     FROM partnership_assignments a JOIN organisations o ON o.id = a.organisation_id
     WHERE a.partnership_id = $1 ORDER BY a.assigned_at, o.id`,
    [partnershipId],
  );
}

/** The kind of an organisation, or null when there is none with that id. */
export async function organisationKind(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ kind: string }>(`SELECT kind FROM organisations WHERE id = $1`, [id]);
  return row?.kind ?? null;
}

/** Assigns the tie; assigning it again changes nothing. */
export async function assign(tx: Queryable, partnershipId: string, organisationId: string, login: string) {
  await tx.query(
    `INSERT INTO partnership_assignments (partnership_id, organisation_id, assigned_by) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [partnershipId, organisationId, login],
  );
}

/** Whether there was such an assignment to withdraw. */
export async function unassign(
  tx: Queryable,
  partnershipId: string,
  organisationId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `DELETE FROM partnership_assignments WHERE partnership_id = $1 AND organisation_id = $2 RETURNING 1`,
    [partnershipId, organisationId],
  );
  return rows.length > 0;
}

export async function isAssigned(db: Queryable, partnershipId: string, organisationId: string) {
  const rows = await db.query(
    `SELECT 1 FROM partnership_assignments WHERE partnership_id = $1 AND organisation_id = $2`,
    [partnershipId, organisationId],
  );
  return rows.length > 0;
}

/** The tie a project runs under, if any. */
export async function projectPartnership(db: Queryable, projectId: string): Promise<string | null> {
  const [row] = await db.query<{ id: string | null }>(
    `SELECT partnership_id AS id FROM projects WHERE id = $1`,
    [projectId],
  );
  return row?.id ?? null;
}

/** Whether a tie assigned to the organisation joins two of `placeIds`: an exchange between its sides. */
export async function assignedTieAmong(
  db: Queryable,
  organisationId: string,
  placeIds: readonly string[],
): Promise<boolean> {
  if (placeIds.length < 2) return false;
  const rows = await db.query(
    `SELECT 1 FROM partnership_assignments a JOIN partnerships t ON t.id = a.partnership_id
     WHERE a.organisation_id = $1 AND t.place_a = ANY($2::text[]) AND t.place_b = ANY($2::text[]) LIMIT 1`,
    [organisationId, placeIds],
  );
  return rows.length > 0;
}
