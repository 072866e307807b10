/**
 * Data review: the questions about the ties of the curator's jurisdictions (conflicting sources, a partner
 * also held by a place of the same name, no signing date, unknown type), one tab each with its open total;
 * per tie, accept the shown value (a conflict) or the tie (a namesake), correct it in a small form,
 * withdraw a namesake's tie from public view with a reason, or dismiss the question. A decided question
 * leaves the list at once and its total drops; the page is then read again from the server.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { cachedGet, useAsync, type SourceDetail } from '../api';
import { SignInNotice } from '../components/Accounts';
import ConfirmButtons from '../components/ConfirmButtons';
import KeyedProblem from '../components/KeyedProblem';
import HeldBackNames from '../components/HeldBackNames';
import { Loading, PageTitle, Pager } from '../components/ui';
import { useFormat } from '../format';
import { useSession, type User } from '../session';
import {
  claimDate,
  decide,
  fieldOf,
  isTab,
  PAGE_SIZE,
  stewardshipErrorKey,
  TABS,
  TIE_STATUSES,
  TIE_TYPES,
  useReviewQueue,
  useStewardshipTotals,
  validSigningDate,
  type Decision,
  type DecisionInput,
  type Field,
  type Question,
  type StewardshipItem,
  type StewardshipPage,
  type Tab,
  type TieStatus,
  type TieType,
} from '../stewardship-api';

type Format = ReturnType<typeof useFormat>;

export default function Stewardship() {
  const f = useFormat();
  const session = useSession();
  const user = session.user;
  return (
    <div className="page stewardship-page">
      <PageTitle title={f.t('stewardship.title')} lead={f.t('stewardship.lead')} />
      {!session.ready ? (
        <Loading />
      ) : !user ? (
        <SignInNotice text={f.t('stewardship.signInFirst')} />
      ) : !session.can('registry.write') ? (
        <div className="notice warn" data-testid="stewardship-no-permission">
          <p>{f.t('stewardship.noPermission')}</p>
        </div>
      ) : (
        <Review user={user} />
      )}
    </div>
  );
}

/** A count the page lowered itself until the server's next answer (`of`) replaces it. */
interface Lowered<T> {
  of: T | undefined;
  by: Partial<Record<Tab, number>>;
}

function Review({ user }: { user: User }) {
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = params.get('question');
  const question: Tab = isTab(asked) ? asked : 'conflicting';
  const totals = useStewardshipTotals(user.id);
  const [lowered, setLowered] = useState<Lowered<typeof totals.data>>({ of: undefined, by: {} });
  const totalsRef = useRef(totals.data);
  totalsRef.current = totals.data;
  const [notice, setNotice] = useState<string | null>(null);

  const totalOf = (q: Tab): number | null => {
    if (!totals.data) return null;
    const by = lowered.of === totals.data ? (lowered.by[q] ?? 0) : 0;
    return Math.max(0, totals.data[q] - by);
  };

  const choose = (q: Tab) => {
    setNotice(null);
    setParams(q === 'conflicting' ? {} : { question: q }, { replace: true });
  };
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (i + step + TABS.length) % TABS.length;
    choose(TABS[next]);
    tabs.current[next]?.focus();
  };

  /** A question of the tab settled: its count drops at once, the notice says what was done. */
  const settled = (tab: Tab, text: string) => {
    const current = totalsRef.current;
    setLowered((l) => {
      const base = l.of === current ? l.by : {};
      return { of: current, by: { ...base, [tab]: (base[tab] ?? 0) + 1 } };
    });
    setNotice(text);
    totals.reload();
  };
  const onDecided = (item: StewardshipItem, decision: Decision) =>
    settled(item.question, f.t(`stewardship.done.${decision}`, { pair: pairName(f, item) }));

  return (
    <>
      <div
        className="tabs stewardship-tabs"
        role="tablist"
        aria-label={f.t('stewardship.tabs')}
        data-testid="stewardship-tabs"
      >
        {TABS.map((q, i) => {
          const total = totalOf(q);
          return (
            <button
              key={q}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`stewardship-tab-${q}`}
              aria-selected={question === q}
              aria-controls="stewardship-panel"
              tabIndex={question === q ? 0 : -1}
              className={question === q ? 'tab active' : 'tab'}
              onClick={() => choose(q)}
              onKeyDown={(e) => onTabKey(e, i)}
              data-testid={`stewardship-tab-${q}`}
            >
              <span>{f.t(`stewardship.questions.${q}`)}</span>
              <span
                className={`tab-count${total ? ' tab-count-open' : ''}`}
                data-testid={`stewardship-count-${q}`}
                aria-label={total === null ? undefined : f.t('stewardship.open', { count: total })}
              >
                {total === null ? (totals.error ? '—' : '…') : f.num(total)}
              </span>
            </button>
          );
        })}
      </div>
      <div
        id="stewardship-panel"
        role="tabpanel"
        aria-labelledby={`stewardship-tab-${question}`}
        className="card"
        data-question={question}
        data-testid="stewardship-panel"
      >
        <p className="muted stewardship-lead">{f.t(`stewardship.questionLeads.${question}`)}</p>
        {notice && (
          <div className="notice ok" role="status" data-testid="stewardship-notice">
            <p>{notice}</p>
          </div>
        )}
        {question === 'heldBack' ? (
          <HeldBackNames
            user={user}
            onDecided={(text) => settled('heldBack', text)}
            onStale={() => totals.reload()}
          />
        ) : (
          <Queue
            key={question}
            user={user}
            question={question}
            onDecided={onDecided}
            onStale={() => totals.reload()}
          />
        )}
      </div>
    </>
  );
}

