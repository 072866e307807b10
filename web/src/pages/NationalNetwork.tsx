/**
 * The whole partnership network, for a national coordinator: its size and shape in plain words, the
 * network of countries (communities in colour, labels for the largest that never overlap), the hubs by
 * three measures, and what each measure means.
 */
import { TableDownloads } from '../components/TableDownloads';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useGet, type Reply } from '../api';
import { networkGraphOption } from '../charts';
import EChart from '../components/EChart';
import { ReportDownload } from '../components/ReportDownload';
import { Async, NameText, Section } from '../components/ui';
import { useFormat, type Format } from '../format';

type Summary = Reply<'/api/analysis/network/summary'>;
type Countries = Reply<'/api/analysis/network/countries'>;
type Hub = Summary['hubs']['degree'][number];

export const COMMUNITY_PALETTE = [
  '#b3261e',
  '#1f6fb2',
  '#1e8449',
  '#d68910',
  '#8e44ad',
  '#17a2b8',
  '#6d4c41',
  '#c2185b',
  '#546e7a',
  '#7cb342',
];

/** Countries labelled on the chart (the rest on hover); ties drawn between countries, strongest first. */
const LABELLED = 30;
const DRAWN_EDGES = 400;

/** The measures the page names, in the order the glossary explains them. */
const MEASURES = [
  'degree',
  'betweenness',
  'pagerank',
  'community',
  'modularity',
  'clustering',
  'component',
  'bridge',
  'density',
] as const;

