/**
 * Administrative changes of places (merged, renamed, split), each with the decision that made it. Open data
 * like the places themselves: whoever reads a tie of a place merged away needs the chain to its heir.
 */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const PLACE_SUCCESSIONS = entity({
  tables: [
    table('place_successions', {
      columns: [
        notNull('id', 'text'),
        notNull('predecessor_id', 'text', { references: 'places' }),
        notNull('successor_id', 'text', { references: 'places' }),
        notNull('kind', 'text'),
        notNull('effective_on', 'date'),
        notNull('effective_precision', 'text'),
        notNull('source_id', 'text', { references: 'sources' }),
        notNull('locator', 'text'),
        nullable('note', 'text'),
        local('updated_at'),
      ],
      // Ids are made by each database; the pair of places is what identifies a change in any of them.
      key: ['predecessor_id', 'successor_id'],
    }),
  ],
  label: { en: 'Administrative changes', zh: '行政区划调整' },
  labelOne: { en: 'Administrative change', zh: '行政区划调整' },
});
