import { TableDownloads } from '../components/TableDownloads';
import { Link, useParams } from 'react-router-dom';
import { RecordedText } from '../components/RecordedText';
import { useGet, type SourceDetail } from '../api';
import { Async, PageTitle, Section, SourceTitle } from '../components/ui';
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
              title={<SourceTitle source={s} />}
              lead={
                f.lang === 'zh' ? (
                  s.titleZh ? (
                    <span lang="en">{s.title}</span>
                  ) : undefined
                ) : (
                  s.titleZh && <span lang="zh">{s.titleZh}</span>
                )
              }
            />
            <dl className="facts">
              <div>
                <dt>{f.t('table.kind')}</dt>
                <dd>{f.t(`source.kinds.${s.kind}`)}</dd>
              </div>
              <div>
                <dt>{f.t('table.publisher')}</dt>
                <dd translate="no">{s.publisher ?? '—'}</dd>
              </div>
              <div>
                <dt>{f.t('table.licence')}</dt>
                <dd translate="no">{s.licence ?? '—'}</dd>
              </div>
              <div>
                <dt>{f.t('source.retrieved')}</dt>
                <dd>{f.date(s.retrieved)}</dd>
              </div>
              {s.url && (
                <div className="wide">
                  <dt>{f.t('source.url')}</dt>
                  <dd className="break">
                    <a href={s.url} rel="noreferrer noopener" target="_blank" translate="no">
                      {s.url}
                    </a>
                  </dd>
                </div>
              )}
              {s.note && (
                <div className="wide">
                  <dt>{f.t('common.note')}</dt>
                  <dd>
                    <RecordedText text={s.note} />
                  </dd>
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
                    {/* Record kinds are named in the singular; their counts by the table's plural. */}
                    {f.t(`counts.${r.recordType}s`, { defaultValue: r.recordType })}: {f.num(r.count)}
                  </li>
                ))}
              </ul>
              <p className="small">
                <TableDownloads
                  href={(format) =>
                    `/api/partnerships?source=${encodeURIComponent(s.id)}&format=${format}&limit=1000`
                  }
                  fileName={`amity-${s.id.replace(/[^a-z0-9]+/gi, '-')}-partnerships`}
                />{' '}
                · <Link to="/sources">{f.t('source.title')}</Link>
              </p>
            </Section>
          </>
        )}
      </Async>
    </div>
  );
}
