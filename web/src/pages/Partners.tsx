import { TableDownloads } from '../components/TableDownloads';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { cachedGet, useAsync, useGet, type Corridor, type PlaceDetail, type Reply } from '../api';
import { candidatesOption, type CandidatePoint } from '../charts';
import EChart from '../components/EChart';
import { SelectFilter } from '../components/ListFilters';
import { AltName, Async, Drawer, Empty, NameText, PageTitle, Section, TableScroll } from '../components/ui';
import { CONTINENTS, useFormat } from '../format';
import {
  candidatesPath,
  STRATEGIES,
  vetPath,
  type ComponentExplanation,
  type MatchingFilters,
  type MatchingResult,
  type MatchWarning,
  type Recommendation,
  type Strategy,
  type VetResult,
} from '../matching-api';
import { useSession } from '../session';

const LIMIT = 20;

export default function PartnersPage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const strategyParam = params.get('strategy') as Strategy | null;
  const filters: MatchingFilters = {
    strategy: strategyParam && STRATEGIES.includes(strategyParam) ? strategyParam : 'balanced',
    continent: params.get('continent') ?? '',
    country: params.get('country') ?? '',
    corridor: params.get('corridor') ?? '',
    minPopulation: params.get('minPopulation') ?? '',
  };
  const openId = params.get('candidate');
  const place = useGet<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`);
  const corridors = useGet<Reply<'/api/corridors'>>('/api/corridors');
  const path = candidatesPath(id, filters, { limit: LIMIT });
  const result = useGet<MatchingResult>(place.data ? path : null);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: key !== 'candidate' });
  };

  const openName = result.data?.items.find((r) => r.place.id === openId)?.place;

  return (
    <div className="page partners">
      <Async state={place}>
        {(p) => (
          <>
            <PageTitle title={f.t('matching.title', { name: f.name(p) })} lead={f.t('matching.lead')}>
              <div className="actions">
                <Link className="btn" to={`/place/${encodeURIComponent(p.id)}`}>
                  ← {f.t('matching.back')}
                </Link>
              </div>
            </PageTitle>
            <FilterForm
              filters={filters}
              corridors={corridors.data?.items ?? []}
              onChange={setParam}
              tableHref={(format) => candidatesPath(p.id, filters, { limit: 100, format })}
              placeId={p.id}
            />
            <Section title={f.t('matching.list')} id="candidates">
              <Async state={result} isEmpty={(d) => d.items.length === 0} empty={f.t('matching.none')}>
                {(d) => <CandidateTable result={d} onOpen={(cid) => setParam('candidate', cid)} />}
              </Async>
            </Section>
            {result.data && result.data.items.length > 0 && (
              <CandidateMap
                place={p}
                items={result.data.items}
                onOpen={(cid) => setParam('candidate', cid)}
              />
            )}
          </>
        )}
      </Async>
      {openId && (
        <Drawer
          title={openName ? f.t('matching.explainFor', { name: f.name(openName) }) : f.t('matching.explain')}
          onClose={() => setParam('candidate', null)}
          actions={
            <Link className="btn" to={`/place/${encodeURIComponent(openId)}`}>
              {f.t('matching.openPlace')}
            </Link>
          }
        >
          <VetDetail place={id} candidate={openId} strategy={filters.strategy} />
        </Drawer>
      )}
    </div>
  );
}

function FilterForm({
  filters,
  corridors,
  onChange,
  tableHref,
  placeId,
}: {
  filters: MatchingFilters;
  corridors: Corridor[];
  onChange: (key: string, value: string | null) => void;
  tableHref: (format: 'csv' | 'xlsx') => string;
  placeId: string;
}) {
  const f = useFormat();
  const [country, setCountry] = useState(filters.country);
  const [minPopulation, setMinPopulation] = useState(filters.minPopulation);
  // Follow the address when it changes from elsewhere (back, forward, clear).
  useEffect(() => setCountry(filters.country), [filters.country]);
  useEffect(() => setMinPopulation(filters.minPopulation), [filters.minPopulation]);
  const countryCode = country.trim().toUpperCase();
  const countryInvalid = countryCode !== '' && !/^[A-Z]{2}$/.test(countryCode);
  const apply = () => {
    if (!countryInvalid) onChange('country', countryCode);
    const n = minPopulation.trim();
    onChange('minPopulation', /^\d+$/.test(n) && Number(n) > 0 ? String(Number(n)) : null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply();
  };
  const any = filters.continent || filters.country || filters.corridor || filters.minPopulation;
  return (
    <Section
      title={f.t('matching.filters')}
      id="matching-filters"
      actions={
        <TableDownloads
          href={tableHref}
          fileName={`amity-${placeId.replace(/[^a-z0-9]+/gi, '-')}-candidates-${filters.strategy}`}
          note={f.t('matching.csvNote')}
          testId="matching-download"
        />
      }
    >
      <form className="filters matching-filters" onSubmit={submit} aria-label={f.t('matching.filters')}>
        <label className="strategy-field">
          <span>{f.t('matching.strategy')}</span>
          <select
            value={filters.strategy}
            onChange={(e) => onChange('strategy', e.target.value === 'balanced' ? null : e.target.value)}
            aria-describedby="strategy-text"
            data-testid="matching-strategy"
          >
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {f.t(`matching.strategies.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <SelectFilter
          label={f.t('filter.continent')}
          value={filters.continent}
          onChange={(v) => onChange('continent', v)}
          options={CONTINENTS.map((c) => ({ value: c, label: f.t(`continent.${c}`) }))}
        />
        <label>
          <span>{f.t('matching.country')}</span>
          <input
            type="text"
            className="code-input"
            value={country}
            maxLength={2}
            placeholder={f.t('matching.countryHint')}
            autoCapitalize="characters"
            aria-invalid={countryInvalid ? 'true' : undefined}
            aria-describedby={countryInvalid ? 'country-error' : 'apply-hint'}
            onChange={(e) => setCountry(e.target.value)}
            onBlur={apply}
          />
        </label>
        <SelectFilter
          className="corridor-field"
          label={f.t('filter.corridor')}
          value={filters.corridor}
          onChange={(v) => onChange('corridor', v)}
          options={corridors.map((c) => ({ value: c.id, label: f.name(c) }))}
        />
        <label>
          <span>{f.t('matching.minPopulation')}</span>
          <input
            type="number"
            className="num-input"
            min={0}
            step={100000}
            inputMode="numeric"
            value={minPopulation}
            aria-describedby="apply-hint"
            onChange={(e) => setMinPopulation(e.target.value)}
            onBlur={apply}
          />
        </label>
        {any && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setCountry('');
              setMinPopulation('');
              for (const key of ['continent', 'country', 'corridor', 'minPopulation']) onChange(key, null);
            }}
          >
            {f.t('filter.clear')}
          </button>
        )}
      </form>
      <p id="strategy-text" className="strategy-text" data-testid="strategy-text">
        <strong>{f.t(`matching.strategies.${filters.strategy}`)}:</strong>{' '}
        {f.t(`matching.strategyText.${filters.strategy}`)}
      </p>
      {countryInvalid && (
        <p id="country-error" className="error-text" role="alert">
          {f.t('matching.countryInvalid')}
        </p>
      )}
      <p id="apply-hint" className="muted small">
        {f.t('matching.applyHint')} {f.t('matching.csvNote')}
      </p>
    </Section>
  );
}

