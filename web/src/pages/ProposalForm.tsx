/**
 * Drafting a proposal (/proposals/new) and editing a draft or returned one (/proposals/:id/edit): the
 * proposing place among the user's jurisdictions, the foreign partner, the type and the rationale, with
 * the matching module's vetting shown live as soon as both places are chosen.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  api,
  ApiError,
  cachedGet,
  clearCache,
  useAsync,
  useGet,
  type PlaceDetail,
  type PlaceSearchItem,
} from '../api';
import { SignInNotice } from '../components/Accounts';
import PlaceSearch from '../components/PlaceSearch';
import { ProposalProblem, VettingPanel } from '../components/Proposals';
import { AltName, Async, Loading, NameText, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';
import { vetPath, type VetResult } from '../matching-api';
import {
  apiPath,
  isChinese,
  isForeign,
  proposalPath,
  proposingJurisdictions,
  PROPOSAL_TYPES,
  type ProposalDetail,
  type ProposalInput,
  type ProposalPatch,
  type ProposalType,
} from '../proposals-api';
import { useSession, type User } from '../session';

/** A chosen place: enough to name it and to tell whether it is in China. */
interface Picked {
  id: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  countryEn?: string;
  countryZh?: string | null;
}

const picked = (p: PlaceSearchItem | PlaceDetail): Picked => ({
  id: p.id,
  nameEn: p.nameEn,
  nameZh: p.nameZh,
  countryCode: p.countryCode,
  countryEn: p.countryEn,
  countryZh: p.countryZh,
});

export default function ProposalForm() {
  const f = useFormat();
  const { id } = useParams();
  const session = useSession();
  const user = session.user;
  return (
    <div className="page proposal-form-page">
      <PageTitle
        title={f.t(id ? 'proposals.editTitle' : 'proposals.newTitle')}
        lead={f.t(id ? 'proposals.editLead' : 'proposals.newLead')}
      >
        <div className="actions">
          <Link className="btn" to={id ? proposalPath(id) : '/workspace'}>
            ← {id ? f.t('proposals.cancel') : f.t('proposals.back')}
          </Link>
        </div>
      </PageTitle>
      {!session.ready ? (
        <Loading />
      ) : !user ? (
        <SignInNotice text={f.t('proposals.signInFirst')} />
      ) : !session.can('proposals.draft') ? (
        <div className="notice warn" role="alert" data-testid="no-permission">
          <p>{f.t('proposals.noPermission')}</p>
        </div>
      ) : id ? (
        <EditProposal id={id} user={user} />
      ) : (
        <NewProposal user={user} />
      )}
    </div>
  );
}

/** A new proposal: the place and partner from the address (from Find partners), else the user's place. */
function NewProposal({ user }: { user: User }) {
  const [params] = useSearchParams();
  const placeId = params.get('place');
  const candidateId = params.get('candidate');
  const initial = useAsync(`new:${placeId ?? ''}:${candidateId ?? ''}`, async () => {
    const load = (pid: string | null) =>
      pid
        ? cachedGet<PlaceDetail>(`/api/places/${encodeURIComponent(pid)}`).then(picked, () => null)
        : Promise.resolve(null);
    const [place, candidate] = await Promise.all([load(placeId), load(candidateId)]);
    const home = proposingJurisdictions(user).find((g) => g.jurisdictionId !== null);
    return {
      place:
        place && isChinese(place)
          ? place
          : home
            ? {
                id: home.jurisdictionId!,
                nameEn: home.jurisdictionNameEn ?? home.jurisdictionId!,
                nameZh: home.jurisdictionNameZh,
                countryCode: 'CN',
              }
            : null,
      candidate: candidate && isForeign(candidate) ? candidate : null,
    };
  });
  return (
    <Async state={initial}>
      {(start) => (
        <ProposalEditor
          user={user}
          initial={{ place: start.place, candidate: start.candidate, type: 'sister_city', rationale: '' }}
        />
      )}
    </Async>
  );
}

function EditProposal({ id, user }: { id: string; user: User }) {
  const f = useFormat();
  const detail = useAsync(`edit:${id}`, () => api<ProposalDetail>(apiPath(id)));
  if (detail.error) return <ProposalProblem error={detail.error} />;
  if (!detail.data) return <Loading />;
  const d = detail.data;
  if (!d.editable)
    return (
      <div className="notice warn" role="alert" data-testid="not-editable">
        <p>{f.t('proposals.notEditable')}</p>
        <p>
          <Link to={proposalPath(id)}>
            {f.t('proposals.title', { place: f.name(d.place), candidate: f.name(d.candidate) })}
          </Link>
        </p>
      </div>
    );
  return (
    <ProposalEditor
      user={user}
      existing={d}
      initial={{ place: d.place, candidate: d.candidate, type: d.type, rationale: d.rationale }}
    />
  );
}

