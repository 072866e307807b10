/** Stated figures, kept as stated: conflicting observations stand side by side. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const OBSERVATIONS = entity({
  tables: [
    table('observations', {
      columns: [
        notNull('id', 'text'),
        notNull('subject_text', 'text'),
        nullable('place_id', 'text', { references: 'places' }),
        nullable('country_code', 'text', { references: 'countries' }),
        notNull('measure', 'text'),
        notNull('value', 'double precision'),
        nullable('unit', 'text'),
        nullable('as_of', 'date'),
        nullable('as_of_precision', 'text'),
        notNull('details', 'jsonb'),
        nullable('note', 'text'),
        local('updated_at'),
      ],
    }),
  ],
  label: { en: 'Stated figures', zh: '统计口径数据' },
  labelOne: { en: 'Stated figure', zh: '统计口径数据' },
  idPrefix: 'ob:',
  recordType: 'observation',
  sourced: true,
  counted: true,
});
