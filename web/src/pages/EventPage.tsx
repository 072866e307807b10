import { Link, useParams } from 'react-router-dom';
import { RecordedText } from '../components/RecordedText';
import { useGet, type EventDetail } from '../api';
import { HistorySection, SourcesSection } from '../components/RecordSources';
import { VisibilityFact } from '../components/Visibility';
import { AltName, Async, Empty, NameText, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';

export default function EventPage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const event = useGet<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  return (
    <div className="page">
      <Async state={event}>
        {(e) => (
          <>
            <PageTitle
              title={<NameText of={e} />}
              lead={f.altName(e) ? <AltName of={e} className="" /> : undefined}
            />
            <dl className="facts">
              <div>
                <dt>{f.t('table.kind')}</dt>
                <dd>{f.t(`event.kinds.${e.kind}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.date')}</dt>
                <dd>{f.date(e.startsOn, e.startsPrecision)}</dd>
              </div>
              {e.endsOn && (
                <div>
                  <dt>{f.t('event.ends')}</dt>
                  <dd>{f.date(e.endsOn)}</dd>
                </div>
              )}
              <div>
                <dt>{f.t('table.place')}</dt>
                <dd>
                  {e.placeId ? (
                    <Link to={`/place/${encodeURIComponent(e.placeId)}`}>
                      <NameText of={{ nameEn: e.placeNameEn ?? '', nameZh: e.placeNameZh }} />
                    </Link>
                  ) : (
                    (e.placeText ?? '—')
                  )}
                </dd>
              </div>
              {Object.entries(e.figures ?? {}).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{typeof v === 'number' ? f.num(v) : String(v)}</dd>
                </div>
              ))}
              {e.note && (
                <div className="wide">
                  <dt>{f.t('common.note')}</dt>
                  <dd>
                    <RecordedText text={e.note} />
                  </dd>
                </div>
              )}
              <VisibilityFact
                url={`/api/events/${encodeURIComponent(e.id)}`}
                visibility={e.visibility}
                action="cooperation.write"
              />
            </dl>
            <Section title={f.t('event.participants')} id="participants">
              {e.participants.length === 0 ? (
                <Empty />
              ) : (
                <ul className="plain-list">
                  {e.participants.map((p) => (
                    <li key={p.id}>
                      <Link to={`/place/${encodeURIComponent(p.id)}`}>
                        <NameText of={p} />
                      </Link>{' '}
                      <span className="muted small">
                        {f.country(p)} · {p.role}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <SourcesSection sources={e.sources} />
            <HistorySection history={e.history} />
          </>
        )}
      </Async>
    </div>
  );
}
