import { Link, useParams } from 'react-router-dom';
import { RecordedText, TopicText } from '../components/RecordedText';
import { useGet, type OrganisationDetail } from '../api';
import { HistorySection, SourcesSection } from '../components/RecordSources';
import { AltName, Async, Empty, NameText, PageTitle, Section, TableScroll } from '../components/ui';
import { useFormat } from '../format';
import { RowsDownloads } from '../components/TableDownloads';

export default function OrganisationPage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const org = useGet<OrganisationDetail>(`/api/organisations/${encodeURIComponent(id)}`);
  return (
    <div className="page">
      <Async state={org}>
        {(o) => (
          <>
            <PageTitle
              title={
                <>
                  <NameText of={o} />{' '}
                  {o.abbr && (
                    <span className="alt-name" translate="no">
                      {o.abbr}
                    </span>
                  )}
                </>
              }
              lead={f.altName(o) ? <AltName of={o} className="" /> : undefined}
            />
            <dl className="facts">
              <div>
                <dt>{f.t('table.kind')}</dt>
                <dd>{f.t(`org.kinds.${o.kind}`)}</dd>
              </div>
              <div>
                <dt>{f.t('org.founded')}</dt>
                <dd>{o.founded ?? '—'}</dd>
              </div>
              {o.topic && (
                <div>
                  <dt>{f.t('org.topic')}</dt>
                  <dd>
                    <TopicText topic={o.topic} />
                  </dd>
                </div>
              )}
              {o.membersNote && (
                <div className="wide">
                  <dt>{f.t('org.membersNote')}</dt>
                  <dd>{o.membersNote}</dd>
                </div>
              )}
              {o.note && (
                <div className="wide">
                  <dt>{f.t('common.note')}</dt>
                  <dd>
                    <RecordedText text={o.note} />
                  </dd>
                </div>
              )}
            </dl>
            <Section title={f.t('table.members')} id="members">
              {o.members.length === 0 ? (
                <Empty />
              ) : (
                <TableScroll label={f.t('table.members')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{f.t('table.place')}</th>
                        <th scope="col">{f.t('table.country')}</th>
                        <th scope="col">{f.t('table.role')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {o.members.map((m) => (
                        <tr key={m.id}>
                          <td>
                            <Link to={`/place/${encodeURIComponent(m.id)}`}>
                              <NameText of={m} />
                            </Link>
                          </td>
                          <td>{f.country(m)}</td>
                          <td>{m.role}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )}
              {o.members.length > 0 && (
                <RowsDownloads
                  fileName={`amity-members-${o.id}`}
                  testId="members-downloads"
                  rows={o.members}
                  columns={[
                    [f.t('common.id'), (m) => m.id],
                    [f.t('table.place'), (m) => f.name(m)],
                    [f.t('table.country'), (m) => f.country(m)],
                    [f.t('table.role'), (m) => m.role],
                  ]}
                />
              )}
            </Section>
            {o.events.length > 0 && (
              <Section title={f.t('place.events')} id="org-events">
                <ul className="plain-list">
                  {o.events.map((e) => (
                    <li key={e.id}>
                      <Link to={`/events/${encodeURIComponent(e.id)}`}>
                        <NameText of={e} />
                      </Link>{' '}
                      <span className="muted small">{f.date(e.startsOn)}</span>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <SourcesSection sources={o.sources} />
            <HistorySection history={o.history} />
          </>
        )}
      </Async>
    </div>
  );
}
