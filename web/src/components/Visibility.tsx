/**
 * Who may read a record an office keeps (a tie, a project, an exchange): the fact on its page, a badge
 * in lists, and the control for those whose roles may keep it (the server decides where they reach).
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError, api, clearCache, everyValue, type RequestBody } from '../api';
import { useFormat } from '../format';
import { useSession, type Action } from '../session';
import { problemText } from './Accounts';

type VisibilityInput = RequestBody<'/api/partnerships/{id}/visibility', 'put'>;
export type Visibility = VisibilityInput['visibility'];
export const VISIBILITIES = everyValue<Visibility>()(['public', 'jurisdiction', 'national']);

/** A small tag beside a record that is not public (nothing for a public one). */
export function InternalBadge({ visibility }: { visibility: Visibility }) {
  const f = useFormat();
  if (visibility === 'public') return null;
  return (
    <span className="tag internal" title={f.t(`visibility.${visibility}`)} data-testid="internal-badge">
      {f.t('visibility.badge')}
    </span>
  );
}

/**
 * The record's visibility as a fact (a `<div>` of a facts list) and, for users whose roles allow
 * `action`, the form that changes it.
 */
export function VisibilityFact({
  url,
  visibility,
  action,
}: {
  /** The record's API address, e.g. `/api/projects/pj:…`. */
  url: string;
  visibility: Visibility;
  action: Action;
}) {
  const f = useFormat();
  const session = useSession();
  const id = `visibility${useId().replace(/:/g, '')}`;
  const [shown, setShown] = useState<{ url: string; value: Visibility } | null>(null);
  const current = shown?.url === url ? shown.value : visibility;
  const [chosen, setChosen] = useState<Visibility | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || chosen === current) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await api<unknown>(`${url}/visibility`, {
        method: 'PUT',
        body: JSON.stringify({ visibility: chosen } satisfies VisibilityInput),
      });
      // Lists and counts read again: the record enters or leaves them.
      clearCache();
      setShown({ url, value: chosen });
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="visibility">
      <dt>{f.t('visibility.label')}</dt>
      <dd>
        <span data-testid="visibility-value">{f.t(`visibility.${current}`)}</span>
        <div className="small muted">{f.t(`visibility.hint.${current}`)}</div>
        {session.can(action) && (
          <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="visibility-form">
            <label htmlFor={id} className="small">
              {f.t('visibility.change')}
            </label>{' '}
            <select
              id={id}
              value={chosen ?? current}
              onChange={(e) => setChosen(e.target.value as Visibility)}
              data-testid="visibility-select"
            >
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {f.t(`visibility.${v}`)}
                </option>
              ))}
            </select>{' '}
            <button
              type="submit"
              className="btn small"
              disabled={busy || !chosen || chosen === current}
              data-testid="visibility-save"
            >
              {busy ? f.t('visibility.busy') : f.t('visibility.save')}
            </button>
            {saved && (
              <span className="notice ok small" role="status" data-testid="visibility-saved">
                {f.t('visibility.saved', { visibility: f.t(`visibility.${current}`) })}
              </span>
            )}
            {error !== null && (
              <div className="notice warn small" role="alert" data-testid="visibility-error">
                {error instanceof ApiError && error.status === 403
                  ? f.t('visibility.refused')
                  : problemText(f, error).headline}
              </div>
            )}
          </form>
        )}
      </dd>
    </div>
  );
}
