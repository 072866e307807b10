/**
 * Which side of a tie a row of its list places far from the place attached: the row's sides are matched
 * to the tie's places in the order that puts them nearest, and provinces are allowed their extent.
 */
import { describe, expect, it } from 'vitest';
import { distantSide, type ListedSide } from '../../src/domain/stewardship.ts';
import { bundledListedSides } from '../../src/ingest/twin-cities.ts';

const VLADIVOSTOK = { id: 'gn:2013348', kind: 'city' as const, lat: 43.10562, lng: 131.87353 };
/** 盐边县 in Sichuan, where the list's Yanbian (延边, Jilin) was once attached. */
const YANBIAN_COUNTY = { id: 'cn:510422', kind: 'district' as const, lat: 26.7, lng: 101.85 };
const YANBIAN_PREFECTURE = { id: 'cn:222400', kind: 'city' as const, lat: 42.89, lng: 129.5 };

const side = (name: string, country: string, lat: number, lng: number): ListedSide => ({
  name,
  country,
  positions: [{ lat, lng }],
});
const ROW = [
  side('Vladivostok', 'Russia', 43.115, 131.8853),
  side('Yanbian', 'China', 43.1333, 129.1833),
] as const;

describe('a side a list places far away', () => {
  it('finds 盐边县 3,000 km from the list’s Yanbian, in either order of the tie’s places', () => {
    const far = distantSide([VLADIVOSTOK, YANBIAN_COUNTY], ROW);
    expect(far).toMatchObject({ placeId: YANBIAN_COUNTY.id, listedName: 'Yanbian', listedCountry: 'China' });
    expect(far!.km).toBeGreaterThan(2_900);
    expect(far!.km).toBeLessThan(3_200);
    expect(distantSide([YANBIAN_COUNTY, VLADIVOSTOK], ROW)).toEqual(far);
  });

  it('asks nothing when both places lie near the list’s points', () => {
    expect(distantSide([VLADIVOSTOK, YANBIAN_PREFECTURE], ROW)).toBeNull();
  });

  it('asks nothing when the row does not place both sides', () => {
    const unplaced: [ListedSide, ListedSide] = [ROW[0], { ...ROW[1], positions: [] }];
    expect(distantSide([VLADIVOSTOK, YANBIAN_COUNTY], unplaced)).toBeNull();
  });

  it('allows a province its extent, not a city', () => {
    const gansu = { id: 'cn:620000', kind: 'province' as const, lat: 36.06, lng: 103.83 };
    const row = [side('Fife', 'Scotland', 56.2, -3.1), side('Gansu', 'China', 38.0, 102.0)] as const;
    const fife = { id: 'gn:2649469', kind: 'region' as const, lat: 56.25, lng: -3.2 };
    // Some 250 km: within a province, not within a city.
    expect(distantSide([fife, gansu], row)).toBeNull();
    expect(distantSide([fife, { ...gansu, kind: 'city' }], row)?.placeId).toBe(gansu.id);
  });

  it('reads the bundled lists row by row, with the coordinates given for each name', () => {
    const sides = bundledListedSides();
    const row = sides.get('twin_cities_raw.csv row 21150');
    expect(row?.map((s) => `${s.name}|${s.country}`)).toEqual(['Vladivostok|Russia', 'Yanbian|China']);
    expect(row?.[1].positions).toContainEqual({ lat: 43.1333, lng: 129.1833 });
    expect(sides.size).toBeGreaterThan(26_000);
  });
});
