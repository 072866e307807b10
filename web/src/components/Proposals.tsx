/** What the workspace and the proposal pages share: states, the stepper, the vetting and readable refusals. */
import KeyedProblem from './KeyedProblem';
import { Link } from 'react-router-dom';
import type { VetResult } from '../matching-api';
import { useFormat } from '../format';
import {
  BLOCKING_WARNING,
  proposalErrorKey,
  proposalPath,
  STAGES,
  stageOf,
  type PlaceRef,
  type Proposal,
  type ProposalDetail,
  type ProposalState,
} from '../proposals-api';
import { TableScroll } from './ui';

type Format = ReturnType<typeof useFormat>;

const STATE_CLASS: Partial<Record<ProposalState, string>> = {
  returned: 'state-tag-warn',
  rejected: 'state-tag-bad',
  withdrawn: 'state-tag-muted',
  approved: 'state-tag-ok',
  signed: 'state-tag-ok',
  published: 'state-tag-ok',
};

export function StateTag({ state }: { state: ProposalState }) {
  const f = useFormat();
  return (
    <span
      className={`tag state-tag ${STATE_CLASS[state] ?? ''}`}
      data-testid="proposal-state"
      data-state={state}
    >
      {f.t(`proposals.states.${state}`)}
    </span>
  );
}

/** A place of a proposal by name, in Chinese where it has one and the interface is Chinese. */
export function placeName(f: Format, p: PlaceRef): string {
  return f.name(p);
}

/** "长宁区 → 横滨". */
export function pairTitle(f: Format, p: { place: PlaceRef; candidate: PlaceRef }): string {
  return f.t('proposals.title', { place: placeName(f, p.place), candidate: placeName(f, p.candidate) });
}

/** A proposal in a list: its pair linked to its page, with its state, type and last change. */
export function ProposalRow({ proposal }: { proposal: Proposal }) {
  const f = useFormat();
  const blocked = proposal.blocked !== null;
  return (
    <li className="proposal-row" data-testid="proposal-row" data-id={proposal.id}>
      <div className="proposal-row-main">
        <Link to={proposalPath(proposal.id)} className="strong">
          {pairTitle(f, proposal)}
        </Link>
        <StateTag state={proposal.state} />
        {blocked && <span className="tag tag-bad">{f.t('proposals.blocking')}</span>}
      </div>
      <div className="muted small">
        {f.t(`type.${proposal.type}`)} · {f.t('workspace.updated', { time: f.dateTime(proposal.updatedAt) })}
        {proposal.warnings.length > 0 && (
          <>
            {' · '}
            {proposal.warnings
              .filter((w) => w !== BLOCKING_WARNING)
              .map((w) => f.t(`matching.warningCodes.${w}`, { defaultValue: w }))
              .join(f.lang === 'zh' ? '、' : ', ')}
          </>
        )}
      </div>
    </li>
  );
}

