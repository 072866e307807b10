/** Field-level claims: every source's value is kept and one is chosen, with the reason. */
import { entity, notNull, nullable, table } from './descriptor.ts';

export const CLAIMS = entity({
  tables: [
    table('claims', {
      columns: [
        notNull('record_type', 'text'),
        notNull('record_id', 'text'),
        notNull('field', 'text'),
        notNull('source_id', 'text', { references: 'sources' }),
        notNull('value', 'jsonb'),
        notNull('chosen', 'boolean'),
        nullable('reason', 'text'),
      ],
      key: ['record_type', 'record_id', 'field', 'source_id'],
    }),
  ],
  label: { en: 'What the sources say', zh: '各来源的说法' },
  labelOne: { en: 'Claim', zh: '说法' },
});
