/** Organisations: city networks, forums, institutions, funds and banks. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const ORGANISATIONS = entity({
  tables: [
    table('organisations', {
      columns: [
        notNull('id', 'text'),
        nullable('abbr', 'text'),
        notNull('name_en', 'text'),
        nullable('name_zh', 'text'),
        notNull('kind', 'text'),
        nullable('topic', 'text'),
        nullable('founded', 'text'),
        nullable('place_id', 'text', { references: 'places' }),
        nullable('members_note', 'text'),
        nullable('note', 'text'),
        local('updated_at'),
      ],
    }),
  ],
  label: { en: 'Organisations', zh: '组织' },
  labelOne: { en: 'Organisation', zh: '组织' },
  idPrefix: 'org:',
  recordType: 'organisation',
  sourced: true,
  counted: true,
});