/** The review chain as a stepper: 起草 → 省级审核 → 国家审核 → 批准 → 签署 → 公开. */
export function Stepper({ detail }: { detail: Pick<ProposalDetail, 'state' | 'steps' | 'province'> }) {
  const f = useFormat();
  const stage = stageOf(detail);
  const at = STAGES.indexOf(stage);
  const stopped = detail.state === 'rejected' || detail.state === 'withdrawn';
  return (
    <ol className="stepper" aria-label={f.t('proposals.stepper')} data-testid="proposal-stepper">
      {STAGES.map((s, i) => {
        const skipped = s === 'province_review' && detail.province === null;
        const done = detail.state === 'published' ? true : i < at;
        const current = !done && i === at;
        const status = skipped
          ? 'skipped'
          : done
            ? 'done'
            : current
              ? stopped
                ? 'stopped'
                : detail.state === 'returned'
                  ? 'returned'
                  : 'current'
              : 'todo';
        const note =
          status === 'skipped'
            ? f.t('proposals.stageSkipped')
            : status === 'done'
              ? f.t('proposals.stageDone')
              : status === 'stopped'
                ? `${f.t('proposals.stageStopped')}: ${f.t(`proposals.states.${detail.state}`)}`
                : status === 'returned'
                  ? f.t('proposals.states.returned')
                  : status === 'current'
                    ? f.t('proposals.stageCurrent')
                    : null;
        return (
          <li
            key={s}
            className={`stepper-item stepper-${status}`}
            aria-current={current ? 'step' : undefined}
            data-stage={s}
            data-status={status}
          >
            <span className="stepper-mark" aria-hidden="true">
              {status === 'done' ? '✓' : status === 'stopped' ? '✕' : status === 'skipped' ? '–' : i + 1}
            </span>
            <span className="stepper-text">
              <span className="stepper-label">{f.t(`proposals.stages.${s}`)}</span>
              {note && <span className="stepper-note">{note}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const score = (f: Format, n: number) =>
  new Intl.NumberFormat(f.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/**
 * The vetting of a pair: a blocking warning first and as such, the other warnings in the user's language,
 * the score with the rank among all candidates, and the explanation of the score.
 */
export function VettingPanel({ vetting }: { vetting: VetResult }) {
  const f = useFormat();
  const blocking = vetting.warnings.filter((w) => w.code === BLOCKING_WARNING);
  const others = vetting.warnings.filter((w) => w.code !== BLOCKING_WARNING);
  const text = (w: { en: string; zh: string }) => (f.lang === 'zh' ? w.zh : w.en);
  return (
    <div className="vetting" data-testid="vetting">
      {blocking.map((w) => (
        <div key={w.code} className="notice bad" role="alert" data-testid="vetting-blocking">
          <p>
            <span className="tag tag-bad">{f.t('proposals.blocking')}</span>{' '}
            <strong>{f.t('proposals.blockedTitle')}</strong>
          </p>
          <p>{text(w)}</p>
        </div>
      ))}
      <dl className="facts compact">
        <div>
          <dt>{f.t('proposals.score')}</dt>
          <dd data-testid="vetting-score">{score(f, vetting.score)}</dd>
        </div>
        <div className="vetting-rank">
          <dt>{f.t('proposals.rank')}</dt>
          <dd data-testid="vetting-rank">
            {vetting.rankAmongAll !== null
              ? f.t('proposals.rankValue', {
                  rank: f.num(vetting.rankAmongAll),
                  considered: f.num(vetting.considered),
                })
              : '—'}
          </dd>
        </div>
      </dl>
      <h3>{f.t('proposals.warnings')}</h3>
      {others.length === 0 ? (
        <p className="muted">{f.t('proposals.noWarnings')}</p>
      ) : (
        <ul className="plain-list" data-testid="vetting-warnings">
          {others.map((w) => (
            <li key={w.code}>
              <span className="tag tag-warn">
                {f.t(`matching.warningCodes.${w.code}`, { defaultValue: w.code })}
              </span>{' '}
              {text(w)}
            </li>
          ))}
        </ul>
      )}
      <h3>{f.t('proposals.reasons')}</h3>
      <TableScroll label={f.t('proposals.reasons')}>
        <table className="vetting-table" data-testid="vetting-explanation">
          <thead>
            <tr>
              <th scope="col">{f.t('proposals.component')}</th>
              <th scope="col" className="num">
                {f.t('proposals.effect')}
              </th>
              <th scope="col">{f.t('proposals.why')}</th>
            </tr>
          </thead>
          <tbody>
            {vetting.explanation.map((e) => (
              <tr key={e.key}>
                <td>{f.t(`matching.components.${e.key}`, { defaultValue: e.key })}</td>
                <td className={`num nowrap ${e.contribution >= 0 ? 'reason-up' : 'reason-down'}`}>
                  {e.contribution >= 0 ? '+' : '−'}
                  {score(f, Math.abs(e.contribution))}
                </td>
                <td>{text(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** A refusal of the proposals API in the user's language; the server's words when the page cannot map them. */
export function ProposalProblem({ error, testId = 'proposal-error' }: { error: unknown; testId?: string }) {
  return <KeyedProblem error={error} keyOf={proposalErrorKey} testId={testId} />;
}
