/** Events (forums, expos, visits, signings…) with the places taking part. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const EVENTS = entity({
  tables: [
    table('events', {
      columns: [
        notNull('id', 'text'),
        notNull('kind', 'text'),
        notNull('name_en', 'text'),
        nullable('name_zh', 'text'),
        nullable('starts_on', 'date'),
        nullable('starts_precision', 'text'),
        nullable('ends_on', 'date'),
        nullable('place_id', 'text', { references: 'places' }),
        nullable('place_text', 'text'),
        nullable('organisation_id', 'text', { references: 'organisations' }),
        notNull('figures', 'jsonb'),
        nullable('note', 'text'),
        local('updated_at'),
        // Who may read the record (domain/visibility.ts); added by a later migration, so rows of older
        // exports are public, as every record was then.
        notNull('visibility', 'text', { restoreDefault: "'public'" }),
      ],
    }),
    table('event_participants', {
      columns: [
        notNull('event_id', 'text', { references: 'events' }),
        notNull('place_id', 'text', { references: 'places' }),
        notNull('role', 'text'),
      ],
      key: ['event_id', 'place_id'],
      parentColumn: 'event_id',
    }),
  ],
  label: { en: 'Events', zh: '活动' },
  labelOne: { en: 'Event', zh: '活动' },
  idPrefix: 'ev:',
  recordType: 'event',
  sourced: true,
  counted: true,
});