type PlaceRef = StewardshipItem['placeA'];

/**
 * A place's name in the interface's language; a Chinese place of a namesake question in English with its
 * Chinese name too, since the English names are the same ("Taizhou (台州市)").
 */
function placeName(f: Format, place: PlaceRef, namesake: boolean): string {
  const name = f.name(place);
  return namesake && f.lang !== 'zh' && place.countryCode === 'CN' && place.nameZh
    ? `${name} (${place.nameZh})`
    : name;
}

/** "上海市—横滨": the Chinese side first. */
function pairName(f: Format, item: Pick<StewardshipItem, 'placeA' | 'placeB' | 'question'>): string {
  const [a, b] =
    item.placeB.countryCode === 'CN' && item.placeA.countryCode !== 'CN'
      ? [item.placeB, item.placeA]
      : [item.placeA, item.placeB];
  const namesake = item.question === 'namesake';
  return f.t('stewardship.pair', { a: placeName(f, a, namesake), b: placeName(f, b, namesake) });
}

function Queue({
  user,
  question,
  onDecided,
  onStale,
}: {
  user: User;
  question: Question;
  onDecided: (item: StewardshipItem, decision: Decision) => void;
  /** A question was settled elsewhere: the totals are read again too. */
  onStale: () => void;
}) {
  const f = useFormat();
  const { page, offset, setOffset, items, total, staleError, settled, stale } =
    useReviewQueue<StewardshipItem>(user.id, question, (i) => i.partnershipId, onStale);
  const titles = useChineseTitles(f.lang === 'zh' ? page.data : undefined);

  if (page.error && !page.data)
    return (
      <KeyedProblem
        error={page.error}
        retry={page.reload}
        keyOf={(e) => stewardshipErrorKey(e, question)}
        testId="stewardship-error"
      />
    );
  if (!page.data) return <Loading />;
  const done = (item: StewardshipItem, decision: Decision) => {
    settled(item);
    onDecided(item, decision);
  };

  return (
    <>
      <p className="small stewardship-total" data-testid="stewardship-total">
        {f.t('stewardship.open', { count: total })}
      </p>
      {staleError !== null && (
        <KeyedProblem
          error={staleError}
          testId="stewardship-stale"
          keyOf={(e) => stewardshipErrorKey(e, question)}
        />
      )}
      {items.length === 0 ? (
        <p className="state state-empty" data-testid="stewardship-empty">
          {f.t(`stewardship.empty.${question}`)}
        </p>
      ) : (
        <ul className="stewardship-list" aria-label={f.t('stewardship.list')} data-testid="stewardship-list">
          {items.map((item) => (
            <Entry key={item.partnershipId} item={item} titles={titles} onDone={done} onStale={stale} />
          ))}
        </ul>
      )}
      <Pager total={total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} />
    </>
  );
}

