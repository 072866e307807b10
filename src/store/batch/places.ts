/** Places users and source lists add (the gazetteer's are written by store/gazetteer.ts). */
import { adminLevel } from '../../domain/levels.ts';
import { PLACES } from '../../domain/entities/places.ts';
import type { UserPlaceRow } from './rows.ts';
import { recordWriter } from './writer.ts';

export const placesWriter = recordWriter(PLACES, (p: UserPlaceRow) => ({
  id: p.id,
  kind: p.kind,
  name_en: p.nameEn,
  name_zh: p.nameZh ?? null,
  name_zh_source: p.nameZh ? 'user' : null,
  admin_level: adminLevel({
    countryCode: p.countryCode,
    kind: p.kind,
    divisionCode: null,
    nameZh: p.nameZh ?? null,
  }),
  aliases: p.aliases ?? [],
  country_code: p.countryCode,
  parent_id: p.parentId ?? null,
  lat: p.lat ?? null,
  lng: p.lng ?? null,
  population: p.population ?? null,
  origin: p.origin ?? 'user',
  search_keys: p.searchKeys,
}));
