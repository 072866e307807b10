/** Saving the built index under an id, as the signed-in user. */
import { useState } from 'react';
import { api, clearCache, type RequestBody } from '../../api';
import { ErrorBox } from '../../components/ui';
import { useFormat } from '../../format';
import type { BuildRequest, BuildResult } from '../../indices-api';
import { useSession } from '../../session';
import NeedSignIn from './NeedSignIn';

export default function SaveForm({
  body,
  result,
  savedId,
  onSaved,
}: {
  body: BuildRequest | null;
  result: BuildResult;
  savedId: string | null;
  onSaved: (id: string) => void;
}) {
  const f = useFormat();
  const session = useSession();
  const [id, setId] = useState(() => `${result.preset ?? 'own-index'}-web`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  if (!session.can('indices.write'))
    return (
      <p className="muted small" data-testid="index-save-needs-sign-in">
        <NeedSignIn />
      </p>
    );
  const save = async () => {
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const request: RequestBody<'/api/indices'> = {
        id,
        nameEn: result.name,
        nameZh: result.nameZh ?? undefined,
        ...body,
      };
      await api('/api/indices', {
        method: 'POST',
        body: JSON.stringify(request),
      });
      clearCache();
      onSaved(id);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="save-row"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="inline-label">
        <span>{f.t('indices.saveId')}</span>
        <input
          value={id}
          onChange={(e) => setId(e.target.value.toLowerCase())}
          pattern="[a-z0-9_.:\-]+"
          required
          data-testid="index-save-id"
        />
      </label>
      <button type="submit" className="btn btn-small" disabled={busy || !body}>
        {busy ? f.t('indices.saving') : f.t('indices.save')}
      </button>
      <span role="status" className="small">
        {savedId && !busy && !error && (
          <span className="ok-text">{f.t('indices.saved', { id: savedId })}</span>
        )}
      </span>
      {error && <ErrorBox error={error} />}
    </form>
  );
}
