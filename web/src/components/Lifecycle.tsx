/**
 * A tie's life after signing: the office's form to record that it is active again, dormant, suspended or
 * ended (since when and why), what the shown status rests on, and readable refusals of such writes.
 */
import KeyedProblem from './KeyedProblem';
import { useId, useState, type FormEvent } from 'react';
import { clearCache, type PartnershipDetail } from '../api';
import { useFormat, type Precision } from '../format';
import {
  DECISION_STATUSES,
  isDecisionStatus,
  recordDecision,
  validDecisionDate,
  writeErrorKey,
  type DecisionStatus,
} from '../lifecycle-api';

type Format = ReturnType<typeof useFormat>;

/** The precision of a date as typed: 2025, 2025-03 or 2025-03-15. */
export function precisionOf(text: string): Precision {
  const parts = text.trim().split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A refusal of a write in the user's language; the server's words when the page cannot map them. */
export function WriteProblem({
  error,
  record,
  testId,
}: {
  error: unknown;
  record: 'partnership' | 'milestone';
  testId: string;
}) {
  return <KeyedProblem error={error} keyOf={(e) => writeErrorKey(e, record)} testId={testId} />;
}

/** Under the status: since when, why and by whom, when an office's decision is what the status rests on. */
export function DecisionSummary({ partnership: p }: { partnership: PartnershipDetail }) {
  const f = useFormat();
  const decision = p.currentDecision;
  if (!decision) return null;
  // An ended tie shows its date and reason beside the status, the date at the precision it was given.
  const ongoing = p.status !== 'ended';
  return (
    <div className="small decision-summary" data-testid="partnership-decision">
      {ongoing && (
        <div data-testid="partnership-decision-since">
          {f.t('lifecycle.sinceDate', { date: f.date(decision.since, decision.precision) })}
        </div>
      )}
      {ongoing && (
        <div className="break-words">{f.t('lifecycle.reasonLine', { reason: decision.reason })}</div>
      )}
      <div className="muted" data-testid="partnership-decision-by">
        {f.t('lifecycle.recordedBy', { login: decision.login })}
      </div>
    </div>
  );
}

/**
 * A decision source's title and locator in the user's language (the server writes them in English), the
 * date as precise as it was given.
 */
export function decisionText(
  f: Format,
  partnership: PartnershipDetail,
  source: PartnershipDetail['sources'][number],
): { title: string; locator: string } | null {
  const decision = partnership.decisions.find(
    (d) => d.sourceId === source.id && d.locator === (source.locator ?? ''),
  );
  if (!decision) return null;
  const ended = decision.status === 'ended';
  return {
    title: f.t('lifecycle.recordedBy', { login: decision.login }),
    locator: f.t(ended ? 'lifecycle.endLocator' : 'lifecycle.decisionLocator', {
      status: f.t(`status.${decision.status}`),
      date: f.date(decision.since, decision.precision),
      reason: decision.reason,
    }),
  };
}

/** The office's control: a button that opens the form of a decision on the tie. */
export function TieDecision({
  partnership,
  onSaved,
}: {
  partnership: PartnershipDetail;
  onSaved: (detail: PartnershipDetail) => void;
}) {
  const f = useFormat();
  const formId = `decision${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<DecisionStatus | ''>('');
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<{ status?: string; on?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const toggle = () => {
    setOpen((o) => !o);
    setInvalid({});
    setError(null);
    setNotice(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = on.trim();
    const why = reason.trim();
    const problems: typeof invalid = {};
    if (!status) problems.status = f.t('lifecycle.statusMissing');
    if (!validDecisionDate(text)) problems.on = f.t('lifecycle.dateInvalid');
    if (!why) problems.reason = f.t('lifecycle.reasonMissing');
    setInvalid(problems);
    const first = (['status', 'on', 'reason'] as const).find((k) => problems[k]);
    if (first || !status) {
      document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const detail = await recordDecision(partnership.id, { status, on: text, reason: why });
      // Lists and other pages read the tie again.
      clearCache();
      const date = f.date(text, precisionOf(text));
      setNotice(
        status === 'ended'
          ? f.t('lifecycle.savedEnded', { date })
          : f.t('lifecycle.saved', { status: f.t(`status.${status}`), date }),
      );
      setOpen(false);
      setStatus('');
      setOn('');
      setReason('');
      onSaved(detail);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tie-decision" data-testid="tie-decision">
      <p className="actions">
        <button
          type="button"
          className="btn"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={toggle}
          data-testid="tie-decision-open"
        >
          {f.t('lifecycle.record')}
        </button>
      </p>
      {notice && (
        <p className="notice ok" role="status" data-testid="tie-decision-notice">
          {notice}
        </p>
      )}
      {open && (
        <form
          id={formId}
          className="step-panel decision-form"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-labelledby={`${formId}-title`}
          data-testid="tie-decision-form"
        >
          <h3 id={`${formId}-title`}>{f.t('lifecycle.title')}</h3>
          <p className="muted small">{f.t('lifecycle.lead')}</p>
          <div className="form-grid">
            <div className={invalid.status ? 'field field-error' : 'field'}>
              <label htmlFor={`${formId}-status`} className="field-label">
                {f.t('lifecycle.status')}
              </label>
              <select
                id={`${formId}-status`}
                value={status}
                aria-invalid={invalid.status ? true : undefined}
                aria-describedby={invalid.status ? `${formId}-status-hint` : undefined}
                onChange={(e) => {
                  setStatus(isDecisionStatus(e.target.value) ? e.target.value : '');
                  setInvalid((v) => ({ ...v, status: undefined }));
                }}
                data-testid="tie-decision-status"
              >
                <option value="">{f.t('lifecycle.choose')}</option>
                {DECISION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {f.t(`status.${s}`)}
                  </option>
                ))}
              </select>
              {invalid.status && (
                <p id={`${formId}-status-hint`} className="error-text">
                  {invalid.status}
                </p>
              )}
            </div>
            <div className={invalid.on ? 'field field-error' : 'field'}>
              <label htmlFor={`${formId}-on`} className="field-label">
                {status === 'ended' ? f.t('lifecycle.endedOn') : f.t('lifecycle.since')}
              </label>
              <input
                id={`${formId}-on`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                placeholder="2025-03-15"
                maxLength={10}
                value={on}
                aria-invalid={invalid.on ? true : undefined}
                aria-describedby={`${formId}-on-hint`}
                onChange={(e) => {
                  setOn(e.target.value);
                  setInvalid((v) => ({ ...v, on: undefined }));
                }}
                data-testid="tie-decision-on"
              />
              <p id={`${formId}-on-hint`} className={invalid.on ? 'error-text' : 'muted small'}>
                {invalid.on ?? f.t('lifecycle.dateHint')}
              </p>
            </div>
            <div className={invalid.reason ? 'field wide-field field-error' : 'field wide-field'}>
              <label htmlFor={`${formId}-reason`} className="field-label">
                {f.t('lifecycle.reason')}
              </label>
              <textarea
                id={`${formId}-reason`}
                rows={3}
                maxLength={2000}
                required
                value={reason}
                aria-invalid={invalid.reason ? true : undefined}
                aria-describedby={`${formId}-reason-hint`}
                onChange={(e) => {
                  setReason(e.target.value);
                  setInvalid((v) => ({ ...v, reason: undefined }));
                }}
                data-testid="tie-decision-reason"
              />
              <p id={`${formId}-reason-hint`} className={invalid.reason ? 'error-text' : 'muted small'}>
                {invalid.reason ?? f.t('lifecycle.reasonHint')}
              </p>
            </div>
          </div>
          <p className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="tie-decision-save">
              {busy ? f.t('lifecycle.busy') : f.t('lifecycle.save')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={toggle}>
              {f.t('lifecycle.cancel')}
            </button>
          </p>
        </form>
      )}
      {error !== null && <WriteProblem error={error} record="partnership" testId="tie-decision-error" />}
    </div>
  );
}
