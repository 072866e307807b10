/** Places: the gazetteer's, and those users or source lists add (ids `u:` for the ones users add). */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const PLACES = entity({
  tables: [
    table('places', {
      columns: [
        notNull('id', 'text'),
        notNull('kind', 'text'),
        notNull('name_en', 'text'),
        nullable('name_zh', 'text'),
        notNull('aliases', 'text[]'),
        notNull('country_code', 'text', { references: 'countries' }),
        nullable('parent_id', 'text', { references: 'places' }),
        nullable('lat', 'double precision'),
        nullable('lng', 'double precision'),
        nullable('population', 'integer'),
        notNull('is_capital', 'boolean'),
        notNull('is_admin_seat', 'boolean'),
        nullable('geonames_id', 'integer'),
        nullable('division_code', 'text'),
        notNull('origin', 'text'),
        notNull('search_keys', 'text[]'),
        local('updated_at'),
        // Added by a later migration, so after updated_at in the table.
        nullable('name_zh_source', 'text'),
        nullable('admin_level', 'text'),
      ],
    }),
  ],
  label: { en: 'Places', zh: '地点' },
  labelOne: { en: 'Place', zh: '地点' },
  idPrefix: 'u:',
  recordType: 'place',
  sourced: true,
  counted: true,
  // one row per search key, for prefix search
  maintained: ['place_keys'],
});
