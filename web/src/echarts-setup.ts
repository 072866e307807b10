/**
 * ECharts with only the parts the app draws, and the Natural Earth world (world-atlas countries-110m,
 * bundled) registered as the map `world`. Loaded on demand by the chart component.
 */
import * as echarts from 'echarts/core';
import {
  BarChart,
  LineChart,
  LinesChart,
  MapChart,
  PieChart,
  ScatterChart,
  GraphChart,
  EffectScatterChart,
} from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  DatasetComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldTopology from 'world-atlas/countries-110m.json';

echarts.use([
  LabelLayout,
  SVGRenderer,
  BarChart,
  LineChart,
  LinesChart,
  MapChart,
  PieChart,
  ScatterChart,
  EffectScatterChart,
  GraphChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  DatasetComponent,
  CanvasRenderer,
]);

const topology = worldTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries);
// Antarctica takes a fifth of the height and has no partners.
world.features = world.features.filter((f) => f.properties?.name !== 'Antarctica');

/**
 * Natural Earth rings that cross the antimeridian (Russia, Fiji) jump from 180° to −180°, which a flat
 * projection draws as a line across the whole map; pin the few points on the far side to the edge.
 */
type Ring = number[][];
function pinRing(ring: Ring): Ring {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return ring;
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
  return ring.map(([lng, lat]) =>
    east && lng < 0 ? [180, lat] : !east && lng > 0 ? [-180, lat] : [lng, lat],
  );
}
for (const f of world.features) {
  const g = f.geometry;
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(pinRing);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((poly) => poly.map(pinRing));
}
echarts.registerMap('world', world as unknown as Parameters<typeof echarts.registerMap>[1]);

export { echarts };
