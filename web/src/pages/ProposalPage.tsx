/**
 * One proposal: the two places, the type and rationale, where it stands in the review chain, its vetting,
 * other offices proposing the same partner, the full history of its steps, and the steps the reader may
 * take now (and only those): submit, withdraw, approve, return, reject, sign and publish.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, clearCache, useAsync } from '../api';
import { SignInNotice } from '../components/Accounts';
import { AgreementFileList, SigningFacts } from '../components/Agreement';
import { ProposalProblem, StateTag, Stepper, VettingPanel, pairTitle } from '../components/Proposals';
import { AltName, Loading, NameText, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';
import {
  AGREEMENT_ACCEPT,
  agreementErrorKey,
  agreementFileCheck,
  apiPath,
  BLOCKING_WARNING,
  proposalPath,
  validPartialDate,
  vettingOf,
  type HistoryStep,
  type ProposalDetail,
  type ProposalStep,
  type Signing,
  type StepInput,
  uploadAgreementFile,
  type AgreementFile,
} from '../proposals-api';
import { useSession } from '../session';

type Format = ReturnType<typeof useFormat>;

export default function ProposalPage() {
  const f = useFormat();
  const { id = '' } = useParams();
  const session = useSession();
  if (!session.ready)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (!session.user)
    return (
      <div className="page">
        <PageTitle title={f.t('proposals.details')} />
        <SignInNotice text={f.t('proposals.signInFirst')} />
      </div>
    );
  return <ProposalView key={`${id}:${session.user.id}`} id={id} />;
}

/** The label of an approval: forwarding at the province stage, approving at the national one. */
function approveKey(state: ProposalDetail['state'] | null): 'forward' | 'approve' {
  return state === 'province_review' ? 'forward' : 'approve';
}

