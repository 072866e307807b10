/** What a place seeks from partners and what it offers them, by field. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const NEEDS_OFFERS = entity({
  tables: [
    table('place_needs_offers', {
      columns: [
        local('id', 'bigint'),
        notNull('place_id', 'text', { references: 'places' }),
        notNull('direction', 'text'),
        notNull('field', 'text'),
        notNull('note', 'text'),
        nullable('source_id', 'text', { references: 'sources' }),
        local('updated_at'),
      ],
      // the generated id is this database's own; rows are known by what they say
      key: ['place_id', 'direction', 'field'],
    }),
  ],
  label: { en: 'Needs and offers', zh: '需求与优势' },
  labelOne: { en: 'Need or offer', zh: '需求或优势' },
});
