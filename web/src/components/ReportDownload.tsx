/**
 * "Download report": the annual report of a place, a province (place given) or the nation, for a year or
 * a span, in either language, as PDF or Word. The server writes the file (GET /api/reports); the links
 * carry the reader's session, so internal records the reader may see are in it.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useFormat } from '../format';

const LAST_YEAR = new Date().getFullYear() - 1;

export function ReportDownload({ placeId, subdivisions }: { placeId?: string; subdivisions?: boolean }) {
  const f = useFormat();
  const id = useId();
  const [from, setFrom] = useState(LAST_YEAR);
  const [to, setTo] = useState(LAST_YEAR);
  const [lang, setLang] = useState<'zh' | 'en'>(f.lang);
  // A button near the right edge (the network page's) opens its panel leftwards, inside the window.
  const [alignEnd, setAlignEnd] = useState(false);
  const placePanel = (event: SyntheticEvent<HTMLDetailsElement>) => {
    const details = event.currentTarget;
    if (!details.open) return;
    const panel = details.querySelector('.report-download-panel');
    if (!panel) return;
    const left = details.getBoundingClientRect().left;
    setAlignEnd(left + panel.getBoundingClientRect().width > document.documentElement.clientWidth);
  };
  const isYear = (y: number) => Number.isInteger(y) && y >= 1949 && y <= LAST_YEAR + 1;
  const valid = isYear(from) && isYear(to) && from <= to;
  const href = (format: 'pdf' | 'docx') => {
    const q = new URLSearchParams();
    if (placeId) q.set('place', placeId);
    if (subdivisions !== undefined) q.set('subdivisions', String(subdivisions));
    if (from === to) q.set('year', String(from));
    else {
      q.set('from', String(from));
      q.set('to', String(to));
    }
    q.set('lang', lang);
    q.set('format', format);
    return `/api/reports?${q}`;
  };
  const year = (value: number, set: (n: number) => void, label: string, testId: string) => (
    <label>
      {label}{' '}
      <input
        type="number"
        min={1949}
        max={LAST_YEAR + 1}
        value={value}
        data-testid={testId}
        onChange={(e) => set(Number(e.target.value))}
      />
    </label>
  );
  return (
    <details
      className={`report-download${alignEnd ? ' align-end' : ''}`}
      data-testid="report-download"
      onToggle={placePanel}
    >
      <summary className="btn">{f.t('report.download')}</summary>
      <div className="report-download-panel">
        <p className="muted small">{f.t('report.lead')}</p>
        <div className="report-download-fields">
          {year(from, setFrom, f.t('report.from'), 'report-from')}
          {year(to, setTo, f.t('report.to'), 'report-to')}
          <label htmlFor={`${id}-lang`}>{f.t('report.language')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as 'zh' | 'en')}>
            <option value="zh">{f.t('report.zh')}</option>
            <option value="en">{f.t('report.en')}</option>
          </select>
        </div>
        {valid ? (
          <div className="actions">
            <a className="btn btn-primary" href={href('pdf')} download data-testid="report-pdf">
              {f.t('report.pdf')}
            </a>
            <a className="btn" href={href('docx')} download data-testid="report-docx">
              {f.t('report.docx')}
            </a>
          </div>
        ) : (
          <p className="error small" role="alert">
            {f.t('report.spanError')}
          </p>
        )}
      </div>
    </details>
  );
}
