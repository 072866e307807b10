import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  cachedGet,
  getAll,
  useAsync,
  type Partnership,
  type PartnershipPlace,
  type PlaceDetail,
} from '../api';
import { partnerLinesOption, sharesOption } from '../charts';
import EChart from '../components/EChart';
import PlaceSearch from '../components/PlaceSearch';
import { RowsDownloads } from '../components/TableDownloads';
import { Async, Empty, NameText, PageTitle, Section, TableScroll } from '../components/ui';
import { countBy, mapTies, tiesOf, type Tie } from '../derive';
import { CONTINENT_COLOURS, CONTINENTS, useFormat } from '../format';

interface CityData {
  place: PlaceDetail;
  ties: Tie[];
}

export default function Compare() {
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const ids = (params.get('places') ?? '').split(',').filter(Boolean).slice(0, 4);
  const key = ids.join(',');
  const setIds = (next: string[]) =>
    setParams(next.length ? { places: next.join(',') } : {}, { replace: true });

  const data = useAsync(key ? `compare:${key}` : null, () =>
    Promise.all(
      ids.map(async (id): Promise<CityData> => {
        const [place, partnerships] = await Promise.all([
          cachedGet<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`),
          getAll<Partnership>(`/api/partnerships?place=${encodeURIComponent(id)}`),
        ]);
        return { place, ties: tiesOf(partnerships, new Set([id]), place.countryCode) };
      }),
    ),
  );

  return (
    <div className="page compare">
      <PageTitle title={f.t('compare.title')} lead={f.t('compare.lead')}>
        <div className="compare-pickers">
          {data.data?.map((c) => (
            <span key={c.place.id} className="chip chip-selected">
              <NameText of={c.place} />
              <button
                type="button"
                className="chip-remove"
                aria-label={f.t('compare.remove', { name: f.name(c.place) })}
                onClick={() => setIds(ids.filter((i) => i !== c.place.id))}
              >
                ×
              </button>
            </span>
          ))}
          {ids.length < 4 ? (
            <PlaceSearch
              label={f.t('compare.add')}
              placeholder={f.t('search.placeholder')}
              onSelect={(p) => !ids.includes(p.id) && setIds([...ids, p.id])}
              testId="compare-search"
            />
          ) : (
            <p className="muted">{f.t('compare.max')}</p>
          )}
        </div>
      </PageTitle>
      {ids.length < 2 && <Empty>{f.t('compare.needTwo')}</Empty>}
      {ids.length > 0 && <Async state={data}>{(cities) => <Comparison cities={cities} />}</Async>}
    </div>
  );
}

function Comparison({ cities }: { cities: CityData[] }) {
  const f = useFormat();
  const partnerSets = useMemo(() => cities.map((c) => new Set(c.ties.map((t) => t.partner.id))), [cities]);
  const partnerById = useMemo(() => {
    const m = new Map<string, PartnershipPlace>();
    for (const c of cities) for (const t of c.ties) m.set(t.partner.id, t.partner);
    return m;
  }, [cities]);
  const shared = useMemo(() => {
    if (cities.length < 2) return [];
    const [first, ...rest] = partnerSets;
    return [...first]
      .filter((id) => rest.every((s) => s.has(id)))
      .map((id) => partnerById.get(id)!)
      .sort(f.compareNames);
  }, [cities, partnerSets, partnerById, f]);
  const pairs = useMemo(() => {
    const out: { a: string; b: string; n: number }[] = [];
    for (let i = 0; i < cities.length; i++)
      for (let j = i + 1; j < cities.length; j++)
        out.push({
          a: f.name(cities[i].place),
          b: f.name(cities[j].place),
          n: [...partnerSets[i]].filter((id) => partnerSets[j].has(id)).length,
        });
    return out;
  }, [cities, partnerSets, f]);
  const shares = useMemo(() => {
    const counts = cities.map((c) => countBy(c.ties, (t) => t.partner.continent));
    return CONTINENTS.map((key) => ({
      key,
      label: f.t(`continent.${key}`),
      colour: CONTINENT_COLOURS[key],
      shares: cities.map((c, i) => (c.ties.length ? (counts[i].get(key) ?? 0) / c.ties.length : 0)),
    }));
  }, [cities, f]);

  return (
    <>
      <div className={`compare-grid n${cities.length}`} data-testid="compare-grid">
        {cities.map((c) => {
          const p = c.place;
          const countries = new Set(c.ties.map((t) => t.partner.countryCode)).size;
          const capitals = c.ties.filter((t) => t.partner.isCapital).length;
          return (
            <section key={p.id} className="card compare-card" aria-labelledby={`cmp-${p.id}`}>
              <h2 id={`cmp-${p.id}`}>
                <Link to={`/place/${encodeURIComponent(p.id)}`}>
                  <NameText of={p} />
                </Link>
              </h2>
              <dl className="facts compact">
                <div>
                  <dt>{f.t('compare.total')}</dt>
                  <dd data-testid="compare-total">{f.num(c.ties.length)}</dd>
                </div>
                <div>
                  <dt>{f.t('place.partnerCountries')}</dt>
                  <dd>{f.num(countries)}</dd>
                </div>
                <div>
                  <dt>{f.t('analysis.profileKinds.capital')}</dt>
                  <dd>{f.num(capitals)}</dd>
                </div>
              </dl>
              {p.lat !== null && p.lng !== null && (
                <EChart
                  height={200}
                  label={`${f.t('place.map')}: ${f.name(p)}`}
                  option={partnerLinesOption(
                    { name: f.name(p), lng: p.lng, lat: p.lat },
                    mapTies(c.ties, (partner) => f.name(partner)),
                    (k) => f.t(`type.${k}`),
                    { roam: false, compact: true },
                  )}
                />
              )}
            </section>
          );
        })}
      </div>
      <Section title={f.t('compare.shares')} id="compare-shares">
        <EChart
          height={80 + cities.length * 44}
          label={f.t('compare.shares')}
          summary={cities
            .map(
              (c, i) =>
                `${f.name(c.place)}: ${shares
                  .filter((s) => s.shares[i] > 0)
                  .map((s) => `${s.label} ${f.pct(s.shares[i])}`)
                  .join(', ')}`,
            )
            .join(' · ')}
          option={sharesOption(
            cities.map((c) => f.name(c.place)),
            shares,
            f.pct,
          )}
        />
        <RowsDownloads
          fileName="amity-compare"
          testId="compare-downloads"
          rows={cities.map((c, i) => ({ city: c, i }))}
          columns={[
            [f.t('common.id'), ({ city }) => city.place.id],
            [f.t('table.name'), ({ city }) => f.name(city.place)],
            [f.t('compare.total'), ({ city }) => city.ties.length],
            [
              f.t('place.partnerCountries'),
              ({ city }) => new Set(city.ties.map((t) => t.partner.countryCode)).size,
            ],
            [
              f.t('analysis.profileKinds.capital'),
              ({ city }) => city.ties.filter((t) => t.partner.isCapital).length,
            ],
            ...shares.map((s): [string, (r: { i: number }) => number] => [
              `${s.label} %`,
              ({ i }) => s.shares[i],
            ]),
          ]}
        />
      </Section>
      {cities.length >= 2 && (
        <div className="grid-2 wide-right">
          <Section title={f.t('compare.pairs')} id="compare-pairs">
            <ul className="plain-list">
              {pairs.map((p) => (
                <li key={`${p.a}-${p.b}`}>
                  {p.a} — {p.b}: <strong>{f.num(p.n)}</strong>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={`${f.t('compare.shared')} (${f.num(shared.length)})`} id="compare-shared">
            {shared.length === 0 ? (
              <Empty>{f.t('compare.sharedNone')}</Empty>
            ) : (
              <TableScroll label={f.t('compare.shared')}>
                <table data-testid="shared-table">
                  <thead>
                    <tr>
                      <th scope="col">{f.t('table.partner')}</th>
                      <th scope="col">{f.t('table.country')}</th>
                      <th scope="col">{f.t('table.continent')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shared.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <Link to={`/place/${encodeURIComponent(p.id)}`}>
                            <NameText of={p} />
                          </Link>
                        </td>
                        <td>{f.country(p)}</td>
                        <td>{f.t(`continent.${p.continent}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {shared.length > 0 && (
              <RowsDownloads
                fileName="amity-shared-partners"
                testId="shared-downloads"
                rows={shared}
                columns={[
                  [f.t('common.id'), (p) => p.id],
                  [f.t('table.partner'), (p) => f.name(p)],
                  [f.t('table.country'), (p) => f.country(p)],
                  [f.t('table.continent'), (p) => f.t(`continent.${p.continent}`)],
                ]}
              />
            )}
          </Section>
        </div>
      )}
    </>
  );
}
