/** A chart drawn by ECharts, loaded on demand, with an accessible name and a text summary. */
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { downloadChart } from '../chart-export';

export interface ChartClick {
  seriesType?: string;
  name?: string;
  data?: unknown;
}

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, read by screen readers. */
  label: string;
  /** The chart's content in words, shown under it. */
  summary?: string;
  height?: number | string;
  onClick?: (params: ChartClick) => void;
  testId?: string;
  /**
   * SVG draws labels as text elements a test (and a screen magnifier) can read; canvas, the default,
   * draws thousands of points faster.
   */
  renderer?: 'canvas' | 'svg';
  /**
   * A map's zoom: buttons, and the wheel with Ctrl (or ⌘) held. The plain wheel scrolls the page, as
   * everywhere else; the map pans by dragging (the option's geo has `roam: 'move'`).
   */
  zoomable?: boolean;
  /** The file name of the chart's PNG and SVG downloads, without extension (default amity-chart). */
  fileName?: string;
  /** The credit of the data the chart shows, written under it in a download (default: the ties' sources). */
  credit?: string;
}

const ZOOM_STEP = 1.5;
const ZOOM_LIMITS = { min: 1, max: 12 };
/** Each button's label, its factor (null: the whole map) and its glyph. */
const ZOOM_BUTTONS: [string, number | null, string][] = [
  ['chart.zoomIn', ZOOM_STEP, '+'],
  ['chart.zoomOut', 1 / ZOOM_STEP, '−'],
  ['chart.zoomReset', null, '⟲'],
];

export default function EChart({
  option,
  label,
  summary,
  height = 320,
  onClick,
  testId,
  renderer = 'canvas',
  zoomable = false,
  fileName = 'amity-chart',
  credit,
}: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('../echarts-setup').then(
      ({ echarts }) => {
        if (disposed || !box.current) return;
        const instance = echarts.init(box.current, undefined, { renderer });
        instance.on('click', (params) => clickRef.current?.(params as ChartClick));
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
        setReady(true);
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready && chart.current) chart.current.setOption(option, { notMerge: true });
  }, [ready, option]);

  /** Multiplies the geo's zoom by `factor` (null: back to the whole map), within the limits. */
  const zoom = (factor: number | null) => {
    const instance = chart.current;
    if (!instance) return;
    const geo = (instance.getOption() as { geo?: { zoom?: number; center?: unknown }[] }).geo?.[0];
    if (!geo) return;
    const next =
      factor === null ? 1 : Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, (geo.zoom ?? 1) * factor));
    instance.setOption(factor === null ? { geo: { zoom: 1, center: null } } : { geo: { zoom: next } });
  };
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;

  useEffect(() => {
    const element = box.current;
    if (!zoomable || !element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomRef.current(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
    };
    // Not passive: the browser's own Ctrl+wheel zoom of the page is what this replaces over the map.
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomable]);

  const save = (kind: 'png' | 'svg') => {
    if (chart.current && box.current)
      void downloadChart(chart.current, box.current, kind, credit ?? t('chart.credit'), fileName);
  };

  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart-frame" style={{ height }}>
        {/* ECharts owns this element's children; React must not render into it. */}
        <div
          ref={box}
          className="chart-canvas"
          role="img"
          aria-label={label}
          data-ready={ready ? 'true' : 'false'}
        />
        {zoomable && ready && (
          <div className="chart-zoom" role="group" aria-label={t('chart.zoom')}>
            {ZOOM_BUTTONS.map(([key, factor, glyph]) => (
              <button key={key} type="button" title={t(key)} aria-label={t(key)} onClick={() => zoom(factor)}>
                {glyph}
              </button>
            ))}
          </div>
        )}
        {!ready && !failed && <span className="chart-loading">{t('state.loading')}</span>}
        {failed && <span className="chart-loading">{t('state.error')}</span>}
      </div>
      <figcaption>
        {summary}
        {zoomable && <span className="muted small chart-zoom-hint"> {t('chart.zoomHint')}</span>}
        {ready && (
          <span className="chart-downloads">
            <button type="button" className="link-button" data-testid="chart-png" onClick={() => save('png')}>
              {t('chart.downloadPng')}
            </button>
            <button type="button" className="link-button" data-testid="chart-svg" onClick={() => save('svg')}>
              {t('chart.downloadSvg')}
            </button>
          </span>
        )}
      </figcaption>
    </figure>
  );
}
