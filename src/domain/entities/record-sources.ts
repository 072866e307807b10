/** Which sources each record cites, and where in them (page, table, row). */
import { entity, notNull, table } from './descriptor.ts';

export const RECORD_SOURCES = entity({
  tables: [
    table('record_sources', {
      columns: [
        notNull('record_type', 'text'),
        notNull('record_id', 'text'),
        notNull('source_id', 'text', { references: 'sources' }),
        notNull('locator', 'text'),
      ],
      key: ['record_type', 'record_id', 'source_id', 'locator'],
    }),
  ],
  label: { en: 'Citations', zh: '引用' },
  labelOne: { en: 'Citation', zh: '引用' },
});