interface Values {
  place: Picked | null;
  candidate: Picked | null;
  type: ProposalType;
  rationale: string;
}

function ProposalEditor({
  user,
  initial,
  existing,
}: {
  user: User;
  initial: Values;
  /** The proposal being edited; its proposing place stays. */
  existing?: ProposalDetail;
}) {
  const f = useFormat();
  const navigate = useNavigate();
  const formId = `proposal${useId().replace(/:/g, '')}`;
  const [place, setPlace] = useState<Picked | null>(initial.place);
  const [candidate, setCandidate] = useState<Picked | null>(initial.candidate);
  const [type, setType] = useState<ProposalType>(initial.type);
  const [rationale, setRationale] = useState(initial.rationale);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Each choice clears its own complaint.
  useEffect(() => setInvalid((i) => ({ ...i, place: '' })), [place]);
  useEffect(() => setInvalid((i) => ({ ...i, candidate: '' })), [candidate]);

  const jurisdictions = proposingJurisdictions(user).filter((g) => g.jurisdictionId !== null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!place) problems.place = f.t('proposals.placeMissing');
    if (!candidate) problems.candidate = f.t('proposals.candidateMissing');
    if (!rationale.trim()) problems.rationale = f.t('proposals.rationaleMissing');
    setInvalid(problems);
    if (Object.values(problems).some(Boolean)) {
      document.getElementById(`${formId}-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (existing) {
        const patch: ProposalPatch = {};
        if (candidate!.id !== existing.candidate.id) patch.candidateId = candidate!.id;
        if (type !== existing.type) patch.type = type;
        if (rationale.trim() !== existing.rationale) patch.rationale = rationale.trim();
        await api<ProposalDetail>(apiPath(existing.id), { method: 'PATCH', body: JSON.stringify(patch) });
        clearCache();
        navigate(proposalPath(existing.id), { state: { notice: 'saved' } });
      } else {
        const body: ProposalInput = {
          placeId: place!.id,
          candidateId: candidate!.id,
          type,
          rationale: rationale.trim(),
        };
        const { id } = await api<{ id: string }>('/api/proposals', {
          method: 'POST',
          body: JSON.stringify(body),
        });
        clearCache();
        navigate(proposalPath(id), { state: { notice: 'created' } });
      }
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="grid-2 proposal-editor">
      <Section title={f.t('proposals.details')} id="proposal-fields">
        <form className="proposal-form" onSubmit={submit} noValidate data-testid="proposal-form">
          {existing ? (
            <div className="field">
              <span className="field-label">{f.t('proposals.place')}</span>
              <div className="picked">
                <span data-testid="proposal-place-chosen">
                  <NameText of={existing.place} />
                </span>
              </div>
            </div>
          ) : (
            <PlacePicker
              id={`${formId}-place`}
              label={f.t('proposals.place')}
              hint={f.t('proposals.placeHint')}
              value={place}
              onChange={setPlace}
              searchLabel={f.t('proposals.searchPlace')}
              country="CN"
              shortcuts={jurisdictions.map((g) => ({
                id: g.jurisdictionId!,
                nameEn: g.jurisdictionNameEn ?? g.jurisdictionId!,
                nameZh: g.jurisdictionNameZh,
                countryCode: 'CN',
              }))}
              error={invalid.place}
              testId="proposal-place"
            />
          )}
          <PlacePicker
            id={`${formId}-candidate`}
            label={f.t('proposals.candidate')}
            value={candidate}
            onChange={setCandidate}
            searchLabel={f.t('proposals.searchCandidate')}
            filter={isForeign}
            error={invalid.candidate}
            testId="proposal-candidate"
          />
          {place && (
            <p className="small find-partners">
              <Link to={`/place/${encodeURIComponent(place.id)}/partners`} data-testid="find-partners">
                {f.t('proposals.findPartners', { name: f.name(place) })}
              </Link>{' '}
              <span className="muted">{f.t('proposals.findPartnersHint')}</span>
            </p>
          )}
          <div className="field">
            <label htmlFor={`${formId}-type`} className="field-label">
              {f.t('proposals.type')}
            </label>
            <select
              id={`${formId}-type`}
              value={type}
              onChange={(e) => setType(e.target.value as ProposalType)}
              data-testid="proposal-type"
            >
              {PROPOSAL_TYPES.map((t) => (
                <option key={t} value={t}>
                  {f.t(`type.${t}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={invalid.rationale ? 'field field-error' : 'field'}>
            <label htmlFor={`${formId}-rationale`} className="field-label">
              {f.t('proposals.rationale')}
            </label>
            <textarea
              id={`${formId}-rationale`}
              rows={6}
              maxLength={10_000}
              value={rationale}
              aria-invalid={invalid.rationale ? true : undefined}
              aria-describedby={`${formId}-rationale-hint`}
              onChange={(e) => {
                setRationale(e.target.value);
                if (invalid.rationale) setInvalid((i) => ({ ...i, rationale: '' }));
              }}
              data-testid="proposal-rationale"
            />
            <p id={`${formId}-rationale-hint`} className={invalid.rationale ? 'error-text' : 'muted small'}>
              {invalid.rationale || f.t('proposals.rationaleHint')}
            </p>
          </div>
          {error !== null && <ProposalProblem error={error} />}
          <p className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="proposal-save">
              {busy ? f.t('proposals.saving') : f.t(existing ? 'proposals.saveChanges' : 'proposals.save')}
            </button>
            <Link className="btn" to={existing ? proposalPath(existing.id) : '/workspace'}>
              {f.t('proposals.cancel')}
            </Link>
          </p>
        </form>
      </Section>
      <Section title={f.t('proposals.vetting')} id="proposal-vetting">
        <p className="muted small">{f.t('proposals.vettingLead')}</p>
        {place && candidate ? (
          <LiveVetting place={place.id} candidate={candidate.id} />
        ) : (
          <p className="muted" data-testid="vetting-pick">
            {f.t('proposals.vettingPick')}
          </p>
        )}
      </Section>
    </div>
  );
}

function LiveVetting({ place, candidate }: { place: string; candidate: string }) {
  const f = useFormat();
  const vet = useGet<VetResult>(vetPath(place, candidate, 'balanced'));
  if (vet.error)
    return (
      <p className="notice warn" role="status" data-testid="vetting-none">
        {vet.error instanceof ApiError && vet.error.status < 500
          ? f.t('proposals.vettingNone')
          : f.t('proposals.vettingFailed')}
      </p>
    );
  if (!vet.data) return <Loading />;
  return <VettingPanel vetting={vet.data} />;
}

/** The choice of one place: the chosen one with "change", or shortcuts and a search. */
function PlacePicker({
  id,
  label,
  hint,
  value,
  onChange,
  searchLabel,
  country,
  filter,
  shortcuts = [],
  error,
  testId,
}: {
  id: string;
  label: string;
  hint?: string;
  value: Picked | null;
  onChange: (p: Picked | null) => void;
  searchLabel: string;
  country?: string;
  filter?: (p: PlaceSearchItem) => boolean;
  shortcuts?: Picked[];
  error?: string;
  testId: string;
}) {
  const f = useFormat();
  const countryName = (p: Picked) =>
    p.countryEn ? f.country({ countryEn: p.countryEn, countryZh: p.countryZh }) : null;
  return (
    <fieldset
      className={error ? 'field place-picker field-error' : 'field place-picker'}
      data-testid={testId}
    >
      <legend className="field-label">{label}</legend>
      {value ? (
        <div className="picked">
          <span data-testid={`${testId}-chosen`} className="strong">
            <NameText of={value} /> <AltName of={value} className="muted small" />
            {countryName(value) && <span className="muted small"> ({countryName(value)})</span>}
          </span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange(null)}
            data-testid={`${testId}-change`}
          >
            {f.t('proposals.change')}
          </button>
        </div>
      ) : (
        <>
          {shortcuts.length > 0 && (
            <div className="chips place-shortcuts" aria-label={f.t('proposals.myJurisdictions')} role="group">
              {shortcuts.map((s) => (
                <button key={s.id} type="button" className="chip" onClick={() => onChange(s)}>
                  <NameText of={s} />
                </button>
              ))}
            </div>
          )}
          <PlaceSearch
            label={searchLabel}
            hideLabel
            inputId={id}
            withPartnerships={false}
            placeholder={searchLabel}
            country={country}
            filter={filter}
            onSelect={(p) => onChange(picked(p))}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
            testId={`${testId}-search`}
          />
        </>
      )}
      {error ? (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="muted small">
            {hint}
          </p>
        )
      )}
    </fieldset>
  );
}
