import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useGet, type Reply } from '../api';
import { SelectFilter, useListParams } from '../components/ListFilters';
import { AltName, Async, NameText, PageTitle, TableScroll } from '../components/ui';
import { CONTINENTS, useFormat } from '../format';
import { CoverageTable } from '../components/StatedCoverage';
import { RowsDownloads } from '../components/TableDownloads';

export default function CountryIndex() {
  const f = useFormat();
  const countries = useGet<Reply<'/api/countries'>>('/api/countries');
  // The filters live in the address, so a filtered list can be linked.
  const { values, set } = useListParams(['q', 'continent']);
  const { q: text, continent } = values;
  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return (
      (countries.data?.items ?? [])
        // States only: not China itself, nor areas China holds to be part of a state (中国香港, 科索沃).
        .filter((c) => c.code !== 'CN' && c.partOf === null)
        .filter((c) => !continent || c.continent === continent)
        .filter(
          (c) =>
            !needle || [c.code, c.nameEn, c.nameZh, ...c.aliases].join(' ').toLowerCase().includes(needle),
        )
        .sort(
          (a, b) => b.chineseTies - a.chineseTies || b.partnerships - a.partnerships || f.compareNames(a, b),
        )
    );
  }, [countries.data, text, continent, f]);
  return (
    <div className="page">
      <PageTitle title={f.t('country.pick')} lead={f.t('country.lead')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{f.t('country.filter')}</span>
          <input type="search" value={text} onChange={(e) => set('q', e.target.value)} />
        </label>
        <SelectFilter
          label={f.t('filter.continent')}
          value={continent}
          onChange={(v) => set('continent', v)}
          options={CONTINENTS.map((c) => ({ value: c, label: f.t(`continent.${c}`) }))}
        />
      </form>
      <Async state={countries}>
        {() => (
          <TableScroll label={f.t('nav.countries')}>
            <table data-testid="country-table">
              <thead>
                <tr>
                  <th scope="col">{f.t('table.country')}</th>
                  <th scope="col">{f.t('table.continent')}</th>
                  <th scope="col">{f.t('country.beltAndRoad')}</th>
                  <th scope="col" className="num" title={f.t('country.chineseTiesHint')}>
                    {f.t('country.chineseTies')}
                  </th>
                  <th scope="col" className="num muted" title={f.t('country.worldTiesHint')}>
                    {f.t('country.worldTies')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.code}>
                    <td>
                      <Link to={`/country/${c.code}`}>
                        <NameText of={c} />
                      </Link>{' '}
                      {!c.diplomaticRelations && (
                        <span className="tag tag-warn">{f.t('country.noRelations')}</span>
                      )}
                      {!c.isState && <span className="tag">{f.t('country.territory')}</span>}{' '}
                      <AltName of={c} className="muted small" />
                    </td>
                    <td>{f.t(`continent.${c.continent}`)}</td>
                    <td>{c.beltAndRoad ? f.t('common.yes') : ''}</td>
                    <td className="num" data-testid="country-chinese-ties">
                      {f.num(c.chineseTies)}
                    </td>
                    <td className="num muted">{f.num(c.partnerships)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Async>
      {rows.length > 0 && (
        <RowsDownloads
          fileName="amity-countries"
          testId="countries-downloads"
          rows={rows}
          columns={[
            ['ISO 3166-1', (c) => c.code],
            [f.t('table.country'), (c) => f.name(c)],
            [f.t('table.continent'), (c) => f.t(`continent.${c.continent}`)],
            [f.t('country.beltAndRoad'), (c) => f.t(c.beltAndRoad ? 'common.yes' : 'common.no')],
            [f.t('country.noRelations'), (c) => f.t(c.diplomaticRelations ? 'common.no' : 'common.yes')],
            [f.t('country.chineseTies'), (c) => c.chineseTies],
            [f.t('country.worldTies'), (c) => c.partnerships],
          ]}
        />
      )}
      <CoverageTable />
    </div>
  );
}
