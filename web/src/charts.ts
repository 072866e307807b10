/**
 * ECharts options built from plain data; the pages pass translated labels in. Every chart option the app
 * draws is built here, so test/web/chart-escaping.test.ts can call each formatter with hostile names.
 *
 * ECharts renders a tooltip formatter's return value as HTML: tooltip formatters return tooltipHtml(…),
 * which escapes each part. Label formatters draw plain text on the canvas and return numbers only.
 * Default tooltips (no formatter) and string templates are escaped by ECharts itself.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { tooltipHtml } from './escape';
import { TYPE_COLOURS } from './format';

const GEO = {
  map: 'world',
  roam: 'move',
  scaleLimit: { min: 1, max: 12 },
  itemStyle: { areaColor: '#e8edf2', borderColor: '#b4c0cc', borderWidth: 0.5 },
  emphasis: { itemStyle: { areaColor: '#d7e1ea' }, label: { show: false } },
  select: { disabled: true },
  label: { show: false },
  tooltip: { show: false },
};

/**
 * A tooltip for a series drawn on the geo. Such series inherit the geo's `tooltip.show: false` (meant for
 * the country regions), which silenced their formatters; `show: true` turns them back on.
 */
function geoTip<P>(formatter: (p: P) => string) {
  return { show: true, formatter };
}

export interface MapTie {
  name: string;
  lng: number;
  lat: number;
  type: string;
  level: string | null;
  id: string;
  population?: number | null;
}

/** How many partners a map names outright (the most populous); the others are named on hover. */
const LABELLED_PARTNERS = 12;

const LEVEL_LINE: Record<string, 'solid' | 'dashed' | 'dotted'> = {
  province: 'solid',
  city: 'dashed',
  district: 'dotted',
};

/** Lines from one place to its partners: colour by type, line style by level. */
export function partnerLinesOption(
  centre: { name: string; lng: number; lat: number },
  ties: MapTie[],
  typeLabel: (type: string) => string,
  options: { roam?: boolean; compact?: boolean } = {},
): EChartsCoreOption {
  const types = [...new Set(ties.map((t) => t.type))];
  const labelled = new Set(
    options.compact
      ? []
      : [...ties]
          .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
          .slice(0, LABELLED_PARTNERS)
          .map((t) => t.id),
  );
  return {
    tooltip: { trigger: 'item', confine: true },
    legend: options.compact
      ? undefined
      : { bottom: 0, data: types.map(typeLabel), textStyle: { fontSize: 12 } },
    // Dragging moves the map; zoom has its own buttons and Ctrl+wheel (EChart's `zoomable`), so the
    // wheel scrolls the page.
    geo: {
      ...GEO,
      roam: (options.roam ?? true) ? 'move' : false,
      left: 4,
      right: 4,
      top: 8,
      bottom: options.compact ? 8 : 36,
    },
    series: [
      ...types.map((type) => ({
        type: 'lines',
        name: typeLabel(type),
        coordinateSystem: 'geo',
        polyline: false,
        silent: false,
        lineStyle: { color: TYPE_COLOURS[type] ?? '#666', width: 1.2, opacity: 0.75, curveness: 0.2 },
        tooltip: geoTip((p: { data: { partner: string } }) => tooltipHtml(p.data.partner)),
        data: ties
          .filter((t) => t.type === type)
          .map((t) => ({
            coords: [
              [centre.lng, centre.lat],
              [t.lng, t.lat],
            ],
            partner: t.name,
            lineStyle: { type: LEVEL_LINE[t.level ?? ''] ?? 'solid' },
          })),
      })),
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: options.compact ? 4 : 6,
        itemStyle: { color: '#33415c' },
        cursor: 'pointer',
        tooltip: geoTip((p: { name: string }) => tooltipHtml(p.name)),
        // Labels are drawn as text, not HTML: a name is never markup here.
        label: { show: false, position: 'right', formatter: '{b}', fontSize: 11, color: '#1d2733' },
        emphasis: { label: { show: true } },
        labelLayout: { hideOverlap: true },
        data: ties.map((t) => ({
          name: t.name,
          value: [t.lng, t.lat],
          id: t.id,
          label: labelled.has(t.id) ? { show: true } : undefined,
        })),
      },
      {
        type: 'effectScatter',
        coordinateSystem: 'geo',
        symbolSize: options.compact ? 8 : 12,
        itemStyle: { color: '#b3261e' },
        tooltip: geoTip((p: { name: string }) => tooltipHtml(p.name)),
        data: [{ name: centre.name, value: [centre.lng, centre.lat] }],
      },
    ],
  };
}

