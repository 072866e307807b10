/** Countries: reference data from the gazetteer, keyed by their ISO 3166 alpha-2 code. */
import { entity, notNull, nullable, table } from './descriptor.ts';

export const COUNTRIES = entity({
  tables: [
    table('countries', {
      columns: [
        notNull('code', 'text'),
        notNull('iso3', 'text'),
        notNull('name_en', 'text'),
        notNull('name_zh', 'text'),
        notNull('aliases', 'text[]'),
        notNull('continent', 'text'),
        notNull('subregion', 'text'),
        nullable('capital', 'text'),
        notNull('belt_and_road', 'boolean'),
        nullable('part_of', 'text'),
        notNull('diplomatic_relations', 'boolean'),
        notNull('is_state', 'boolean'),
      ],
      key: ['code'],
    }),
  ],
  label: { en: 'Countries', zh: '国家' },
  labelOne: { en: 'Country', zh: '国家' },
  counted: true,
});
