/**
 * Distance to the sea coast from the Natural Earth land polygons (world-atlas TopoJSON). Pure: the
 * geometry comes in as data; loading the bundled file lives in coast-data.ts.
 *
 * The coastline is every boundary arc of the land polygons, cut into straight segments and filed in a
 * grid of cells of `cellDegrees`, so a lookup reads only the cells around the point, ring by ring, and
 * stops as soon as no farther ring can hold a nearer segment.
 */
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Places this close to the coastline count as coastal unless a user says otherwise. */
export const DEFAULT_COASTAL_THRESHOLD_KM = 30;

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

export interface CoastIndex {
  cellDegrees: number;
  columns: number;
  rows: number;
  /** Segment endpoints, four numbers each: lng1, lat1, lng2, lat2. */
  segments: Float64Array;
  /** Cell number (row * columns + column) → indices of the segments whose bounding box touches it. */
  cells: Map<number, Int32Array>;
}

export interface CoastIndexOptions {
  /** Grid cell size in degrees; 1 keeps cells small where the coast is dense and rings few inland. */
  cellDegrees?: number;
  /** Name of the land object in the topology (`land` in world-atlas). */
  objectName?: string;
}

/**
 * Natural Earth cuts polygons at the antimeridian and closes Antarctica along the bottom of the map:
 * those edges are not coast.
 */
function isArtificialEdge(lng1: number, lat1: number, lng2: number, lat2: number): boolean {
  if (Math.abs(lng1) >= 179.999 && Math.abs(lng2) >= 179.999 && Math.sign(lng1) === Math.sign(lng2))
    return true;
  if (lat1 <= -89.9 && lat2 <= -89.9) return true;
  return Math.abs(lng2 - lng1) > 180;
}

/** Builds the coastline index from a TopoJSON topology of land polygons. */
export function buildCoastIndex(topology: Topology, options: CoastIndexOptions = {}): CoastIndex {
  const cellDegrees = options.cellDegrees ?? 1;
  const objectName = options.objectName ?? 'land';
  const object = topology.objects[objectName] as GeometryObject | GeometryCollection | undefined;
  if (!object) throw new Error(`topology has no object named "${objectName}"`);
  const lines = mesh(topology, object as GeometryObject).coordinates;

  const coordinates: number[] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [lng1, lat1] = line[i - 1];
      const [lng2, lat2] = line[i];
      if (lng1 === lng2 && lat1 === lat2) continue;
      if (isArtificialEdge(lng1, lat1, lng2, lat2)) continue;
      coordinates.push(lng1, lat1, lng2, lat2);
    }
  const segments = Float64Array.from(coordinates);

  const columns = Math.ceil(360 / cellDegrees);
  const rows = Math.ceil(180 / cellDegrees);
  const lists = new Map<number, number[]>();
  const count = segments.length / 4;
  for (let s = 0; s < count; s++) {
    const [c1, r1] = cellOf(segments[s * 4], segments[s * 4 + 1], cellDegrees, columns, rows);
    const [c2, r2] = cellOf(segments[s * 4 + 2], segments[s * 4 + 3], cellDegrees, columns, rows);
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const key = r * columns + c;
        const list = lists.get(key);
        if (list) list.push(s);
        else lists.set(key, [s]);
      }
  }
  const cells = new Map<number, Int32Array>();
  for (const [key, list] of lists) cells.set(key, Int32Array.from(list));
  return { cellDegrees, columns, rows, segments, cells };
}

function cellOf(
  lng: number,
  lat: number,
  cellDegrees: number,
  columns: number,
  rows: number,
): [number, number] {
  const c = Math.min(columns - 1, Math.max(0, Math.floor((lng + 180) / cellDegrees)));
  const r = Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / cellDegrees)));
  return [c, r];
}

/** Longitude difference folded into [-180, 180). */
function wrapLng(d: number): number {
  return ((((d + 180) % 360) + 360) % 360) - 180;
}

