import { Link } from 'react-router-dom';
import { qs, useGet, type Corridor, type Paged, type Project } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import { Async, PageTitle, Pager, TableScroll } from '../components/ui';
import { useFormat } from '../format';

export const DOMAINS = ['policy', 'facilities', 'trade', 'finance', 'people', 'capacity_building'];
export const PROJECT_STATUSES = [
  'proposed',
  'planned',
  'under_construction',
  'operating',
  'completed',
  'suspended',
  'cancelled',
  'unknown',
];

export default function Projects() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['domain', 'corridor', 'status']);
  const corridors = useGet<{ items: Corridor[] }>('/api/corridors');
  const list = useGet<Paged<Project>>(`/api/projects${qs({ ...values, limit: PAGE_SIZE, offset })}`);
  const corridorName = new Map((corridors.data?.items ?? []).map((c) => [c.id, f.name(c)]));
  return (
    <div className="page">
      <PageTitle title={f.t('project.title')} lead={f.t('project.lead')} />
      <div className="domain-chips" role="group" aria-label={f.t('filter.domain')}>
        {DOMAINS.map((d) => (
          <button
            key={d}
            type="button"
            className={values.domain === d ? 'chip chip-selected' : 'chip'}
            aria-pressed={values.domain === d}
            onClick={() => set('domain', values.domain === d ? '' : d)}
          >
            {f.t(`project.domains.${d}`)}
          </button>
        ))}
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label={f.t('filter.domain')}
          value={values.domain}
          onChange={(v) => set('domain', v)}
          options={DOMAINS.map((k) => ({ value: k, label: f.t(`project.domains.${k}`) }))}
        />
        <SelectFilter
          label={f.t('filter.corridor')}
          value={values.corridor}
          onChange={(v) => set('corridor', v)}
          options={(corridors.data?.items ?? []).map((c) => ({ value: c.id, label: f.name(c) }))}
        />
        <SelectFilter
          label={f.t('filter.status')}
          value={values.status}
          onChange={(v) => set('status', v)}
          options={PROJECT_STATUSES.map((k) => ({ value: k, label: f.t(`project.statuses.${k}`) }))}
        />
      </form>
      <Async state={list} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <TableScroll label={f.t('project.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.name')}</th>
                    <th scope="col">{f.t('table.domain')}</th>
                    <th scope="col">{f.t('table.corridor')}</th>
                    <th scope="col">{f.t('table.status')}</th>
                    <th scope="col">{f.t('table.started')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((j) => (
                    <tr key={j.id}>
                      <td>
                        <Link to={`/projects/${encodeURIComponent(j.id)}`}>{f.name(j)}</Link>
                        {j.placeText && <div className="muted small">{j.placeText}</div>}
                      </td>
                      <td>
                        <span className={`tag domain-${j.domain}`}>{f.t(`project.domains.${j.domain}`)}</span>
                      </td>
                      <td>{j.corridorId ? (corridorName.get(j.corridorId) ?? j.corridorId) : '—'}</td>
                      <td>{f.t(`project.statuses.${j.status}`)}</td>
                      <td className="nowrap">{f.date(j.startedOn, j.startedPrecision)}</td>
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
