/** Economic corridors, with the countries they cross and their node places. */
import { entity, notNull, nullable, table } from './descriptor.ts';

export const CORRIDORS = entity({
  tables: [
    table('corridors', {
      columns: [
        notNull('id', 'text'),
        notNull('name_en', 'text'),
        notNull('name_zh', 'text'),
        notNull('functions', 'text[]'),
        nullable('note', 'text'),
      ],
    }),
    table('corridor_countries', {
      columns: [
        notNull('corridor_id', 'text', { references: 'corridors' }),
        notNull('country_code', 'text', { references: 'countries' }),
      ],
      key: ['corridor_id', 'country_code'],
      parentColumn: 'corridor_id',
    }),
    table('corridor_nodes', {
      columns: [
        notNull('corridor_id', 'text', { references: 'corridors' }),
        notNull('place_id', 'text', { references: 'places' }),
      ],
      key: ['corridor_id', 'place_id'],
      parentColumn: 'corridor_id',
    }),
  ],
  label: { en: 'Economic corridors', zh: '经济走廊' },
  labelOne: { en: 'Economic corridor', zh: '经济走廊' },
  recordType: 'corridor',
  sourced: true,
  counted: true,
});