/**
 * Kilometres from a point to the nearest coastline segment, in a local equirectangular projection
 * centred on the point (accurate to well under a kilometre at the distances that decide "coastal").
 * Infinity when the index holds no segment.
 */
export function distanceToCoastKm(index: CoastIndex, lat: number, lng: number): number {
  const { cellDegrees, columns, rows, segments, cells } = index;
  const cosLat = Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
  const [c0, r0] = cellOf(lng, lat, cellDegrees, columns, rows);
  let best = Infinity;
  const seen = new Set<number>();
  const visit = (c: number, r: number) => {
    if (r < 0 || r >= rows) return;
    const list = cells.get(r * columns + (((c % columns) + columns) % columns));
    if (!list) return;
    for (const s of list) {
      if (seen.has(s)) continue;
      seen.add(s);
      const ax = wrapLng(segments[s * 4] - lng) * cosLat;
      const ay = segments[s * 4 + 1] - lat;
      const bx = wrapLng(segments[s * 4 + 2] - lng) * cosLat;
      const by = segments[s * 4 + 3] - lat;
      const d = pointSegmentDistance(ax, ay, bx, by) * KM_PER_DEGREE;
      if (d < best) best = d;
    }
  };
  const maxRing = Math.max(columns, rows);
  for (let ring = 0; ring <= maxRing; ring++) {
    // Every cell outside this ring is more than `ring` cells away along one axis.
    const bound = ring === 0 ? 0 : (ring - 1) * cellDegrees * KM_PER_DEGREE * cosLat;
    if (best <= bound) break;
    if (ring === 0) visit(c0, r0);
    else
      for (let k = -ring; k <= ring; k++) {
        visit(c0 + k, r0 - ring);
        visit(c0 + k, r0 + ring);
        if (k > -ring && k < ring) {
          visit(c0 - ring, r0 + k);
          visit(c0 + ring, r0 + k);
        }
      }
    // Past the poles and all the way round in longitude, nothing more can be found.
    if (ring * 2 + 1 >= columns && r0 - ring < 0 && r0 + ring >= rows) break;
  }
  return best;
}

/** Distance from the origin to the segment a–b in the plane. */
function pointSegmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : -(ax * dx + ay * dy) / length2;
  t = Math.max(0, Math.min(1, t));
  const x = ax + t * dx;
  const y = ay + t * dy;
  return Math.sqrt(x * x + y * y);
}

export interface CoastOverride {
  coastal: boolean;
  /** The source that says so. */
  sourceId: string;
}

export interface CoastalStatus {
  /** null when the place has no coordinates, no index was given and no override exists. */
  coastal: boolean | null;
  distanceKm: number | null;
  basis: 'override' | 'coastline' | 'unknown';
  sourceId: string | null;
}

/** Whether a place is coastal: a user override wins; otherwise its distance to the coastline decides. */
export function coastalStatus(
  place: { id: string; lat: number | null; lng: number | null },
  index: CoastIndex | null,
  thresholdKm: number = DEFAULT_COASTAL_THRESHOLD_KM,
  overrides: Readonly<Record<string, CoastOverride>> = {},
): CoastalStatus {
  const distance =
    index && place.lat !== null && place.lng !== null ? distanceToCoastKm(index, place.lat, place.lng) : null;
  const distanceKm = distance === null || !Number.isFinite(distance) ? null : Math.round(distance * 10) / 10;
  const override = Object.hasOwn(overrides, place.id) ? overrides[place.id] : undefined;
  if (override)
    return { coastal: override.coastal, distanceKm, basis: 'override', sourceId: override.sourceId };
  if (distanceKm === null) return { coastal: null, distanceKm: null, basis: 'unknown', sourceId: null };
  return { coastal: distanceKm <= thresholdKm, distanceKm, basis: 'coastline', sourceId: null };
}