export default function NationalNetwork() {
  const f = useFormat();
  const summary = useGet<Summary>('/api/analysis/network/summary');
  const countries = useGet<Countries>('/api/analysis/network/countries');
  return (
    <>
      <Section title={f.t('network.overview')} id="network-overview" actions={<ReportDownload />}>
        <Async state={summary}>{(s) => <Overview s={s} f={f} />}</Async>
      </Section>
      <Section
        title={f.t('network.countries')}
        id="country-network"
        actions={
          <a className="btn" href="/api/analysis/network/export?format=gexf" download>
            {f.t('network.downloadGexf')}
          </a>
        }
      >
        <Async state={countries}>{(c) => <CountryNetwork c={c} f={f} />}</Async>
      </Section>
      <Section
        title={f.t('network.hubs')}
        id="network-hubs"
        actions={
          <TableDownloads
            href={(format) => `/api/analysis/network/nodes?format=${format}&limit=50000&sort=degree`}
            fileName="amity-network-places"
            note={f.t('network.downloadNodes')}
          />
        }
      >
        <Async state={summary}>{(s) => <Hubs s={s} f={f} />}</Async>
      </Section>
      <Section title={f.t('network.glossary')} id="network-glossary">
        <dl className="glossary" data-testid="network-glossary">
          {MEASURES.map((m) => (
            <div key={m}>
              <dt>{f.t(`network.measures.${m}.name`)}</dt>
              <dd>{f.t(`network.measures.${m}.explain`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}

function Overview({ s, f }: { s: Summary; f: Format }) {
  const international = s.interContinentalEdges / Math.max(1, s.edges);
  const figures: [string, string, string][] = [
    ['places', f.num(s.nodes), f.t('network.figures.placesHint')],
    ['ties', f.num(s.edges), f.t('network.figures.tiesHint')],
    [
      'connected',
      f.pct(s.components.largest / Math.max(1, s.nodes)),
      f.t('network.figures.connectedHint', { groups: f.num(s.components.count) }),
    ],
    [
      'communities',
      f.num(s.communities.count),
      f.t('network.figures.communitiesHint', { modularity: f.num(s.communities.modularity, 2) }),
    ],
    ['clustering', f.num(s.transitivity, 3), f.t('network.figures.clusteringHint')],
    ['intercontinental', f.pct(international), f.t('network.figures.intercontinentalHint')],
    ['bridges', f.num(s.bridges), f.t('network.figures.bridgesHint')],
  ];
  return (
    <dl className="figures figures-explained" data-testid="network-figures">
      {figures.map(([key, value, hint]) => (
        <div className="figure" key={key}>
          <dt>{f.t(`network.figures.${key}`)}</dt>
          <dd>{value}</dd>
          <dd className="figure-hint">{hint}</dd>
        </div>
      ))}
    </dl>
  );
}

function CountryNetwork({ c, f }: { c: Countries; f: Format }) {
  const navigate = useNavigate();
  const view = useMemo(() => {
    const { keys, weights } = c.matrix;
    const byCode = new Map(c.countries.map((x) => [x.id, x]));
    // Communities numbered by size, so the colours follow the largest groups.
    const sizes = new Map<number, number>();
    for (const x of c.countries) sizes.set(x.community, (sizes.get(x.community) ?? 0) + 1);
    const order = new Map([...sizes].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i]));
    const shown = c.countries.filter((x) => x.weightedDegree > 0);
    const labelled = new Set(
      [...shown]
        .sort((a, b) => b.weightedDegree - a.weightedDegree)
        .slice(0, LABELLED)
        .map((x) => x.id),
    );
    const maxWeight = Math.max(1, ...shown.map((x) => x.weightedDegree));
    const pairs: { a: string; b: string; w: number }[] = [];
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const w = weights[i][j] + weights[j][i];
        if (w > 0 && byCode.has(keys[i]) && byCode.has(keys[j])) pairs.push({ a: keys[i], b: keys[j], w });
      }
    pairs.sort((p, q) => q.w - p.w || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
    // The strongest pairs, and each country's strongest tie, so that no country floats alone.
    const drawn = pairs.slice(0, DRAWN_EDGES);
    const anchored = new Set(drawn.flatMap((p) => [p.a, p.b]));
    for (const p of pairs.slice(DRAWN_EDGES))
      if (!anchored.has(p.a) || !anchored.has(p.b)) {
        drawn.push(p);
        anchored.add(p.a);
        anchored.add(p.b);
      }
    const maxPair = Math.max(1, ...drawn.map((p) => p.w));
    const name = (x: { nameEn: string; nameZh: string | null }) => f.name(x);
    const option = networkGraphOption(
      shown.map((x) => ({
        id: x.id,
        name: name(x),
        value: x.weightedDegree,
        size: 5 + 30 * Math.sqrt(x.weightedDegree / maxWeight),
        colour: COMMUNITY_PALETTE[(order.get(x.community) ?? 0) % COMMUNITY_PALETTE.length],
        labelled: labelled.has(x.id),
        detail: f.t('network.countryTip', {
          name: name(x),
          ties: f.num(x.weightedDegree),
          partners: f.num(x.degree),
          community: (order.get(x.community) ?? 0) + 1,
        }),
      })),
      drawn.map((p) => ({
        source: p.a,
        target: p.b,
        width: 0.4 + 4 * (p.w / maxPair),
        detail: f.t('network.pairTip', {
          a: name(byCode.get(p.a)!),
          b: name(byCode.get(p.b)!),
          ties: f.num(p.w),
        }),
      })),
    );
    const china = byCode.get('CN');
    return { option, shown: shown.length, drawn: drawn.length, pairs: pairs.length, china, order };
  }, [c, f]);
  return (
    <>
      <EChart
        height={560}
        renderer="svg"
        testId="country-network"
        label={f.t('network.countries')}
        summary={f.t('network.countriesSummary', {
          countries: f.num(view.shown),
          drawn: f.num(view.drawn),
          strongest: f.num(DRAWN_EDGES),
          pairs: f.num(view.pairs),
          communities: f.num(c.communities.count),
          labelled: LABELLED,
        })}
        option={view.option}
        onClick={(p) => {
          const id = (p.data as { id?: string } | undefined)?.id;
          if (id) navigate(`/country/${encodeURIComponent(id)}`);
        }}
      />
      {view.china && (
        <p className="muted" data-testid="china-in-network">
          {f.t('network.china', {
            partners: f.num(view.china.degree),
            ties: f.num(view.china.weightedDegree),
            community: (view.order.get(view.china.community) ?? 0) + 1,
          })}
        </p>
      )}
    </>
  );
}

function Hubs({ s, f }: { s: Summary; f: Format }) {
  const lists: { key: 'degree' | 'betweenness' | 'pagerank'; value: (h: Hub) => string }[] = [
    { key: 'degree', value: (h) => f.num(h.degree) },
    { key: 'betweenness', value: (h) => f.num(h.betweenness, 4) },
    { key: 'pagerank', value: (h) => f.num(h.pagerank * 1000, 2) },
  ];
  return (
    <div className="grid-3" data-testid="network-hubs">
      {lists.map(({ key, value }) => (
        <div key={key}>
          <h3>{f.t(`network.measures.${key}.name`)}</h3>
          <p className="muted small">{f.t(`network.hubsBy.${key}`)}</p>
          <ol className="rank-list">
            {s.hubs[key].slice(0, 10).map((h) => (
              <li key={h.id}>
                <Link to={`/place/${encodeURIComponent(h.id)}`}>
                  <NameText of={h} />
                </Link>
                <span className="muted">{value(h)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