/**
 * The Chinese titles of the sources a page of conflicts cites (the queue names them in English), read
 * from each source's record once; a title without a Chinese one stays as the queue gives it.
 */
function useChineseTitles(data: StewardshipPage | undefined): ReadonlyMap<string, string> {
  const ids = [
    ...new Set((data?.items ?? []).flatMap((i) => i.conflict?.values.map((v) => v.sourceId) ?? [])),
  ].sort();
  const titles = useAsync(ids.length ? `source-titles:${ids.join('|')}` : null, async () => {
    const found = await Promise.allSettled(
      ids.map((id) => cachedGet<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`)),
    );
    const map = new Map<string, string>();
    for (const r of found)
      if (r.status === 'fulfilled' && r.value.titleZh) map.set(r.value.id, r.value.titleZh);
    return map;
  });
  return titles.data ?? NO_TITLES;
}
const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** A value of a field in words: a date at its precision, a type or a status by its label. */
function valueText(f: Format, field: Field, value: unknown): string {
  if (field === 'signed') {
    const d = claimDate(value);
    return d ? f.date(d.date, d.precision) : f.t('common.unknown');
  }
  if (typeof value !== 'string') return f.t('common.unknown');
  return f.t(`${field}.${value}`, { defaultValue: value });
}

/** The signing date as far as the item tells: at the shown claim's precision, otherwise the year. */
function signedText(f: Format, item: StewardshipItem): string {
  if (!item.signedOn) return f.t('stewardship.notSigned');
  const shown =
    item.conflict?.field === 'signed' ? claimDate(item.conflict.values.find((v) => v.chosen)?.value) : null;
  return f.t('stewardship.signedOn', {
    date: shown ? f.date(shown.date, shown.precision) : f.date(item.signedOn, 'year'),
  });
}

type Panel = Decision | null;

/** A decision's button in words: accepting or withdrawing a tie that may be on the wrong place says so. */
function actionKey(item: StewardshipItem, decision: Decision): string {
  if (item.distant && (decision === 'accept' || decision === 'withdraw'))
    return decision === 'accept' ? 'stewardship.distantAccept' : 'stewardship.distantWithdraw';
  if (item.namesake && decision === 'accept') return 'stewardship.namesakeAccept';
  return `stewardship.actions.${decision}`;
}

function Entry({
  item,
  titles,
  onDone,
  onStale,
}: {
  item: StewardshipItem;
  /** Chinese titles of the cited sources, by id (in the Chinese interface). */
  titles: ReadonlyMap<string, string>;
  onDone: (item: StewardshipItem, decision: Decision) => void;
  onStale: (error: unknown) => void;
}) {
  const f = useFormat();
  const formId = `steward${useId().replace(/:/g, '')}`;
  const field = fieldOf(item);
  const [panel, setPanel] = useState<Panel>(null);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = item.conflict;
  const namesake = item.namesake;
  const distant = item.distant;
  const chosen = conflict?.values.find((v) => v.chosen);

  const open = (p: Panel) => {
    setPanel((cur) => (cur === p ? null : p));
    setInvalid(null);
    setError(null);
  };

  const send = async (decision: Decision) => {
    const input: DecisionInput = {
      question: item.question,
      partnershipId: item.partnershipId,
      decision,
    };
    if (decision === 'correct') {
      const text = value.trim();
      if (field === 'signed' ? !validSigningDate(text) : !text) {
        setInvalid(field === 'signed' ? f.t('stewardship.signedInvalid') : f.t('stewardship.valueMissing'));
        document.getElementById(`${formId}-value`)?.focus();
        return;
      }
      input.values =
        field === 'signed'
          ? { signed: text }
          : field === 'type'
            ? { type: text as TieType }
            : { status: text as TieStatus };
    }
    if (decision === 'withdraw' && !note.trim()) {
      setInvalid(f.t('stewardship.noteMissing'));
      document.getElementById(`${formId}-note`)?.focus();
      return;
    }
    if (note.trim()) input.note = note.trim();
    setBusy(true);
    setError(null);
    try {
      await decide(input);
      onDone(item, decision);
    } catch (err) {
      setBusy(false);
      // The conflict was settled elsewhere: the list is read again and says why above.
      if (stewardshipErrorKey(err, item.question) === 'stewardship.errors.gone') onStale(err);
      else setError(err);
    }
  };
  const submit = (decision: Decision) => (e: FormEvent) => {
    e.preventDefault();
    void send(decision);
  };

  const pair = pairName(f, item);
  // A withdrawal takes public data out of view: its reason is required.
  const noteRequired = panel === 'withdraw';
  const noteInvalid = noteRequired && invalid !== null;
  const noteField = (
    <div className={noteInvalid ? 'field field-error' : 'field'}>
      <label htmlFor={`${formId}-note`} className="field-label">
        {f.t(noteRequired ? 'stewardship.withdrawNote' : 'stewardship.note')}
      </label>
      <textarea
        id={`${formId}-note`}
        rows={2}
        maxLength={2000}
        value={note}
        required={noteRequired}
        aria-invalid={noteInvalid || undefined}
        aria-describedby={`${formId}-note-hint`}
        onChange={(e) => {
          setNote(e.target.value);
          if (noteInvalid) setInvalid(null);
        }}
        data-testid="stewardship-note"
      />
      <p id={`${formId}-note-hint`} className={noteInvalid ? 'error-text' : 'muted small'}>
        {noteInvalid ? invalid : f.t(noteRequired ? 'stewardship.withdrawNoteHint' : 'stewardship.noteHint')}
      </p>
    </div>
  );
  const buttons = (decision: Decision, danger = false) => (
    <ConfirmButtons
      label={f.t(`stewardship.confirm.${decision}`)}
      busy={busy}
      primary={!danger}
      onCancel={() => setPanel(null)}
    />
  );

  return (
    <li
      className="stewardship-item"
      data-testid="stewardship-item"
      data-id={item.partnershipId}
      aria-labelledby={`${formId}-title`}
    >
      <div className="stewardship-head">
        <Link
          id={`${formId}-title`}
          to={`/partnership/${encodeURIComponent(item.partnershipId)}`}
          className="strong"
          data-testid="stewardship-pair"
        >
          {pair}
        </Link>
        <span className={`tag type-${item.type}`}>{f.t(`type.${item.type}`)}</span>
        <span className="tag">{f.t(`status.${item.status}`, { defaultValue: item.status })}</span>
        <span className="muted small stewardship-signed">{signedText(f, item)}</span>
      </div>

      {conflict && (
        <div className="stewardship-conflict" data-field={conflict.field}>
          <p className="small">
            {f.t('stewardship.disagree', {
              field: f.t(`stewardship.fields.${field}`),
            })}
          </p>
          <ul className="claim-values" data-testid="stewardship-claims">
            {conflict.values.map((v, i) => (
              <li
                key={`${v.sourceId}-${i}`}
                className={v.chosen ? 'claim-value claim-chosen' : 'claim-value'}
                data-chosen={v.chosen}
                data-source={v.sourceId}
              >
                <span className="claim-says">
                  <span className="sr-only">{f.t('stewardship.says')}: </span>
                  <strong data-testid="claim-value">{valueText(f, field, v.value)}</strong>
                </span>
                <span className={v.chosen ? 'tag tag-ok' : 'tag'} data-testid="claim-shown">
                  {v.chosen ? f.t('stewardship.shown') : f.t('stewardship.notShown')}
                </span>
                <span className="claim-source small">
                  <span className="sr-only">{f.t('stewardship.source')}: </span>
                  <Link
                    to={`/sources/${encodeURIComponent(v.sourceId)}`}
                    className="source-title"
                    data-testid="claim-source"
                  >
                    {titles.get(v.sourceId) ?? v.sourceTitle}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {distant && (
        <p className="small stewardship-distant" data-testid="stewardship-distant">
          {f.t('stewardship.listedAt', {
            name: distant.listedName,
            country: distant.listedCountry,
            // Not `lng`, which i18next reads as the language to translate into.
            latitude: f.t(distant.lat < 0 ? 'stewardship.south' : 'stewardship.north', {
              value: f.num(Math.abs(distant.lat), 2),
            }),
            longitude: f.t(distant.lng < 0 ? 'stewardship.west' : 'stewardship.east', {
              value: f.num(Math.abs(distant.lng), 2),
            }),
            km: f.num(distant.km),
            place: placeName(f, distant.placeId === item.placeA.id ? item.placeA : item.placeB, false),
          })}
        </p>
      )}
      {namesake && (
        <p className="small stewardship-namesake" data-testid="stewardship-namesake">
          {f.t('stewardship.alsoHeld', { place: placeName(f, namesake.place, true) })}
          {/* Chinese sentences follow one another without a space. */}
          {f.lang === 'zh' ? '' : ' '}
          <Link to={`/partnership/${encodeURIComponent(namesake.partnershipId)}`}>
            {f.t('stewardship.viewOther')}
          </Link>
        </p>
      )}

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
            {f.t(actionKey(item, decision))}
          </button>
        ))}
      </div>

      {panel === 'accept' && (
        <form className="step-panel" onSubmit={submit('accept')} data-testid="stewardship-panel-accept">
          <p>
            {distant
              ? f.t('stewardship.distantAcceptText')
              : namesake
                ? f.t('stewardship.acceptTieText')
                : f.t('stewardship.acceptText', {
                    value: chosen ? valueText(f, field, chosen.value) : f.t('common.unknown'),
                    field: f.t(`stewardship.fields.${field}`),
                  })}
          </p>
          {noteField}
          {buttons('accept')}
        </form>
      )}

      {panel === 'correct' && (
        <form
          className="step-panel"
          onSubmit={submit('correct')}
          noValidate
          data-testid="stewardship-panel-correct"
        >
          <div className={invalid ? 'field field-error' : 'field'}>
            <label htmlFor={`${formId}-value`} className="field-label">
              {f.t(`stewardship.correction.${field}`)}
            </label>
            {field === 'signed' ? (
              <input
                id={`${formId}-value`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                placeholder="1973-11-30"
                maxLength={10}
                value={value}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={`${formId}-value-hint`}
                onChange={(e) => {
                  setValue(e.target.value);
                  if (invalid) setInvalid(null);
                }}
                data-testid="stewardship-value"
              />
            ) : (
              <select
                id={`${formId}-value`}
                value={value}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={`${formId}-value-hint`}
                onChange={(e) => {
                  setValue(e.target.value);
                  if (invalid) setInvalid(null);
                }}
                data-testid="stewardship-value"
              >
                <option value="">{f.t('stewardship.choose')}</option>
                {(field === 'type'
                  ? TIE_TYPES.filter((t) => item.question !== 'untyped' || t !== 'unknown')
                  : TIE_STATUSES
                ).map((v) => (
                  <option key={v} value={v}>
                    {f.t(`${field}.${v}`)}
                  </option>
                ))}
              </select>
            )}
            <p id={`${formId}-value-hint`} className={invalid ? 'error-text' : 'muted small'}>
              {invalid ?? (field === 'signed' ? f.t('stewardship.signedHint') : '\u00a0')}
            </p>
          </div>
          {noteField}
          {buttons('correct')}
        </form>
      )}

      {panel === 'withdraw' && (
        <form
          className="step-panel"
          onSubmit={submit('withdraw')}
          noValidate
          data-testid="stewardship-panel-withdraw"
        >
          <p>{f.t('stewardship.withdrawText')}</p>
          {noteField}
          {buttons('withdraw', true)}
        </form>
      )}

      {panel === 'dismiss' && (
        <form className="step-panel" onSubmit={submit('dismiss')} data-testid="stewardship-panel-dismiss">
          <p>{f.t('stewardship.dismissText')}</p>
          {noteField}
          {buttons('dismiss', true)}
        </form>
      )}

      {error !== null && (
        <KeyedProblem
          error={error}
          keyOf={(e) => stewardshipErrorKey(e, item.question)}
          testId="stewardship-error"
        />
      )}
    </li>
  );
}
