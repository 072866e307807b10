/** Composite indices: saved definitions (framework, build steps, data) and their computed results. */
import { entity, local, notNull, nullable, table } from './descriptor.ts';

export const INDICES = entity({
  tables: [
    table('index_definitions', {
      columns: [
        notNull('id', 'text'),
        notNull('name_en', 'text'),
        nullable('name_zh', 'text'),
        nullable('preset', 'text'),
        notNull('framework', 'jsonb'),
        notNull('steps', 'jsonb'),
        notNull('data', 'jsonb'),
        nullable('tiers', 'jsonb'),
        nullable('source_note', 'text'),
        local('created_at'),
        local('updated_at'),
      ],
    }),
    table('index_results', {
      columns: [
        notNull('index_id', 'text', { references: 'index_definitions' }),
        notNull('unit', 'text'),
        nullable('unit_name', 'text'),
        notNull('code', 'text'),
        notNull('level', 'integer'),
        nullable('score', 'double precision'),
        nullable('rank', 'integer'),
        local('computed_at'),
      ],
      key: ['index_id', 'code', 'unit'],
      parentColumn: 'index_id',
    }),
  ],
  label: { en: 'Composite indices', zh: '综合指数' },
  labelOne: { en: 'Composite index', zh: '综合指数' },
});
