/**
 * Data review, names held back: a twin-city list's row whose one side the resolver placed in the
 * curator's jurisdiction while it could not place the other (no place bears the name, or several do).
 * The curator names the place meant, among the resolver's candidates or by search in the list's country,
 * and each row becomes a tie citing its list and the curator; or dismisses a name that is no place.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api';
import { PROBLEM_TYPES } from '../generated/entities';
import PlaceSearch from './PlaceSearch';
import ConfirmButtons from './ConfirmButtons';
import KeyedProblem from './KeyedProblem';
import { Loading, Pager } from './ui';
import { useFormat } from '../format';
import type { User } from '../session';
import {
  decideHeldBack,
  useReviewQueue,
  PAGE_SIZE,
  type HeldBackDecision,
  type HeldBackInput,
  type HeldBackItem,
} from '../stewardship-api';

type Format = ReturnType<typeof useFormat>;

const keyOf = (item: Pick<HeldBackItem, 'name' | 'country'>) => `${item.name}\u0000${item.country}`;

/**
 * The key of a message in the user's language for a refusal of a decision on a held-back name: by the
 * status and the field the server names; null when the page does not know it.
 */
export function heldBackErrorKey(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const fields = (error.problem?.errors ?? []).map((e) => e.field);
  switch (error.status) {
    case 401:
      return 'stewardship.errors.signedOut';
    case 403:
      if (error.problem?.type === PROBLEM_TYPES.notPermitted) return 'stewardship.noPermission';
      if (error.problem?.type === PROBLEM_TYPES.outsideJurisdiction)
        return 'stewardship.heldBack.errors.outside';
      return 'stewardship.errors.forbidden';
    case 404:
      return 'stewardship.heldBack.errors.gone';
    case 422:
      if (fields.includes('note')) return 'stewardship.heldBack.errors.elsewhere';
      return fields.includes('placeId') ? 'stewardship.heldBack.errors.place' : null;
    default:
      return null;
  }
}

