/**
 * One partnership: facts, sources with locators, claims (chosen and others, with reasons), provenance,
 * history; on its own page, the office's control to record a decision on the tie's life.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useGet, type PartnershipDetail as Detail } from '../api';
import { useFormat } from '../format';
import { useSession } from '../session';
import { claimDate } from '../stewardship-api';
import { DecisionSummary, TieDecision, decisionText } from './Lifecycle';
import { VisibilityFact } from './Visibility';
import { HistoryTable } from './RecordSources';
import { TieAgreement } from './TieAgreement';
import { TieAssignments } from './TieAssignments';
import { CooperationBalance } from './CooperationBalance';
import { Async, Empty, NameText, SourceTitle, TableScroll } from './ui';
import { RecordedText } from './RecordedText';

type Format = ReturnType<typeof useFormat>;

/** A claim's value in the user's language: dates at their precision, statuses and types by their labels. */
function show(f: Format, field: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  const date = claimDate(value);
  if (date) return f.date(date.date, date.precision);
  if (typeof value === 'object') return JSON.stringify(value);
  if (field === 'status' || field === 'type' || field === 'level')
    return f.t(`${field}.${String(value)}`, { defaultValue: String(value) });
  return String(value);
}

/** A field's name in the user's language, as recorded when the page has no label for it. */
const fieldName = (f: Format, field: string) => f.t(`lifecycle.fields.${field}`, { defaultValue: field });

/** Why a claim's value is the one shown, in the user's language (nothing for claims not chosen). */
function whyChosen(f: Format, claim: Detail['claims'][number], titles: Map<string, string>): string {
  const why = claim.why;
  if (!why) return '—';
  const kind = f.t(`source.kinds.${why.sourceKind}`);
  if (why.because)
    return f.t(`partnership.why.${why.because}`, {
      over: why.over.map((id) => titles.get(id) ?? id).join(f.t('history.separator')),
      kind,
    });
  return why.agreeing > 0
    ? f.t('partnership.why.agree', { kind, count: why.agreeing })
    : f.t('partnership.why.stated', { kind });
}

export function usePartnership(id: string | null) {
  return useGet<Detail>(id ? `/api/partnerships/${encodeURIComponent(id)}` : null);
}

