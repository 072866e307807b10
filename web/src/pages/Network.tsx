import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { cachedGet, isNotFound, useAsync, useGet, type PlaceDetail } from '../api';
import { analysisPaths, communityOrder, type EgoNetwork } from '../analysis-api';
import EChart from '../components/EChart';
import { networkGraphOption } from '../charts';
import PlaceSearch from '../components/PlaceSearch';
import { ErrorBox, Loading, NameText, NotAvailable, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';
import NationalNetwork, { COMMUNITY_PALETTE } from './NationalNetwork';

export default function NetworkPage() {
  const f = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const placeId = params.get('place');
  const place = useGet<PlaceDetail>(placeId ? `/api/places/${encodeURIComponent(placeId)}` : null);
  const path = placeId ? analysisPaths.network(placeId) : null;
  const network = useAsync<EgoNetwork | null>(path, () =>
    cachedGet<EgoNetwork>(path!).catch((e: unknown) => {
      if (isNotFound(e)) return null;
      throw e;
    }),
  );

  const view = useMemo(() => {
    const n = network.data;
    if (!n) return undefined;
    const order = communityOrder(n);
    const nodes = n.nodes.map((x) => ({ ...x, community: order.get(x.community) ?? 0 }));
    const communities = new Set(nodes.map((x) => x.community));
    const maxDegree = Math.max(1, ...nodes.map((x) => x.degree));
    // The place itself and the eight best-connected are named outright, where their labels fit; the
    // others on hover.
    const named = new Set([
      placeId,
      ...[...nodes]
        .sort((a, b) => b.degree - a.degree)
        .slice(0, 8)
        .map((x) => x.id),
    ]);
    const nameOf = new Map(nodes.map((x) => [x.id, f.name(x)]));
    const option = networkGraphOption(
      nodes.map((x) => ({
        id: x.id,
        name: nameOf.get(x.id)!,
        value: x.degree,
        size: 4 + 22 * Math.sqrt(x.degree / maxDegree),
        colour: COMMUNITY_PALETTE[x.community % COMMUNITY_PALETTE.length],
        labelled: named.has(x.id),
        detail: f.t('analysis.hubTip', {
          name: nameOf.get(x.id)!,
          degree: f.num(x.degree),
          community: x.community + 1,
        }),
      })),
      n.edges.map((e) => ({
        source: e.source,
        target: e.target,
        width: 0.6,
        detail: `${nameOf.get(e.source) ?? e.source} — ${nameOf.get(e.target) ?? e.target}`,
      })),
    );
    const hubs = [...nodes].sort((a, b) => b.degree - a.degree).slice(0, 10);
    return { option, communities: communities.size, hubs };
  }, [network.data, f, placeId]);

  return (
    <div className="page">
      <PageTitle
        title={`${f.t('analysis.title')} · ${f.t('network.title')}`}
        lead={place.data ? f.name(place.data) : f.t('network.lead')}
      >
        <div className="narrow">
          <PlaceSearch
            label={f.t('analysis.pickPlace')}
            placeholder={f.t('search.placeholder')}
            onSelect={(p) => setParams({ place: p.id })}
          />
          {placeId && (
            <p>
              <Link to="/analysis/network">{f.t('network.backToNational')}</Link>
            </p>
          )}
        </div>
      </PageTitle>
      {!placeId && <NationalNetwork />}
      {placeId && (
        <Section title={f.t('analysis.network')} id="network">
          {network.error ? (
            <ErrorBox error={network.error} retry={network.reload} />
          ) : network.data === undefined ? (
            <Loading />
          ) : network.data === null ? (
            <NotAvailable what={f.t('analysis.networkWhat')} />
          ) : (
            view && (
              <div className="grid-2 wide-left">
                <EChart
                  height={520}
                  label={f.t('analysis.network')}
                  summary={f.t('analysis.nodes', {
                    nodes: f.num(network.data.nodes.length),
                    edges: f.num(network.data.edges.length),
                    communities: f.num(view.communities),
                  })}
                  option={view.option}
                  onClick={(p) => {
                    const id = (p.data as { id?: string } | undefined)?.id;
                    if (id) navigate(`/place/${encodeURIComponent(id)}`);
                  }}
                />
                <div>
                  <h3>{f.t('analysis.hubs')}</h3>
                  <ol className="rank-list">
                    {view.hubs.map((h) => (
                      <li key={h.id}>
                        <Link to={`/place/${encodeURIComponent(h.id)}`}>
                          <NameText of={h} />
                        </Link>
                        <span className="muted">
                          {f.t('analysis.hubLine', { degree: f.num(h.degree), community: h.community + 1 })}
                        </span>
                      </li>
                    ))}
                  </ol>
                  <p className="muted small">{f.t('analysis.hubsHint')}</p>
                </div>
              </div>
            )
          )}
        </Section>
      )}
    </div>
  );
}