export interface CandidatePoint {
  id: string;
  name: string;
  lng: number;
  lat: number;
  rank: number;
  detail: string;
}

/** A place and its ranked candidate partners as points, each labelled with its rank. */
export function candidatesOption(
  centre: { name: string; lng: number; lat: number },
  points: CandidatePoint[],
  labels: { centre: string; candidates: string },
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, data: [labels.centre, labels.candidates], textStyle: { fontSize: 12 } },
    geo: { ...GEO, left: 4, right: 4, top: 8, bottom: 36 },
    series: [
      {
        type: 'scatter',
        name: labels.candidates,
        coordinateSystem: 'geo',
        symbolSize: (v: number[]) => Math.max(9, 18 - v[2] * 0.4),
        itemStyle: { color: '#1f6fb2', opacity: 0.85, borderColor: '#fff', borderWidth: 0.6 },
        label: {
          show: true,
          formatter: (p: { data: { rank: number } }) => String(p.data.rank),
          fontSize: 9,
          color: '#fff',
        },
        labelLayout: { hideOverlap: true },
        tooltip: geoTip((p: { data: { name: string; detail: string; rank: number } }) =>
          tooltipHtml(`${p.data.rank}. ${p.data.name}`, p.data.detail),
        ),
        data: points.map((p) => ({
          name: p.name,
          id: p.id,
          rank: p.rank,
          detail: p.detail,
          value: [p.lng, p.lat, p.rank],
        })),
      },
      {
        type: 'effectScatter',
        name: labels.centre,
        coordinateSystem: 'geo',
        symbolSize: 12,
        itemStyle: { color: '#b3261e' },
        tooltip: geoTip((p: { name: string }) => tooltipHtml(p.name)),
        data: [{ name: centre.name, value: [centre.lng, centre.lat] }],
      },
    ],
  };
}

export interface MapPoint {
  id: string;
  name: string;
  lng: number;
  lat: number;
  count: number;
  detail: string;
}

/** Places as points sized by how many ties they have (a point density of the network). */
export function pointsOption(
  foreign: MapPoint[],
  domestic: MapPoint[],
  labels: { foreign: string; domestic: string },
): EChartsCoreOption {
  const size = (n: number) => Math.min(26, 4 + Math.sqrt(n) * 3.2);
  const series = (name: string, points: MapPoint[], colour: string) => ({
    type: 'scatter',
    name,
    coordinateSystem: 'geo',
    symbolSize: (v: number[]) => size(v[2]),
    itemStyle: { color: colour, opacity: 0.7, borderColor: '#fff', borderWidth: 0.4 },
    tooltip: geoTip((p: { data: { name: string; detail: string } }) =>
      tooltipHtml(p.data.name, p.data.detail),
    ),
    data: points.map((p) => ({ name: p.name, id: p.id, detail: p.detail, value: [p.lng, p.lat, p.count] })),
  });
  return {
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, data: [labels.foreign, labels.domestic] },
    geo: { ...GEO, left: 4, right: 4, top: 8, bottom: 36 },
    series: [series(labels.foreign, foreign, '#1f6fb2'), series(labels.domestic, domestic, '#b3261e')],
  };
}

