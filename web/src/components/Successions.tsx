/**
 * A place's administrative changes, as its page states them: merged into another place, renamed, split,
 * or formed from others, each with its date and the decision it rests on, and which place holds the ties
 * of a place merged or renamed away.
 */
import { Link } from 'react-router-dom';
import { useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { SourceTitle } from './ui';

export type PlaceSuccessions = Reply<'/api/places/{id}/successions'>;
type Succession = PlaceSuccessions['successors'][number];

export function useSuccessions(placeId: string) {
  return useGet<PlaceSuccessions>(`/api/places/${encodeURIComponent(placeId)}/successions`);
}

/** The changes as sentences with links; nothing when the place has none. */
export function SuccessionNote({ history }: { history: PlaceSuccessions | undefined }) {
  const f = useFormat();
  if (!history || (history.successors.length === 0 && history.predecessors.length === 0)) return null;
  // The sentence links to the other place; the decision follows it.
  const line = (s: Succession, key: string, other: Succession['successor']) => (
    <li key={s.id} data-testid="succession">
      <Link to={`/place/${encodeURIComponent(other.id)}`}>
        {f.t(key, { date: f.date(s.on, s.onPrecision), place: f.name(other) })}
      </Link>{' '}
      <span className="muted small">
        {f.t('place.succession.source')}
        <Link to={`/sources/${encodeURIComponent(s.source.id)}`}>
          <SourceTitle source={s.source} />
        </Link>
        {s.locator && ` ${s.locator}`}
      </span>
    </li>
  );
  const inherited = history.predecessors.filter((s) => s.kind !== 'split');
  return (
    <div className="succession-note" data-testid="succession-note">
      <strong>{f.t('place.succession.title')}</strong>
      <ul>
        {history.predecessors.map((s) =>
          line(
            s,
            s.kind === 'merged'
              ? 'place.succession.fromMerged'
              : s.kind === 'renamed'
                ? 'place.succession.fromRenamed'
                : 'place.succession.fromSplit',
            s.predecessor,
          ),
        )}
        {history.successors.map((s) => line(s, `place.succession.${s.kind}`, s.successor))}
      </ul>
      {history.heir && (
        <p data-testid="succession-heir">
          <Link to={`/place/${encodeURIComponent(history.heir.id)}`}>
            {f.t('place.succession.heir', { place: f.name(history.heir) })}
          </Link>
        </p>
      )}
      {inherited.length > 0 && (
        <p className="muted small">
          {f.t('place.succession.inherited', {
            places: inherited.map((s) => f.name(s.predecessor)).join(f.lang === 'zh' ? '、' : ', '),
          })}
        </p>
      )}
    </div>
  );
}
