/**
 * A report's charts, drawn on the server: ECharts renders SVG without a browser (its server-side mode),
 * and resvg turns the SVG into a PNG with the bundled fonts (Word, WPS and the PDF take the PNG; the SVG
 * is kept for Word, which shows it where it can).
 */
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { REPORT_FONT_FILES, REPORT_FONT_FAMILY } from './fonts.ts';

export interface ChartImage {
  svg: string;
  png: Buffer;
  /** Size in CSS pixels; the PNG has twice as many. */
  width: number;
  height: number;
}

const PALETTE = ['#2f5597', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f'];

export function renderChart(option: EChartsOption, width = 640, height = 320): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: REPORT_FONT_FAMILY, fontSize: 12 },
      ...option,
    });
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, {
      font: {
        fontFiles: REPORT_FONT_FILES,
        loadSystemFonts: false,
        defaultFontFamily: 'Noto Sans CJK SC',
      },
      fitTo: { mode: 'zoom', value: 2 },
    })
      .render()
      .asPng();
    return { svg, png, width, height };
  } finally {
    chart.dispose();
  }
}

/** Horizontal stacked bars: for each category, the part held before and the part added. */
export function stackedBars(
  categories: string[],
  series: { name: string; values: number[] }[],
  width = 640,
): ChartImage {
  const height = Math.max(160, 60 + categories.length * 26);
  return renderChart(
    {
      grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
      legend: { top: 4, data: series.map((s) => s.name) },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: [...categories].reverse(), axisTick: { show: false } },
      series: series.map((s, i) => ({
        type: 'bar',
        name: s.name,
        stack: 'all',
        data: [...s.values].reverse(),
        label: {
          show: i === series.length - 1,
          position: 'right',
          // The label of the last part shows the whole bar's total.
          formatter: (p: { dataIndex: number }) =>
            String(series.reduce((sum, x) => sum + x.values[categories.length - 1 - p.dataIndex], 0)),
        },
      })),
    },
    width,
    height,
  );
}

/** Ties signed each year (bars) and the running total (line), with the report's span shaded. */
export function timelineChart(
  timeline: { year: number; signed: number; cumulative: number }[],
  span: { from: number; to: number },
  names: { signed: string; cumulative: string; span: string },
): ChartImage {
  // Every year from the first signing to the span's end, so the axis is even and the span can be shaded.
  const byYear = new Map(timeline.map((t) => [t.year, t]));
  const first = Math.min(timeline[0]?.year ?? span.from, span.from);
  const years: number[] = [];
  for (let y = first; y <= span.to; y++) years.push(y);
  let cumulative = 0;
  const rows = years.map((year) => {
    const t = byYear.get(year);
    cumulative = t?.cumulative ?? cumulative;
    return { year, signed: t?.signed ?? 0, cumulative };
  });
  return renderChart({
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 4, data: [names.signed, names.cumulative] },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: [
      { type: 'value', minInterval: 1, name: names.signed, nameTextStyle: { align: 'left' } },
      { type: 'value', minInterval: 1, name: names.cumulative, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.signed,
        data: rows.map((t) => t.signed),
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(192, 80, 77, 0.12)' },
          label: { show: true, position: 'insideTop', formatter: names.span },
          // Category coordinates by index.
          data: [[{ xAxis: years.indexOf(span.from) }, { xAxis: years.length - 1 }]],
        },
      },
      {
        type: 'line',
        name: names.cumulative,
        yAxisIndex: 1,
        showSymbol: false,
        step: 'end',
        data: rows.map((t) => t.cumulative),
      },
    ],
  });
}
