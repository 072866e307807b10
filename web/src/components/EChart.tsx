/** A chart drawn by ECharts, loaded on demand, with an accessible name and a text summary. */
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useTranslation } from 'react-i18next';

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
}

export default function EChart({
  option,
  label,
  summary,
  height = 320,
  onClick,
  testId,
  renderer = 'canvas',
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
        {!ready && !failed && <span className="chart-loading">{t('state.loading')}</span>}
        {failed && <span className="chart-loading">{t('state.error')}</span>}
      </div>
      {summary && <figcaption>{summary}</figcaption>}
    </figure>
  );
}