/** The reasons that moved the score most: up to three that raised it and the largest that lowered it. */
function topReasons(explanation: ComponentExplanation[]): ComponentExplanation[] {
  const raised = explanation.filter((e) => e.contribution > 0).slice(0, 3);
  const lowered = explanation.filter((e) => e.contribution < 0).slice(0, 1);
  return [...raised, ...lowered];
}

function Reason({ e }: { e: ComponentExplanation }) {
  const f = useFormat();
  const up = e.contribution >= 0;
  return (
    <li className={up ? 'reason reason-up' : 'reason reason-down'}>
      <span aria-hidden="true" className="reason-sign">
        {up ? '+' : '−'}
      </span>
      <span className="sr-only">{f.t(up ? 'matching.raised' : 'matching.lowered')}: </span>
      {f.lang === 'zh' ? e.zh : e.en}
    </li>
  );
}

function WarningBadges({ warnings }: { warnings: MatchWarning[] }) {
  const f = useFormat();
  if (!warnings.length) return null;
  return (
    <span className="badges">
      {warnings.map((w) => (
        <span key={w.code} className="tag tag-warn" title={f.lang === 'zh' ? w.zh : w.en}>
          {f.t(`matching.warningCodes.${w.code}`, { defaultValue: w.code })}
        </span>
      ))}
    </span>
  );
}

