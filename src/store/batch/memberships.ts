import { MEMBERSHIPS } from '../../domain/entities/memberships.ts';
import type { MembershipRow } from './rows.ts';
import { recordWriter } from './writer.ts';

export const membershipsWriter = recordWriter(MEMBERSHIPS, (m: MembershipRow) => ({
  id: m.id,
  organisation_id: m.organisationId,
  place_id: m.placeId,
  role: m.role,
  since: m.since ?? null,
  until: m.until ?? null,
  note: m.note ?? null,
}));
