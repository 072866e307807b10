/**
 * A project's milestones with their due and done dates, overdue ones flagged; for those who may record
 * the project's cooperation, marking one done and setting when it is due (the server decides where).
 */
import { useId, useState, type FormEvent } from 'react';
import { clearCache, type ProjectDetail } from '../api';
import { useFormat } from '../format';
import { setMilestoneDates, today, validDay, type Milestone, type MilestoneInput } from '../lifecycle-api';
import { WriteProblem } from './Lifecycle';
import { Empty } from './ui';

type Panel = 'done' | 'due' | null;

export function MilestoneList({
  project,
  canEdit,
  onSaved,
}: {
  project: ProjectDetail;
  canEdit: boolean;
  onSaved: (detail: ProjectDetail) => void;
}) {
  if (project.milestones.length === 0) return <Empty />;
  return (
    <ol className="timeline milestones" data-testid="milestones">
      {project.milestones.map((m) => (
        <MilestoneItem key={m.seq} projectId={project.id} milestone={m} canEdit={canEdit} onSaved={onSaved} />
      ))}
    </ol>
  );
}

function MilestoneItem({
  projectId,
  milestone: m,
  canEdit,
  onSaved,
}: {
  projectId: string;
  milestone: Milestone;
  canEdit: boolean;
  onSaved: (detail: ProjectDetail) => void;
}) {
  const f = useFormat();
  const formId = `milestone${useId().replace(/:/g, '')}`;
  const [panel, setPanel] = useState<Panel>(null);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const open = (next: Panel) => {
    setPanel((cur) => (cur === next ? null : next));
    setValue(next === 'done' ? (m.doneOn ?? today()) : next === 'due' ? (m.dueOn ?? '') : '');
    setInvalid(null);
    setError(null);
    setNotice(null);
  };

  const save = async (input: MilestoneInput, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const detail = await setMilestoneDates(projectId, m.seq, input);
      // The inbox and lists read the milestones again.
      clearCache();
      setPanel(null);
      setNotice(done);
      onSaved(detail);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const day = value.trim();
    if (!validDay(day)) {
      setInvalid(f.t('milestone.dateInvalid'));
      document.getElementById(`${formId}-date`)?.focus();
      return;
    }
    if (panel === 'done' && day > today()) {
      setInvalid(f.t('milestone.doneFuture'));
      document.getElementById(`${formId}-date`)?.focus();
      return;
    }
    const date = f.date(day, 'day');
    if (panel === 'done') void save({ done: day }, f.t('milestone.savedDone', { date }));
    else void save({ due: day }, f.t('milestone.savedDue', { date }));
  };

  return (
    <li
      className={m.overdue ? 'milestone milestone-overdue' : 'milestone'}
      data-testid="milestone"
      data-seq={m.seq}
      data-overdue={m.overdue}
    >
      <div className="milestone-head">
        {m.happenedOn && <strong>{f.date(m.happenedOn, m.precision)}</strong>}
        <span className="break-words" data-testid="milestone-description">
          {m.description}
        </span>
        {m.overdue && (
          <span className="tag tag-bad" data-testid="milestone-overdue">
            {f.t('milestone.overdue')}
          </span>
        )}
      </div>
      <div className="milestone-dates muted small">
        <span data-testid="milestone-due">
          {m.dueOn ? f.t('milestone.due', { date: f.date(m.dueOn, 'day') }) : f.t('milestone.noDue')}
        </span>
        <span data-testid="milestone-done">
          {m.doneOn ? f.t('milestone.done', { date: f.date(m.doneOn, 'day') }) : f.t('milestone.notDone')}
        </span>
      </div>
      {canEdit && (
        <div className="actions milestone-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={panel === 'done'}
            disabled={busy}
            onClick={() => open('done')}
            data-testid="milestone-mark-done"
          >
            {m.doneOn ? f.t('milestone.changeDone') : f.t('milestone.markDone')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={panel === 'due'}
            disabled={busy}
            onClick={() => open('due')}
            data-testid="milestone-set-due"
          >
            {f.t('milestone.setDue')}
          </button>
        </div>
      )}
      {canEdit && panel !== null && (
        <form
          className="step-panel milestone-form"
          onSubmit={submit}
          noValidate
          data-testid={`milestone-form-${panel}`}
        >
          <div className={invalid ? 'field field-error' : 'field'}>
            <label htmlFor={`${formId}-date`} className="field-label">
              {panel === 'done' ? f.t('milestone.doneOn') : f.t('milestone.dueOn')}
            </label>
            <input
              id={`${formId}-date`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              placeholder={today()}
              maxLength={10}
              value={value}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={`${formId}-hint`}
              onChange={(e) => {
                setValue(e.target.value);
                setInvalid(null);
              }}
              data-testid="milestone-date"
            />
            <p id={`${formId}-hint`} className={invalid ? 'error-text' : 'muted small'}>
              {invalid ?? (panel === 'done' ? f.t('milestone.doneHint') : f.t('milestone.dueHint'))}
            </p>
          </div>
          <p className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="milestone-save">
              {busy
                ? f.t('milestone.busy')
                : panel === 'done'
                  ? f.t('milestone.saveDone')
                  : f.t('milestone.saveDue')}
            </button>
            {panel === 'done' && m.doneOn && (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void save({ done: null }, f.t('milestone.clearedDone'))}
                data-testid="milestone-clear"
              >
                {f.t('milestone.undoDone')}
              </button>
            )}
            {panel === 'due' && m.dueOn && (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void save({ due: null }, f.t('milestone.clearedDue'))}
                data-testid="milestone-clear"
              >
                {f.t('milestone.clearDue')}
              </button>
            )}
            <button type="button" className="btn" disabled={busy} onClick={() => open(null)}>
              {f.t('milestone.cancel')}
            </button>
          </p>
        </form>
      )}
      {notice && (
        <p className="notice ok small" role="status" data-testid="milestone-notice">
          {notice}
        </p>
      )}
      {error !== null && <WriteProblem error={error} record="milestone" testId="milestone-error" />}
    </li>
  );
}
