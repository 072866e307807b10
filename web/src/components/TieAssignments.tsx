/**
 * On a tie's page, for signed-in readers of its jurisdiction: the organisations the tie is assigned to
 * (departments, universities, firms), which record its projects and exchanges; the office that keeps the
 * tie assigns and withdraws. A department contributor records only under the ties assigned to its
 * organisation, so this is where an office opens a tie to a department.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, isNotFound, useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { useSession } from '../session';
import { problemText } from './Accounts';
import { NameText } from './ui';

type Assignments = Reply<'/api/partnerships/{id}/assignments'>;

export function TieAssignments({ partnershipId }: { partnershipId: string }) {
  const f = useFormat();
  const session = useSession();
  const url = `/api/partnerships/${encodeURIComponent(partnershipId)}/assignments`;
  const [reply, setReply] = useState<Assignments | null>(null);
  const items = reply?.items ?? null;
  const [error, setError] = useState<unknown>(null);
  const signedIn = session.user !== null;
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    api<Assignments>(url)
      .then((r) => current && setReply(r))
      // Not readable here (another jurisdiction): the section is not shown.
      .catch((e: unknown) => current && !isNotFound(e) && setError(e));
    return () => {
      current = false;
    };
  }, [url, signedIn]);
  if (!signedIn || (items === null && error === null)) return null;
  const manage = session.can('registry.write');

  async function change(method: 'PUT' | 'DELETE', organisationId: string) {
    setError(null);
    try {
      const r = await api<Assignments>(`${url}/${encodeURIComponent(organisationId)}`, { method });
      setReply(r);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section data-testid="tie-assignments">
      <h3>{f.t('assignments.title')}</h3>
      <p className="muted small">{f.t('assignments.lead')}</p>
      {items && items.length === 0 && <p className="muted">{f.t('assignments.none')}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list">
          {items.map((a) => (
            <li key={a.organisation.id} data-testid="tie-assignment">
              <Link to={`/organisations/${encodeURIComponent(a.organisation.id)}`}>
                <NameText of={a.organisation} />
              </Link>{' '}
              <span className="tag">
                {f.t(`org.kinds.${a.organisation.kind}`, { defaultValue: a.organisation.kind })}
              </span>{' '}
              <span className="muted small">
                {f.t('assignments.by', { login: a.assignedBy, date: f.dateTime(a.assignedAt) })}
              </span>{' '}
              {manage && (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="tie-assignment-withdraw"
                  onClick={() => void change('DELETE', a.organisation.id)}
                >
                  {f.t('assignments.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && reply && <AssignForm assignments={reply} onAssign={(id) => void change('PUT', id)} />}
      {error !== null && <AssignmentProblem error={error} />}
    </section>
  );
}

function AssignForm({ assignments, onAssign }: { assignments: Assignments; onAssign: (id: string) => void }) {
  const f = useFormat();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const organisations = useGet<Reply<'/api/organisations'>>('/api/organisations?limit=1000');
  const taken = new Set(assignments.items.map((a) => a.organisation.id));
  const assignable = new Set<string>(assignments.assignableKinds);
  const options = (organisations.data?.items ?? [])
    .filter((o) => assignable.has(o.kind) && !taken.has(o.id))
    .sort(f.compareNames);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen) onAssign(chosen);
    setChosen('');
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid="tie-assign">
      <label htmlFor={selectId}>{f.t('assignments.choose')}</label>{' '}
      <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{f.t('assignments.pick')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {f.name(o)} · {f.t(`org.kinds.${o.kind}`, { defaultValue: o.kind })}
          </option>
        ))}
      </select>{' '}
      <button className="btn" type="submit" disabled={!chosen}>
        {f.t('assignments.assign')}
      </button>
      {organisations.data && options.length === 0 && (
        <p className="muted small">{f.t('assignments.noOrganisations')}</p>
      )}
    </form>
  );
}

function AssignmentProblem({ error }: { error: unknown }) {
  const f = useFormat();
  const { headline, detail } = problemText(f, error);
  return (
    <div className="notice warn" role="alert" data-testid="tie-assignment-problem">
      <p>
        <strong>{headline}</strong>
      </p>
      {detail && <p className="small break-words">{detail}</p>}
    </div>
  );
}
