import { ORGANISATIONS } from '../../domain/entities/organisations.ts';
import type { OrganisationRow } from './rows.ts';
import { recordWriter } from './writer.ts';

export const organisationsWriter = recordWriter(ORGANISATIONS, (o: OrganisationRow) => ({
  id: o.id,
  abbr: o.abbr ?? null,
  name_en: o.nameEn,
  name_zh: o.nameZh ?? null,
  kind: o.kind,
  topic: o.topic ?? null,
  founded: o.founded ?? null,
  place_id: o.placeId ?? null,
  members_note: o.membersNote ?? null,
  note: o.note ?? null,
}));
