/**
 * Loads the bundled Natural Earth land polygons (world-atlas land-50m.json) and builds the coastline
 * index once per process. Reading a file shipped inside an installed package is the one piece of I/O
 * the layout analyses allow; it is kept here so coast.ts stays a pure function of the geometry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { buildCoastIndex, type CoastIndex } from './coast.ts';

const require = createRequire(import.meta.url);

let cached: CoastIndex | null = null;

/** The world-atlas land topology at 1:50m. */
export function loadLandTopology(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;
}

/** The coastline index of the bundled land polygons, built on first use. */
export function worldCoastIndex(): CoastIndex {
  cached ??= buildCoastIndex(loadLandTopology());
  return cached;
}
