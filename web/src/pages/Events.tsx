import { Link } from 'react-router-dom';
import { qs, useGet, type EventRecord, type Paged } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import { Async, PageTitle, Pager, TableScroll } from '../components/ui';
import { useFormat } from '../format';

const KINDS = ['forum', 'expo', 'visit', 'signing', 'opening', 'summit', 'exchange', 'other'];

export default function Events() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind', 'from', 'to']);
  const years = /^\d{4}$/;
  const list = useGet<Paged<EventRecord>>(
    `/api/events${qs({ kind: values.kind, from: years.test(values.from) ? values.from : undefined, to: years.test(values.to) ? values.to : undefined, limit: PAGE_SIZE, offset })}`,
  );
  return (
    <div className="page">
      <PageTitle title={f.t('event.title')} lead={f.t('event.lead')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label={f.t('filter.kind')}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          options={KINDS.map((k) => ({ value: k, label: f.t(`event.kinds.${k}`) }))}
        />
        <label>
          <span>{f.t('filter.from')}</span>
          <input
            inputMode="numeric"
            pattern="\d{4}"
            size={6}
            value={values.from}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label>
          <span>{f.t('filter.to')}</span>
          <input
            inputMode="numeric"
            pattern="\d{4}"
            size={6}
            value={values.to}
            onChange={(e) => set('to', e.target.value)}
          />
        </label>
      </form>
      <Async state={list} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <TableScroll label={f.t('event.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.name')}</th>
                    <th scope="col">{f.t('table.kind')}</th>
                    <th scope="col">{f.t('table.date')}</th>
                    <th scope="col">{f.t('table.place')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <Link to={`/events/${encodeURIComponent(e.id)}`}>{f.name(e)}</Link>
                      </td>
                      <td>{f.t(`event.kinds.${e.kind}`)}</td>
                      <td className="nowrap">{f.date(e.startsOn, e.startsPrecision)}</td>
                      <td>
                        {e.placeId ? (
                          <Link to={`/place/${encodeURIComponent(e.placeId)}`}>
                            {f.name({ nameEn: e.placeNameEn ?? '', nameZh: e.placeNameZh })}
                          </Link>
                        ) : (
                          (e.placeText ?? '—')
                        )}
                      </td>
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
