import { useMemo } from 'react';
import { TieCoverage } from '../components/TieCoverage';
import { Link, useNavigate } from 'react-router-dom';
import {
  cachedGet,
  getAll,
  isNotFound,
  useAsync,
  useGet,
  type Partnership,
  type Reply,
  type Status,
} from '../api';
import { analysisPaths, continentLabel, type Layout } from '../analysis-api';
import { barOption, pointsOption, type MapPoint } from '../charts';
import EChart from '../components/EChart';
import PlaceSearch from '../components/PlaceSearch';
import { Async, ErrorBox, Loading, Section } from '../components/ui';
import { countBy, sortedCounts, tiesOf } from '../derive';
import { CONTINENT_COLOURS, CONTINENTS, useFormat } from '../format';

const FIGURES = [
  'partnerships',
  'places',
  'countries',
  'organisations',
  'events',
  'projects',
  'observations',
  'sources',
] as const;

export default function Home() {
  const f = useFormat();
  const navigate = useNavigate();
  const status = useGet<Status>('/api/status');
  // How many of all ties are dated and typed, for the figure of partnerships.
  const allTies = useGet<Reply<'/api/partnerships'>>('/api/partnerships?limit=1');
  const cn = useAsync('cn-partnerships', () => getAll<Partnership>('/api/partnerships?country=CN'));
  // The layout analysis, when the server has it; otherwise counted here from the partnership list.
  const layout = useAsync('cn-layout', () =>
    cachedGet<Layout>(analysisPaths.layout({ country: 'CN' })).catch((e: unknown) => {
      if (isNotFound(e)) return null;
      throw e;
    }),
  );

  const network = useMemo(() => {
    if (!cn.data) return undefined;
    const ties = tiesOf(cn.data, new Set(), 'CN').filter(
      (t) => t.self.countryCode === 'CN' && t.partner.countryCode !== 'CN',
    );
    const foreign = new Map<string, MapPoint>();
    const domestic = new Map<string, MapPoint>();
    // Every foreign partner counts, with or without coordinates (as the layout analysis counts them);
    // only those with coordinates are drawn.
    const partners = new Set(ties.map((t) => t.partner.id));
    for (const { self, partner } of ties) {
      for (const [map, p] of [
        [foreign, partner],
        [domestic, self],
      ] as const) {
        if (p.lat === null || p.lng === null) continue;
        const point = map.get(p.id) ?? {
          id: p.id,
          name: f.name(p),
          lng: p.lng,
          lat: p.lat,
          count: 0,
          detail: '',
        };
        point.count++;
        point.detail = f.t('search.ties', { count: point.count });
        map.set(p.id, point);
      }
    }
    const byContinent = countBy(ties, (t) => t.partner.continent);
    const countries = new Set(ties.map((t) => t.partner.countryCode));
    const topDomestic = [...domestic.values()].sort((a, b) => b.count - a.count).slice(0, 10);
    return {
      ties,
      partners,
      foreign: [...foreign.values()],
      domestic: [...domestic.values()],
      byContinent,
      countries,
      topDomestic,
    };
  }, [cn.data, f]);

  const continentRows = useMemo(() => {
    if (layout.data)
      return layout.data.byContinent.map((c) => ({
        key: c.continent,
        label: continentLabel(f.lang, c),
        count: c.count,
        share: c.share,
      }));
    if (!network) return undefined;
    const total = network.ties.length || 1;
    return sortedCounts(network.byContinent)
      .filter(([key]) => (CONTINENTS as readonly string[]).includes(key))
      .map(([key, count]) => ({ key, label: f.t(`continent.${key}`), count, share: count / total }));
  }, [layout.data, network, f]);

  return (
    <div className="page home">
      <section className="hero">
        <h1>{f.t('home.title')}</h1>
        <p className="lead">{f.t('home.lead')}</p>
        <div className="hero-search">
          <PlaceSearch
            label={f.t('search.label')}
            placeholder={f.t('search.placeholder')}
            onSelect={(p) => navigate(`/place/${encodeURIComponent(p.id)}`)}
            testId="home-search"
          />
        </div>
      </section>

      <Section title={f.t('home.figures')} id="figures">
        <Async state={status}>
          {(s) => (
            <dl className="figures">
              {FIGURES.map((key) => (
                <div key={key} className="figure">
                  <dt>{f.t(`counts.${key}`)}</dt>
                  <dd>{f.num(s.counts[key])}</dd>
                  {key === 'partnerships' && allTies.data && <TieCoverage {...allTies.data} />}
                </div>
              ))}
            </dl>
          )}
        </Async>
      </Section>

      <div className="grid-2 wide-left">
        <Section title={f.t('home.map')} id="home-map">
          <Async state={cn}>
            {() =>
              network && (
                <EChart
                  testId="home-map"
                  zoomable
                  height="clamp(260px, 42vw, 480px)"
                  label={f.t('home.map')}
                  summary={f.t('home.mapSummary', {
                    places: f.num(network.partners.size),
                    countries: f.num(network.countries.size),
                  })}
                  option={pointsOption(network.foreign, network.domestic, {
                    foreign: f.t('place.partners'),
                    domestic: f.lang === 'zh' ? '中国地方' : 'Chinese places',
                  })}
                  onClick={(p) => {
                    const id = (p.data as { id?: string } | undefined)?.id;
                    if (id) navigate(`/place/${encodeURIComponent(id)}`);
                  }}
                />
              )
            }
          </Async>
        </Section>
        <Section title={f.t('home.imbalance')} id="home-imbalance">
          {!continentRows && (cn.error ? <ErrorBox error={cn.error} retry={cn.reload} /> : <Loading />)}
          {continentRows && (
            <>
              <EChart
                height={260}
                label={f.t('home.imbalance')}
                summary={continentRows.map((r) => `${r.label} ${f.pct(r.share)}`).join(' · ')}
                option={barOption(
                  continentRows.map((r) => r.label),
                  continentRows.map((r) => r.share),
                  {
                    horizontal: true,
                    colours: continentRows.map((r) => CONTINENT_COLOURS[r.key]),
                    valueFormat: f.pct,
                  },
                )}
              />
              <p className="muted small" data-testid="imbalance-origin">
                {layout.data ? f.t('home.fromAnalysis') : f.t('home.imbalanceNote')}
              </p>
            </>
          )}
          {network && (
            <>
              <h3>{f.t('home.topCities')}</h3>
              <ol className="rank-list">
                {network.topDomestic.map((p) => (
                  <li key={p.id}>
                    <Link to={`/place/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                    <span className="muted">{f.num(p.count)}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Section>
      </div>
    </div>
  );
}
