/**
 * Practical cooperation beside the ties of a place or the whole country: partners hosting cooperation
 * projects (among them the Chinese-financed projects AidData tracked), places with projects in the
 * partner countries that no tie reaches, and projects per partner country against ties.
 */
import { Link } from 'react-router-dom';
import type { Layout } from '../analysis-api';
import { useFormat } from '../format';
import { Empty, NameText, Section, TableScroll } from './ui';
import { RowsDownloads } from './TableDownloads';

type Practical = Layout['practical'];

export function PracticalCooperation({ practical: p }: { practical: Practical }) {
  const f = useFormat();
  const placeList = (items: Practical['partnersWithProjects']) =>
    items.length === 0 ? (
      <Empty />
    ) : (
      <ul className="plain-list">
        {items.slice(0, 10).map((x) => (
          <li key={x.place.id}>
            <Link to={`/place/${encodeURIComponent(x.place.id)}`}>
              <NameText of={x.place} />
            </Link>{' '}
            <span className="muted small">
              {f.t('practical.projects', { count: x.projects, n: f.num(x.projects) })}
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <Section title={f.t('practical.title')} id="practical-cooperation">
      <p className="lead" data-testid="practical-summary">
        {f.t('practical.summary', {
          hosts: f.num(p.partnersWithProjects.length),
          partners: f.num(p.partners),
        })}
      </p>
      <div className="grid-3">
        <div>
          <h3>{f.t('practical.partnersWithProjects')}</h3>
          {placeList(p.partnersWithProjects)}
        </div>
        <div>
          <h3>{f.t('practical.untied')}</h3>
          {placeList(p.untiedProjectPlaces)}
        </div>
        <div>
          <h3>{f.t('practical.byCountry')}</h3>
          <TableScroll label={f.t('practical.byCountry')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{f.t('table.country')}</th>
                  <th scope="col" className="num">
                    {f.t('practical.ties')}
                  </th>
                  <th scope="col" className="num">
                    {f.t('practical.projectsColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.byCountry.slice(0, 15).map((c) => (
                  <tr key={c.country.code}>
                    <td>
                      <Link to={`/country/${c.country.code}`}>
                        <NameText of={c.country} />
                      </Link>
                    </td>
                    <td className="num">{f.num(c.ties)}</td>
                    <td className="num">
                      <Link to={`/projects?country=${c.country.code}`}>{f.num(c.projects)}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <RowsDownloads
            fileName="amity-practical-cooperation"
            testId="practical-downloads"
            rows={p.byCountry}
            columns={[
              ['ISO 3166-1', (c) => c.country.code],
              [f.t('table.country'), (c) => f.name(c.country)],
              [f.t('practical.ties'), (c) => c.ties],
              [f.t('practical.projectsColumn'), (c) => c.projects],
            ]}
          />
        </div>
      </div>
      <p className="muted small">{f.t('practical.note')}</p>
    </Section>
  );
}
