import { TieCoverage } from '../components/TieCoverage';
import { RowsDownloads, TableDownloads } from '../components/TableDownloads';
import { StatedMeasure } from '../components/StatedMeasure';
import { PracticalCooperation } from '../components/PracticalCooperation';
import { Link, useSearchParams } from 'react-router-dom';
import { cachedGet, isNotFound, useAsync, useGet, type AsyncState, type Reply } from '../api';
import {
  analysisPaths,
  BENCHMARKS,
  continentLabel,
  type Benchmark,
  type Imbalance,
  type Layout,
  type RankingBy,
  type Rankings,
} from '../analysis-api';
import { barOption, pieOption } from '../charts';
import EChart from '../components/EChart';
import { ErrorBox, Loading, NameText, NotAvailable, PageTitle, Section, TableScroll } from '../components/ui';
import { CONTINENT_COLOURS, useFormat } from '../format';

/** The rankings offered, provinces first: by=place ranks cities. */
const RANKING_LABELS: Record<RankingBy, string> = {
  province: 'analysis.province',
  place: 'analysis.city',
};

/** Loads an analysis endpoint (none while `path` is null); `null` means the server does not offer it (404). */
function useAnalysis<T>(path: string | null) {
  return useAsync<T | null>(path, () =>
    cachedGet<T>(path!).catch((e: unknown) => {
      if (isNotFound(e)) return null;
      throw e;
    }),
  );
}

function Guard<T>({
  state,
  what,
  children,
}: {
  state: AsyncState<T | null>;
  what: string;
  children: (data: T) => React.ReactNode;
}) {
  if (state.error) return <ErrorBox error={state.error} retry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  if (state.data === null) return <NotAvailable what={what} />;
  return <>{children(state.data)}</>;
}

