/** The twin-city file (Wikipedia lists, geocoded) as a check of the resolver against real names. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Place } from '../../domain/geo.ts';
import { distanceKm } from '../../domain/geo.ts';
import type { Resolution, Resolver } from './resolver.ts';
import {
  SourcePlaces,
  type Coordinates,
  type SideOutcome as LinkOutcome,
  type SourcePlaceResolver,
} from './source-places.ts';

export interface TwinCitySide {
  name: string;
  country: string;
  lat: number | null;
  lng: number | null;
}

export interface TwinCityRow {
  line: number;
  a: TwinCitySide;
  b: TwinCitySide;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `data/twin-cities/` of the repository when present, else the shared copy next to it. */
export function twinCitiesDir(): string {
  const candidates = [join(repoRoot, 'data/twin-cities'), join(repoRoot, '../shared/data/twin-cities')];
  const found = candidates.find((d) => existsSync(join(d, 'twin_cities_geocoded.csv')));
  if (!found) throw new Error(`twin_cities_geocoded.csv not found in ${candidates.join(' or ')}`);
  return found;
}

function coordinate(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function readTwinCities(dir = twinCitiesDir()): TwinCityRow[] {
  const rows = parse(readFileSync(join(dir, 'twin_cities_geocoded.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return rows.map((r, i) => ({
    line: i + 2,
    a: { name: r.city1, country: r.country1, lat: coordinate(r.lat1), lng: coordinate(r.lng1) },
    b: { name: r.city2, country: r.country2, lat: coordinate(r.lat2), lng: coordinate(r.lng2) },
  }));
}

export interface SideOutcome {
  side: TwinCitySide;
  resolution: Resolution;
  /** Distance from the file's coordinates to the resolved place, when both exist. */
  distanceKm: number | null;
}

export interface TwinCityEvaluation {
  rows: number;
  /** Rows whose two sides both resolved to a place with a country and coordinates. */
  bothResolved: number;
  distinctNames: number;
  byStatus: Record<Resolution['status'], number>;
  /** Resolved sides farther than 50 km from the file's coordinates. */
  far: SideOutcome[];
  sidesWithDistance: number;
  /** Distinct names that did not resolve, most frequent first. */
  failures: { side: TwinCitySide; resolution: Resolution; rows: number }[];
  millis: number;
}

function located(p: Place): boolean {
  return Boolean(p.countryCode) && p.lat !== null && p.lng !== null;
}

/** Resolves every distinct (name, country) of the file; with `useCoordinates`, the file's coordinates help separate homonyms. */
export function evaluateTwinCities(
  resolver: Resolver,
  rows: TwinCityRow[],
  useCoordinates = false,
): TwinCityEvaluation {
  const started = performance.now();
  const cache = new Map<string, Resolution>();
  const counts = new Map<string, { side: TwinCitySide; rows: number }>();
  const resolveSide = (side: TwinCitySide): Resolution => {
    const key = useCoordinates
      ? `${side.name}\u0000${side.country}\u0000${side.lat}\u0000${side.lng}`
      : `${side.name}\u0000${side.country}`;
    const c = counts.get(key);
    if (c) c.rows++;
    else counts.set(key, { side, rows: 1 });
    let r = cache.get(key);
    if (!r) {
      r = resolver.resolve({
        name: side.name,
        country: side.country || null,
        ...(useCoordinates ? { lat: side.lat, lng: side.lng } : {}),
      });
      cache.set(key, r);
    }
    return r;
  };
  let bothResolved = 0;
  const far: SideOutcome[] = [];
  const farSeen = new Set<string>();
  let sidesWithDistance = 0;
  for (const row of rows) {
    let ok = 0;
    for (const side of [row.a, row.b]) {
      const r = resolveSide(side);
      if (r.status !== 'resolved' || !located(r.place)) continue;
      ok++;
      if (side.lat !== null && side.lng !== null) {
        sidesWithDistance++;
        const d = distanceKm(side.lat, side.lng, r.place.lat!, r.place.lng!);
        const key = `${side.name}\u0000${side.country}`;
        if (d > 50 && !farSeen.has(key)) {
          farSeen.add(key);
          far.push({ side, resolution: r, distanceKm: Math.round(d) });
        }
      }
    }
    if (ok === 2) bothResolved++;
  }
  const byStatus: Record<Resolution['status'], number> = { resolved: 0, ambiguous: 0, unresolved: 0 };
  for (const r of cache.values()) byStatus[r.status]++;
  const failures = [...counts.entries()]
    .filter(([key]) => cache.get(key)!.status !== 'resolved')
    .map(([key, c]) => ({ side: c.side, resolution: cache.get(key)!, rows: c.rows }))
    .sort((a, b) => b.rows - a.rows || a.side.name.localeCompare(b.side.name));
  return {
    rows: rows.length,
    bothResolved,
    distinctNames: cache.size,
    byStatus,
    far,
    sidesWithDistance,
    failures,
    millis: performance.now() - started,
  };
}

export interface TwinCityLinks {
  rows: number;
  /** Rows whose two sides both link to a place with a country and coordinates, gazetteer or established. */
  linked: number;
  /** Of those, rows with at least one side on a place the list itself established. */
  linkedWithSourcePlace: number;
  /** Places the list established, with the rows they appear in. */
  sourcePlaces: { place: Place; rows: number }[];
  /** Distinct (name, country) outcomes. */
  byStatus: { gazetteer: number; source: number; ambiguous: number; unresolved: number };
  /** Every distinct (name, country) and what it linked to, for sampling by hand. */
  sides: {
    name: string;
    country: string;
    rows: number;
    lat: number | null;
    lng: number | null;
    outcome: LinkOutcome;
  }[];
  millis: number;
}

/**
 * Links every row as the importer does: the file's last coordinates for each (name, country) separate
 * homonyms and variants, and unresolved names the file places inside their country become source places.
 * The resolver is not changed.
 */
export function evaluateTwinCityLinks(resolver: SourcePlaceResolver, rows: TwinCityRow[]): TwinCityLinks {
  const started = performance.now();
  const observations = new Map<string, Coordinates[]>();
  const counts = new Map<string, { side: TwinCitySide; rows: number }>();
  for (const row of rows)
    for (const side of [row.a, row.b]) {
      const key = `${side.name}\u0000${side.country}`;
      const c = counts.get(key);
      if (c) {
        c.rows++;
        if (side.lat !== null) c.side = side;
      } else counts.set(key, { side, rows: 1 });
      if (side.lat !== null && side.lng !== null) {
        const list = observations.get(key) ?? [];
        list.push({ lat: side.lat, lng: side.lng });
        observations.set(key, list);
      }
    }
  const places = new SourcePlaces(
    resolver,
    (name, country) => observations.get(`${name}\u0000${country}`) ?? [],
    false,
  );
  let linked = 0;
  let linkedWithSourcePlace = 0;
  const sourceRows = new Map<string, number>();
  for (const row of rows) {
    const outcomes = [row.a, row.b].map((s) => places.resolve(s.name, s.country));
    const ok = outcomes.every((o) => o.status === 'resolved' && located(o.place));
    if (!ok) continue;
    linked++;
    let viaSource = false;
    for (const o of outcomes)
      if (o.status === 'resolved' && o.origin === 'source') {
        viaSource = true;
        sourceRows.set(o.place.id, (sourceRows.get(o.place.id) ?? 0) + 1);
      }
    if (viaSource) linkedWithSourcePlace++;
  }
  const byStatus = { gazetteer: 0, source: 0, ambiguous: 0, unresolved: 0 };
  const sides: TwinCityLinks['sides'] = [];
  for (const [key, c] of counts) {
    const [name, country] = key.split('\u0000');
    const outcome = places.resolve(name, country);
    if (outcome.status === 'resolved') byStatus[outcome.origin]++;
    else byStatus[outcome.status]++;
    sides.push({ name, country, rows: c.rows, lat: c.side.lat, lng: c.side.lng, outcome });
  }
  sides.sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  return {
    rows: rows.length,
    linked,
    linkedWithSourcePlace,
    sourcePlaces: places.established().map((place) => ({ place, rows: sourceRows.get(place.id) ?? 0 })),
    byStatus,
    sides,
    millis: performance.now() - started,
  };
}
