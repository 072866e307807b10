import { Link } from 'react-router-dom';
import { RecordedText } from '../components/RecordedText';
import { qs, useGet, type Reply } from '../api';
import { PAGE_SIZE, SelectFilter, useListParams } from '../components/ListFilters';
import PagedTable from '../components/PagedTable';
import { NameText, PageTitle } from '../components/ui';
import { projectAmount, useFormat } from '../format';
import {
  pathsApiProjectsGetParametersQueryDomainValues as DOMAINS,
  pathsApiProjectsGetParametersQueryStatusValues as STATUSES,
} from '../generated/api';
import { InternalBadge } from '../components/Visibility';

export default function Projects() {
  const f = useFormat();
  const { values, offset, set } = useListParams(['domain', 'corridor', 'status', 'country']);
  const corridors = useGet<Reply<'/api/corridors'>>('/api/corridors');
  const countries = useGet<Reply<'/api/countries'>>('/api/countries');
  const list = useGet<Reply<'/api/projects'>>(`/api/projects${qs({ ...values, limit: PAGE_SIZE, offset })}`);
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
          options={STATUSES.map((k) => ({ value: k, label: f.t(`project.statuses.${k}`) }))}
        />
        <SelectFilter
          label={f.t('table.country')}
          value={values.country}
          onChange={(v) => set('country', v)}
          options={(countries.data?.items ?? [])
            .filter((c) => c.partOf === null)
            .sort(f.compareNames)
            .map((c) => ({ value: c.code, label: f.name(c) }))}
        />
      </form>
      <PagedTable
        state={list}
        label={f.t('project.title')}
        download={{ path: `/api/projects${qs(values)}`, fileName: 'amity-projects' }}
        offset={offset}
        onOffset={(o) => set('offset', String(o))}
        head={
          <>
            <th scope="col">{f.t('table.name')}</th>
            <th scope="col">{f.t('table.domain')}</th>
            <th scope="col">{f.t('table.corridor')}</th>
            <th scope="col">{f.t('table.status')}</th>
            <th scope="col">{f.t('table.started')}</th>
            <th scope="col" className="num">
              {f.t('project.amount')}
            </th>
          </>
        }
      >
        {(items) =>
          items.map((j) => (
            <tr key={j.id}>
              <td>
                <Link to={`/projects/${encodeURIComponent(j.id)}`}>
                  <NameText of={j} />
                </Link>{' '}
                <InternalBadge visibility={j.visibility} />
                {j.placeText && (
                  <div className="muted small">
                    <RecordedText text={j.placeText} />
                  </div>
                )}
              </td>
              <td>
                <span className={`tag domain-${j.domain}`}>{f.t(`project.domains.${j.domain}`)}</span>
              </td>
              <td>{j.corridorId ? (corridorName.get(j.corridorId) ?? j.corridorId) : '—'}</td>
              <td>{f.t(`project.statuses.${j.status}`)}</td>
              <td className="nowrap">{f.date(j.startedOn, j.startedPrecision)}</td>
              <td className="num nowrap">{projectAmount(f, j)}</td>
            </tr>
          ))
        }
      </PagedTable>
    </div>
  );
}
