/**
 * China's prefecture-level cities in the built gazetteer: one place each, where GeoNames has the city
 * (filed as a provincial, prefectural or third-order seat), carrying the official Chinese name and
 * GeoNames' own coordinates; where GeoNames lacks it, a point inside the right province, not the
 * province's own point.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/ingest/resolver-loader.ts';
import { distanceKm } from '../../src/domain/geo.ts';
import { Resolver } from '../../src/ingest/resolve/index.ts';

const g = gazetteer();
const byId = new Map(g.places.map((p) => [p.id, p]));

describe('prefecture-level cities of China', () => {
  it('are the GeoNames city where GeoNames files the seat as PPLA3, with no second place beside it', () => {
    // Shaoxing, Zhoushan, Mianyang, Changde: seats GeoNames files as third-order ones.
    for (const [id, name, code] of [
      ['gn:1795855', '绍兴市', '3306'],
      ['gn:1886762', '舟山市', '3309'],
      ['gn:1800627', '绵阳市', '5107'],
      ['gn:1791121', '常德市', '4307'],
    ]) {
      expect(byId.get(id), id).toMatchObject({ nameZh: name, divisionCode: code, kind: 'city' });
      expect(byId.has(`cn:${code}`), code).toBe(false);
    }
    const shaoxing = byId.get('gn:1795855')!;
    expect(distanceKm(shaoxing.lat!, shaoxing.lng!, 30.0, 120.58)).toBeLessThan(10);
  });

  it('are placed in their province, not on its point, where GeoNames lacks them', () => {
    // Suqian and Ordos, far from their provinces' centres.
    const division = (code: string) => g.places.find((p) => p.divisionCode === code)!;
    const suqian = division('3213');
    expect(distanceKm(suqian.lat!, suqian.lng!, 33.96, 118.28)).toBeLessThan(30);
    const ordos = division('1506');
    expect(distanceKm(ordos.lat!, ordos.lng!, 39.6, 109.78)).toBeLessThan(120);
    const prefectures = g.places.filter((p) => p.countryCode === 'CN' && p.divisionCode?.length === 4);
    const onParent = prefectures.filter((p) => {
      const parent = byId.get(p.parentId ?? '');
      return parent && parent.lat === p.lat && parent.lng === p.lng;
    });
    // Before, 102 of the 109 prefectures GeoNames lacked sat on their province's point, then 42 of all
    // 333; with the map data's points, only Jinan and Changsha, whose provinces stand on them.
    expect(onParent.map((p) => p.nameZh).sort()).toEqual(['济南市', '长沙市']);
  });

  it('place districts and counties at their own point, not their parent’s', () => {
    const divisions = g.places.filter((p) => p.countryCode === 'CN' && p.divisionCode?.length === 6);
    const onParent = divisions.filter((p) => {
      const parent = byId.get(p.parentId ?? '');
      return parent && parent.lat === p.lat && parent.lng === p.lng;
    });
    // Before, 2,470 of the 2,978 county-level divisions stood on their prefecture's point; 174 still
    // do: development zones, divisions made or renamed since the map data (滨海新区, 襄都区), and seat
    // cities of prefectures placed at their seat (喀什市): fewer than one in 16.
    expect(onParent.length).toBeLessThan(divisions.length / 16);
    // Huairou, a district of Beijing 50 km from the city centre; Pudong, across the river from the Bund.
    const huairou = divisions.find((p) => p.divisionCode === '110116')!;
    expect(distanceKm(huairou.lat!, huairou.lng!, 40.32, 116.63)).toBeLessThan(40);
    expect(distanceKm(huairou.lat!, huairou.lng!, 39.9, 116.4)).toBeGreaterThan(40);
    const pudong = divisions.find((p) => p.divisionCode === '310115')!;
    expect(distanceKm(pudong.lat!, pudong.lng!, 31.22, 121.54)).toBeLessThan(25);
  });

  it('merge each county with the GeoNames place of its name near its own point, not one near the seat', () => {
    const file = new URL('../../data/reference/china-division-points.json', import.meta.url);
    const { points } = JSON.parse(readFileSync(file, 'utf8')) as { points: Record<string, [number, number]> };
    const merged = g.places.filter(
      (p) => p.id.startsWith('gn:') && p.divisionCode?.length === 6 && points[p.divisionCode],
    );
    expect(merged.length).toBeGreaterThan(500);
    const far = merged
      .map((p) => ({ p, km: distanceKm(p.lat!, p.lng!, ...points[p.divisionCode!]) }))
      .filter(({ km }) => km > 40)
      .map(({ p, km }) => `${p.nameZh} ${p.id} ${Math.round(km)} km`);
    expect(far).toEqual([]);
    // 肥城 is the GeoNames Feicheng of Tai'an, not the seat of 费县 150 km away that shares its pinyin.
    expect(byId.get('gn:1789176')).toMatchObject({ nameZh: '肥城市', divisionCode: '370983' });
  });

  it('merge county-level cities far from their prefecture’s seat with the GeoNames city of the name', () => {
    // Manzhouli lies 180 km from Hailar, Golmud 350 km from Delingha, Erenhot 300 km from Xilinhot;
    // 珲春 is read Hunchun, and Shangri-La is its English name.
    for (const [id, name, code] of [
      ['gn:2035836', '满洲里市', '150781'],
      ['gn:1281184', '格尔木市', '632801'],
      ['gn:2037485', '二连浩特市', '152501'],
      ['gn:2036653', '珲春市', '222404'],
      ['gn:7910932', '香格里拉市', '533401'],
    ]) {
      expect(byId.get(id), id).toMatchObject({ nameZh: name, divisionCode: code });
      expect(byId.has(`cn:${code}`), code).toBe(false);
    }
  });

  it('take the bare name from a district named as them, so the twin-city rows resolve to the city', () => {
    const resolver = new Resolver(g.countries, g.places);
    // Luzhou and Huludao: seats without population, confirmed by country-state-city's point.
    for (const [name, lat, lng, id, zh] of [
      ["Guang'an", 30.4564, 106.6326, 'gn:1799194', '广安市'],
      ['Luzhou', 28.871, 105.442, 'gn:1801640', '泸州市'],
      ['Huludao', 40.711, 120.837, 'gn:2036662', '葫芦岛市'],
    ] as const) {
      const found = resolver.resolve({ name, country: 'China', lat, lng });
      expect(found.status, name).toBe('resolved');
      if (found.status === 'resolved') expect(found.place).toMatchObject({ id, nameZh: zh });
    }
    // The district keeps its full name.
    const district = resolver.resolve({ name: "Guang'an District", country: 'China' });
    expect(district.status).toBe('resolved');
    if (district.status === 'resolved') expect(district.place.nameZh).toBe('广安区');
  });
});
