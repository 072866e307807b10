/** A place's membership of an organisation, in a role. */
import { entity, notNull, nullable, table } from './descriptor.ts';

export const MEMBERSHIPS = entity({
  tables: [
    table('memberships', {
      columns: [
        notNull('id', 'text'),
        notNull('organisation_id', 'text', { references: 'organisations' }),
        notNull('place_id', 'text', { references: 'places' }),
        notNull('role', 'text'),
        nullable('since', 'date'),
        nullable('until', 'date'),
        nullable('note', 'text'),
      ],
    }),
  ],
  label: { en: 'Memberships', zh: '成员关系' },
  labelOne: { en: 'Membership', zh: '成员关系' },
  idPrefix: 'ms:',
  recordType: 'membership',
  sourced: true,
  counted: true,
});