export default function PartnershipDetail({
  id,
  showTitle = false,
  manage = false,
}: {
  id: string;
  showTitle?: boolean;
  /** Offer the office's decisions on the tie to users who may keep the registry (the server decides where). */
  manage?: boolean;
}) {
  const f = useFormat();
  const session = useSession();
  const fetched = usePartnership(id);
  // The detail a decision returned, shown until the page reads another tie.
  const [saved, setSaved] = useState<{ id: string; detail: Detail } | null>(null);
  const state = saved?.id === id ? { ...fetched, data: saved.detail, error: undefined } : fetched;
  return (
    <Async state={state}>
      {(p) => {
        const sourceTitle = new Map(
          p.sources.map((s) => [
            s.id,
            decisionText(f, p, s)?.title ?? (f.lang === 'zh' ? s.titleZh || s.title : s.title),
          ]),
        );
        // The same title as a page element: a title only in the source's language is marked so.
        // The Chinese side first, as an office names its ties ("泰州 与 横滨").
        const titleOf = (tie: Detail) => {
          const chineseSecond = tie.placeB.countryCode === 'CN' && tie.placeA.countryCode !== 'CN';
          const [a, b] = chineseSecond ? [tie.placeB, tie.placeA] : [tie.placeA, tie.placeB];
          return f.t('partnership.between', { a: f.name(a), b: f.name(b) });
        };
        const sourceTitleOf = (id: string) => {
          const source = p.sources.find((x) => x.id === id);
          if (!source) return id;
          return decisionText(f, p, source)?.title ?? <SourceTitle source={source} />;
        };
        return (
          <div className="detail" data-testid="partnership-detail">
            {showTitle && <h1>{titleOf(p)}</h1>}
            {p.withdrawal && (
              <div className="notice warn" data-testid="withdrawal">
                <p>
                  {f.t('partnership.withdrawn', {
                    login: p.withdrawal.login,
                    date: f.date(p.withdrawal.at.slice(0, 10), 'day'),
                  })}
                </p>
                {p.withdrawal.note && (
                  <p className="small">
                    {f.t('partnership.withdrawnWhy')}
                    <RecordedText text={p.withdrawal.note} />
                  </p>
                )}
              </div>
            )}
            <dl className="facts">
              <div>
                <dt>{f.t('table.partner')}</dt>
                <dd>
                  <Link to={`/place/${encodeURIComponent(p.placeA.id)}`}>
                    <NameText of={p.placeA} />
                  </Link>{' '}
                  ({f.country(p.placeA)}
                  {p.placeA.adminLevel && `, ${f.t(`adminLevel.${p.placeA.adminLevel}`)}`}) ·{' '}
                  <Link to={`/place/${encodeURIComponent(p.placeB.id)}`}>
                    <NameText of={p.placeB} />
                  </Link>{' '}
                  ({f.country(p.placeB)}
                  {p.placeB.adminLevel && `, ${f.t(`adminLevel.${p.placeB.adminLevel}`)}`})
                </dd>
              </div>
              <div>
                <dt>{f.t('table.type')}</dt>
                <dd>{f.t(`type.${p.type}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.level')}</dt>
                <dd>{f.t(`level.${p.level ?? 'none'}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.status')}</dt>
                <dd>
                  <span data-testid="partnership-status">{f.t(`status.${p.status}`)}</span>
                  <DecisionSummary partnership={p} />
                </dd>
              </div>
              {(p.endedOn || p.endReason) && (
                <div>
                  <dt>{f.t('partnership.ended')}</dt>
                  <dd data-testid="partnership-ended">
                    {p.endedOn && (
                      <div data-testid="partnership-ended-on">{f.date(p.endedOn, p.endedPrecision)}</div>
                    )}
                    {p.endReason && (
                      <div className="small break-words" data-testid="partnership-end-reason">
                        {f.t('lifecycle.reasonLine', { reason: p.endReason })}
                      </div>
                    )}
                    {p.status !== 'ended' && (
                      <div className="small muted">
                        {f.t('lifecycle.reactivated', { status: f.t(`status.${p.status}`) })}
                      </div>
                    )}
                  </dd>
                </div>
              )}
              <div>
                <dt>{f.t('table.signed')}</dt>
                <dd>{f.date(p.signedOn, p.signedPrecision)}</dd>
              </div>
              {p.note && (
                <div>
                  <dt>{f.t('partnership.note')}</dt>
                  <dd>{p.note}</dd>
                </div>
              )}
              <div>
                <dt>{f.t('common.id')}</dt>
                <dd>
                  <code>{p.id}</code>
                </dd>
              </div>
              {manage ? (
                <VisibilityFact
                  url={`/api/partnerships/${encodeURIComponent(p.id)}`}
                  visibility={p.visibility}
                  action="registry.write"
                />
              ) : (
                p.visibility !== 'public' && (
                  <div>
                    <dt>{f.t('visibility.label')}</dt>
                    <dd>{f.t(`visibility.${p.visibility}`)}</dd>
                  </div>
                )
              )}
            </dl>

            {manage && session.can('registry.write') && (
              <TieDecision partnership={p} onSaved={(detail) => setSaved({ id, detail })} />
            )}

            <h3>{f.t('partnership.sources')}</h3>
            {p.sources.length === 0 ? (
              <Empty />
            ) : (
              <ul className="source-list">
                {p.sources.map((s) => {
                  // An office's decision reads in the user's language; other locators as the source gives them.
                  const decision = decisionText(f, p, s);
                  return (
                    <li key={`${s.id}-${s.locator}`} data-testid="partnership-source">
                      <Link to={`/sources/${encodeURIComponent(s.id)}`}>{sourceTitleOf(s.id)}</Link>{' '}
                      <span className="tag">{f.t(`source.kinds.${s.kind}`)}</span>
                      {s.locator && (
                        <div className="muted small break-words">
                          {f.t('partnership.locator')}:{' '}
                          {decision ? (
                            decision.locator
                          ) : /^https?:\/\//.test(s.locator) ? (
                            <a href={s.locator} rel="noreferrer noopener" target="_blank">
                              {s.locator}
                            </a>
                          ) : (
                            <span translate="no">{s.locator}</span>
                          )}
                        </div>
                      )}
                      {s.licence && (
                        <div className="muted small" translate="no">
                          {s.licence}
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}

            <h3>{f.t('partnership.claims')}</h3>
            {p.claims.length === 0 ? (
              <Empty />
            ) : (
              <TableScroll label={f.t('partnership.claims')}>
                <table className="claims-table">
                  <thead>
                    <tr>
                      <th scope="col">{f.t('partnership.field')}</th>
                      <th scope="col">{f.t('partnership.value')}</th>
                      <th scope="col">{f.t('common.source')}</th>
                      <th scope="col">{f.t('partnership.chosen')}</th>
                      <th scope="col">{f.t('partnership.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.claims.map((c, i) => (
                      <tr key={i} className={c.chosen ? 'chosen' : 'other'}>
                        <td>{fieldName(f, c.field)}</td>
                        <td>{show(f, c.field, c.value)}</td>
                        <td>{sourceTitleOf(c.sourceId)}</td>
                        <td>{c.chosen ? f.t('partnership.chosen') : f.t('partnership.other')}</td>
                        <td>{whyChosen(f, c, sourceTitle)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}

            <h3>{f.t('partnership.provenance')}</h3>
            {Object.keys(p.provenance ?? {}).length === 0 ? (
              <Empty />
            ) : (
              <dl className="facts compact">
                {Object.entries(p.provenanceBasis).map(([field, basis]) => (
                  <div key={field}>
                    <dt>{fieldName(f, field)}</dt>
                    <dd>
                      {basis.kind === 'source'
                        ? (sourceTitle.get(basis.sourceId) ?? basis.sourceId)
                        : f.t(`partnership.why.${basis.kind}`)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}

            <TieAgreement partnershipId={p.id} />
            {manage && <TieAssignments partnershipId={p.id} />}

            <h3>{f.t('cooperation.title')}</h3>
            <CooperationBalance subject="partnership" id={p.id} />

            {p.projects.length > 0 && (
              <>
                <h3>{f.t('partnership.projects')}</h3>
                <ul>
                  {p.projects.map((j) => (
                    <li key={j.id}>
                      <Link to={`/projects/${encodeURIComponent(j.id)}`}>
                        <NameText of={j} />
                      </Link>{' '}
                      · {f.t(`project.domains.${j.domain}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}

            <h3>{f.t('partnership.history')}</h3>
            <HistoryTable history={p.history} />
          </div>
        );
      }}
    </Async>
  );
}
