import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAsync, useGet, type ProjectDetail, type Reply } from '../api';
import { milestoneAccess } from '../lifecycle-api';
import { MilestoneList } from '../components/Milestones';
import { VisibilityFact } from '../components/Visibility';
import { HistorySection, SourcesSection } from '../components/RecordSources';
import { AltName, Async, Empty, NameText, PageTitle, Section } from '../components/ui';
import { money, useFormat } from '../format';
import { RecordedText } from '../components/RecordedText';
import { useSession } from '../session';

export default function ProjectPage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const session = useSession();
  const fetched = useGet<ProjectDetail>(`/api/projects/${encodeURIComponent(id)}`);
  // The detail a milestone's change returned, shown until the page reads another project.
  const [saved, setSaved] = useState<{ id: string; detail: ProjectDetail } | null>(null);
  const project = saved?.id === id ? { ...fetched, data: saved.detail, error: undefined } : fetched;
  // Offered only where the server would accept the write (a department: under its assigned ties).
  const access = useAsync(
    session.can('cooperation.write') ? `milestone-access:${id}:${session.user?.login ?? ''}` : null,
    () => milestoneAccess(id),
  );
  const corridors = useGet<Reply<'/api/corridors'>>('/api/corridors');
  const countries = useGet<Reply<'/api/countries'>>('/api/countries');
  const countryName = new Map((countries.data?.items ?? []).map((c) => [c.code, f.name(c)]));
  // Roles Amity's importers write are labelled in the user's language; others show as recorded.
  const roles = f.t('project.roles', { returnObjects: true }) as Record<string, string>;
  // The sectors the bundled financed projects use (AidData's OECD CRS groups), in the user's language.
  const sectors = f.t('project.sectors', { returnObjects: true }) as Record<string, string>;
  return (
    <div className="page">
      <Async state={project}>
        {(j) => {
          const corridor = corridors.data?.items.find((c) => c.id === j.corridorId);
          return (
            <>
              <PageTitle
                title={<NameText of={j} />}
                lead={f.altName(j) ? <AltName of={j} className="" /> : undefined}
              />
              <dl className="facts">
                <div>
                  <dt>{f.t('table.domain')}</dt>
                  <dd>
                    <span className={`tag domain-${j.domain}`}>{f.t(`project.domains.${j.domain}`)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{f.t('table.status')}</dt>
                  <dd>{f.t(`project.statuses.${j.status}`)}</dd>
                </div>
                {j.sector && (
                  <div>
                    <dt>{f.t('project.sector')}</dt>
                    <dd>{sectors[j.sector] ?? j.sector}</dd>
                  </div>
                )}
                <div>
                  <dt>{f.t('table.corridor')}</dt>
                  <dd>{corridor ? f.name(corridor) : (j.corridorId ?? '—')}</dd>
                </div>
                <div>
                  <dt>{f.t('table.started')}</dt>
                  <dd>{f.date(j.startedOn, j.startedPrecision)}</dd>
                </div>
                {j.completedOn && (
                  <div>
                    <dt>{f.t('project.completed')}</dt>
                    <dd>{f.date(j.completedOn, j.completedPrecision)}</dd>
                  </div>
                )}
                {j.amount !== null && (
                  <div>
                    <dt>{f.t('project.amount')}</dt>
                    <dd>
                      {money(f, j.amount, j.currency)}
                      {j.amountYear && (
                        <span className="muted"> {f.t('project.inYear', { year: j.amountYear })}</span>
                      )}
                    </dd>
                  </div>
                )}
                {j.countryCodes.length > 0 && (
                  <div>
                    <dt>{f.t('table.country')}</dt>
                    <dd>
                      <ul className="inline-list">
                        {j.countryCodes.map((code) => (
                          <li key={code}>
                            <Link to={`/country/${code}`}>{countryName.get(code) ?? code}</Link>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {j.sdgTargets?.length > 0 && (
                  <div>
                    <dt>{f.t('project.sdg')}</dt>
                    <dd>{j.sdgTargets.join(', ')}</dd>
                  </div>
                )}
                {j.partnershipId && (
                  <div>
                    <dt>{f.t('project.partnership')}</dt>
                    <dd>
                      <Link to={`/partnership/${encodeURIComponent(j.partnershipId)}`}>
                        {j.partnershipId}
                      </Link>
                    </dd>
                  </div>
                )}
                {j.note && (
                  <div className="wide">
                    <dt>{f.t('common.note')}</dt>
                    <dd>
                      <RecordedText text={j.note} />
                    </dd>
                  </div>
                )}
                <VisibilityFact
                  url={`/api/projects/${encodeURIComponent(j.id)}`}
                  visibility={j.visibility}
                  action="cooperation.write"
                />
              </dl>
              <div className="grid-2">
                <Section title={f.t('project.places')} id="project-places">
                  {j.places.length === 0 ? (
                    <Empty>{j.placeText ? <RecordedText text={j.placeText} /> : undefined}</Empty>
                  ) : (
                    <>
                      <ul className="plain-list">
                        {j.places.map((p) => (
                          <li key={p.id}>
                            <Link to={`/place/${encodeURIComponent(p.id)}`}>
                              <NameText of={p} />
                            </Link>{' '}
                            <span className="muted small">{f.country(p)}</span>
                          </li>
                        ))}
                      </ul>
                      {j.placeText && (
                        <p className="muted small">
                          {f.t('project.alsoAt')}
                          <RecordedText text={j.placeText} />
                        </p>
                      )}
                    </>
                  )}
                </Section>
                <Section title={f.t('project.participants')} id="project-participants">
                  {j.participants.length === 0 ? (
                    <Empty />
                  ) : (
                    <ul className="plain-list">
                      {j.participants.map((p) => (
                        <li key={`${p.name}-${p.role}`}>
                          <RecordedText text={p.name} />{' '}
                          <span className="muted small">{roles[p.role] ?? p.role}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Section>
                <Section title={f.t('project.milestones')} id="project-milestones">
                  <MilestoneList
                    project={j}
                    canEdit={access.data?.allowed === true}
                    onSaved={(detail) => setSaved({ id, detail })}
                  />
                  {/* Whoever may record projects but not this project's milestones is told why. */}
                  {access.data?.reasonKey && j.milestones.length > 0 && (
                    <p className="muted small" data-testid="milestones-refused">
                      {f.t(access.data.reasonKey)}
                    </p>
                  )}
                </Section>
                <Section title={f.t('project.outcomes')} id="project-outcomes">
                  {j.outcomes.length === 0 ? (
                    <Empty />
                  ) : (
                    <dl className="facts compact">
                      {j.outcomes.map((o) => (
                        <div key={o.measure}>
                          <dt>{o.measure}</dt>
                          <dd>{o.value !== null ? `${f.num(o.value)} ${o.unit ?? ''}` : o.text}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </Section>
              </div>
              <SourcesSection sources={j.sources} />
              <HistorySection history={j.history} />
            </>
          );
        }}
      </Async>
    </div>
  );
}
