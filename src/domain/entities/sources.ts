/** Where facts come from: documents, data sets, web pages, user entries, reference data. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const SOURCES = entity({
  tables: [
    table('sources', {
      columns: [
        notNull('id', 'text'),
        notNull('title', 'text'),
        nullable('title_zh', 'text'),
        notNull('kind', 'text'),
        nullable('publisher', 'text'),
        nullable('url', 'text'),
        nullable('licence', 'text'),
        nullable('retrieved', 'date'),
        nullable('note', 'text'),
        local('created_at'),
      ],
    }),
  ],
  label: { en: 'Sources', zh: '来源' },
  labelOne: { en: 'Source', zh: '来源' },
  idPrefix: 'src:',
  counted: true,
});
