/** Whether a place is coastal or a port, as a source states it; wins over the distance to the coastline. */
import { entity, local, notNull, table } from './descriptor.ts';

export const COASTAL_OVERRIDES = entity({
  tables: [
    table('coastal_overrides', {
      columns: [
        notNull('place_id', 'text', { references: 'places' }),
        notNull('coastal', 'boolean'),
        notNull('source_id', 'text', { references: 'sources' }),
        notNull('locator', 'text'),
        local('updated_at'),
      ],
      key: ['place_id'],
    }),
  ],
  label: { en: 'Coastal status as stated', zh: '来源所述沿海属性' },
  labelOne: { en: 'Coastal status as stated', zh: '来源所述沿海属性' },
});
