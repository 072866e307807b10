import { Link } from 'react-router-dom';
import { qs, useGet, type Paged, type Source } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import { Async, PageTitle, Pager, TableScroll } from '../components/ui';
import { useFormat } from '../format';

const KINDS = ['document', 'dataset', 'web', 'user', 'reference'];

export default function Sources() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind']);
  const list = useGet<Paged<Source>>(`/api/sources${qs({ kind: values.kind, limit: PAGE_SIZE, offset })}`);
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
      <Async state={list} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <TableScroll label={f.t('source.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.name')}</th>
                    <th scope="col">{f.t('table.kind')}</th>
                    <th scope="col">{f.t('table.publisher')}</th>
                    <th scope="col" className="num">
                      {f.t('table.records')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/sources/${encodeURIComponent(s.id)}`}>
                          {f.lang === 'zh' ? s.titleZh || s.title : s.title}
                        </Link>
                      </td>
                      <td>{f.t(`source.kinds.${s.kind}`)}</td>
                      <td>{s.publisher ?? '—'}</td>
                      <td className="num">{f.num(s.records)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pager
              total={d.total}
              limit={PAGE_SIZE}
              offset={offset}
              onChange={(o) => set('offset', String(o))}
            />
          </>
        )}
      </Async>
    </div>
  );
}
