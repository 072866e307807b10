import { Link } from 'react-router-dom';
import { qs, useGet, type Organisation, type Paged } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import { Async, PageTitle, Pager, TableScroll } from '../components/ui';
import { useFormat } from '../format';

const KINDS = ['city_network', 'forum', 'institution', 'fund_or_bank', 'other'];

export default function Organisations() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind']);
  const list = useGet<Paged<Organisation>>(
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
      <Async state={list} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <TableScroll label={f.t('org.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.name')}</th>
                    <th scope="col">{f.t('table.kind')}</th>
                    <th scope="col">{f.t('org.founded')}</th>
                    <th scope="col" className="num">
                      {f.t('table.members')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...d.items].sort(f.compareNames).map((o) => (
                    <tr key={o.id}>
                      <td>
                        <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{f.name(o)}</Link>
                        {o.abbr && <span className="muted"> ({o.abbr})</span>}
                        {o.topic && <div className="muted small">{o.topic}</div>}
                      </td>
                      <td>{f.t(`org.kinds.${o.kind}`)}</td>
                      <td>{o.founded ?? '—'}</td>
                      <td className="num">{f.num(o.members)}</td>
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