export default function Analysis() {
  const f = useFormat();
  // The benchmark, its corridor and the ranking are in the URL, so a view can be shared.
  const [params, setParams] = useSearchParams();
  const given = params.get('benchmark');
  const benchmark: Benchmark = BENCHMARKS.find((b) => b === given) ?? 'equal-continents';
  const by: RankingBy = params.get('by') === 'place' ? 'place' : 'province';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const corridors = useGet<Reply<'/api/corridors'>>('/api/corridors');
  const corridor = params.get('corridor') ?? corridors.data?.items[0]?.id;
  const layout = useAnalysis<Layout>(analysisPaths.layout({ country: 'CN' }));
  const imbalance = useAnalysis<Imbalance>(
    benchmark !== 'corridor'
      ? analysisPaths.imbalance('CN', benchmark)
      : corridor
        ? analysisPaths.imbalance('CN', benchmark, corridor)
        : null,
  );
  const rankings = useAnalysis<Rankings>(analysisPaths.rankings('CN', by));
  const label = (c: { continent: string; nameZh: string }) => continentLabel(f.lang, c);

  return (
    <div className="page analysis">
      <PageTitle title={`${f.t('analysis.title')} · ${f.t('analysis.overview')}`}>
        <p>
          <Link to="/analysis/network">{f.t('network.title')}</Link>
        </p>
      </PageTitle>
      <div className="grid-2">
        <Section title={f.t('analysis.layout')} id="analysis-layout">
          <Guard state={layout} what={f.t('analysis.layoutWhat')}>
            {(l) => (
              <>
                <p className="big-figure">
                  {f.t('place.ties')}: <strong>{f.num(l.total)}</strong>
                </p>
                <TieCoverage
                  total={l.total}
                  dated={l.total - l.undated}
                  typed={l.total - (l.byType.find((t) => t.type === 'unknown')?.count ?? 0)}
                />
                <EChart
                  height={240}
                  label={f.t('analysis.layout')}
                  summary={l.byContinent
                    .map((c) => `${label(c)} ${f.num(c.count)} (${f.pct(c.share)})`)
                    .join(' · ')}
                  option={barOption(
                    l.byContinent.map(label),
                    l.byContinent.map((c) => c.count),
                    { horizontal: true, colours: l.byContinent.map((c) => CONTINENT_COLOURS[c.continent]) },
                  )}
                />
                <h3>{f.t('analysis.profile')}</h3>
                <EChart
                  height={220}
                  label={f.t('analysis.profile')}
                  summary={(['capital', 'largest', 'second', 'other'] as const)
                    .map((k) => `${f.t(`analysis.profileKinds.${k}`)} ${f.num(l.profile[k].count)}`)
                    .join(' · ')}
                  option={pieOption(
                    (['capital', 'largest', 'second', 'other'] as const).map((k) => ({
                      name: f.t(`analysis.profileKinds.${k}`),
                      value: l.profile[k].count,
                    })),
                  )}
                />
              </>
            )}
          </Guard>
        </Section>
        <Section
          title={f.t('analysis.imbalance')}
          id="analysis-imbalance"
          actions={
            <label className="inline-label">
              <span>{f.t('analysis.benchmark')}</span>
              <select
                value={benchmark}
                onChange={(e) => set('benchmark', e.target.value)}
                data-testid="benchmark-select"
              >
                {BENCHMARKS.map((b) => (
                  <option key={b} value={b}>
                    {f.t(`analysis.benchmarks.${b}`)}
                  </option>
                ))}
              </select>
              {benchmark === 'corridor' && (
                <select
                  aria-label={f.t('analysis.benchmarks.corridor')}
                  value={corridor ?? ''}
                  onChange={(e) => set('corridor', e.target.value)}
                  data-testid="corridor-select"
                >
                  {(corridors.data?.items ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {f.name(c)}
                    </option>
                  ))}
                </select>
              )}
            </label>
          }
        >
          <Guard state={imbalance} what={f.t('analysis.imbalanceWhat')}>
            {(im) => (
              <>
                <p className="big-figure">
                  {f.t('analysis.dissimilarity')}:{' '}
                  <strong>{f.num(Math.round(im.continentIndex.duncan * 1000) / 1000)}</strong>
                </p>
                <p className="muted small">{f.t('analysis.dissimilarityHint')}</p>
                <TableScroll label={f.t('analysis.imbalance')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{f.t('table.continent')}</th>
                        <th scope="col" className="num">
                          {f.t('analysis.observed')}
                        </th>
                        <th scope="col" className="num">
                          {f.t('analysis.expected')}
                        </th>
                        <th scope="col" className="num">
                          {f.t('analysis.difference')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {im.byContinent.map((c) => {
                        const difference = c.observedShare - c.expectedShare;
                        return (
                          <tr key={c.continent}>
                            <td>{label(c)}</td>
                            <td className="num">{f.pct(c.observedShare)}</td>
                            <td className="num">{f.pct(c.expectedShare)}</td>
                            <td className={difference < 0 ? 'num negative' : 'num positive'}>
                              {f.pct(difference)}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
                <RowsDownloads
                  fileName={`amity-imbalance-${benchmark}`}
                  testId="imbalance-downloads"
                  rows={im.byContinent}
                  columns={[
                    [f.t('table.continent'), (c) => label(c)],
                    [f.t('analysis.observed'), (c) => c.observed],
                    [`${f.t('analysis.observed')} %`, (c) => c.observedShare],
                    [f.t('analysis.expected'), (c) => c.expected],
                    [`${f.t('analysis.expected')} %`, (c) => c.expectedShare],
                    [f.t('analysis.difference'), (c) => c.observedShare - c.expectedShare],
                  ]}
                />
                {im.gaps.length > 0 && (
                  <>
                    <h3>{f.t('analysis.gaps')}</h3>
                    <ul className="plain-list">
                      {im.gaps.slice(0, 10).map((g) => (
                        <li key={g.code}>
                          <Link to={`/country/${g.code}`}>
                            <NameText of={g} />
                          </Link>{' '}
                          <span className="muted small">
                            {f.t('analysis.observed')} {f.num(g.observed)} · {f.t('analysis.expected')}{' '}
                            {f.num(Math.round(g.expected * 10) / 10)}
                          </span>
                        </li>
                      ))}
                    </ul>
                    <RowsDownloads
                      fileName={`amity-gaps-${benchmark}`}
                      testId="gaps-downloads"
                      rows={im.gaps}
                      columns={[
                        [f.t('common.id'), (g) => g.code],
                        [f.t('table.name'), (g) => f.name(g)],
                        [f.t('analysis.observed'), (g) => g.observed],
                        [f.t('analysis.expected'), (g) => g.expected],
                      ]}
                    />
                  </>
                )}
              </>
            )}
          </Guard>
        </Section>
      </div>
      <Section
        title={by === 'province' ? f.t('analysis.rankings') : f.t('analysis.rankingsCity')}
        id="analysis-rankings"
        actions={
          <label className="inline-label">
            <span>{f.t('analysis.by')}</span>
            <select value={by} onChange={(e) => set('by', e.target.value)}>
              {Object.entries(RANKING_LABELS).map(([value, key]) => (
                <option key={value} value={value}>
                  {f.t(key)}
                </option>
              ))}
            </select>
          </label>
        }
      >
        <Guard state={rankings} what={f.t('analysis.rankingsWhat')}>
          {(r) => (
            <>
              <TableScroll label={f.t('analysis.rankings')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        #
                      </th>
                      <th scope="col">{f.t('table.name')}</th>
                      <th scope="col" className="num">
                        {f.t('analysis.ties')}
                      </th>
                      <th scope="col" className="num">
                        {f.t('analysis.countries')}
                      </th>
                      <th scope="col" className="num">
                        {f.t('analysis.continents')}
                      </th>
                      <th scope="col">{f.t('analysis.stated')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.items.map((item, i) => (
                      <tr key={item.id}>
                        <td className="num">{i + 1}</td>
                        <td>
                          <Link to={`/place/${encodeURIComponent(item.id)}`}>
                            <NameText of={item.place} />
                          </Link>
                        </td>
                        <td className="num">
                          {f.num(item.ties)}
                          <div className="muted small">
                            {f.t('tieCoverage.dated', { dated: f.num(item.dated), total: f.num(item.ties) })}
                          </div>
                        </td>
                        <td className="num">{f.num(item.countries)}</td>
                        <td className="num">{f.num(item.continents)}</td>
                        <td>
                          {item.stated.map((s) => (
                            <div key={s.observationId} className="small">
                              {f.num(s.value)}{' '}
                              <span className="muted">
                                <StatedMeasure measure={s.measure} />
                              </span>
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <TableDownloads
                href={(format) => `${analysisPaths.rankings('CN', by)}&format=${format}`}
                fileName={`amity-rankings-${by}`}
                testId="rankings-downloads"
              />
            </>
          )}
        </Guard>
      </Section>
      <Guard state={layout} what={f.t('analysis.layoutWhat')}>
        {(l) => <PracticalCooperation practical={l.practical} />}
      </Guard>
    </div>
  );
}
