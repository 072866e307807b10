/** A country's cooperation projects on its page: how many, the latest, and the way to all of them. */
import { Link } from 'react-router-dom';
import { useGet, type Reply } from '../api';
import { projectAmount, useFormat } from '../format';
import { Async, NameText, Section, TableScroll } from './ui';
import { TableDownloads } from './TableDownloads';

export function CountryProjects({ code, name }: { code: string; name: string }) {
  const f = useFormat();
  const list = useGet<Reply<'/api/projects'>>(`/api/projects?country=${encodeURIComponent(code)}&limit=10`);
  return (
    <Section
      title={f.t('project.inCountry', { name })}
      id="country-projects"
      actions={
        <Link className="btn btn-small" to={`/projects?country=${encodeURIComponent(code)}`}>
          {f.t('project.all')}
        </Link>
      }
    >
      <Async state={list} isEmpty={(d) => d.total === 0} empty={f.t('project.noneInCountry')}>
        {(d) => (
          <>
            <p className="lead" data-testid="country-projects-total">
              {f.t('project.countInCountry', { count: d.total, n: f.num(d.total) })}
            </p>
            <TableScroll label={f.t('project.inCountry', { name })}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.name')}</th>
                    <th scope="col">{f.t('table.domain')}</th>
                    <th scope="col">{f.t('table.status')}</th>
                    <th scope="col" className="num">
                      {f.t('project.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((j) => (
                    <tr key={j.id}>
                      <td>
                        <Link to={`/projects/${encodeURIComponent(j.id)}`}>
                          <NameText of={j} />
                        </Link>
                      </td>
                      <td>{f.t(`project.domains.${j.domain}`)}</td>
                      <td>{f.t(`project.statuses.${j.status}`)}</td>
                      <td className="num nowrap">{projectAmount(f, j)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <TableDownloads
              href={(format) =>
                `/api/projects?country=${encodeURIComponent(code)}&limit=1000&format=${format}`
              }
              fileName={`amity-projects-${code}`}
              note={f.t('project.downloadNote')}
              testId="country-projects-downloads"
            />
          </>
        )}
      </Async>
    </Section>
  );
}
