import { Link } from 'react-router-dom';
import { qs, useGet, type Reply } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams, YearFilter } from '../components/ListFilters';
import PagedTable from '../components/PagedTable';
import { NameText, PageTitle } from '../components/ui';
import { useFormat } from '../format';
import { pathsApiEventsGetParametersQueryKindValues as KINDS } from '../generated/api';
import { InternalBadge } from '../components/Visibility';

export default function Events() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['kind', 'from', 'to']);
  const years = /^\d{4}$/;
  const filters = {
    kind: values.kind,
    from: years.test(values.from) ? values.from : undefined,
    to: years.test(values.to) ? values.to : undefined,
  };
  const list = useGet<Reply<'/api/events'>>(`/api/events${qs({ ...filters, limit: PAGE_SIZE, offset })}`);
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
        <YearFilter label={f.t('filter.from')} value={values.from} onChange={(v) => set('from', v)} />
        <YearFilter label={f.t('filter.to')} value={values.to} onChange={(v) => set('to', v)} />
      </form>
      <PagedTable
        state={list}
        label={f.t('event.title')}
        download={{ path: `/api/events${qs(filters)}`, fileName: 'amity-events' }}
        offset={offset}
        onOffset={(o) => set('offset', String(o))}
        head={
          <>
            <th scope="col">{f.t('table.name')}</th>
            <th scope="col">{f.t('table.kind')}</th>
            <th scope="col">{f.t('table.date')}</th>
            <th scope="col">{f.t('table.place')}</th>
          </>
        }
      >
        {(items) =>
          items.map((e) => (
            <tr key={e.id}>
              <td>
                <Link to={`/events/${encodeURIComponent(e.id)}`}>
                  <NameText of={e} />
                </Link>{' '}
                <InternalBadge visibility={e.visibility} />
              </td>
              <td>{f.t(`event.kinds.${e.kind}`)}</td>
              <td className="nowrap">{f.date(e.startsOn, e.startsPrecision)}</td>
              <td>
                {e.placeId ? (
                  <Link to={`/place/${encodeURIComponent(e.placeId)}`}>
                    <NameText of={{ nameEn: e.placeNameEn ?? '', nameZh: e.placeNameZh }} />
                  </Link>
                ) : (
                  (e.placeText ?? '—')
                )}
              </td>
            </tr>
          ))
        }
      </PagedTable>
    </div>
  );
}
