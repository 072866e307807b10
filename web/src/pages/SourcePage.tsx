import { Link, useParams } from 'react-router-dom';
import { useGet, type SourceDetail } from '../api';
import { Async, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';

export default function SourcePage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const source = useGet<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`);
  return (
    <div className="page">
      <Async state={source}>
        {(s) => (
          <>
            <PageTitle
              title={f.lang === 'zh' ? s.titleZh || s.title : s.title}
              lead={f.lang === 'zh' ? (s.titleZh ? s.title : '') : (s.titleZh ?? '')}
            />
            <dl className="facts">
              <div>
                <dt>{f.t('table.kind')}</dt>
                <dd>{f.t(`source.kinds.${s.kind}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.publisher')}</dt>
                <dd>{s.publisher ?? '—'}</dd>
              </div>
              <div>
                <dt>{f.t('table.licence')}</dt>
                <dd>{s.licence ?? '—'}</dd>
              </div>
              <div>
                <dt>{f.t('source.retrieved')}</dt>
                <dd>{f.date(s.retrieved)}</dd>
              </div>
              {s.url && (
                <div className="wide">
                  <dt>{f.t('source.url')}</dt>
                  <dd className="break">
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.url}
                    </a>
                  </dd>
                </div>
              )}
              {s.note && (
                <div className="wide">
                  <dt>{f.t('common.note')}</dt>
                  <dd>{s.note}</dd>
                </div>
              )}
              <div>
                <dt>{f.t('common.id')}</dt>
                <dd>
                  <code>{s.id}</code>
                </dd>
              </div>
            </dl>
            <Section title={f.t('source.records')} id="source-records">
              <ul className="plain-list">
                {s.records.map((r) => (
                  <li key={r.recordType}>
                    {r.recordType === 'partnership' ? (
                      <span>
                        {f.t('counts.partnerships')}: {f.num(r.count)}
                      </span>
                    ) : (
                      <span>
                        {r.recordType}: {f.num(r.count)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              <p className="small">
                <a href={`/api/partnerships?source=${encodeURIComponent(s.id)}&format=csv&limit=1000`}>
                  {f.t('filter.csv')}
                </a>{' '}
                · <Link to="/sources">{f.t('source.title')}</Link>
              </p>
            </Section>
          </>
        )}
      </Async>
    </div>
  );
}
