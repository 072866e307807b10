/**
 * Exchanges against projects over the last five years, for a place or a tie: year by year, the span's
 * totals in a sentence that says which way they lean, and what the figure leaves out (undated records).
 * What the source documents mean by "exchanges and visits over practical cooperation", as a figure.
 */
import { qs, useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { TableScroll } from './ui';

type Balance = Reply<'/api/places/{id}/cooperation'>;

export function CooperationBalance({
  subject,
  id,
  subdivisions,
}: {
  subject: 'place' | 'partnership';
  id: string;
  /** For a place: its districts' and counties' exchanges and projects too. */
  subdivisions?: boolean;
}) {
  const f = useFormat();
  const base = subject === 'place' ? '/api/places' : '/api/partnerships';
  const { data: b } = useGet<Balance>(
    `${base}/${encodeURIComponent(id)}/cooperation${qs({ subdivisions: subdivisions ? 'true' : undefined })}`,
  );
  if (!b) return null;
  const t = (key: string, options?: Record<string, unknown>) => f.t(`cooperation.${key}`, options);
  const span = { from: b.from, to: b.to };
  const undated = b.undated.exchanges + b.undated.projects;
  return (
    <div className="cooperation-balance" data-testid={`cooperation-${subject}`}>
      <p data-testid="cooperation-summary">
        {t('summary', {
          ...span,
          exchanges: f.num(b.inSpan.exchanges),
          projects: f.num(b.inSpan.projects),
        })}{' '}
        <strong data-testid="cooperation-verdict">{t(`verdicts.${b.verdict}`)}</strong>
        {b.exchangesPerProject !== null && b.verdict === 'exchanges-over-projects' && (
          <> {t('perProject', { n: f.num(b.exchangesPerProject, 1) })}</>
        )}
      </p>
      {/* A table of zeros says no more than the sentence above it. */}
      {b.verdict !== 'none' && (
        <TableScroll label={t('title')}>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col" className="num">
                  {t('exchanges')}
                </th>
                <th scope="col" className="num">
                  {t('projects')}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{f.t('cooperation.yearValue', { year: y.year })}</th>
                  <td className="num">{f.num(y.exchanges)}</td>
                  <td className="num">{f.num(y.projects)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="muted small">
        {t(subject === 'place' ? 'definitionPlace' : 'definitionTie')}{' '}
        {undated > 0 &&
          t('undated', { exchanges: f.num(b.undated.exchanges), projects: f.num(b.undated.projects) })}{' '}
        {b.earlier.exchanges + b.earlier.projects > 0 &&
          t('earlier', {
            from: b.from,
            exchanges: f.num(b.earlier.exchanges),
            projects: f.num(b.earlier.projects),
          })}
      </p>
    </div>
  );
}
