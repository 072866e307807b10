import { EVENTS } from '../../domain/entities/events.ts';
import type { EventRow } from './rows.ts';
import { dateOf, precisionOf, recordWriter } from './writer.ts';

export const eventsWriter = recordWriter(
  EVENTS,
  (e: EventRow) => ({
    id: e.id,
    kind: e.kind,
    name_en: e.nameEn,
    name_zh: e.nameZh ?? null,
    starts_on: dateOf(e.starts),
    starts_precision: precisionOf(e.starts),
    ends_on: e.endsOn ?? null,
    place_id: e.placeId ?? null,
    place_text: e.placeText ?? null,
    organisation_id: e.organisationId ?? null,
    figures: e.figures ?? {},
    note: e.note ?? null,
  }),
  {
    event_participants: (e) =>
      (e.participants ?? []).map((p) => ({ event_id: e.id, place_id: p.placeId, role: p.role })),
  },
);