function ProposalView({ id }: { id: string }) {
  const f = useFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const loaded = useAsync(`proposal:${id}`, () => api<ProposalDetail>(apiPath(id)));
  const [detail, setDetail] = useState<ProposalDetail | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice === 'created'
      ? f.t('proposals.created')
      : (location.state as { notice?: string } | null)?.notice === 'saved'
        ? f.t('proposals.saved')
        : null,
  );
  useEffect(() => {
    if (loaded.data) setDetail(loaded.data);
  }, [loaded.data]);
  // The notice of a creation is for this visit only: a reload does not show it again.
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  if (loaded.error && !detail)
    return (
      <div className="page">
        <PageTitle title={f.t('state.error')} />
        <ProposalProblem error={loaded.error} testId="proposal-load-error" />
        <p>
          <Link to="/workspace">{f.t('proposals.back')}</Link>
        </p>
      </div>
    );
  if (!detail) return <Loading />;
  const d = detail;
  const vetting = vettingOf(d);
  const blockingText =
    d.blocked !== null
      ? (() => {
          const w = vetting?.warnings.find((x) => x.code === BLOCKING_WARNING);
          return w
            ? f.lang === 'zh'
              ? w.zh
              : w.en
            : f.lang === 'zh'
              ? f.t('proposals.errors.blocked')
              : d.blocked;
        })()
      : null;

  return (
    <div className="page proposal-page" data-testid="proposal-page" data-state={d.state}>
      <PageTitle
        title={
          <>
            <span data-testid="proposal-title">{pairTitle(f, d)}</span>
          </>
        }
        lead={
          <>
            {f.t(`type.${d.type}`)} <StateTag state={d.state} />
          </>
        }
      >
        <div className="actions">
          <Link className="btn" to="/workspace">
            ← {f.t('proposals.back')}
          </Link>
          {d.editable && (
            <Link className="btn" to={`${proposalPath(d.id)}/edit`} data-testid="proposal-edit">
              {f.t('proposals.actions.edit')}
            </Link>
          )}
          {d.partnershipId && (
            <Link
              className="btn btn-primary"
              to={`/partnership/${encodeURIComponent(d.partnershipId)}`}
              data-testid="open-partnership"
            >
              {f.t('proposals.openPartnership')}
            </Link>
          )}
        </div>
      </PageTitle>

      {notice && (
        <p className="notice ok" role="status" data-testid="proposal-notice">
          {notice}
        </p>
      )}

      {d.sameCandidate.length > 0 && (
        <div className="notice warn same-candidate" role="note" data-testid="same-candidate">
          <p>
            <strong>{f.t('proposals.sameCandidate')}</strong>
          </p>
          <p>{f.t('proposals.sameCandidateText', { candidate: f.name(d.candidate) })}</p>
          <ul className="inline-list">
            {d.sameCandidate.map((s) => (
              <li key={s.id}>
                <Link to={`/place/${encodeURIComponent(s.place.id)}`}>
                  <NameText of={s.place} />
                </Link>{' '}
                <StateTag state={s.state} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {blockingText && (
        <div className="notice bad" role="alert" data-testid="proposal-blocked">
          <p>
            <span className="tag tag-bad">{f.t('proposals.blocking')}</span>{' '}
            <strong>{f.t('proposals.blockedTitle')}</strong>
          </p>
          <p>{blockingText}</p>
        </div>
      )}

      <section className="card" aria-label={f.t('proposals.stepper')}>
        <Stepper detail={d} />
      </section>

      {/* A published, rejected or withdrawn proposal has nothing left to do. */}
      {(d.availableSteps.length > 0 || !['published', 'rejected', 'withdrawn'].includes(d.state)) && (
        <StepActions
          detail={d}
          onDone={(next, step) => {
            clearCache();
            setDetail(next);
            setNotice(f.t(`proposals.done.${step === 'approve' ? approveKey(d.state) : step}`));
          }}
          onStale={(next) => next && setDetail(next)}
        />
      )}

      <div className="proposal-layout">
        <div className="proposal-main">
          <Section title={f.t('proposals.details')} id="proposal-details">
            <ProposalFacts detail={d} />
          </Section>
          {(d.files.length > 0 || d.mayAttach) && (
            <Section title={f.t('proposals.files.title')} id="proposal-files">
              <AgreementFiles
                detail={d}
                onAttached={(file) => {
                  clearCache();
                  setDetail({ ...d, files: [...d.files, file] });
                  setNotice(f.t('proposals.files.uploaded', { name: file.name }));
                }}
              />
            </Section>
          )}
          <Section title={f.t('proposals.history')} id="proposal-history">
            <History steps={d.steps} />
          </Section>
        </div>
        <Section title={f.t('proposals.vetting')} id="proposal-vetting">
          {vetting ? (
            <VettingPanel vetting={vetting} />
          ) : (
            <p className="muted">{f.t('proposals.vettingNone')}</p>
          )}
        </Section>
      </div>
    </div>
  );
}

function ProposalFacts({ detail: d }: { detail: ProposalDetail }) {
  const f = useFormat();
  const place = (p: ProposalDetail['place']) => (
    <Link to={`/place/${encodeURIComponent(p.id)}`}>
      <NameText of={p} /> <AltName of={p} className="muted small" />
    </Link>
  );
  return (
    <>
      <dl className="facts" data-testid="proposal-facts">
        <div>
          <dt>{f.t('proposals.place')}</dt>
          <dd data-testid="proposal-place">{place(d.place)}</dd>
        </div>
        <div>
          <dt>{f.t('proposals.candidate')}</dt>
          <dd data-testid="proposal-candidate">{place(d.candidate)}</dd>
        </div>
        <div>
          <dt>{f.t('proposals.type')}</dt>
          <dd>{f.t(`type.${d.type}`)}</dd>
        </div>
        <div>
          <dt>{f.t('proposals.province')}</dt>
          <dd>{d.province ? f.name(d.province) : f.t('proposals.provinceNone')}</dd>
        </div>
        <div>
          <dt>{f.t('proposals.createdAt')}</dt>
          <dd>{f.dateTime(d.createdAt)}</dd>
        </div>
        <div>
          <dt>{f.t('proposals.updatedAt')}</dt>
          <dd>{f.dateTime(d.updatedAt)}</dd>
        </div>
        <div className="wide">
          <dt>{f.t('proposals.rationale')}</dt>
          <dd className="rationale" data-testid="proposal-rationale">
            {d.rationale}
          </dd>
        </div>
      </dl>
      {d.signing && (
        <>
          <h3>{f.t('proposals.signing')}</h3>
          {d.state !== 'published' && <p className="muted small">{f.t('proposals.internal')}</p>}
          <SigningFacts signing={d.signing} />
        </>
      )}
      {d.partnershipId && (
        <p>
          {f.t('proposals.partnership')}:{' '}
          <Link to={`/partnership/${encodeURIComponent(d.partnershipId)}`}>
            {f.t('proposals.openPartnership')}
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * The agreement's files: each downloads under its own name; the office that may sign attaches more once
 * the proposal is approved. A file is checked here for its type and size before it is sent, and the
 * server checks its contents.
 */
function AgreementFiles({
  detail: d,
  onAttached,
}: {
  detail: ProposalDetail;
  onAttached: (file: AgreementFile) => void;
}) {
  const f = useFormat();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function attach(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const check = agreementFileCheck(chosen);
    if (check) {
      setProblem(check);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onAttached(await uploadAgreementFile(d.id, chosen));
      setChosen(null);
      if (input.current) input.current.value = '';
    } catch (e) {
      const key = agreementErrorKey(e);
      if (key) setProblem(key);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="agreement-files">
      <p className="muted small">{f.t('proposals.files.lead')}</p>
      {d.files.length === 0 ? (
        <p className="muted">{d.mayAttach ? f.t('proposals.files.none') : f.t('proposals.files.notYet')}</p>
      ) : (
        <AgreementFileList proposalId={d.id} files={d.files} />
      )}
      {d.mayAttach && (
        <form className="agreement-upload" onSubmit={(e) => void attach(e)} data-testid="agreement-upload">
          {/* The browser's own file button speaks the browser's language: a label in the page's stands for it. */}
          <input
            id={inputId}
            ref={input}
            className="sr-only"
            type="file"
            accept={AGREEMENT_ACCEPT}
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              setChosen(file);
              setError(null);
              setProblem(file ? agreementFileCheck(file) : null);
            }}
          />
          <label htmlFor={inputId} className="btn">
            {f.t('proposals.files.choose')}
          </label>
          <span className="break-words" data-testid="agreement-chosen">
            {chosen ? chosen.name : f.t('proposals.files.noneChosen')}
          </span>
          <button className="btn" type="submit" disabled={!chosen || busy || problem !== null}>
            {busy ? f.t('proposals.busy') : f.t('proposals.files.upload')}
          </button>
          <p className="muted small">{f.t('proposals.files.accepted')}</p>
          {problem && (
            <p className="notice warn" role="alert" data-testid="agreement-problem">
              {f.t(problem)}
            </p>
          )}
          {error !== null && <ProposalProblem error={error} />}
        </form>
      )}
    </div>
  );
}

/** A step of the history in words: an approval forwards at the province stage and approves at the national. */
function stepName(f: Format, s: HistoryStep): string {
  if (s.step === 'approve') return f.t(`proposals.steps.${approveKey(s.fromState)}`);
  return f.t(`proposals.steps.${s.step}`);
}

function History({ steps }: { steps: HistoryStep[] }) {
  const f = useFormat();
  return (
    <>
      <ol className="history-list" data-testid="proposal-history">
        {steps.map((s, i) => (
          <li key={i} className={`history-item history-${s.step}`} data-step={s.step}>
            <div className="history-head">
              <strong className="history-step">{stepName(f, s)}</strong>
              {s.fromState !== s.toState && (
                <span className="history-states">
                  {s.fromState && <>{f.t(`proposals.states.${s.fromState}`)} → </>}
                  {f.t(`proposals.states.${s.toState}`)}
                </span>
              )}
            </div>
            <div className="muted small">
              <span className="history-who">{f.t('proposals.by', { login: s.login })}</span> ·{' '}
              <time dateTime={s.at}>{f.dateTime(s.at)}</time>
            </div>
            {s.comment && (
              <blockquote className="history-comment" data-testid="history-comment">
                <span className="sr-only">{f.t('proposals.comment')}: </span>
                {s.comment}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

type Panel = Exclude<ProposalStep, 'submit'> | null;

/** The buttons of the steps the reader may take now, each with its small form or confirmation. */
function StepActions({
  detail: d,
  onDone,
  onStale,
}: {
  detail: ProposalDetail;
  onDone: (next: ProposalDetail, step: ProposalStep) => void;
  onStale: (next: ProposalDetail | null) => void;
}) {
  const f = useFormat();
  const formId = `step${useId().replace(/:/g, '')}`;
  const [panel, setPanel] = useState<Panel>(null);
  const [comment, setComment] = useState('');
  const [signed, setSigned] = useState('');
  const [signatories, setSignatories] = useState('');
  const [agreementTitle, setAgreementTitle] = useState('');
  const [agreementText, setAgreementText] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const steps = d.availableSteps;
  // A step taken elsewhere changes what may be done: close the panel that no longer applies.
  useEffect(() => {
    if (panel && !steps.includes(panel)) setPanel(null);
  }, [steps, panel]);

  const open = (p: Panel) => {
    setPanel((cur) => (cur === p ? null : p));
    setInvalid({});
    setError(null);
  };

  const take = async (step: ProposalStep, extra: Omit<StepInput, 'step'> = {}) => {
    setBusy(true);
    setError(null);
    try {
      const next = await api<ProposalDetail>(`${apiPath(d.id)}/steps`, {
        method: 'POST',
        body: JSON.stringify({ step, ...extra }),
      });
      setPanel(null);
      setComment('');
      onDone(next, step);
    } catch (err) {
      setError(err);
      // The proposal moved on meanwhile: show it as it now stands.
      if (err instanceof ApiError && (err.status === 409 || err.status === 403)) {
        try {
          onStale(await api<ProposalDetail>(apiPath(d.id)));
        } catch {
          onStale(null);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const decide = (step: 'approve' | 'return' | 'reject' | 'withdraw') => (e: FormEvent) => {
    e.preventDefault();
    const text = comment.trim();
    if ((step === 'return' || step === 'reject') && !text) {
      setInvalid({ comment: f.t('proposals.commentMissing') });
      document.getElementById(`${formId}-comment`)?.focus();
      return;
    }
    void take(step, text ? { comment: text } : {});
  };

  const sign = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!validPartialDate(signed)) problems.signed = f.t('proposals.signDateInvalid');
    if (!signatories.trim()) problems.signatories = f.t('proposals.signatoriesMissing');
    setInvalid(problems);
    if (Object.keys(problems).length) {
      document.getElementById(`${formId}-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    const signing: Signing = { signed: signed.trim(), signatories: signatories.trim() };
    if (agreementTitle.trim()) signing.agreementTitle = agreementTitle.trim();
    if (agreementText.trim()) signing.agreementText = agreementText;
    void take('sign', { signing });
  };

  const blocked = d.blocked !== null;
  const approveLabel = f.t(`proposals.actions.${approveKey(d.state)}`);
  const commentField = (required: boolean) => (
    <div className={invalid.comment ? 'field field-error' : 'field'}>
      <label htmlFor={`${formId}-comment`} className="field-label">
        {required ? f.t('proposals.commentLabel') : f.t('proposals.commentOptional')}
      </label>
      <textarea
        id={`${formId}-comment`}
        rows={3}
        maxLength={10_000}
        value={comment}
        required={required}
        aria-invalid={invalid.comment ? true : undefined}
        aria-describedby={`${formId}-comment-hint`}
        onChange={(e) => {
          setComment(e.target.value);
          if (invalid.comment) setInvalid({});
        }}
        data-testid="step-comment"
      />
      <p id={`${formId}-comment-hint`} className={invalid.comment ? 'error-text' : 'muted small'}>
        {invalid.comment || (required ? f.t('proposals.commentRequired') : '\u00a0')}
      </p>
    </div>
  );

  return (
    <Section title={f.t('proposals.youMay')} id="proposal-actions">
      {steps.length === 0 ? (
        <p className="muted" data-testid="nothing-to-do">
          {f.t('proposals.nothingToDo')}
        </p>
      ) : (
        <div className="actions step-buttons" data-testid="step-buttons">
          {steps.includes('submit') && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || blocked}
              aria-describedby={blocked ? 'proposal-blocked-why' : undefined}
              onClick={() => {
                setPanel(null);
                void take('submit');
              }}
              data-testid="step-submit"
            >
              {f.t('proposals.actions.submit')}
            </button>
          )}
          {steps.includes('approve') && (
            <button
              type="button"
              className="btn btn-primary"
              aria-expanded={panel === 'approve'}
              disabled={busy}
              onClick={() => open('approve')}
              data-testid="step-approve"
            >
              {approveLabel}
            </button>
          )}
          {steps.includes('return') && (
            <button
              type="button"
              className="btn"
              aria-expanded={panel === 'return'}
              disabled={busy}
              onClick={() => open('return')}
              data-testid="step-return"
            >
              {f.t('proposals.actions.return')}
            </button>
          )}
          {steps.includes('reject') && (
            <button
              type="button"
              className="btn btn-danger"
              aria-expanded={panel === 'reject'}
              disabled={busy}
              onClick={() => open('reject')}
              data-testid="step-reject"
            >
              {f.t('proposals.actions.reject')}
            </button>
          )}
          {steps.includes('sign') && (
            <button
              type="button"
              className="btn btn-primary"
              aria-expanded={panel === 'sign'}
              disabled={busy}
              onClick={() => open('sign')}
              data-testid="step-sign"
            >
              {f.t('proposals.actions.sign')}
            </button>
          )}
          {steps.includes('publish') && (
            <button
              type="button"
              className="btn btn-primary"
              aria-expanded={panel === 'publish'}
              disabled={busy}
              onClick={() => open('publish')}
              data-testid="step-publish"
            >
              {f.t('proposals.actions.publish')}
            </button>
          )}
          {steps.includes('withdraw') && (
            <button
              type="button"
              className="btn"
              aria-expanded={panel === 'withdraw'}
              disabled={busy}
              onClick={() => open('withdraw')}
              data-testid="step-withdraw"
            >
              {f.t('proposals.actions.withdraw')}
            </button>
          )}
        </div>
      )}
      {blocked && steps.includes('submit') && (
        <p id="proposal-blocked-why" className="error-text">
          {f.t('proposals.errors.blocked')}
        </p>
      )}

      {(panel === 'approve' || panel === 'return' || panel === 'reject') && (
        <form className="step-panel" onSubmit={decide(panel)} noValidate data-testid={`panel-${panel}`}>
          {commentField(panel !== 'approve')}
          <p className="actions">
            <button
              type="submit"
              className={panel === 'reject' ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={busy}
              data-testid="step-confirm"
            >
              {busy
                ? f.t('proposals.busy')
                : panel === 'approve'
                  ? approveLabel
                  : f.t(`proposals.actions.${panel}`)}
            </button>
            <button type="button" className="btn" onClick={() => setPanel(null)}>
              {f.t('proposals.cancel')}
            </button>
          </p>
        </form>
      )}

      {panel === 'withdraw' && (
        <form className="step-panel" onSubmit={decide('withdraw')} data-testid="panel-withdraw">
          <p>{f.t('proposals.withdrawConfirm')}</p>
          {commentField(false)}
          <p className="actions">
            <button type="submit" className="btn btn-danger" disabled={busy} data-testid="step-confirm">
              {busy ? f.t('proposals.busy') : f.t('proposals.actions.withdraw')}
            </button>
            <button type="button" className="btn" onClick={() => setPanel(null)}>
              {f.t('proposals.cancel')}
            </button>
          </p>
        </form>
      )}

      {panel === 'sign' && (
        <form className="step-panel sign-form" onSubmit={sign} noValidate data-testid="panel-sign">
          <div className="form-grid">
            <div className={invalid.signed ? 'field field-error' : 'field'}>
              <label htmlFor={`${formId}-signed`} className="field-label">
                {f.t('proposals.signDate')}
              </label>
              <input
                id={`${formId}-signed`}
                type="text"
                inputMode="numeric"
                placeholder="2026-05-20"
                value={signed}
                aria-invalid={invalid.signed ? true : undefined}
                aria-describedby={`${formId}-signed-hint`}
                onChange={(e) => setSigned(e.target.value)}
                data-testid="sign-date"
              />
              <p id={`${formId}-signed-hint`} className={invalid.signed ? 'error-text' : 'muted small'}>
                {invalid.signed || f.t('proposals.signDateHint')}
              </p>
            </div>
            <div className={invalid.signatories ? 'field field-error' : 'field'}>
              <label htmlFor={`${formId}-signatories`} className="field-label">
                {f.t('proposals.signatories')}
              </label>
              <input
                id={`${formId}-signatories`}
                type="text"
                maxLength={2000}
                value={signatories}
                aria-invalid={invalid.signatories ? true : undefined}
                aria-describedby={`${formId}-signatories-hint`}
                onChange={(e) => setSignatories(e.target.value)}
                data-testid="sign-signatories"
              />
              <p
                id={`${formId}-signatories-hint`}
                className={invalid.signatories ? 'error-text' : 'muted small'}
              >
                {invalid.signatories || f.t('proposals.signatoriesHint')}
              </p>
            </div>
            <div className="field wide-field">
              <label htmlFor={`${formId}-title`} className="field-label">
                {f.t('proposals.agreementTitle')} <span className="muted">{f.t('proposals.optional')}</span>
              </label>
              <input
                id={`${formId}-title`}
                type="text"
                maxLength={500}
                value={agreementTitle}
                onChange={(e) => setAgreementTitle(e.target.value)}
                data-testid="sign-title"
              />
            </div>
            <div className="field wide-field">
              <label htmlFor={`${formId}-text`} className="field-label">
                {f.t('proposals.agreementText')} <span className="muted">{f.t('proposals.optional')}</span>
              </label>
              <textarea
                id={`${formId}-text`}
                rows={5}
                value={agreementText}
                onChange={(e) => setAgreementText(e.target.value)}
                data-testid="sign-text"
              />
            </div>
          </div>
          <p className="muted small">{f.t('proposals.internal')}</p>
          <p className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="step-confirm">
              {busy ? f.t('proposals.busy') : f.t('proposals.actions.sign')}
            </button>
            <button type="button" className="btn" onClick={() => setPanel(null)}>
              {f.t('proposals.cancel')}
            </button>
          </p>
        </form>
      )}

      {panel === 'publish' && (
        <div
          className="step-panel notice warn"
          role="alertdialog"
          aria-labelledby={`${formId}-publish`}
          data-testid="panel-publish"
        >
          <p id={`${formId}-publish`}>{f.t('proposals.publishConfirm')}</p>
          <p className="actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void take('publish')}
              data-testid="step-confirm"
            >
              {busy ? f.t('proposals.busy') : f.t('proposals.publishConfirmButton')}
            </button>
            <button type="button" className="btn" onClick={() => setPanel(null)}>
              {f.t('proposals.cancel')}
            </button>
          </p>
        </div>
      )}

      {error !== null && <ProposalProblem error={error} />}
    </Section>
  );
}
