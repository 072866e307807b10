import { CORRIDORS } from '../../domain/entities/corridors.ts';
import type { CorridorRow } from './rows.ts';
import { recordWriter } from './writer.ts';

export const corridorsWriter = recordWriter(
  CORRIDORS,
  (c: CorridorRow) => ({
    id: c.id,
    name_en: c.nameEn,
    name_zh: c.nameZh,
    functions: c.functions,
    note: c.note ?? null,
  }),
  {
    corridor_countries: (c) => c.countryCodes.map((code) => ({ corridor_id: c.id, country_code: code })),
    corridor_nodes: (c) => [...new Set(c.nodePlaceIds)].map((p) => ({ corridor_id: c.id, place_id: p })),
  },
);
