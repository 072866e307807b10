import { Link } from 'react-router-dom';
import type { HistoryEntry, RecordSource } from '../api';
import { useFormat } from '../format';
import { ActorText, Empty, Section, SourceTitle, TableScroll } from './ui';
import { RowsDownloads } from './TableDownloads';

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
                <SourceTitle source={s} />
              </Link>{' '}
              <span className="tag">{f.t(`source.kinds.${s.kind}`)}</span>
              {s.locator && (
                <div className="muted small">
                  {f.t('partnership.locator')}: <span translate="no">{s.locator}</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** This database's bookkeeping, not a change anyone made. */
const BOOKKEEPING = new Set(['updated_at', 'provenance', 'id']);
/** Fields whose values are words of the interface (a status, a type), shown in the user's language. */
const LABELLED: Record<string, string> = {
  status: 'status',
  type: 'type',
  level: 'level',
  visibility: 'visibility',
};

type Format = ReturnType<typeof useFormat>;

/**
 * A value as the history shows it: labelled words in the user's language, dates at their precision (from
 * the row's `…_precision`), long or structured values elided.
 */
function shown(f: Format, field: string, value: unknown, row: Record<string, unknown>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.endsWith('_on') && typeof value === 'string') {
    const precision = row[field.replace(/_on$/, '_precision')];
    return f.date(value, precision === 'year' || precision === 'month' ? precision : 'day');
  }
  if (LABELLED[field] && typeof value === 'string')
    return f.t(`${LABELLED[field]}.${value}`, { defaultValue: value });
  if (typeof value === 'object') return '…';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** What a change did, in words: which fields changed from what to what, or that the record was added. */
export function changeText(f: Format, entry: HistoryEntry): string {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  if (entry.action === 'insert') return f.t('history.created');
  if (entry.action === 'delete') return f.t('history.removed');
  // A date's precision travels with the date, so it is not a change of its own.
  const changed = Object.keys(after).filter(
    (k) =>
      !BOOKKEEPING.has(k) &&
      !k.endsWith('_precision') &&
      JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (changed.length === 0) return f.t('history.nothingShown');
  return changed
    .map((k) =>
      f.t('history.change', {
        field: f.t(`history.fields.${k}`, { defaultValue: k }),
        before: shown(f, k, before[k], before),
        after: shown(f, k, after[k], after),
      }),
    )
    .join(f.t('history.separator'));
}

/** A record's change log: when, what (in words) and by whom. */
export function HistoryTable({ history }: { history: HistoryEntry[] }) {
  const f = useFormat();
  if (history.length === 0) return <Empty />;
  return (
    <>
      <TableScroll label={f.t('partnership.history')}>
        <table className="record-history" data-testid="record-history">
          <thead>
            <tr>
              <th scope="col">{f.t('partnership.at')}</th>
              <th scope="col">{f.t('partnership.action')}</th>
              <th scope="col">{f.t('history.action')}</th>
              <th scope="col">{f.t('partnership.actor')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.id}>
                <td className="nowrap">{f.dateTime(h.at)}</td>
                <td>{f.t(`history.actions.${h.action}`, { defaultValue: h.action })}</td>
                <td className="small break-words">{changeText(f, h)}</td>
                <td>
                  <ActorText actor={h.actor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <RowsDownloads
        fileName="amity-history"
        rows={history}
        columns={[
          [f.t('partnership.at'), (h) => h.at],
          [f.t('partnership.action'), (h) => f.t(`history.actions.${h.action}`, { defaultValue: h.action })],
          [f.t('history.action'), (h) => changeText(f, h)],
          [
            f.t('partnership.actor'),
            (h) => (h.actor === 'bundled-data' ? f.t('history.bundledData') : h.actor),
          ],
        ]}
      />
    </>
  );
}

export function HistorySection({ history }: { history: HistoryEntry[] }) {
  const f = useFormat();
  return (
    <Section title={f.t('partnership.history')} id="history">
      <HistoryTable history={history} />
    </Section>
  );
}