/** The country of a held-back name in the user's language; the list's own words when it named none known. */
function countryText(f: Format, item: HeldBackItem): string {
  if (!item.countryCode) return item.country;
  try {
    return (
      new Intl.DisplayNames([f.lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(item.countryCode) ??
      item.country
    );
  } catch {
    return item.country;
  }
}

export default function HeldBackNames({
  user,
  onDecided,
  onStale,
}: {
  user: User;
  /** A name settled: what the notice above the list says. */
  onDecided: (text: string) => void;
  /** A name was settled elsewhere: the totals are read again too. */
  onStale: () => void;
}) {
  const f = useFormat();
  const { page, offset, setOffset, items, total, staleError, settled, stale } = useReviewQueue<HeldBackItem>(
    user.id,
    'heldBack',
    keyOf,
    onStale,
  );

  if (page.error && !page.data)
    return (
      <KeyedProblem
        error={page.error}
        retry={page.reload}
        keyOf={heldBackErrorKey}
        testId="stewardship-error"
      />
    );
  if (!page.data) return <Loading />;
  /** Some rows of a name may stay open (a correction of some of them): then the name stays listed. */
  const done = (item: HeldBackItem, text: string, rows: number) => {
    if (rows >= item.rows.length) settled(item);
    else page.reload();
    onDecided(text);
  };

  return (
    <>
      <p className="small stewardship-total" data-testid="stewardship-total">
        {f.t('stewardship.open', { count: total })}
      </p>
      {staleError !== null && (
        <KeyedProblem error={staleError} testId="stewardship-stale" keyOf={heldBackErrorKey} />
      )}
      {items.length === 0 ? (
        <p className="state state-empty" data-testid="stewardship-empty">
          {f.t('stewardship.empty.heldBack')}
        </p>
      ) : (
        <ul
          className="stewardship-list"
          aria-label={f.t('stewardship.heldBack.list')}
          data-testid="stewardship-list"
        >
          {items.map((item) => (
            <HeldBackEntry key={keyOf(item)} item={item} onDone={done} onStale={stale} />
          ))}
        </ul>
      )}
      <Pager total={total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} />
    </>
  );
}

/** The place a correction names: one of the candidates, or one found by search. */
interface Chosen {
  id: string;
  label: string;
  countryCode: string;
}

function HeldBackEntry({
  item,
  onDone,
  onStale,
}: {
  item: HeldBackItem;
  onDone: (item: HeldBackItem, text: string, rows: number) => void;
  onStale: (error: unknown) => void;
}) {
  const f = useFormat();
  const formId = `heldback${useId().replace(/:/g, '')}`;
  const [panel, setPanel] = useState<HeldBackDecision | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [everywhere, setEverywhere] = useState(!item.countryCode);
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [noteInvalid, setNoteInvalid] = useState(false);
  // The rows a correction settles: all by default; an ambiguous name may mean another place in some.
  const rowKey = (r: HeldBackItem['rows'][number]) => `${r.sourceId}\u0000${r.locator}`;
  const [unticked, setUnticked] = useState<string[]>([]);
  const ticked = item.rows.filter((r) => !unticked.includes(rowKey(r)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const country = countryText(f, item);
  // A place outside the list's country is taken with a note saying why (the list's country may be wrong).
  const elsewhere =
    panel === 'correct' && !!chosen && !!item.countryCode && chosen.countryCode !== item.countryCode;
  const choose = (place: Chosen) => {
    setChosen(place);
    setInvalid(false);
    setNoteInvalid(false);
  };

  /** A row by its side placed and its row in the list (two rows may name one partner). */
  const rowLabel = (r: HeldBackItem['rows'][number]) => {
    const line = /(\d+)$/.exec(r.locator)?.[1];
    return line ? f.t('stewardship.heldBack.row', { partner: f.name(r.partner), line }) : f.name(r.partner);
  };
  /** Where a candidate lies, which tells apart namesakes of no known parent (Kansas City, Kansas City). */
  const pointText = (c: HeldBackItem['candidates'][number]) =>
    c.lat === null || c.lng === null
      ? ''
      : [
          f.t(c.lat < 0 ? 'stewardship.south' : 'stewardship.north', { value: f.num(Math.abs(c.lat), 2) }),
          f.t(c.lng < 0 ? 'stewardship.west' : 'stewardship.east', { value: f.num(Math.abs(c.lng), 2) }),
        ].join(f.t('stewardship.heldBack.separator'));
  const candidateLabel = (c: HeldBackItem['candidates'][number]) => {
    const parent = c.parent ? f.name(c.parent) : null;
    // 黑龙江省伊春市, as China writes its places; 堪萨斯城（Missouri） abroad.
    const key = c.countryCode === 'CN' ? 'stewardship.heldBack.within' : 'stewardship.heldBack.withinAbroad';
    return parent ? f.t(key, { place: f.name(c), parent }) : f.name(c);
  };

  const open = (p: HeldBackDecision) => {
    setPanel((cur) => (cur === p ? null : p));
    setInvalid(false);
    setNoteInvalid(false);
    setError(null);
  };

  const send = async (decision: HeldBackDecision) => {
    if (decision === 'correct' && !chosen) {
      setInvalid(true);
      document.getElementById(`${formId}-place`)?.focus();
      return;
    }
    if (decision === 'correct' && ticked.length === 0) {
      setInvalid(true);
      return;
    }
    if (decision === 'correct' && elsewhere && !note.trim()) {
      setNoteInvalid(true);
      document.getElementById(`${formId}-note`)?.focus();
      return;
    }
    const input: HeldBackInput = { name: item.name, country: item.country, decision };
    if (decision === 'correct' && chosen) input.placeId = chosen.id;
    if (decision === 'correct' && ticked.length < item.rows.length)
      input.rows = ticked.map((r) => ({ sourceId: r.sourceId, locator: r.locator }));
    if (note.trim()) input.note = note.trim();
    setBusy(true);
    setError(null);
    try {
      const outcome = await decideHeldBack(input);
      const text =
        decision === 'correct'
          ? `${f.t('stewardship.heldBack.done.correct', {
              name: item.name,
              place: chosen!.label,
              count: outcome.partnershipIds.length,
            })}${outcome.aliasAdded ? f.t('stewardship.heldBack.done.learned') : ''}`
          : f.t('stewardship.heldBack.done.dismiss', { name: item.name });
      onDone(item, text, outcome.rows);
    } catch (err) {
      setBusy(false);
      // Settled elsewhere meanwhile: the list is read again and says why above.
      if (err instanceof ApiError && (err.status === 404 || err.status === 409)) onStale(err);
      else setError(err);
    }
  };
  const submit = (decision: HeldBackDecision) => (e: FormEvent) => {
    e.preventDefault();
    void send(decision);
  };

  const noteField = (
    <div className={noteInvalid ? 'field field-error' : 'field'}>
      <label htmlFor={`${formId}-note`} className="field-label">
        {elsewhere ? f.t('stewardship.heldBack.elsewhereNote', { country }) : f.t('stewardship.note')}
      </label>
      <textarea
        id={`${formId}-note`}
        rows={2}
        maxLength={2000}
        value={note}
        required={elsewhere}
        aria-invalid={noteInvalid || undefined}
        aria-describedby={`${formId}-note-hint`}
        onChange={(e) => {
          setNote(e.target.value);
          setNoteInvalid(false);
        }}
        data-testid="stewardship-note"
      />
      <p id={`${formId}-note-hint`} className={noteInvalid ? 'error-text' : 'muted small'}>
        {noteInvalid
          ? f.t('stewardship.heldBack.elsewhereNoteMissing', { country })
          : f.t('stewardship.heldBack.noteHint')}
      </p>
    </div>
  );
  const buttons = (decision: HeldBackDecision) => (
    <ConfirmButtons
      label={f.t(`stewardship.heldBack.confirm.${decision}`)}
      busy={busy}
      primary={decision === 'correct'}
      onCancel={() => setPanel(null)}
    />
  );

  return (
    <li
      className="stewardship-item"
      data-testid="stewardship-item"
      data-name={item.name}
      aria-labelledby={`${formId}-title`}
    >
      <div className="stewardship-head">
        <strong id={`${formId}-title`} data-testid="held-back-name">
          {/* The name as the list writes it: data, in no language of the interface. */}
          <span translate="no">{item.name}</span>
          {f.t('stewardship.heldBack.inCountry', { country })}
        </strong>
        <span className="tag" data-testid="held-back-status">
          {f.t(`stewardship.heldBack.status.${item.status}`)}
        </span>
      </div>
      <p className="small" data-testid="held-back-partners">
        {f.t('stewardship.heldBack.listedWith', { count: item.rows.length })}
        {item.rows.map((r, i) => (
          <span key={`${r.sourceId}-${r.locator}`}>
            {i > 0 && f.t('stewardship.heldBack.separator')}
            <Link to={`/place/${encodeURIComponent(r.partner.id)}`}>{f.name(r.partner)}</Link>
          </span>
        ))}
      </p>
      {f.lang !== 'zh' && <p className="muted small held-back-reason">{item.reason}</p>}

      <div className="actions stewardship-actions">
        {item.decisions.map((decision, i) => (
          <button
            key={decision}
            type="button"
            className={i === 0 ? 'btn btn-primary' : 'btn'}
            aria-expanded={panel === decision}
            disabled={busy}
            onClick={() => open(decision)}
            data-testid={`stewardship-${decision}`}
          >
            {f.t(`stewardship.heldBack.actions.${decision}`)}
          </button>
        ))}
      </div>

      {panel === 'correct' && (
        <form
          className="step-panel"
          onSubmit={submit('correct')}
          noValidate
          data-testid="stewardship-panel-correct"
        >
          <fieldset className={invalid ? 'field field-error held-back-places' : 'field held-back-places'}>
            <legend className="field-label">{f.t('stewardship.heldBack.which', { name: item.name })}</legend>
            {item.candidates.map((c) => (
              <label key={c.id} className="radio-row" data-testid="held-back-candidate">
                <input
                  type="radio"
                  name={`${formId}-candidate`}
                  value={c.id}
                  checked={chosen?.id === c.id}
                  onChange={() => choose({ id: c.id, label: f.name(c), countryCode: c.countryCode })}
                />{' '}
                <Link to={`/place/${encodeURIComponent(c.id)}`} target="_blank" rel="noopener">
                  {candidateLabel(c)}
                </Link>
                <span className="tag">{f.t(`kind.${c.kind}`, { defaultValue: '' })}</span>
                <span className="muted small">{pointText(c)}</span>
              </label>
            ))}
            <PlaceSearch
              key={everywhere ? 'everywhere' : 'country'}
              label={f.t(
                everywhere
                  ? 'stewardship.heldBack.searchEverywhere'
                  : item.candidates.length
                    ? 'stewardship.heldBack.searchOther'
                    : 'stewardship.heldBack.search',
                { country },
              )}
              inputId={`${formId}-place`}
              withPartnerships={false}
              country={everywhere ? undefined : (item.countryCode ?? undefined)}
              invalid={invalid}
              describedBy={`${formId}-place-hint`}
              testId="held-back-search"
              onSelect={(p) => choose({ id: p.id, label: f.name(p), countryCode: p.countryCode })}
            />
            {item.countryCode && (
              <label className="radio-row small">
                <input
                  type="checkbox"
                  checked={everywhere}
                  onChange={(e) => setEverywhere(e.target.checked)}
                  data-testid="held-back-everywhere"
                />{' '}
                {f.t('stewardship.heldBack.everywhere', { country })}
              </label>
            )}
            <p
              id={`${formId}-place-hint`}
              className={invalid ? 'error-text' : 'muted small'}
              data-testid="held-back-chosen"
            >
              {invalid
                ? f.t(chosen ? 'stewardship.heldBack.rowsMissing' : 'stewardship.heldBack.placeMissing')
                : chosen
                  ? f.t('stewardship.heldBack.chosen', { place: chosen.label })
                  : f.t('stewardship.heldBack.placeHint')}
            </p>
          </fieldset>
          {item.rows.length > 1 && (
            <fieldset className="held-back-places" data-testid="held-back-rows">
              <legend>{f.t('stewardship.heldBack.rowsLegend', { name: item.name })}</legend>
              {item.rows.map((r) => (
                <label key={rowKey(r)} className="radio-row">
                  <input
                    type="checkbox"
                    checked={!unticked.includes(rowKey(r))}
                    onChange={(e) => {
                      const key = rowKey(r);
                      setUnticked((u) => (e.target.checked ? u.filter((k) => k !== key) : [...u, key]));
                      setInvalid(false);
                    }}
                  />{' '}
                  {rowLabel(r)}
                </label>
              ))}
            </fieldset>
          )}
          <p className="small">
            {f.t(
              item.status === 'unresolved'
                ? 'stewardship.heldBack.correctText'
                : 'stewardship.heldBack.correctAmbiguousText',
              { count: ticked.length, name: item.name },
            )}
          </p>
          {noteField}
          {buttons('correct')}
        </form>
      )}

      {panel === 'dismiss' && (
        <form className="step-panel" onSubmit={submit('dismiss')} data-testid="stewardship-panel-dismiss">
          <p>{f.t('stewardship.heldBack.dismissText')}</p>
          {noteField}
          {buttons('dismiss')}
        </form>
      )}

      {error !== null && <KeyedProblem error={error} keyOf={heldBackErrorKey} testId="stewardship-error" />}
    </li>
  );
}
