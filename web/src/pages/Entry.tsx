import { useState, type FormEvent, type ReactNode } from 'react';
import { reasonText } from '../reasons';
import { Link, useSearchParams } from 'react-router-dom';
import {
  api,
  ApiError,
  clearCache,
  useGet,
  type PlaceSearchItem,
  type Reply,
  type RequestBody,
} from '../api';
import { GrantList, SignInNotice } from '../components/Accounts';
import PlaceSearch from '../components/PlaceSearch';
import { NameText, PageTitle } from '../components/ui';
import { useFormat } from '../format';
import { useSession, type Action } from '../session';
import {
  pathsApiEventsPostRequestBodyContentApplicationJsonKindValues as EVENT_KINDS,
  pathsApiPartnershipsPostRequestBodyContentApplicationJsonLevelValues as LEVELS,
  pathsApiPartnershipsPostRequestBodyContentApplicationJsonStatusValues as STATUSES,
  pathsApiPartnershipsPostRequestBodyContentApplicationJsonTypeValues as TYPES,
  pathsApiProjectsPostRequestBodyContentApplicationJsonDomainValues as DOMAINS,
  pathsApiProjectsPostRequestBodyContentApplicationJsonStatusValues as PROJECT_STATUSES,
} from '../generated/api';

type EntryPath = '/api/partnerships' | '/api/events' | '/api/projects';
type PartnershipBody = RequestBody<'/api/partnerships'>;
type ProjectBody = RequestBody<'/api/projects'>;

const KINDS = ['partnership', 'event', 'project', 'succession'] as const;
type Kind = (typeof KINDS)[number];

/** The API names fields like `body.sources.0.source.title`; the forms name them shorter. */
const FIELD_ALIASES: Record<string, string> = {
  'source.source.title': 'sourceTitle',
  'source.source.url': 'sourceUrl',
  'source.locator': 'sourceLocator',
  source: 'sourceTitle',
  successorId: 'successor',
  on: 'effective',
  'sources.0.source.title': 'sourceTitle',
  'sources.0.source.url': 'sourceUrl',
  'sources.0.locator': 'sourceLocator',
  sources: 'sourceTitle',
  'sources.0': 'sourceTitle',
  placeIds: 'place',
  'placeIds.0': 'place',
  placeId: 'place',
};
function formField(apiField: string): string {
  const bare = apiField.replace(/^body\./, '');
  return FIELD_ALIASES[bare] ?? bare;
}

interface SubmitState {
  busy: boolean;
  errors: Record<string, string>;
  general: string | null;
  created: string | null;
}

function useSubmit<P extends EntryPath>(path: P) {
  const post = usePost<RequestBody<P>>();
  return { ...post, submit: (body: RequestBody<P>) => post.submit(path, body) };
}

