/**
 * Real data: the coastline of the bundled Natural Earth land polygons, and Shanghai's and Beijing's
 * partners from test/fixtures/layout/real-shanghai-beijing.json (built by build-fixture.ts from the
 * twin-city list, the seed partnerships and the gazetteer).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset.ts';
import {
  coastalStatus,
  compareHomes,
  compareStatedFigures,
  countryCompetition,
  DEFAULT_COASTAL_THRESHOLD_KM,
  distanceToCoastKm,
  imbalance,
  observationsFor,
  selectTies,
  worldCoastIndex,
} from '../../../src/analysis/layout/index.ts';

const coast = worldCoastIndex();

describe('coastline', () => {
  const near = (lat: number, lng: number) => distanceToCoastKm(coast, lat, lng);
  it('finds coastal and port cities within the threshold', () => {
    // GeoNames coordinates. Shanghai and Rotterdam lie on estuaries, some 20 km from the 1:50m coast.
    for (const [lat, lng] of [
      [31.22222, 121.45806], // Shanghai
      [35.44778, 139.6425], // Yokohama
      [43.29695, 5.38107], // Marseille
      [51.9225, 4.47917], // Rotterdam
    ])
      expect(near(lat, lng)).toBeLessThanOrEqual(DEFAULT_COASTAL_THRESHOLD_KM);
  });

  it('finds inland cities far from it', () => {
    expect(near(30.66667, 104.06667)).toBeGreaterThan(500); // Chengdu
    expect(near(40.4165, -3.70256)).toBeGreaterThan(200); // Madrid
    expect(near(47.90771, 106.88324)).toBeGreaterThan(500); // Ulaanbaatar
    expect(near(50.08804, 14.42076)).toBeGreaterThan(200); // Prague
  });

  it('works across the antimeridian and lets an override win', () => {
    expect(near(-18.14161, 178.44149)).toBeLessThan(5); // Suva, Fiji
    expect(near(64.73424, 177.5103)).toBeLessThan(10); // Anadyr
    const prague = { id: 'gn:3067696', lat: 50.08804, lng: 14.42076 };
    expect(coastalStatus(prague, coast).coastal).toBe(false);
    expect(
      coastalStatus(prague, coast, 30, { 'gn:3067696': { coastal: true, sourceId: 'src:river-port' } }),
    ).toMatchObject({
      coastal: true,
      basis: 'override',
      sourceId: 'src:river-port',
    });
  });
});

interface Fixture {
  homes: Record<'Shanghai' | 'Beijing', string>;
  places: Dataset['places'] extends Map<string, infer P> ? P[] : never;
  countries: Dataset['countries'] extends Map<string, infer C> ? C[] : never;
  ties: Dataset['ties'];
  corridors: Dataset['corridors'];
  observations: Dataset['observations'];
}
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/layout/real-shanghai-beijing.json', import.meta.url), 'utf8'),
) as Fixture;
const ds: Dataset = {
  coastOverrides: {},
  projects: [],
  places: new Map(fixture.places.map((p) => [p.id, p])),
  countries: new Map(fixture.countries.map((c) => [c.code, c])),
  ties: fixture.ties,
  corridors: fixture.corridors,
  observations: fixture.observations,
};
const sh = fixture.homes.Shanghai;
const bj = fixture.homes.Beijing;

describe('Shanghai and Beijing (real partners)', () => {
  const comparison = compareHomes(
    ds,
    [{ home: { kind: 'place', placeId: sh } }, { home: { kind: 'place', placeId: bj } }],
    {
      keys: ['Shanghai', 'Beijing'],
      coast,
    },
  );
  const [shanghai, beijing] = comparison.homes.map((h) => h.layout);

  it('Beijing pairs with capitals more than Shanghai does', () => {
    expect(beijing.profile.capital.share).toBeGreaterThan(shanghai.profile.capital.share);
    expect(beijing.profile.capital.share).toBeGreaterThan(0.7);
  });

  it("Shanghai's partners are coastal more often than Beijing's", () => {
    expect(shanghai.profile.coastal.share).toBeGreaterThan(beijing.profile.coastal.share);
  });

  it('Shanghai pairs with second cities more than Beijing does', () => {
    expect(shanghai.profile.second.share).toBeGreaterThan(beijing.profile.second.share);
  });

  it('puts the stated figures next to the counted ones', () => {
    const stated = compareStatedFigures(
      ds,
      selectTies(ds, { home: { kind: 'place', placeId: sh } }),
      observationsFor(ds, { placeId: sh }),
      sh,
    );
    expect(stated.map((s) => s.stated)).toEqual([85, 6, 86, 71, 84]); // by date: 2017-09, 2017-12, 2018-06, then undated
    const southeastAsia = stated.find((s) => s.measure.includes('Southeast Asia'))!;
    expect(southeastAsia.definition.region).toEqual({ kind: 'subregion', name: 'South-Eastern Asia' });
    for (const s of stated) {
      expect(s.explanationEn.length).toBeGreaterThan(20);
      expect(s.explanationZh.length).toBeGreaterThan(10);
    }
  });

  it('shows Phnom Penh already held when a city looks at Cambodia', () => {
    const kh = countryCompetition(ds, 'KH');
    expect(kh.capital.taken).toBe(true);
    expect(kh.capital.holders.map((h) => h.holder.id).sort()).toEqual([bj, sh].sort());
    expect(kh.capital.holders[0]).toMatchObject({ holder: { id: sh }, since: '2008-10-08' });
  });

  it('measures both against the urban-population benchmark', () => {
    const s = imbalance(ds, selectTies(ds, { home: { kind: 'place', placeId: sh } }), {
      kind: 'urban-population',
    });
    expect(s.continentIndex.duncan).toBeGreaterThan(0);
    expect(s.continentIndex.duncan).toBeLessThan(1);
    expect(s.gaps.length).toBeGreaterThan(0);
  });
});
