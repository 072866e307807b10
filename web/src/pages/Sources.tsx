import { Link } from 'react-router-dom';
import { qs, useGet, type Reply } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import PagedTable from '../components/PagedTable';
import { PageTitle, SourceTitle } from '../components/ui';
import { useFormat } from '../format';
import { pathsApiSourcesGetParametersQueryKindValues as KINDS } from '../generated/api';

export default function Sources() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind']);
  const list = useGet<Reply<'/api/sources'>>(
    `/api/sources${qs({ kind: values.kind, limit: PAGE_SIZE, offset })}`,
  );
  return (
    <div className="page">
      <PageTitle title={f.t('source.title')} lead={f.t('source.lead')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label={f.t('filter.kind')}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          options={KINDS.map((k) => ({ value: k, label: f.t(`source.kinds.${k}`) }))}
        />
      </form>
      <PagedTable
        state={list}
        label={f.t('source.title')}
        download={{ path: `/api/sources${qs({ kind: values.kind })}`, fileName: 'amity-sources' }}
        offset={offset}
        onOffset={(o) => set('offset', String(o))}
        head={
          <>
            <th scope="col">{f.t('table.name')}</th>
            <th scope="col">{f.t('table.kind')}</th>
            <th scope="col">{f.t('table.publisher')}</th>
            <th scope="col" className="num">
              {f.t('table.records')}
            </th>
          </>
        }
      >
        {(items) =>
          items.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/sources/${encodeURIComponent(s.id)}`}>
                  <SourceTitle source={s} />
                </Link>
              </td>
              <td>{f.t(`source.kinds.${s.kind}`)}</td>
              <td translate="no">{s.publisher ?? '—'}</td>
              <td className="num">{f.num(s.records)}</td>
            </tr>
          ))
        }
      </PagedTable>
    </div>
  );
}