/** Posts a record to `path` and keeps the outcome: the new id, or the refusal by field in the user's language. */
function usePost<B>() {
  const f = useFormat();
  const [state, setState] = useState<SubmitState>({ busy: false, errors: {}, general: null, created: null });
  const submit = async (path: string, body: B) => {
    setState({ busy: true, errors: {}, general: null, created: null });
    try {
      const res = await api<{ id: string }>(path, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      clearCache();
      setState({ busy: false, errors: {}, general: null, created: res.id });
    } catch (e) {
      const errors: Record<string, string> = {};
      let general: string;
      if (e instanceof ApiError) {
        const unplaced: string[] = [];
        for (const err of e.problem?.errors ?? []) {
          const field = formField(err.field);
          const reason = reasonText(f.lang, err.reason);
          errors[field] = errors[field] ? `${errors[field]}; ${reason}` : reason;
          unplaced.push(`${field}: ${reason}`);
        }
        general =
          e.status === 401
            ? f.t('entry.signedOut')
            : e.status === 403
              ? `${f.t('entry.forbidden')} ${e.problem?.detail ?? ''}`
              : e.status === 422 || e.status === 400
                ? f.t('entry.invalid')
                : (e.problem?.detail ?? e.problem?.title ?? e.message);
      } else general = (e as Error).message;
      setState({ busy: false, errors, general, created: null });
    }
  };
  return { ...state, submit };
}

function Field({
  name,
  label,
  error,
  children,
  hint,
}: {
  name: string;
  label: string;
  error?: string;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
  hint?: string;
}) {
  const id = `field-${name}`;
  const describedBy =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-error' : 'field'} data-field={name}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A data-entry form: the outcome of the last submission, the fields, and the save button. */
function EntryForm({
  testId,
  label,
  state,
  link,
  onSubmit,
  after,
  children,
}: {
  testId: string;
  label: string;
  state: SubmitState;
  link: (id: string) => string;
  onSubmit: (e: FormEvent) => void;
  after?: ReactNode;
  children: ReactNode;
}) {
  const f = useFormat();
  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate data-testid={testId} aria-label={label}>
      <Outcome state={state} link={link} />
      {children}
      <button type="submit" className="btn btn-primary" disabled={state.busy}>
        {state.busy ? f.t('entry.saving') : f.t('entry.save')}
      </button>
      {after}
    </form>
  );
}

/** A select whose values are the options' (an enum of the API, or '' for none). */
function SelectField<V extends string>({
  name,
  label,
  error,
  value,
  onChange,
  options,
}: {
  name: string;
  label: string;
  error?: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <Field name={name} label={label} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The English (required) and Chinese names of an event or project. */
function NameFields({
  errors,
  en,
  zh,
  onEn,
  onZh,
}: {
  errors: Record<string, string>;
  en: string;
  zh: string;
  onEn: (value: string) => void;
  onZh: (value: string) => void;
}) {
  const f = useFormat();
  return (
    <>
      <Field name="nameEn" label={`${f.t('entry.nameEn')}${f.t('entry.required')}`} error={errors.nameEn}>
        {(p) => <input {...p} value={en} onChange={(e) => onEn(e.target.value)} />}
      </Field>
      <Field name="nameZh" label={f.t('entry.nameZh')} error={errors.nameZh}>
        {(p) => <input {...p} lang="zh-CN" value={zh} onChange={(e) => onZh(e.target.value)} />}
      </Field>
    </>
  );
}

function PlacePicker({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: PlaceSearchItem | null;
  onChange: (p: PlaceSearchItem | null) => void;
  error?: string;
}) {
  const f = useFormat();
  const id = `field-${name}`;
  return (
    <div className={error ? 'field field-error' : 'field'} data-field={name}>
      {value ? (
        <>
          <span className="field-label" id={`${id}-label`}>
            {label}
          </span>
          <div className="picked">
            <span data-testid={`${name}-chosen`}>
              {f.t('entry.chosen', { name: `${f.name(value)} (${f.country(value)})` })}
            </span>
            <button type="button" className="btn btn-small" onClick={() => onChange(null)}>
              {f.t('entry.change')}
            </button>
          </div>
        </>
      ) : (
        <PlaceSearch
          label={label}
          inputId={id}
          withPartnerships={false}
          placeholder={f.t('entry.pickPlace')}
          onSelect={onChange}
          invalid={Boolean(error)}
          describedBy={error ? `${id}-error` : undefined}
          testId={`${name}-search`}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function Outcome({ state, link }: { state: SubmitState; link: (id: string) => string }) {
  const f = useFormat();
  if (state.created)
    return (
      <p className="notice ok" role="status" data-testid="entry-success">
        {f.t('entry.saved')} <Link to={link(state.created)}>{f.t('entry.open')}</Link>
      </p>
    );
  if (state.general)
    return (
      <div className="notice warn" role="alert" data-testid="entry-error">
        <p>{state.general}</p>
        {Object.keys(state.errors).length > 0 && (
          <ul className="small">
            {Object.entries(state.errors).map(([k, v]) => (
              <li key={k}>
                {/* The field by its label; a field the form does not label keeps its code. */}
                {f.t(`entry.${k}`, { defaultValue: '' }) || <code>{k}</code>}
                {f.lang === 'zh' ? '：' : ': '}
                {v}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  return null;
}

function SourceFields({
  errors,
  values,
  set,
}: {
  errors: Record<string, string>;
  values: { title: string; url: string; locator: string };
  set: (k: 'title' | 'url' | 'locator', v: string) => void;
}) {
  const f = useFormat();
  return (
    <fieldset className="fieldset">
      <legend>{f.t('common.source')}</legend>
      <Field
        name="sourceTitle"
        label={`${f.t('entry.sourceTitle')}${f.t('entry.required')}`}
        error={errors.sourceTitle}
      >
        {(p) => <input {...p} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field name="sourceLocator" label={f.t('entry.sourceLocator')} error={errors.sourceLocator}>
        {(p) => <input {...p} value={values.locator} onChange={(e) => set('locator', e.target.value)} />}
      </Field>
      <Field
        name="sourceUrl"
        label={`${f.t('entry.sourceUrl')}${f.t('entry.optional')}`}
        error={errors.sourceUrl}
      >
        {(p) => <input {...p} type="url" value={values.url} onChange={(e) => set('url', e.target.value)} />}
      </Field>
    </fieldset>
  );
}

function useSource() {
  const [source, setSource] = useState({ title: '', url: '', locator: '' });
  const set = (k: 'title' | 'url' | 'locator', v: string) => setSource((s) => ({ ...s, [k]: v }));
  const body = (): PartnershipBody['sources'] => [
    {
      source: {
        title: source.title,
        kind: 'document',
        ...(source.url.trim() ? { url: source.url.trim() } : {}),
      },
      locator: source.locator,
    },
  ];
  return { source, set, body };
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);

function PartnershipForm() {
  const f = useFormat();
  const s = useSubmit('/api/partnerships');
  const src = useSource();
  const [placeA, setPlaceA] = useState<PlaceSearchItem | null>(null);
  const [placeB, setPlaceB] = useState<PlaceSearchItem | null>(null);
  const [type, setType] = useState<NonNullable<PartnershipBody['type']>>('sister_city');
  const [level, setLevel] = useState<NonNullable<PartnershipBody['level']> | ''>('city');
  const [status, setStatus] = useState<NonNullable<PartnershipBody['status']>>('active');
  const [signed, setSigned] = useState('');
  const [note, setNote] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void s.submit({
      placeA: placeA?.id ?? '',
      placeB: placeB?.id ?? '',
      type,
      level: level || undefined,
      status,
      signed: opt(signed),
      note: opt(note),
      sources: src.body(),
    });
  };
  return (
    <EntryForm
      testId="partnership-form"
      label={f.t('entry.partnership')}
      state={s}
      link={(id) => `/partnership/${encodeURIComponent(id)}`}
      onSubmit={onSubmit}
      after={
        s.created &&
        placeA && (
          <p className="small">
            <Link to={`/place/${encodeURIComponent(placeA.id)}`}>
              <NameText of={placeA} />
            </Link>{' '}
            ·{' '}
            <Link to={`/place/${encodeURIComponent(placeB?.id ?? '')}`}>
              <NameText of={placeB} />
            </Link>
          </p>
        )
      }
    >
      <div className="form-grid">
        <PlacePicker
          name="placeA"
          label={`${f.t('entry.placeA')}${f.t('entry.required')}`}
          value={placeA}
          onChange={setPlaceA}
          error={s.errors.placeA}
        />
        <PlacePicker
          name="placeB"
          label={`${f.t('entry.placeB')}${f.t('entry.required')}`}
          value={placeB}
          onChange={setPlaceB}
          error={s.errors.placeB}
        />
        <SelectField
          name="type"
          label={f.t('table.type')}
          error={s.errors.type}
          value={type}
          onChange={setType}
          options={TYPES.map((k) => ({
            value: k,
            label: f.t(`type.${k}`),
          }))}
        />
        <SelectField
          name="level"
          label={f.t('table.level')}
          error={s.errors.level}
          value={level}
          onChange={setLevel}
          options={[
            { value: '', label: f.t('level.none') },
            ...LEVELS.map((k) => ({ value: k, label: f.t(`level.${k}`) })),
          ]}
        />
        <Field name="signed" label={f.t('entry.signed')} error={s.errors.signed}>
          {(p) => (
            <input
              {...p}
              value={signed}
              onChange={(e) => setSigned(e.target.value)}
              placeholder="1994-05-14"
            />
          )}
        </Field>
        <SelectField
          name="status"
          label={f.t('table.status')}
          error={s.errors.status}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((k) => ({
            value: k,
            label: f.t(`status.${k}`),
          }))}
        />
      </div>
      <SourceFields errors={s.errors} values={src.source} set={src.set} />
      <Field name="note" label={`${f.t('entry.note')}${f.t('entry.optional')}`} error={s.errors.note}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </EntryForm>
  );
}

function EventForm() {
  const f = useFormat();
  const s = useSubmit('/api/events');
  const src = useSource();
  const [kind, setKind] = useState<RequestBody<'/api/events'>['kind']>('forum');
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [starts, setStarts] = useState('');
  const [place, setPlace] = useState<PlaceSearchItem | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void s.submit({
      kind,
      nameEn,
      nameZh: opt(nameZh),
      starts: opt(starts),
      placeId: place?.id,
      sources: src.body(),
    });
  };
  return (
    <EntryForm
      testId="event-form"
      label={f.t('entry.event')}
      state={s}
      link={(id) => `/events/${encodeURIComponent(id)}`}
      onSubmit={onSubmit}
    >
      <div className="form-grid">
        <NameFields errors={s.errors} en={nameEn} zh={nameZh} onEn={setNameEn} onZh={setNameZh} />
        <SelectField
          name="kind"
          label={f.t('table.kind')}
          error={s.errors.kind}
          value={kind}
          onChange={setKind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: f.t(`event.kinds.${k}`) }))}
        />
        <Field name="starts" label={f.t('entry.starts')} error={s.errors.starts}>
          {(p) => <input {...p} value={starts} onChange={(e) => setStarts(e.target.value)} />}
        </Field>
        <PlacePicker
          name="place"
          label={f.t('entry.place')}
          value={place}
          onChange={setPlace}
          error={s.errors.place}
        />
      </div>
      <SourceFields errors={s.errors} values={src.source} set={src.set} />
    </EntryForm>
  );
}

function ProjectForm() {
  const f = useFormat();
  const s = useSubmit('/api/projects');
  const src = useSource();
  const corridors = useGet<Reply<'/api/corridors'>>('/api/corridors');
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [domain, setDomain] = useState<ProjectBody['domain']>('people');
  const [status, setStatus] = useState<NonNullable<ProjectBody['status']>>('planned');
  const [corridor, setCorridor] = useState('');
  const [started, setStarted] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('');
  const [place, setPlace] = useState<PlaceSearchItem | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const money = amount.trim() ? Number(amount) : undefined;
    void s.submit({
      nameEn,
      nameZh: opt(nameZh),
      domain,
      status,
      corridorId: corridor || undefined,
      started: opt(started),
      amount: money,
      currency: opt(currency),
      placeIds: place ? [place.id] : [],
      sources: src.body(),
    });
  };
  return (
    <EntryForm
      testId="project-form"
      label={f.t('entry.project')}
      state={s}
      link={(id) => `/projects/${encodeURIComponent(id)}`}
      onSubmit={onSubmit}
    >
      <div className="form-grid">
        <NameFields errors={s.errors} en={nameEn} zh={nameZh} onEn={setNameEn} onZh={setNameZh} />
        <SelectField
          name="domain"
          label={f.t('table.domain')}
          error={s.errors.domain}
          value={domain}
          onChange={setDomain}
          options={DOMAINS.map((k) => ({ value: k, label: f.t(`project.domains.${k}`) }))}
        />
        <SelectField
          name="status"
          label={f.t('table.status')}
          error={s.errors.status}
          value={status}
          onChange={setStatus}
          options={PROJECT_STATUSES.map((k) => ({ value: k, label: f.t(`project.statuses.${k}`) }))}
        />
        <SelectField
          name="corridorId"
          label={f.t('table.corridor')}
          error={s.errors.corridorId}
          value={corridor}
          onChange={setCorridor}
          options={[
            { value: '', label: '—' },
            ...(corridors.data?.items ?? []).map((c) => ({ value: c.id, label: f.name(c) })),
          ]}
        />
        <Field name="started" label={f.t('entry.started')} error={s.errors.started}>
          {(p) => <input {...p} value={started} onChange={(e) => setStarted(e.target.value)} />}
        </Field>
        <Field name="amount" label={f.t('entry.amount')} error={s.errors.amount}>
          {(p) => (
            <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          )}
        </Field>
        <Field name="currency" label={f.t('entry.currency')} error={s.errors.currency}>
          {(p) => (
            <input
              {...p}
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
              placeholder="CNY"
            />
          )}
        </Field>
        <PlacePicker
          name="place"
          label={f.t('entry.place')}
          value={place}
          onChange={setPlace}
          error={s.errors.place}
        />
      </div>
      <SourceFields errors={s.errors} values={src.source} set={src.set} />
    </EntryForm>
  );
}

/** What each kind of record needs of the writer's roles (the server checks it for the record's places). */
const KIND_ACTIONS: Record<Kind, Action> = {
  partnership: 'registry.write',
  event: 'cooperation.write',
  project: 'cooperation.write',
  succession: 'reference.write',
};

/** Who writes: the signed-in user with their roles, or a request to sign in. */
type SuccessionBody = RequestBody<'/api/places/{id}/successions'>;
const SUCCESSION_KINDS: SuccessionBody['kind'][] = ['merged', 'renamed', 'split'];

/**
 * An administrative change: a place merged into another, renamed, or split, with the decision that made
 * it. A place merged or renamed passes its ties on to its successor.
 */
function SuccessionForm() {
  const f = useFormat();
  const s = usePost<SuccessionBody>();
  const src = useSource();
  const [predecessor, setPredecessor] = useState<PlaceSearchItem | null>(null);
  const [successor, setSuccessor] = useState<PlaceSearchItem | null>(null);
  const [kind, setKind] = useState<SuccessionBody['kind']>('merged');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!predecessor) return;
    const [source] = src.body();
    void s.submit(`/api/places/${encodeURIComponent(predecessor.id)}/successions`, {
      successorId: successor?.id ?? '',
      kind,
      on,
      source,
      note: opt(note),
    });
  };
  // The place that changed names the address the change is sent to: it is asked for before anything is sent.
  const errors =
    tried && !predecessor ? { ...s.errors, predecessor: f.t('entry.predecessorMissing') } : s.errors;
  return (
    <EntryForm
      testId="succession-form"
      label={f.t('entry.succession')}
      state={s}
      link={() => `/place/${encodeURIComponent(predecessor?.id ?? '')}`}
      onSubmit={onSubmit}
    >
      <p className="muted small">{f.t('entry.successionLead')}</p>
      <div className="form-grid">
        <PlacePicker
          name="predecessor"
          label={`${f.t('entry.predecessor')}${f.t('entry.required')}`}
          value={predecessor}
          onChange={setPredecessor}
          error={errors.predecessor}
        />
        <PlacePicker
          name="successor"
          label={`${f.t('entry.successor')}${f.t('entry.required')}`}
          value={successor}
          onChange={setSuccessor}
          error={errors.successor}
        />
        <SelectField
          name="successionKind"
          label={f.t('entry.successionKind')}
          error={errors.kind}
          value={kind}
          onChange={setKind}
          options={SUCCESSION_KINDS.map((k) => ({ value: k, label: f.t(`entry.successionKinds.${k}`) }))}
        />
        <Field
          name="effective"
          label={`${f.t('entry.effective')}${f.t('entry.required')}`}
          error={errors.effective}
        >
          {(p) => <input {...p} value={on} onChange={(e) => setOn(e.target.value)} />}
        </Field>
        <Field name="note" label={`${f.t('entry.note')}${f.t('entry.optional')}`} error={errors.note}>
          {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <SourceFields errors={errors} values={src.source} set={src.set} />
    </EntryForm>
  );
}

function WriterCard({ kind }: { kind: Kind }) {
  const f = useFormat();
  const session = useSession();
  if (!session.ready) return null;
  if (!session.user) return <SignInNotice text={f.t('entry.signInNeeded')} testId="entry-sign-in" />;
  return (
    <section className="card writer-card" aria-labelledby="writer-title" data-testid="entry-writer">
      <h2 id="writer-title" className="h3">
        {f.t('entry.writingAs', { name: session.user.name })}
      </h2>
      <GrantList
        grants={session.user.roles}
        empty={<span className="muted">{f.t('account.noRoles')}</span>}
      />
      {session.can(KIND_ACTIONS[kind]) ? (
        <p className="muted small">{f.t('entry.scopeHint')}</p>
      ) : (
        <p className="notice warn" data-testid="entry-no-role">
          {f.t('entry.noRole', { kind: f.t(`entry.${kind}`) })}
        </p>
      )}
    </section>
  );
}

export default function Entry() {
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const kind: Kind = (KINDS as readonly string[]).includes(params.get('kind') ?? '')
    ? (params.get('kind') as Kind)
    : 'partnership';
  return (
    <div className="page entry">
      <PageTitle title={f.t('entry.title')} lead={f.t('entry.lead')} />
      <WriterCard kind={kind} />
      <div className="tabs" role="tablist" aria-label={f.t('entry.tabs')}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={kind === k}
            aria-controls="entry-panel"
            className={kind === k ? 'tab active' : 'tab'}
            onClick={() => setParams({ kind: k }, { replace: true })}
          >
            {f.t(`entry.${k}`)}
          </button>
        ))}
      </div>
      <div id="entry-panel" role="tabpanel" aria-labelledby={`tab-${kind}`} className="card">
        {kind === 'partnership' && <PartnershipForm />}
        {kind === 'event' && <EventForm />}
        {kind === 'project' && <ProjectForm />}
        {kind === 'succession' && <SuccessionForm />}
      </div>
    </div>
  );
}
