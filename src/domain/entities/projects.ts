/** Cooperation projects with their places, participants, milestones and outcomes. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

const ofProject = { references: 'projects' };

export const PROJECTS = entity({
  tables: [
    table('projects', {
      columns: [
        notNull('id', 'text'),
        notNull('name_en', 'text'),
        nullable('name_zh', 'text'),
        notNull('domain', 'text'),
        nullable('sector', 'text'),
        nullable('corridor_id', 'text', { references: 'corridors' }),
        notNull('status', 'text'),
        nullable('started_on', 'date'),
        nullable('started_precision', 'text'),
        nullable('completed_on', 'date'),
        nullable('completed_precision', 'text'),
        nullable('amount', 'double precision'),
        nullable('currency', 'text'),
        nullable('partnership_id', 'text', { references: 'partnerships' }),
        nullable('place_text', 'text'),
        notNull('sdg_targets', 'text[]'),
        nullable('note', 'text'),
        local('updated_at'),
        // Added by a later migration, so after updated_at in the table.
        nullable('amount_year', 'integer'),
        // Who may read the record (domain/visibility.ts); added by a later migration, so rows of older
        // exports are public, as every record was then.
        notNull('visibility', 'text', { restoreDefault: "'public'" }),
      ],
    }),
    table('project_places', {
      columns: [
        notNull('project_id', 'text', ofProject),
        notNull('place_id', 'text', { references: 'places' }),
      ],
      key: ['project_id', 'place_id'],
      parentColumn: 'project_id',
    }),
    table('project_countries', {
      columns: [
        notNull('project_id', 'text', ofProject),
        notNull('country_code', 'text', { references: 'countries' }),
      ],
      key: ['project_id', 'country_code'],
      parentColumn: 'project_id',
    }),
    table('project_participants', {
      columns: [notNull('project_id', 'text', ofProject), notNull('name', 'text'), notNull('role', 'text')],
      key: ['project_id', 'name', 'role'],
      parentColumn: 'project_id',
    }),
    table('project_milestones', {
      columns: [
        notNull('project_id', 'text', ofProject),
        notNull('seq', 'integer'),
        nullable('happened_on', 'date'),
        nullable('precision', 'text'),
        notNull('description', 'text'),
        nullable('due_on', 'date'),
        nullable('done_on', 'date'),
      ],
      key: ['project_id', 'seq'],
      parentColumn: 'project_id',
    }),
    table('project_outcomes', {
      columns: [
        notNull('project_id', 'text', ofProject),
        notNull('measure', 'text'),
        nullable('value', 'double precision'),
        nullable('unit', 'text'),
        nullable('text_value', 'text'),
      ],
      key: ['project_id', 'measure'],
      parentColumn: 'project_id',
    }),
  ],
  label: { en: 'Projects', zh: '项目' },
  labelOne: { en: 'Project', zh: '项目' },
  idPrefix: 'pj:',
  recordType: 'project',
  sourced: true,
  counted: true,
});
