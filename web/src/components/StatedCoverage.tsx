/**
 * Official counts beside ours: AidData's CIFCA-derived count of a country's ties with Chinese places,
 * next to the ties counted here, how many of them are dated, and the coverage ratio.
 */
import { RowsDownloads, TableDownloads } from './TableDownloads';
import { Link } from 'react-router-dom';
import { useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { Async, NameText, Section, TableScroll } from './ui';

type Coverage = Reply<'/api/analysis/coverage'>;
type CountryCoverage = Coverage['countries'][number];

/** One country's stated figures and the ties counted here; nothing when no source states a figure. */
export function CountryCoverageSection({ code }: { code: string }) {
  const f = useFormat();
  const coverage = useGet<Coverage>(`/api/analysis/coverage?country=${encodeURIComponent(code)}`);
  const c = coverage.data?.countries[0];
  if (!c) return null;
  return (
    <Section title={f.t('coverage.title')} id="stated-coverage">
      <dl className="figures" data-testid="stated-coverage">
        <div className="figure">
          <dt>{f.t('coverage.stated', { year: c.latest.year })}</dt>
          <dd>{f.num(c.latest.stated)}</dd>
        </div>
        <div className="figure">
          <dt>{f.t('coverage.counted')}</dt>
          <dd>{f.num(c.counted)}</dd>
        </div>
        <div className="figure">
          <dt>{f.t('coverage.coverage')}</dt>
          <dd>{f.pct(c.coverage)}</dd>
        </div>
      </dl>
      <p className="muted">
        {f.t('coverage.dated', { dated: f.num(c.dated), counted: f.num(c.counted) })}{' '}
        {f.t('coverage.signedBy', { year: c.latest.year, n: f.num(c.latest.countedSignedBy) })}
      </p>
      <TableScroll label={f.t('coverage.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{f.t('coverage.year')}</th>
              <th scope="col" className="num">
                {f.t('coverage.statedShort')}
              </th>
              <th scope="col" className="num">
                {f.t('coverage.countedSignedBy')}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.series.map((s) => (
              <tr key={s.year}>
                <td>{s.year}</td>
                <td className="num">{f.num(s.stated)}</td>
                <td className="num">{f.num(s.countedSignedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <RowsDownloads
        fileName={`amity-stated-${code}`}
        testId="country-coverage-downloads"
        rows={c.series}
        columns={[
          [f.t('coverage.year'), (s) => s.year],
          [f.t('coverage.statedShort'), (s) => s.stated],
          [f.t('coverage.countedSignedBy'), (s) => s.countedSignedBy],
        ]}
      />
      <Caveat />
    </Section>
  );
}

/** Every country with a stated figure, lowest coverage first, with the totals. */
export function CoverageTable() {
  const f = useFormat();
  const coverage = useGet<Coverage>('/api/analysis/coverage');
  return (
    <Section
      title={f.t('coverage.tableTitle')}
      id="stated-coverage-table"
      actions={
        <TableDownloads
          href={(format) => `/api/analysis/coverage?format=${format}`}
          fileName="amity-coverage"
        />
      }
    >
      <Async state={coverage}>
        {(data) => (
          <>
            <p className="lead" data-testid="coverage-totals">
              {f.t('coverage.totals', {
                countries: f.num(data.countries.length),
                stated: f.num(data.totals.stated),
                counted: f.num(data.totals.counted),
                dated: f.num(data.totals.dated),
                coverage: f.pct(data.totals.coverage),
              })}
            </p>
            <TableScroll label={f.t('coverage.tableTitle')}>
              <table data-testid="coverage-table">
                <thead>
                  <tr>
                    <th scope="col">{f.t('table.country')}</th>
                    <th scope="col" className="num">
                      {f.t('coverage.statedShort')}
                    </th>
                    <th scope="col" className="num">
                      {f.t('coverage.counted')}
                    </th>
                    <th scope="col" className="num">
                      {f.t('coverage.datedShort')}
                    </th>
                    <th scope="col" className="num">
                      {f.t('coverage.coverage')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.countries.map((c) => (
                    <CoverageRow key={c.country.code} c={c} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Caveat />
          </>
        )}
      </Async>
    </Section>
  );
}

function CoverageRow({ c }: { c: CountryCoverage }) {
  const f = useFormat();
  return (
    <tr>
      <td>
        <Link to={`/country/${c.country.code}`}>
          <NameText of={c.country} />
        </Link>
      </td>
      <td className="num">
        {f.num(c.latest.stated)} <span className="muted small">({c.latest.year})</span>
      </td>
      <td className="num">{f.num(c.counted)}</td>
      <td className="num">{f.num(c.dated)}</td>
      <td className="num">{f.pct(c.coverage)}</td>
    </tr>
  );
}

function Caveat() {
  const f = useFormat();
  return <p className="muted small">{f.t('coverage.caveat')}</p>;
}
