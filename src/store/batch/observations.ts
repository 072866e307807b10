import { OBSERVATIONS } from '../../domain/entities/observations.ts';
import type { ObservationRow } from './rows.ts';
import { dateOf, precisionOf, recordWriter } from './writer.ts';

export const observationsWriter = recordWriter(OBSERVATIONS, (o: ObservationRow) => ({
  id: o.id,
  subject_text: o.subjectText,
  place_id: o.placeId ?? null,
  country_code: o.countryCode ?? null,
  measure: o.measure,
  value: o.value,
  unit: o.unit ?? null,
  as_of: dateOf(o.asOf),
  as_of_precision: precisionOf(o.asOf),
  details: o.details ?? {},
  note: o.note ?? null,
}));