export function barOption(
  categories: string[],
  values: number[],
  options: {
    horizontal?: boolean;
    colours?: string[];
    valueFormat?: (n: number) => string;
    name?: string;
  } = {},
): EChartsCoreOption {
  const category = {
    type: 'category',
    data: categories,
    axisLabel: { interval: 0, fontSize: 11 },
    axisTick: { show: false },
  };
  const value = {
    type: 'value',
    // Counts have no halves: no tick at 0.5 ties.
    ...(values.every(Number.isInteger) ? { minInterval: 1 } : {}),
    axisLabel: { formatter: options.valueFormat },
    splitLine: { lineStyle: { color: '#eef1f4' } },
  };
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: options.valueFormat,
      confine: true,
    },
    grid: { left: 8, right: 24, top: 12, bottom: 8, containLabel: true },
    xAxis: options.horizontal
      ? value
      : { ...category, axisLabel: { ...category.axisLabel, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: options.horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        name: options.name,
        barMaxWidth: 28,
        data: values.map((v, i) => ({ value: v, itemStyle: { color: options.colours?.[i] ?? '#1f6fb2' } })),
        label: {
          show: true,
          position: options.horizontal ? 'right' : 'top',
          fontSize: 11,
          formatter: options.valueFormat
            ? (p: { value: number }) => options.valueFormat!(p.value)
            : undefined,
        },
      },
    ],
  };
}

export function cumulativeOption(
  years: number[],
  perYear: number[],
  cumulative: number[],
  labels: { perYear: string; cumulative: string },
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', confine: true },
    legend: { bottom: 0, data: [labels.cumulative, labels.perYear] },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: [
      { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f4' } } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        name: labels.cumulative,
        data: cumulative,
        step: 'end',
        areaStyle: { opacity: 0.12 },
        itemStyle: { color: '#b3261e' },
        symbol: 'none',
      },
      {
        type: 'bar',
        name: labels.perYear,
        data: perYear,
        yAxisIndex: 1,
        itemStyle: { color: '#9db7d3' },
        barMaxWidth: 6,
      },
    ],
  };
}

/** Stacked 100 % bars: one bar per city, one segment per continent. */
export function sharesOption(
  cities: string[],
  continents: { key: string; label: string; colour: string; shares: number[] }[],
  pct: (n: number) => string,
): EChartsCoreOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => pct(v),
      confine: true,
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => pct(v) } },
    yAxis: { type: 'category', data: cities, inverse: true },
    series: continents.map((c) => ({
      type: 'bar',
      name: c.label,
      stack: 'share',
      itemStyle: { color: c.colour },
      data: c.shares,
    })),
  };
}

export function pieOption(items: { name: string; value: number; colour?: string }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', confine: true },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        label: { formatter: '{b}\n{d}%', fontSize: 11 },
        data: items.map((i) => ({
          name: i.name,
          value: i.value,
          itemStyle: i.colour ? { color: i.colour } : undefined,
        })),
      },
    ],
  };
}

/** One unit's scores on each dimension as bars, with the median of all units as a marker. */
export function profileOption(
  dimensions: string[],
  scores: (number | null)[],
  medians: (number | null)[],
  labels: { unit: string; median: string },
  valueFormat: (n: number) => string,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: valueFormat, confine: true },
    legend: { bottom: 0, data: [labels.unit, labels.median] },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eef1f4' } } },
    yAxis: {
      type: 'category',
      data: dimensions,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { fontSize: 11, width: 130, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.unit,
        data: scores,
        barMaxWidth: 16,
        itemStyle: { color: '#1f6fb2' },
      },
      {
        type: 'scatter',
        name: labels.median,
        data: medians,
        symbol: 'rect',
        symbolSize: [4, 20],
        itemStyle: { color: '#b3261e' },
        z: 3,
      },
    ],
  };
}

