/** Names users teach the resolver for a place (`Metro Manila` → NCR). */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const PLACE_ALIASES = entity({
  tables: [
    table('place_aliases', {
      columns: [
        notNull('alias', 'text'),
        notNull('place_id', 'text', { references: 'places' }),
        nullable('source_id', 'text', { references: 'sources' }),
        local('created_at'),
      ],
      key: ['alias', 'place_id'],
    }),
  ],
  label: { en: 'Other names', zh: '其他名称' },
  labelOne: { en: 'Other name', zh: '其他名称' },
});
