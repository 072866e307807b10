import { Link } from 'react-router-dom';
import type { HistoryEntry, RecordSource } from '../api';
import { useFormat } from '../format';
import { Empty, Section, TableScroll } from './ui';

export function SourcesSection({ sources }: { sources: RecordSource[] }) {
  const f = useFormat();
  return (
    <Section title={f.t('partnership.sources')} id="sources">
      {sources.length === 0 ? (
        <Empty />
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={`${s.id}-${s.locator}`}>
              <Link to={`/sources/${encodeURIComponent(s.id)}`}>
                {f.lang === 'zh' ? s.titleZh || s.title : s.title}
              </Link>{' '}
              <span className="tag">{f.t(`source.kinds.${s.kind}`)}</span>
              {s.locator && (
                <div className="muted small">
                  {f.t('partnership.locator')}: {s.locator}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function HistorySection({ history }: { history: HistoryEntry[] }) {
  const f = useFormat();
  return (
    <Section title={f.t('partnership.history')} id="history">
      {history.length === 0 ? (
        <Empty />
      ) : (
        <TableScroll label={f.t('partnership.history')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{f.t('partnership.at')}</th>
                <th scope="col">{f.t('partnership.action')}</th>
                <th scope="col">{f.t('partnership.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{f.dateTime(h.at)}</td>
                  <td>{h.action}</td>
                  <td>{h.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Section>
  );
}
