/** What the inbox reads besides proposals: milestones past their due date and not done. */
import { placesWithin } from './place-tree.ts';
import { visibleTo, type PlaceReadScope } from './visibility.ts';
import type { Queryable } from './database.ts';

export interface OverdueMilestone {
  projectId: string;
  projectNameEn: string;
  projectNameZh: string | null;
  seq: number;
  description: string;
  dueOn: string;
}

/**
 * Overdue milestones of projects at places within `scopes` (a jurisdiction reaches the places under it),
 * or of every project for a nation-wide reader (`scopes` null); the longest overdue first.
 */
export async function overdueMilestones(
  db: Queryable,
  scopes: string[] | null,
  readable: PlaceReadScope,
  limit = 200,
): Promise<OverdueMilestone[]> {
  const params: unknown[] = [limit];
  const param = (value: unknown) => `$${params.push(value)}`;
  const within = scopes
    ? `AND EXISTS (SELECT 1 FROM project_places x WHERE x.project_id = j.id
         AND x.place_id = ANY(${param(await placesWithin(db, scopes))}::text[]))`
    : '';
  // Only projects the reader may read: a national one is not in a city office's inbox.
  const visible = visibleTo('projects', 'j', readable, param);
  return db.query<OverdueMilestone>(
    `SELECT j.id AS "projectId", j.name_en AS "projectNameEn", j.name_zh AS "projectNameZh", m.seq, m.description,
            m.due_on AS "dueOn"
     FROM project_milestones m JOIN projects j ON j.id = m.project_id
     WHERE m.done_on IS NULL AND m.due_on < current_date ${within} AND ${visible}
     ORDER BY m.due_on, j.id, m.seq LIMIT $1`,
    params,
  );
}