const score = (f: ReturnType<typeof useFormat>, n: number) =>
  new Intl.NumberFormat(f.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

function CandidateTable({ result, onOpen }: { result: MatchingResult; onOpen: (id: string) => void }) {
  const f = useFormat();
  return (
    <>
      <p className="muted small" data-testid="matching-summary">
        {f.t('matching.summary', { shown: f.num(result.items.length), considered: f.num(result.considered) })}{' '}
        {result.profile.from === 'own'
          ? f.t('matching.profileOwn', { count: f.num(result.profile.partnersAbroad) })
          : f.t('matching.profilePeers')}
      </p>
      <TableScroll label={f.t('matching.list')}>
        <table className="candidate-table" data-testid="candidate-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {f.t('matching.rank')}
              </th>
              <th scope="col">{f.t('matching.candidate')}</th>
              <th scope="col">{f.t('table.country')}</th>
              <th scope="col" className="num">
                {f.t('matching.score')}
              </th>
              <th scope="col">{f.t('matching.reasons')}</th>
              <th scope="col">
                <span className="sr-only">{f.t('matching.explain')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => (
              <tr key={r.place.id}>
                <td className="num">{f.num(r.rank)}</td>
                <td>
                  <Link to={`/place/${encodeURIComponent(r.place.id)}`}>
                    <NameText of={r.place} />
                  </Link>
                  <AltName of={r.place} className="muted small" block />
                  <WarningBadges warnings={r.warnings} />
                </td>
                <td>
                  <Link to={`/country/${r.place.countryCode}`}>{f.country(r.place)}</Link>
                </td>
                <td className="num" data-testid="candidate-score">
                  {score(f, r.score)}
                </td>
                <td>
                  <ul className="reasons" data-testid="candidate-reasons">
                    {topReasons(r.explanation).map((e) => (
                      <Reason key={e.key} e={e} />
                    ))}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onOpen(r.place.id)}
                    aria-label={f.t('matching.explainFor', { name: f.name(r.place) })}
                  >
                    {f.t('matching.explain')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function CandidateMap({
  place,
  items,
  onOpen,
}: {
  place: PlaceDetail;
  items: Recommendation[];
  onOpen: (id: string) => void;
}) {
  const f = useFormat();
  const ids = items.map((r) => r.place.id);
  // The ranking carries no coordinates; the places do (and are cached for the life of the page).
  const coords = useAsync(`coords:${ids.join(',')}`, () =>
    Promise.allSettled(ids.map((cid) => cachedGet<PlaceDetail>(`/api/places/${encodeURIComponent(cid)}`))),
  );
  const points = useMemo<CandidatePoint[]>(() => {
    const byId = new Map<string, PlaceDetail>();
    for (const r of coords.data ?? []) if (r.status === 'fulfilled') byId.set(r.value.id, r.value);
    return items.flatMap((r) => {
      const p = byId.get(r.place.id);
      if (!p || p.lat === null || p.lng === null) return [];
      return [
        {
          id: r.place.id,
          name: f.name(r.place),
          lng: p.lng,
          lat: p.lat,
          rank: r.rank,
          detail: `${f.country(r.place)} · ${f.t('matching.score')} ${score(f, r.score)}`,
        },
      ];
    });
  }, [coords.data, items, f]);
  if (place.lat === null || place.lng === null)
    return (
      <Section title={f.t('matching.map')} id="matching-map">
        <Empty>{f.t('place.noCoords')}</Empty>
      </Section>
    );
  return (
    <Section title={f.t('matching.map')} id="matching-map">
      <Async state={coords}>
        {() => (
          <EChart
            testId="matching-map"
            zoomable
            height="clamp(260px, 40vw, 440px)"
            label={f.t('matching.map')}
            summary={f.t('matching.mapSummary', { name: f.name(place), count: f.num(points.length) })}
            option={candidatesOption({ name: f.name(place), lng: place.lng!, lat: place.lat! }, points, {
              centre: f.t('matching.mapCentre'),
              candidates: f.t('matching.candidate'),
            })}
            onClick={(e) => {
              const data = e.data as { id?: string } | undefined;
              if (e.seriesType === 'scatter' && data?.id) onOpen(data.id);
            }}
          />
        )}
      </Async>
    </Section>
  );
}

function VetDetail({ place, candidate, strategy }: { place: string; candidate: string; strategy: Strategy }) {
  const f = useFormat();
  const vet = useGet<VetResult>(vetPath(place, candidate, strategy));
  const session = useSession();
  return (
    <Async state={vet}>
      {(v) => (
        <div className="vet-detail" data-testid="vet-detail">
          <p className="lead">
            <NameText of={v.place} /> <AltName of={v.place} className="muted" /> · {f.country(v.place)} ·{' '}
            {f.t(`matching.strategies.${v.preset}`)}
          </p>
          <dl className="facts">
            <div>
              <dt>{f.t('matching.score')}</dt>
              <dd>{score(f, v.score)}</dd>
            </div>
            <div>
              <dt>{f.t('matching.rankAmongAll')}</dt>
              <dd>
                {v.rankAmongAll !== null ? f.num(v.rankAmongAll) : '—'} / {f.num(v.considered)}
              </dd>
            </div>
            <div>
              <dt>{f.t('place.population')}</dt>
              <dd>{f.num(v.features.population)}</dd>
            </div>
            <div>
              <dt>{f.t('matching.distance')}</dt>
              <dd>
                {v.features.distanceKm !== null
                  ? f.t('matching.km', { n: f.num(Math.round(v.features.distanceKm)) })
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{f.t('matching.flight')}</dt>
              <dd>
                {v.features.flightHours !== null
                  ? f.t('matching.hours', { n: f.num(Math.round(v.features.flightHours * 10) / 10) })
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{f.t('matching.degree')}</dt>
              <dd>{f.num(v.features.network.degree)}</dd>
            </div>
            <div>
              <dt>{f.t('matching.common')}</dt>
              <dd>{f.num(v.features.network.commonNeighbours.length)}</dd>
            </div>
            <div>
              <dt>{f.t('matching.holders')}</dt>
              <dd>{f.num(v.features.competition.domesticHolders.length)}</dd>
            </div>
          </dl>
          <h3>{f.t('matching.warnings')}</h3>
          {v.warnings.length === 0 ? (
            <p className="muted">{f.t('matching.noWarnings')}</p>
          ) : (
            <ul className="plain-list" data-testid="vet-warnings">
              {v.warnings.map((w) => (
                <li key={w.code}>
                  <span className="tag tag-warn">
                    {f.t(`matching.warningCodes.${w.code}`, { defaultValue: w.code })}
                  </span>{' '}
                  {f.lang === 'zh' ? w.zh : w.en}
                </li>
              ))}
            </ul>
          )}
          <h3>{f.t('matching.reasons')}</h3>
          <TableScroll label={f.t('matching.explain')}>
            <table data-testid="vet-explanation">
              <thead>
                <tr>
                  <th scope="col">{f.t('matching.component')}</th>
                  <th scope="col" className="num">
                    {f.t('matching.contribution')}
                  </th>
                  <th scope="col">{f.t('matching.why')}</th>
                </tr>
              </thead>
              <tbody>
                {v.explanation.map((e) => (
                  <tr key={e.key}>
                    <td>{f.t(`matching.components.${e.key}`, { defaultValue: e.key })}</td>
                    <td className={`num nowrap ${e.contribution >= 0 ? 'reason-up' : 'reason-down'}`}>
                      {e.contribution >= 0 ? '+' : '−'}
                      {score(f, Math.abs(e.contribution))}
                    </td>
                    <td>{f.lang === 'zh' ? e.zh : e.en}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="actions">
            <Link
              className="btn"
              to={`/compare?places=${encodeURIComponent(place)},${encodeURIComponent(v.place.id)}`}
            >
              {f.t('matching.compare')}
            </Link>
            {session.can('proposals.draft') && (
              <Link
                className="btn btn-primary"
                to={`/proposals/new?place=${encodeURIComponent(place)}&candidate=${encodeURIComponent(v.place.id)}`}
                data-testid="propose-candidate"
              >
                {f.t('proposals.propose')}
              </Link>
            )}
          </p>
        </div>
      )}
    </Async>
  );
}
