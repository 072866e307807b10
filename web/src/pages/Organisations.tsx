import { Link } from 'react-router-dom';
import { TopicText } from '../components/RecordedText';
import { qs, useGet, type Reply } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import PagedTable from '../components/PagedTable';
import { NameText, PageTitle } from '../components/ui';
import { useFormat } from '../format';
import { pathsApiOrganisationsGetParametersQueryKindValues as KINDS } from '../generated/api';

export default function Organisations() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind']);
  const list = useGet<Reply<'/api/organisations'>>(
    `/api/organisations${qs({ kind: values.kind, limit: PAGE_SIZE, offset })}`,
  );
  return (
    <div className="page">
      <PageTitle title={f.t('org.title')} lead={f.t('org.lead')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label={f.t('filter.kind')}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          options={KINDS.map((k) => ({ value: k, label: f.t(`org.kinds.${k}`) }))}
        />
      </form>
      <PagedTable
        state={list}
        label={f.t('org.title')}
        download={{ path: `/api/organisations${qs({ kind: values.kind })}`, fileName: 'amity-organisations' }}
        offset={offset}
        onOffset={(o) => set('offset', String(o))}
        head={
          <>
            <th scope="col">{f.t('table.name')}</th>
            <th scope="col">{f.t('table.kind')}</th>
            <th scope="col">{f.t('org.founded')}</th>
            <th scope="col" className="num">
              {f.t('table.members')}
            </th>
          </>
        }
      >
        {(items) =>
          [...items].sort(f.compareNames).map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/organisations/${encodeURIComponent(o.id)}`}>
                  <NameText of={o} />
                </Link>
                {o.abbr && (
                  <span className="muted" translate="no">
                    {' '}
                    ({o.abbr})
                  </span>
                )}
                {o.topic && (
                  <div className="muted small">
                    <TopicText topic={o.topic} />
                  </div>
                )}
              </td>
              <td>{f.t(`org.kinds.${o.kind}`)}</td>
              <td>{o.founded ?? '—'}</td>
              <td className="num">
                {o.members > 0 ? f.num(o.members) : <span className="muted">{f.t('org.noMembers')}</span>}
              </td>
            </tr>
          ))
        }
      </PagedTable>
    </div>
  );
}
