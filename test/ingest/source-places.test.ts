import { describe, expect, it } from 'vitest';
import { SourcePlaces } from '../../src/ingest/resolve/source-places.ts';
import { twinCitiesBatch } from '../../src/ingest/twin-cities.ts';
import { emptyReport } from '../../src/ingest/report.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { fixture } from './fixture.ts';

/** A resolver of its own, so places established here do not leak into other tests. */
function freshResolver(): Resolver {
  const { gazetteer } = fixture();
  return new Resolver(gazetteer.countries, gazetteer.places);
}

// A village of South Moravia below GeoNames' threshold, as the twin-city file places it.
const VILLAGE = { name: 'Starý Poddvorov', country: 'Czech Republic', lat: 48.8747, lng: 16.9881 };
// A municipality inside Brussels, which the gazetteer has only as part of the city.
const PART = { name: 'Anderlecht', country: 'Belgium', lat: 50.8333, lng: 4.3333 };

describe('places the list establishes', () => {
  it('creates a village the gazetteer lacks once, with the file coordinates', () => {
    const places = new SourcePlaces(freshResolver(), () => [{ lat: VILLAGE.lat, lng: VILLAGE.lng }], false);
    const first = places.resolve(VILLAGE.name, VILLAGE.country);
    const again = places.resolve(VILLAGE.name, VILLAGE.country);
    const otherSpelling = places.resolve('Stary Poddvorov', 'CZ');
    expect(first.status).toBe('resolved');
    if (first.status !== 'resolved') return;
    expect(first).toMatchObject({ origin: 'source', established: true });
    expect(first.place).toMatchObject({
      id: 'tw:CZ:stary-poddvorov',
      nameEn: 'Starý Poddvorov',
      countryCode: 'CZ',
      kind: 'city',
      lat: VILLAGE.lat,
      lng: VILLAGE.lng,
    });
    expect(first.place.parentId).toMatch(/^st:CZ-/);
    expect(again.status === 'resolved' && again.place).toBe(first.place);
    expect(otherSpelling.status === 'resolved' && otherSpelling.place.id).toBe(first.place.id);
    expect(places.established()).toHaveLength(1);
  });

  it('does not create a name that lies inside a large city, and names the city', () => {
    const places = new SourcePlaces(freshResolver(), () => [{ lat: PART.lat, lng: PART.lng }], false);
    const r = places.resolve(PART.name, PART.country);
    expect(r.status).toBe('unresolved');
    if (r.status !== 'unresolved') return;
    expect(r.reason).toMatch(/Brussels/);
    expect(r.candidates).toHaveLength(1);
    expect(places.established()).toHaveLength(0);
  });

  it('does not create a place without coordinates, or with coarse ones', () => {
    const none = new SourcePlaces(freshResolver(), () => [], false);
    expect(none.resolve(VILLAGE.name, VILLAGE.country).status).toBe('unresolved');
    const coarse = new SourcePlaces(freshResolver(), () => [{ lat: 49, lng: 17 }], false);
    const r = coarse.resolve(VILLAGE.name, VILLAGE.country);
    expect(r.status === 'unresolved' && r.reason).toMatch(/too coarse/);
  });

  it('the importer writes the place once with a source link per row, reports the rest, and re-imports the same', () => {
    const raw = [
      'city1,country1,city2,country2',
      `${VILLAGE.name},${VILLAGE.country},Vienna,Austria`,
      `${VILLAGE.name},${VILLAGE.country},Prague,Czech Republic`,
      `${PART.name},${PART.country},Prague,Czech Republic`,
    ].join('\n');
    const geocoded = [
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2',
      `${VILLAGE.name},${VILLAGE.country},${VILLAGE.lat},${VILLAGE.lng},Vienna,Austria,48.2082,16.3738`,
      `${VILLAGE.name},${VILLAGE.country},${VILLAGE.lat},${VILLAGE.lng},Prague,Czech Republic,50.0755,14.4378`,
      `${PART.name},${PART.country},${PART.lat},${PART.lng},Prague,Czech Republic,50.0755,14.4378`,
    ].join('\n');
    const resolver = freshResolver();
    const report = emptyReport('twin-cities', 'test.csv', '');
    const batch = twinCitiesBatch(raw, geocoded, resolver, report);
    expect(batch.places).toHaveLength(1);
    const [place] = batch.places!;
    expect(place).toMatchObject({ id: 'tw:CZ:stary-poddvorov', origin: 'source', lat: VILLAGE.lat });
    expect(place.sources?.map((s) => s.locator)).toEqual([
      'twin_cities_raw.csv row 2',
      'twin_cities_raw.csv row 3',
    ]);
    expect(batch.partnerships).toHaveLength(2);
    expect(report.unresolved).toMatchObject([{ name: 'Anderlecht', status: 'unresolved', rows: 1 }]);
    expect(report.skipped).toMatchObject([
      { row: 4, field: 'city1', reason: 'name not resolved to a place' },
    ]);

    // The resolver now knows the place: a later import without coordinates links to the same record.
    expect(resolver.isSourcePlace('tw:CZ:stary-poddvorov')).toBe(true);
    const again = twinCitiesBatch(raw, null, resolver, emptyReport('twin-cities', 'test.csv', ''));
    expect(again.places).toEqual(batch.places);
    expect(again.partnerships).toEqual(batch.partnerships);
  });
});
