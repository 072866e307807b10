/** One partnership: facts, sources with locators, claims (chosen and others, with reasons), provenance, history. */
import { Link } from 'react-router-dom';
import { useGet, type PartnershipDetail as Detail } from '../api';
import { useFormat } from '../format';
import { Async, Empty, TableScroll } from './ui';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function usePartnership(id: string | null) {
  return useGet<Detail>(id ? `/api/partnerships/${encodeURIComponent(id)}` : null);
}

export default function PartnershipDetail({ id, showTitle = false }: { id: string; showTitle?: boolean }) {
  const f = useFormat();
  const state = usePartnership(id);
  return (
    <Async state={state}>
      {(p) => {
        const sourceTitle = new Map(
          p.sources.map((s) => [s.id, f.lang === 'zh' ? s.titleZh || s.title : s.title]),
        );
        return (
          <div className="detail" data-testid="partnership-detail">
            {showTitle && <h1>{f.t('partnership.between', { a: f.name(p.placeA), b: f.name(p.placeB) })}</h1>}
            <dl className="facts">
              <div>
                <dt>{f.t('table.partner')}</dt>
                <dd>
                  <Link to={`/place/${encodeURIComponent(p.placeA.id)}`}>{f.name(p.placeA)}</Link> (
                  {f.country(p.placeA)}
                  {p.placeA.adminLevel && `, ${f.t(`adminLevel.${p.placeA.adminLevel}`)}`}) ·{' '}
                  <Link to={`/place/${encodeURIComponent(p.placeB.id)}`}>{f.name(p.placeB)}</Link> (
                  {f.country(p.placeB)}
                  {p.placeB.adminLevel && `, ${f.t(`adminLevel.${p.placeB.adminLevel}`)}`})
                </dd>
              </div>
              <div>
                <dt>{f.t('table.type')}</dt>
                <dd>{f.t(`type.${p.type}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.level')}</dt>
                <dd>{f.t(`level.${p.level ?? 'none'}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.status')}</dt>
                <dd>{f.t(`status.${p.status}`)}</dd>
              </div>
              {(p.endedOn || p.endReason) && (
                <div>
                  <dt>{f.t('partnership.ended')}</dt>
                  <dd data-testid="partnership-ended">
                    {p.endedOn && f.date(p.endedOn, p.endedPrecision)}
                    {p.endReason && <div className="small">{p.endReason}</div>}
                  </dd>
                </div>
              )}
              <div>
                <dt>{f.t('table.signed')}</dt>
                <dd>{f.date(p.signedOn, p.signedPrecision)}</dd>
              </div>
              {p.note && (
                <div>
                  <dt>{f.t('partnership.note')}</dt>
                  <dd>{p.note}</dd>
                </div>
              )}
              <div>
                <dt>{f.t('common.id')}</dt>
                <dd>
                  <code>{p.id}</code>
                </dd>
              </div>
            </dl>

            <h3>{f.t('partnership.sources')}</h3>
            {p.sources.length === 0 ? (
              <Empty />
            ) : (
              <ul className="source-list">
                {p.sources.map((s) => (
                  <li key={`${s.id}-${s.locator}`}>
                    <Link to={`/sources/${encodeURIComponent(s.id)}`}>{sourceTitle.get(s.id)}</Link>{' '}
                    <span className="tag">{f.t(`source.kinds.${s.kind}`)}</span>
                    {s.locator && (
                      <div className="muted small">
                        {f.t('partnership.locator')}:{' '}
                        {/^https?:\/\//.test(s.locator) ? (
                          <a href={s.locator} rel="noreferrer noopener" target="_blank">
                            {s.locator}
                          </a>
                        ) : (
                          s.locator
                        )}
                      </div>
                    )}
                    {s.licence && <div className="muted small">{s.licence}</div>}
                  </li>
                ))}
              </ul>
            )}

            <h3>{f.t('partnership.claims')}</h3>
            {p.claims.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={f.t('partnership.claims')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{f.t('partnership.field')}</th>
                      <th scope="col">{f.t('partnership.value')}</th>
                      <th scope="col">{f.t('common.source')}</th>
                      <th scope="col">{f.t('partnership.chosen')}</th>
                      <th scope="col">{f.t('partnership.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.claims.map((c, i) => (
                      <tr key={i} className={c.chosen ? 'chosen' : 'other'}>
                        <td>{c.field}</td>
                        <td>{show(c.value)}</td>
                        <td>{sourceTitle.get(c.sourceId) ?? c.sourceId}</td>
                        <td>{c.chosen ? f.t('partnership.chosen') : f.t('partnership.other')}</td>
                        <td>{c.reason ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}

            <h3>{f.t('partnership.provenance')}</h3>
            {Object.keys(p.provenance ?? {}).length === 0 ? (
              <Empty />
            ) : (
              <dl className="facts compact">
                {Object.entries(p.provenance).map(([field, source]) => (
                  <div key={field}>
                    <dt>{field}</dt>
                    <dd>{sourceTitle.get(source) ?? source}</dd>
                  </div>
                ))}
              </dl>
            )}

            {p.projects.length > 0 && (
              <>
                <h3>{f.t('partnership.projects')}</h3>
                <ul>
                  {p.projects.map((j) => (
                    <li key={j.id}>
                      <Link to={`/projects/${encodeURIComponent(j.id)}`}>{f.name(j)}</Link> ·{' '}
                      {f.t(`project.domains.${j.domain}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}

            <h3>{f.t('partnership.history')}</h3>
            {p.history.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={f.t('partnership.history')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{f.t('partnership.at')}</th>
                      <th scope="col">{f.t('partnership.action')}</th>
                      <th scope="col">{f.t('partnership.actor')}</th>
                      <th scope="col">{f.t('partnership.value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.history.map((h) => (
                      <tr key={h.id}>
                        <td>{f.dateTime(h.at)}</td>
                        <td>{h.action}</td>
                        <td>{h.actor}</td>
                        <td className="small">
                          <code>{Object.keys((h.after ?? h.before ?? {}) as object).join(', ')}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </div>
        );
      }}
    </Async>
  );
}
