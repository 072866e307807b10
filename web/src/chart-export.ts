/**
 * A chart as a file, with the credit of the data it shows beneath it: PNG (twice the screen's pixels)
 * or SVG. A chart drawn in SVG is saved as drawn; one drawn on a canvas is drawn again in SVG from its
 * option (bars, lines and pies lay out the same every time).
 */
import type { EChartsType } from 'echarts/core';
import { escapeHtml } from './escape';
import { saveBlob } from './download';

/** Line height of the credit under the chart, in CSS pixels, at 11 px type. */
const CREDIT_LINE = 15;
const CREDIT_STYLE = 'font: 11px sans-serif; fill: #5b6776';

/** Rough width of text at 11 px: a Chinese character is square, a Latin letter about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFEF]/.test(char) ? 11 : 6;
  return width;
}

/** The credit in lines that fit the chart's width, broken after its separators where it must be. */
function creditLines(credit: string, width: number): string[] {
  const parts = credit.split(/(?<=[；;·])/);
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(lines[last] + part) <= width - 16) lines[last] += part;
    else lines.push(part.trimStart());
  }
  return lines;
}

/** The chart as an SVG document, the credit in a strip below it. */
async function chartSvg(chart: EChartsType, box: HTMLElement, credit: string): Promise<string> {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const live = box.querySelector('svg');
  let drawn = live ? new XMLSerializer().serializeToString(live) : undefined;
  if (!drawn) {
    const { echarts } = await import('./echarts-setup');
    const copy = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
    copy.setOption({ ...chart.getOption(), animation: false });
    drawn = copy.renderToSVGString();
    copy.dispose();
  }
  const lines = creditLines(credit, width);
  const total = height + 8 + lines.length * CREDIT_LINE;
  const text = lines
    .map(
      (line, i) =>
        `<text x="8" y="${height + (i + 1) * CREDIT_LINE}" style="${CREDIT_STYLE}">${escapeHtml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" ` +
    `viewBox="0 0 ${width} ${total}"><rect width="100%" height="100%" fill="#fff"/>` +
    drawn.replace(/^<svg(?![^>]*xmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"') +
    `${text}</svg>`
  );
}

export async function downloadChart(
  chart: EChartsType,
  box: HTMLElement,
  kind: 'png' | 'svg',
  credit: string,
  fileName: string,
): Promise<void> {
  const svg = await chartSvg(chart, box, credit);
  if (kind === 'svg') {
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
    return;
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (png) saveBlob(png, `${fileName}.png`);
}