/**
 * Rank intervals: a whisker from the 5th to the 95th percentile rank, the median rank and the nominal rank;
 * the tooltip names the unit and its three ranks.
 */
export function rankIntervalsOption(
  units: string[],
  rows: { q05: number | null; q95: number | null; median: number | null; nominal: number | null }[],
  labels: { interval: string; median: string; nominal: string; rank: string },
): EChartsCoreOption {
  const max = Math.max(units.length, ...rows.map((r) => r.q95 ?? 0));
  const describe = (i: number) => {
    const r = rows[i];
    return r
      ? tooltipHtml(
          units[i],
          `${labels.nominal}: ${r.nominal}`,
          `${labels.median}: ${r.median}`,
          `${labels.interval}: ${r.q05}–${r.q95}`,
        )
      : '';
  };
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: { dataIndex: number }[]) => describe(params[0]?.dataIndex ?? 0),
    },
    legend: { top: 0, data: [labels.nominal, labels.median, labels.interval] },
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      min: 1,
      max,
      minInterval: 1,
      name: labels.rank,
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { showMaxLabel: false },
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    yAxis: {
      type: 'category',
      data: units,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { fontSize: 10, interval: 0, width: 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        stack: 'interval',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.q05),
      },
      {
        type: 'bar',
        name: labels.interval,
        stack: 'interval',
        barWidth: 3,
        itemStyle: { color: '#9db7d3' },
        data: rows.map((r) => (r.q95 ?? 0) - (r.q05 ?? 0)),
      },
      {
        type: 'scatter',
        name: labels.median,
        symbolSize: 8,
        itemStyle: { color: '#1f6fb2' },
        data: rows.map((r, i) => [r.median, i]),
      },
      {
        type: 'scatter',
        name: labels.nominal,
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: '#b3261e' },
        data: rows.map((r, i) => [r.nominal, i]),
      },
    ],
  };
}

export interface NetworkNode {
  id: string;
  name: string;
  value: number;
  size: number;
  colour: string;
  /** Named outright; the others are named on hover. */
  labelled: boolean;
  /** The tooltip's text (plain text: it is escaped here). */
  detail: string;
}

export interface NetworkLink {
  source: string;
  target: string;
  width: number;
  detail: string;
}

/** A force-laid network of countries (or places): labels that do not overlap, each tooltip escaped. */
export function networkGraphOption(nodes: NetworkNode[], links: NetworkLink[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {
      confine: true,
      formatter: (p: { data?: { detail?: string } }) => tooltipHtml(p.data?.detail ?? ''),
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: 'move',
        // No zoom: the overlap check lays labels out unscaled, so a scaled graph would let them touch.
        // Laid out from a circle rather than random points: the same network is drawn the same way each
        // time, and so are the labels that fit.
        force: {
          initLayout: 'circular',
          repulsion: 220,
          edgeLength: [30, 160],
          gravity: 0.2,
          layoutAnimation: false,
        },
        labelLayout: { hideOverlap: true, moveOverlap: 'shiftY' },
        // The box the overlap check uses must hold the text as the browser draws it: a little wider than
        // ECharts measures (the padding), and as tall as the CJK font's own line (1.45 em, the line height),
        // whichever sans-serif face the machine falls back to.
        label: { position: 'right', fontSize: 11, lineHeight: 16, color: '#1f2933', padding: [2, 4] },
        emphasis: { focus: 'adjacency', label: { show: true } },
        lineStyle: { color: '#9aa5b1', opacity: 0.45 },
        data: nodes.map((n) => ({
          id: n.id,
          name: n.name,
          value: n.value,
          symbolSize: n.size,
          itemStyle: { color: n.colour },
          label: { show: n.labelled },
          detail: n.detail,
        })),
        links: links.map((l) => ({
          source: l.source,
          target: l.target,
          lineStyle: { width: l.width },
          detail: l.detail,
        })),
      },
    ],
  };
}
