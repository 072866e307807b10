import { useMemo } from 'react';
import { RowsDownloads } from '../components/TableDownloads';
import { TieCoverage, tieCoverage } from '../components/TieCoverage';
import { Link, useParams } from 'react-router-dom';
import {
  cachedGet,
  getAll,
  useAsync,
  type Partnership,
  type PartnershipPlace,
  type PlaceDetail,
  type Reply,
} from '../api';
import { partnerLinesOption } from '../charts';
import EChart from '../components/EChart';
import { Async, Empty, NameText, PageTitle, Section, TableScroll } from '../components/ui';
import { CountryCoverageSection } from '../components/StatedCoverage';
import { CountryProjects } from '../components/CountryProjects';
import { useFormat } from '../format';
import { isForeign } from '../proposals-api';

const HOME = 'CN';

interface ForeignRow {
  foreign: PartnershipPlace;
  chinese: { place: PartnershipPlace; partnership: Partnership }[];
  since: string | null;
}

export default function CountryPage() {
  const { code: raw = '' } = useParams();
  const code = raw.toUpperCase();
  const f = useFormat();
  const path = `/api/partnerships?country=${code}`;
  const partnerships = useAsync(path, () => getAll<Partnership>(path));
  // The country's names, continent and capital come from its first place (capitals sort first), which is
  // much faster than the full country list with its tie counts.
  const first = useAsync(`country-head:${code}`, async () => {
    const { items } = await cachedGet<Reply<'/api/places'>>(`/api/places?country=${code}&limit=1`);
    return items[0] ? cachedGet<PlaceDetail>(`/api/places/${encodeURIComponent(items[0].id)}`) : null;
  });
  const head = first.data;
  const country = head
    ? {
        nameEn: head.countryEn,
        nameZh: head.countryZh,
        continent: head.continent,
        subregion: head.subregion,
        beltAndRoad: head.beltAndRoad,
        capital: head.isCapital ? f.name(head) : null,
        partOf: head.countryPartOf,
        diplomaticRelations: head.diplomaticRelations,
      }
    : undefined;

  const view = useMemo(() => {
    if (!partnerships.data) return undefined;
    const byForeign = new Map<string, ForeignRow>();
    for (const p of partnerships.data) {
      // China's side includes its regions (Hong Kong, Macao, Taiwan), as the countries list counts it.
      const [home, foreign] =
        !isForeign(p.placeA) && p.placeB.countryCode === code
          ? [p.placeA, p.placeB]
          : !isForeign(p.placeB) && p.placeA.countryCode === code
            ? [p.placeB, p.placeA]
            : [null, null];
      if (!home || !foreign) continue;
      const row = byForeign.get(foreign.id) ?? { foreign, chinese: [], since: null };
      row.chinese.push({ place: home, partnership: p });
      if (p.signedOn && (!row.since || p.signedOn < row.since)) row.since = p.signedOn;
      byForeign.set(foreign.id, row);
    }
    const rows = [...byForeign.values()].sort(
      (a, b) => b.chinese.length - a.chinese.length || f.compareNames(a.foreign, b.foreign),
    );
    for (const r of rows) r.chinese.sort((a, b) => f.compareNames(a.place, b.place));
    const ties = rows.reduce((n, r) => n + r.chinese.length, 0);
    const chineseCities = new Set(rows.flatMap((r) => r.chinese.map((c) => c.place.id))).size;
    const capital = rows.find((r) => r.foreign.isCapital);
    return {
      rows,
      ties,
      chineseCities,
      capital,
      concentrated: rows.filter((r) => r.chinese.length >= 2).length,
    };
  }, [partnerships.data, code, f]);

  const name = country ? f.name(country) : code;
  // China and its regions (中国香港, 中国澳门, 中国台湾) are at home: their ties are not foreign partnerships.
  if (code === HOME || country?.partOf === HOME)
    return (
      <div className="page">
        <PageTitle title={name} />
        <Empty>{f.t(code === HOME ? 'country.domestic' : 'country.chinaRegion', { name })}</Empty>
        <Link to="/country">{f.t('country.pick')}</Link>
      </div>
    );

  return (
    <div className="page country">
      <PageTitle title={f.t('country.title', { name })} lead={f.t('country.lead')}>
        {country && (
          <p className="muted">
            {f.t(`continent.${country.continent}`)}
            {f.lang === 'en' && ` · ${country.subregion}`}
            {country.beltAndRoad && <span className="tag tag-strong">{f.t('country.beltAndRoad')}</span>}
            {!country.diplomaticRelations && (
              <span className="tag tag-warn" data-testid="no-relations">
                {f.t('country.noRelations')}
              </span>
            )}
          </p>
        )}
      </PageTitle>
      <Async state={partnerships}>
        {() =>
          view && (
            <>
              <dl className="figures">
                <div className="figure">
                  <dt>{f.t('country.ties')}</dt>
                  <dd data-testid="country-ties">{f.num(view.ties)}</dd>
                  <TieCoverage
                    {...tieCoverage(view.rows.flatMap((r) => r.chinese.map((c) => c.partnership)))}
                  />
                </div>
                <div className="figure">
                  <dt>{f.t('country.cities')}</dt>
                  <dd>{f.num(view.rows.length)}</dd>
                </div>
                <div className="figure">
                  <dt>{f.t('country.chineseCities')}</dt>
                  <dd>{f.num(view.chineseCities)}</dd>
                </div>
                <div className="figure">
                  <dt>{f.t('country.concentrated')}</dt>
                  <dd>{f.num(view.concentrated)}</dd>
                </div>
              </dl>
              <p className={view.capital ? 'notice ok' : 'notice warn'} data-testid="capital-status">
                {country && !country.diplomaticRelations
                  ? f.t('country.noRelationsNote', { name })
                  : view.capital
                    ? f.t('country.capitalHeld', { name: f.name(view.capital.foreign) })
                    : country?.capital
                      ? f.t('country.capitalOpen', { name: country.capital })
                      : f.t('country.capitalUnknown')}
              </p>
              <CountryCoverageSection code={code} />
              <CountryProjects code={code} name={name} />
              {view.rows.length === 0 ? (
                <Empty />
              ) : (
                <>
                  <CountryMap rows={view.rows} />
                  <Section title={f.t('country.title', { name })} id="country-ties">
                    <TableScroll label={f.t('country.title', { name })}>
                      <table data-testid="country-table">
                        <thead>
                          <tr>
                            <th scope="col">{f.t('country.foreignCity', { name })}</th>
                            <th scope="col">{f.t('country.chinese')}</th>
                            <th scope="col">{f.t('country.since')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {view.rows.map((r) => (
                            <tr
                              key={r.foreign.id}
                              className={r.chinese.length >= 2 ? 'concentrated' : undefined}
                            >
                              <td>
                                <Link to={`/place/${encodeURIComponent(r.foreign.id)}`}>
                                  <NameText of={r.foreign} />
                                </Link>
                                {r.foreign.isCapital && (
                                  <span className="tag tag-strong">{f.t('place.capital')}</span>
                                )}
                                {r.chinese.length >= 2 && (
                                  <span className="tag tag-warn" title={f.t('country.concentratedHint')}>
                                    {f.t('country.concentrated')} · {f.num(r.chinese.length)}
                                  </span>
                                )}
                              </td>
                              <td>
                                <ul className="inline-list">
                                  {r.chinese.map(({ place, partnership }) => (
                                    <li key={partnership.id}>
                                      <Link to={`/place/${encodeURIComponent(place.id)}`}>
                                        <NameText of={place} />
                                      </Link>
                                      {partnership.signedOn && (
                                        <span className="muted small">
                                          {' '}
                                          {f.date(partnership.signedOn, partnership.signedPrecision)}
                                        </span>
                                      )}
                                    </li>
                                  ))}
                                </ul>
                              </td>
                              <td className="nowrap">{r.since ? f.date(r.since, 'year') : '—'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                    <RowsDownloads
                      fileName={`amity-country-${code}`}
                      testId="country-downloads"
                      rows={view.rows.flatMap((r) => r.chinese.map((c) => ({ ...c, foreign: r.foreign })))}
                      columns={[
                        [f.t('common.id'), (t) => t.partnership.id],
                        [f.t('country.foreignCity', { name }), (t) => f.name(t.foreign)],
                        [
                          `${f.t('country.foreignCity', { name })} · ${f.t('common.id')}`,
                          (t) => t.foreign.id,
                        ],
                        [f.t('country.chinese'), (t) => f.name(t.place)],
                        [`${f.t('country.chinese')} · ${f.t('common.id')}`, (t) => t.place.id],
                        [f.t('table.signed'), (t) => t.partnership.signedOn],
                      ]}
                    />
                  </Section>
                </>
              )}
            </>
          )
        }
      </Async>
    </div>
  );
}

/** Chinese places on the left of each line, the country's places on the right. */
function CountryMap({ rows }: { rows: ForeignRow[] }) {
  const f = useFormat();
  const option = useMemo(() => {
    const ties = rows.flatMap((r) => r.chinese.map((c) => ({ ...c, foreign: r.foreign })));
    const usable = ties.filter((t) => t.place.lat !== null && t.foreign.lat !== null);
    const base = partnerLinesOption({ name: '', lng: 0, lat: 0 }, [], (k) => f.t(`type.${k}`), {
      compact: true,
    });
    // Frame the ties rather than the whole world.
    const lngs = usable.flatMap((t) => [t.place.lng!, t.foreign.lng!]);
    const lats = usable.flatMap((t) => [t.place.lat!, t.foreign.lat!]);
    const pad = 6;
    const geo = lngs.length
      ? {
          ...(base.geo as object),
          boundingCoords: [
            [Math.max(-180, Math.min(...lngs) - pad), Math.min(85, Math.max(...lats) + pad)],
            [Math.min(180, Math.max(...lngs) + pad), Math.max(-60, Math.min(...lats) - pad)],
          ],
        }
      : base.geo;
    return {
      ...base,
      geo,
      series: [
        {
          type: 'lines',
          coordinateSystem: 'geo',
          lineStyle: { color: '#b3261e', width: 1, opacity: 0.5, curveness: 0.25 },
          data: usable.map((t) => ({
            coords: [
              [t.place.lng, t.place.lat],
              [t.foreign.lng, t.foreign.lat],
            ],
          })),
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 5,
          itemStyle: { color: '#1f6fb2' },
          data: rows
            .filter((r) => r.foreign.lat !== null)
            .map((r) => ({ name: f.name(r.foreign), value: [r.foreign.lng, r.foreign.lat] })),
        },
      ],
    };
  }, [rows, f]);
  return (
    <Section title={f.t('place.map')} id="country-map">
      <EChart
        zoomable
        height="clamp(240px, 40vw, 380px)"
        label={f.t('place.map')}
        option={option}
        testId="country-map"
      />
    </Section>
  );
}
