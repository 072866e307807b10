/** Partnerships between two places; their shown fields are chosen among what the sources claim. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const PARTNERSHIPS = entity({
  tables: [
    table('partnerships', {
      columns: [
        notNull('id', 'text'),
        notNull('place_a', 'text', { references: 'places' }),
        notNull('place_b', 'text', { references: 'places' }),
        notNull('type', 'text'),
        nullable('level', 'text'),
        nullable('signed_on', 'date'),
        nullable('signed_precision', 'text'),
        notNull('status', 'text'),
        nullable('note', 'text'),
        notNull('provenance', 'jsonb'),
        local('updated_at'),
        // Added by a later migration, so after updated_at in the table.
        nullable('ended_on', 'date'),
        nullable('ended_precision', 'text'),
        nullable('end_reason', 'text'),
        // Who may read the record (domain/visibility.ts); added by a later migration, so rows of older
        // exports are public, as every record was then.
        notNull('visibility', 'text', { restoreDefault: "'public'" }),
      ],
    }),
  ],
  label: { en: 'Partnerships', zh: '友好关系' },
  labelOne: { en: 'Partnership', zh: '友好关系' },
  idPrefix: 'pt:',
  recordType: 'partnership',
  sourced: true,
  claimed: true,
  counted: true,
  maintained: ['partnership_countries'],
});
