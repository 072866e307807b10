/**
 * What a place seeks from partners and what it offers them, by field: the needs and offers the partner
 * recommendations weigh ("they offer education, which you seek"). Shown to everyone where recorded; the
 * office whose jurisdiction holds the place records and removes them here.
 */
import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, clearCache, useAsync, useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { writeAccess } from '../lifecycle-api';
import { PROBLEM_TYPES } from '../generated/entities';
import { useSession } from '../session';
import { ProblemNotice } from './Accounts';
import { RecordedText } from './RecordedText';

type NeedsOffersReply = Reply<'/api/places/{id}/needs-offers'>;
type Direction = 'need' | 'offer';
const DIRECTIONS: Direction[] = ['need', 'offer'];

export function NeedsOffers({ placeId }: { placeId: string }) {
  const f = useFormat();
  const session = useSession();
  const url = `/api/places/${encodeURIComponent(placeId)}/needs-offers`;
  const fetched = useGet<NeedsOffersReply>(url);
  const [saved, setSaved] = useState<NeedsOffersReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const data = saved?.placeId === placeId ? saved : fetched.data;
  // The form is offered only where the server would take the write: the place lies in one of the
  // user's jurisdictions (an editor elsewhere is told why there is none).
  const access = useAsync(
    session.can('registry.write') ? `needs-offers-access:${placeId}:${session.user?.login ?? ''}` : null,
    () => writeAccess(`${url}/access`),
  );
  const manage = access.data?.allowed === true;
  const outside = access.data?.refusal?.problem?.type === PROBLEM_TYPES.outsideJurisdiction;
  if (!data || (data.items.length === 0 && !manage)) return null;

  const fieldLabel = (field: string) => {
    const known = data.fields.find((x) => x.field === field);
    return known ? (f.lang === 'zh' ? known.zh : known.en) : field.replace(/_/g, ' ');
  };

  /** One write at a time; true when it was taken. */
  async function change(request: () => Promise<unknown>, doneText: string): Promise<boolean> {
    setError(null);
    setDone('');
    setBusy(true);
    try {
      await request();
      // The candidates' explanations read them: nothing cached may keep the old ones.
      clearCache();
      setSaved(await api<NeedsOffersReply>(url));
      setDone(doneText);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      className="card"
      id="needs-offers"
      aria-labelledby="needs-offers-title"
      data-testid="needs-offers"
    >
      <div className="card-head">
        <h2 id="needs-offers-title">{f.t('needsOffers.title')}</h2>
      </div>
      <p className="muted small">{f.t('needsOffers.lead')}</p>
      <div className="grid-2">
        {DIRECTIONS.map((direction) => {
          const items = data.items.filter((i) => i.direction === direction);
          return (
            <div key={direction} data-testid={`needs-offers-${direction}`}>
              <h3>{f.t(`needsOffers.${direction}`)}</h3>
              {items.length === 0 ? (
                <p className="muted">{f.t('needsOffers.none')}</p>
              ) : (
                <ul className="plain-list">
                  {items.map((i) => (
                    <li key={i.field}>
                      <strong>{fieldLabel(i.field)}</strong>
                      {i.note && (
                        <>
                          {' '}
                          <span className="muted">
                            <RecordedText text={i.note} />
                          </span>
                        </>
                      )}
                      {manage && (
                        <>
                          {' '}
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={busy}
                            aria-label={f.t('needsOffers.removeOne', { field: fieldLabel(i.field) })}
                            onClick={() =>
                              void change(
                                () =>
                                  api(`${url}?direction=${direction}&field=${encodeURIComponent(i.field)}`, {
                                    method: 'DELETE',
                                  }),
                                f.t('needsOffers.removed', { field: fieldLabel(i.field) }),
                              )
                            }
                          >
                            {f.t('needsOffers.remove')}
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {outside && (
        <p className="muted small" data-testid="needs-offers-refused">
          {f.t('needsOffers.outside')}
        </p>
      )}
      {manage && (
        <NeedOfferForm
          fields={data.fields}
          recorded={data.items}
          busy={busy}
          onAdd={(item) =>
            change(
              () => api(url, { method: 'POST', body: JSON.stringify(item) }),
              f.t('needsOffers.added', { field: fieldLabel(item.field) }),
            )
          }
        />
      )}
      <p className="sr-only" role="status">
        {done}
      </p>
      {error !== null && <NeedsOffersProblem error={error} />}
    </section>
  );
}

function NeedOfferForm({
  fields,
  recorded,
  busy,
  onAdd,
}: {
  fields: NeedsOffersReply['fields'];
  recorded: NeedsOffersReply['items'];
  busy: boolean;
  onAdd: (item: { direction: Direction; field: string; note?: string }) => Promise<boolean>;
}) {
  const f = useFormat();
  const id = useId();
  const [direction, setDirection] = useState<Direction>('need');
  const [field, setField] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const label = (x: NeedsOffersReply['fields'][number]) => (f.lang === 'zh' ? x.zh : x.en);
  // A field already recorded in this direction is not offered again (adding it would replace its note).
  const taken = new Set(recorded.filter((r) => r.direction === direction).map((r) => r.field));
  const options = fields.filter((x) => !taken.has(x.field)).sort((a, b) => f.compareText(label(a), label(b)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!field) {
      setMissing(true);
      return;
    }
    setMissing(false);
    // Cleared only once the server has taken it: a refused entry stays to be corrected.
    if (await onAdd({ direction, field, note: note.trim() || undefined })) {
      setField('');
      setNote('');
    }
  }

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="needs-offers-form" noValidate>
      <label htmlFor={`${id}-direction`}>{f.t('needsOffers.direction')}</label>{' '}
      <select
        id={`${id}-direction`}
        value={direction}
        onChange={(e) => setDirection(e.target.value as Direction)}
      >
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {f.t(`needsOffers.${d}`)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-field`}>{f.t('needsOffers.field')}</label>{' '}
      <select
        id={`${id}-field`}
        value={field}
        onChange={(e) => setField(e.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
      >
        <option value="">{f.t('needsOffers.pickField')}</option>
        {options.map((x) => (
          <option key={x.field} value={x.field}>
            {label(x)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-note`}>{f.t('needsOffers.note')}</label>{' '}
      <input id={`${id}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />{' '}
      <button type="submit" className="btn" disabled={busy}>
        {f.t('needsOffers.add')}
      </button>
      {missing && (
        <p className="error-text" role="alert" id={`${id}-missing`}>
          {f.t('needsOffers.fieldMissing')}
        </p>
      )}
    </form>
  );
}

/** A refusal in the user's language: outside the user's jurisdictions, or what the server said. */
function NeedsOffersProblem({ error }: { error: unknown }) {
  const f = useFormat();
  if (
    error instanceof ApiError &&
    error.status === 403 &&
    error.problem?.type === PROBLEM_TYPES.outsideJurisdiction
  )
    return (
      <p className="notice warn" role="alert" data-testid="needs-offers-error">
        {f.t('needsOffers.outside')}
      </p>
    );
  return <ProblemNotice error={error} testId="needs-offers-error" />;
}
