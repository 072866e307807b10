import type { Place } from '../../domain/geo.ts';

export type PlaceFields = Pick<Place, 'id' | 'kind' | 'nameEn' | 'countryCode' | 'lat' | 'lng'> &
  Partial<Place>;

/** A place record with what its source does not say left empty (no Chinese name, parent, population or codes). */
export function placeRecord(p: PlaceFields): Place {
  return {
    id: p.id,
    kind: p.kind,
    nameEn: p.nameEn,
    nameZh: p.nameZh ?? null,
    nameZhSource: p.nameZh ? (p.nameZhSource ?? null) : null,
    aliases: p.aliases ?? [],
    countryCode: p.countryCode,
    parentId: p.parentId ?? null,
    lat: p.lat,
    lng: p.lng,
    population: p.population ?? null,
    isCapital: p.isCapital ?? false,
    isAdminSeat: p.isAdminSeat ?? false,
    geonamesId: p.geonamesId ?? null,
    divisionCode: p.divisionCode ?? null,
  };
}
