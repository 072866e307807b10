import { TableDownloads } from '../components/TableDownloads';
import { ReportDownload } from '../components/ReportDownload';
import { useEffect, useMemo, useState } from 'react';
import { StatedMeasure, StatedUnit } from '../components/StatedMeasure';
import { TieCoverage, tieCoverage } from '../components/TieCoverage';
import { analysisPaths, type Layout } from '../analysis-api';
import { PracticalCooperation } from '../components/PracticalCooperation';
import { CooperationBalance } from '../components/CooperationBalance';
import { NeedsOffers } from '../components/NeedsOffers';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getAll, qs, useAsync, useGet, type Partnership, type PlaceDetail, type Reply } from '../api';
import { barOption, cumulativeOption, partnerLinesOption } from '../charts';
import EChart from '../components/EChart';
import { SelectFilter, useListParams } from '../components/ListFilters';
import PartnershipDetail from '../components/PartnershipDetail';
import {
  AltName,
  Async,
  Drawer,
  Empty,
  NameText,
  PageTitle,
  Section,
  SourceTitle,
  TableScroll,
} from '../components/ui';
import {
  countBy,
  groupBy,
  mapTies,
  firstSigningYear,
  signingsByYear,
  sortedCounts,
  tiesAsOf,
  tiesGeoJson,
  tiesOf,
  type Tie,
} from '../derive';
import { download } from '../download';
import { CONTINENT_COLOURS, CONTINENTS, useFormat } from '../format';
import {
  pathsApiPartnershipsGetParametersQueryLevelValues as LEVELS,
  pathsApiPartnershipsGetParametersQueryTypeValues as TYPES,
} from '../generated/api';
import { InternalBadge } from '../components/Visibility';
import { SuccessionNote, useSuccessions } from '../components/Successions';

export default function PlacePage() {
  const { id = '' } = useParams();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const openId = params.get('partnership');
  const place = useGet<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`);
  // A province of China is read with its cities and counties, as the official lists count it (the server
  // says which places count so); the switch (and the URL) can leave them out. Other places, the four
  // municipalities too, show their own ties unless asked.
  const loaded = place.data?.id === id ? place.data : undefined;
  const subdivisionsParam = params.get('subdivisions');
  const withSubdivisions =
    subdivisionsParam === null ? loaded?.countsSubdivisions === true : subdivisionsParam === 'true';
  const tiesPath = loaded
    ? `/api/partnerships${qs({ place: id, subdivisions: withSubdivisions ? 'true' : undefined })}`
    : null;
  const partnerships = useAsync(tiesPath, () => getAll<Partnership>(tiesPath!));
  const successions = useSuccessions(id);
  const formerIds = useMemo(
    () => new Set((successions.data?.predecessors ?? []).map((s) => s.predecessor.id)),
    [successions.data],
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: key !== 'partnership' });
  };

  const ties = useMemo(() => {
    if (!partnerships.data || !place.data) return undefined;
    // The place, its subdivisions, and the places merged or renamed into it, whose ties it holds.
    const selfIds = new Set([place.data.id, ...place.data.children.map((c) => c.id), ...formerIds]);
    return tiesOf(partnerships.data, selfIds, place.data.countryCode);
  }, [partnerships.data, place.data, formerIds]);

  return (
    <div className="page place">
      <Async state={place}>
        {(p) => (
          <>
            <PageTitle
              title={
                <>
                  <NameText of={p} /> <AltName of={p} className="alt-name" />
                </>
              }
            >
              {p.nameZhSource && (
                <p className="muted small" data-testid="name-source">
                  {f.t(`place.nameSource.${p.nameZhSource}`, { name: p.nameZh })}
                </p>
              )}
              <SuccessionNote history={successions.data} />
              <PlaceFacts place={p} ties={ties} />
              <div className="actions">
                <Link className="btn" to={`/compare?places=${encodeURIComponent(p.id)}`}>
                  {f.t('place.compareWith')}
                </Link>
                <Link
                  className="btn"
                  to={`/place/${encodeURIComponent(p.id)}/partners`}
                  data-testid="find-partners"
                >
                  {f.t('place.findPartners')}
                </Link>
                <Link className="btn" to={`/analysis/network?place=${encodeURIComponent(p.id)}`}>
                  {f.t('place.network')}
                </Link>
                <ReportDownload
                  placeId={p.id}
                  subdivisions={p.children.length > 0 ? withSubdivisions : undefined}
                />
                {p.children.length > 0 && (
                  <label className="check">
                    <input
                      type="checkbox"
                      data-testid="subdivisions-switch"
                      checked={withSubdivisions}
                      onChange={(e) => setParam('subdivisions', e.target.checked ? 'true' : 'false')}
                    />{' '}
                    {f.t('place.includeSubdivisions')}
                  </label>
                )}
              </div>
            </PageTitle>
            <Async state={partnerships} isEmpty={(d) => d.length === 0}>
              {() =>
                ties && (
                  <PlaceTies
                    place={p}
                    ties={ties}
                    formerIds={formerIds}
                    onOpen={(pid) => setParam('partnership', pid)}
                    csvBase={{ place: p.id, subdivisions: withSubdivisions ? 'true' : undefined }}
                  />
                )
              }
            </Async>
            <PlacePractical id={p.id} />
            <Section title={f.t('cooperation.title')} id="place-cooperation">
              <CooperationBalance
                subject="place"
                id={p.id}
                subdivisions={p.children.length > 0 && withSubdivisions}
              />
            </Section>
            <NeedsOffers key={p.id} placeId={p.id} />
            <PlaceRecords place={p} counted={ties?.length} />
          </>
        )}
      </Async>
      {openId && (
        <Drawer
          title={f.t('partnership.title')}
          onClose={() => setParam('partnership', null)}
          actions={
            <Link className="btn" to={`/partnership/${encodeURIComponent(openId)}`}>
              {f.t('partnership.openPage')}
            </Link>
          }
        >
          <PartnershipDetail id={openId} />
        </Drawer>
      )}
    </div>
  );
}

function PlaceFacts({ place: p, ties }: { place: PlaceDetail; ties?: Tie[] }) {
  const f = useFormat();
  const [allChildren, setAllChildren] = useState(false);
  const children = allChildren ? p.children : p.children.slice(0, 12);
  const aliases = [...new Set([...(p.aliases ?? []), ...(p.userAliases ?? [])])].slice(0, 12);
  const countries = ties ? new Set(ties.map((t) => t.partner.countryCode)).size : undefined;
  return (
    <dl className="facts place-facts">
      <div>
        <dt>{f.t('place.country')}</dt>
        <dd>
          <Link to={`/country/${p.countryCode}`}>{f.country(p)}</Link> ·{' '}
          {p.adminLevel ? f.t(`adminLevel.${p.adminLevel}`) : f.t(`kind.${p.kind}`)}
        </dd>
      </div>
      <div>
        <dt>{f.t('place.population')}</dt>
        <dd>{f.num(p.population)}</dd>
      </div>
      {(p.isCapital || p.isAdminSeat) && (
        <div>
          <dt>{f.t('place.standing')}</dt>
          <dd>
            {p.isCapital && <span className="tag tag-strong">{f.t('place.capital')}</span>}{' '}
            {p.isAdminSeat && <span className="tag">{f.t('place.seat')}</span>}
          </dd>
        </div>
      )}
      {p.parent && (
        <div>
          <dt>{f.t('place.parent')}</dt>
          <dd>
            <Link to={`/place/${encodeURIComponent(p.parent.id)}`}>
              <NameText of={p.parent} />
            </Link>
          </dd>
        </div>
      )}
      <div>
        <dt>{f.t('place.ties')}</dt>
        <dd data-testid="tie-count">{ties ? f.num(ties.length) : '…'}</dd>
        {ties && <TieCoverage {...tieCoverage(ties.map((t) => t.partnership))} />}
      </div>
      <div>
        <dt>{f.t('place.partnerCountries')}</dt>
        <dd>{countries !== undefined ? f.num(countries) : '…'}</dd>
      </div>
      {p.corridors.length > 0 && (
        <div>
          <dt>{f.t('place.corridors')}</dt>
          <dd>{p.corridors.map((c) => f.name(c)).join('、')}</dd>
        </div>
      )}
      {aliases.length > 0 && (
        <div className="wide">
          <dt>{f.t('place.aliases')}</dt>
          <dd className="small" translate="no">
            {aliases.join(' · ')}
          </dd>
        </div>
      )}
      {p.children.length > 0 && (
        <div className="wide">
          <dt>{f.t('place.subdivisions')}</dt>
          <dd className="chips">
            {children.map((c) => (
              <Link key={c.id} to={`/place/${encodeURIComponent(c.id)}`} className="chip">
                <NameText of={c} />
                {c.partnerships > 0 && <span className="chip-count">{f.num(c.partnerships)}</span>}
              </Link>
            ))}
            {!allChildren && p.children.length > children.length && (
              <button type="button" className="chip chip-more" onClick={() => setAllChildren(true)}>
                {f.t('common.more')} (+{f.num(p.children.length - children.length)})
              </button>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

function PlaceTies({
  place,
  ties,
  formerIds,
  onOpen,
  csvBase,
}: {
  place: PlaceDetail;
  ties: Tie[];
  /** Places merged or renamed into this one, whose ties it holds. */
  formerIds: ReadonlySet<string>;
  onOpen: (id: string) => void;
  csvBase: Record<string, string | undefined>;
}) {
  const f = useFormat();
  // Filters and the view live in the address, so a filtered list can be linked and comes back.
  const { values, set } = useListParams(['q', 'continent', 'type', 'level', 'view', 'year']);
  const { q: text, continent, type, level } = values;
  const byCountryView = values.view === 'country';

  const charts = useMemo(() => {
    const byContinent = countBy(ties, (t) => t.partner.continent);
    const continentRows = CONTINENTS.filter((c) => byContinent.get(c))
      .map((c) => ({ key: c, count: byContinent.get(c)! }))
      .sort((a, b) => b.count - a.count);
    const countryNames = new Map(ties.map((t) => [t.partner.countryCode, f.country(t.partner)]));
    const byCountry = sortedCounts(countBy(ties, (t) => t.partner.countryCode)).slice(0, 12);
    const years = signingsByYear(ties.map((t) => t.partnership));
    return { continentRows, countryNames, byCountry, years, countries: countryNames.size };
  }, [ties, f]);

  // A province's list runs to hundreds of ties: a page at a time, the rest on request.
  const [shownRows, setShownRows] = useState(ROWS_AT_ONCE);
  // Another filter or place starts again from the first page.
  useEffect(() => setShownRows(ROWS_AT_ONCE), [text, continent, type, level, place.id]);
  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return ties
      .filter(
        (t) =>
          (!continent || t.partner.continent === continent) &&
          (!type || t.partnership.type === type) &&
          (!level || t.partnership.level === level) &&
          (!needle ||
            [
              t.partner.nameEn,
              t.partner.nameZh ?? '',
              t.partner.countryEn,
              t.partner.countryZh,
              t.self.nameEn,
              t.self.nameZh ?? '',
            ]
              .join(' ')
              .toLowerCase()
              .includes(needle)),
      )
      .sort((a, b) => f.compareNames(a.partner, b.partner));
  }, [ties, continent, type, level, text, f]);

  const tableHref = (format: 'csv' | 'xlsx') =>
    `/api/partnerships${qs({ ...csvBase, continent, type, level, format, limit: 1000 })}`;
  const showSelf = ties.some((t) => t.self.id !== place.id);
  const centre =
    place.lat !== null && place.lng !== null ? { name: f.name(place), lng: place.lng, lat: place.lat } : null;
  const y = charts.years;

  return (
    <>
      <div className="grid-2 wide-left">
        <Section title={f.t('place.map')} id="place-map">
          {centre ? (
            <PartnerMap
              centre={centre}
              ties={ties}
              year={values.year}
              onYear={(year) => set('year', year)}
              countries={charts.countries}
            />
          ) : (
            <Empty>{f.t('place.noCoords')}</Empty>
          )}
        </Section>
        <Section title={f.t('place.byContinent')} id="place-continents">
          <EChart
            height={240}
            label={f.t('place.byContinent')}
            summary={charts.continentRows
              .map((r) => `${f.t(`continent.${r.key}`)} ${f.num(r.count)} (${f.pct(r.count / ties.length)})`)
              .join(' · ')}
            option={barOption(
              charts.continentRows.map((r) => f.t(`continent.${r.key}`)),
              charts.continentRows.map((r) => r.count),
              { horizontal: true, colours: charts.continentRows.map((r) => CONTINENT_COLOURS[r.key]) },
            )}
          />
        </Section>
      </div>
      <div className="grid-2">
        <Section title={f.t('place.byCountry')} id="place-countries">
          <EChart
            height={Math.max(200, charts.byCountry.length * 24 + 24)}
            label={f.t('place.byCountry')}
            summary={charts.byCountry
              .map(([code, n]) => `${charts.countryNames.get(code)} ${f.num(n)}`)
              .join(' · ')}
            option={barOption(
              charts.byCountry.map(([code]) => charts.countryNames.get(code) ?? code),
              charts.byCountry.map(([, n]) => n),
              { horizontal: true },
            )}
          />
        </Section>
        <Section title={f.t('place.timeline')} id="place-timeline">
          {y.dated === 0 ? (
            <Empty />
          ) : (
            <EChart
              height={260}
              label={f.t('place.timeline')}
              summary={f.t('place.timelineSummary', {
                dated: f.num(y.dated),
                total: f.num(ties.length),
                first: y.years[0],
                last: y.years[y.years.length - 1],
              })}
              option={cumulativeOption(y.years, y.perYear, y.cumulative, {
                perYear: f.lang === 'zh' ? '当年签署' : 'Signed that year',
                cumulative: f.lang === 'zh' ? '累计' : 'Cumulative',
              })}
            />
          )}
        </Section>
      </div>

      <Section
        title={`${f.t('place.partners')} (${f.t('table.showing', { shown: f.num(byCountryView ? rows.length : Math.min(rows.length, shownRows)), total: f.num(ties.length) })})`}
        id="partners"
        actions={
          <>
            <TableDownloads
              href={tableHref}
              fileName={`amity-${place.id.replace(/[^a-z0-9]+/gi, '-')}-partnerships`}
              note={f.t('filter.csvNote')}
              testId="partners-download"
            />{' '}
            <button
              type="button"
              className="btn"
              data-testid="partners-geojson"
              title={f.t('filter.geojsonNote')}
              onClick={() =>
                download(
                  `amity-${place.id.replace(/[^a-z0-9]+/gi, '-')}-partners.geojson`,
                  tiesGeoJson(rows, f.t('footer.credits')),
                  'application/geo+json',
                )
              }
            >
              {f.t('filter.geojson')}
            </button>
          </>
        }
      >
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={f.t('filter.text')}>
          <label>
            <span>{f.t('filter.text')}</span>
            <input
              type="search"
              value={text}
              onChange={(e) => set('q', e.target.value)}
              data-testid="partner-filter-text"
            />
          </label>
          <SelectFilter
            label={f.t('filter.continent')}
            value={continent}
            onChange={(v) => set('continent', v)}
            options={CONTINENTS.map((c) => ({ value: c, label: f.t(`continent.${c}`) }))}
          />
          <SelectFilter
            label={f.t('filter.type')}
            value={type}
            onChange={(v) => set('type', v)}
            options={TYPES.map((c) => ({ value: c, label: f.t(`type.${c}`) }))}
          />
          <SelectFilter
            label={f.t('filter.level')}
            value={level}
            onChange={(v) => set('level', v)}
            options={LEVELS.map((c) => ({ value: c, label: f.t(`level.${c}`) }))}
          />
          {(text || continent || type || level) && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                for (const key of ['q', 'continent', 'type', 'level']) set(key, '');
              }}
            >
              {f.t('filter.clear')}
            </button>
          )}
        </form>
        <fieldset className="view-switch" data-testid="partner-view">
          <legend className="sr-only">{f.t('place.view')}</legend>
          {(['list', 'country'] as const).map((view) => (
            <label key={view} className="check">
              <input
                type="radio"
                name="partner-view"
                value={view}
                checked={byCountryView === (view === 'country')}
                onChange={() => set('view', view === 'country' ? 'country' : '')}
              />{' '}
              {f.t(view === 'country' ? 'place.viewByCountry' : 'place.viewList')}
            </label>
          ))}
        </fieldset>
        <p className="muted small">{f.t('filter.csvNote')}</p>
        {rows.length === 0 ? (
          <Empty />
        ) : byCountryView ? (
          <TiesByCountry rows={rows} showSelf={showSelf} />
        ) : (
          <TableScroll label={f.t('place.partners')}>
            <table className="partner-table" data-testid="partner-table">
              <thead>
                <tr>
                  <th scope="col">{f.t('table.partner')}</th>
                  {showSelf && (
                    <th scope="col">
                      {ties.some((t) => formerIds.has(t.self.id))
                        ? f.t('place.signedBy')
                        : f.t('place.subdivisions')}
                    </th>
                  )}
                  <th scope="col">{f.t('table.country')}</th>
                  <th scope="col">{f.t('table.type')}</th>
                  <th scope="col">{f.t('table.level')}</th>
                  <th scope="col">{f.t('table.status')}</th>
                  <th scope="col">{f.t('table.signed')}</th>
                  <th scope="col" className="num">
                    {f.t('table.sources')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{f.t('table.details')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shownRows).map((t) => (
                  <tr key={t.partnership.id}>
                    <td>
                      <Link to={`/place/${encodeURIComponent(t.partner.id)}`}>
                        <NameText of={t.partner} />
                      </Link>
                      <AltName of={t.partner} className="muted small" block />
                    </td>
                    {showSelf && (
                      <td>
                        <NameText of={t.self} />
                        {formerIds.has(t.self.id) && (
                          <span className="muted small former-mark">{f.t('place.succession.former')}</span>
                        )}
                      </td>
                    )}
                    <td>
                      <Link to={`/country/${t.partner.countryCode}`}>{f.country(t.partner)}</Link>
                    </td>
                    <td>
                      <span className={`tag type-${t.partnership.type}`}>
                        {f.t(`type.${t.partnership.type}`)}
                      </span>
                    </td>
                    <td>{f.t(`level.${t.partnership.level ?? 'none'}`)}</td>
                    <td>
                      {f.t(`status.${t.partnership.status}`)}{' '}
                      <InternalBadge visibility={t.partnership.visibility} />
                    </td>
                    <td className="nowrap">
                      {f.date(t.partnership.signedOn, t.partnership.signedPrecision)}
                    </td>
                    <td className="num">{f.num(t.partnership.sourceCount)}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => onOpen(t.partnership.id)}
                        aria-label={`${f.t('table.details')}: ${f.name(t.partner)}`}
                      >
                        {f.t('table.details')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {!byCountryView && rows.length > shownRows && (
          <p className="show-more" data-testid="partners-more">
            <span className="muted">
              {f.t('place.shownOf', { shown: f.num(shownRows), total: f.num(rows.length) })}
            </span>{' '}
            <button type="button" className="btn" onClick={() => setShownRows((n) => n + ROWS_AT_ONCE)}>
              {f.t('place.showMore', { count: f.num(Math.min(ROWS_AT_ONCE, rows.length - shownRows)) })}
            </button>{' '}
            <button type="button" className="btn" onClick={() => setShownRows(Infinity)}>
              {f.t('place.showAll', { count: f.num(rows.length) })}
            </button>
          </p>
        )}
      </Section>
    </>
  );
}

/** How many ties the list shows before "show more". */
const ROWS_AT_ONCE = 100;

function PlaceRecords({ place, counted }: { place: PlaceDetail; counted?: number }) {
  const f = useFormat();
  const pid = encodeURIComponent(place.id);
  const orgs = useGet<Reply<'/api/organisations'>>(`/api/organisations?place=${pid}&limit=100`);
  const events = useGet<Reply<'/api/events'>>(`/api/events?place=${pid}&limit=100`);
  const projects = useGet<Reply<'/api/projects'>>(`/api/projects?place=${pid}&limit=100`);
  const observations = useGet<Reply<'/api/observations'>>(`/api/observations?place=${pid}&limit=100`);
  const none = f.t('state.empty');
  return (
    <>
      <Section title={f.t('place.stated')} id="stated">
        <p className="muted small">{f.t('place.statedNote')}</p>
        <Async state={observations} isEmpty={(d) => d.items.length === 0} empty={none}>
          {(d) => (
            <>
              <TableScroll label={f.t('place.stated')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{f.t('table.measure')}</th>
                      <th scope="col" className="num">
                        {f.t('table.value')}
                      </th>
                      <th scope="col" className="num">
                        {f.t('place.counted')}
                      </th>
                      <th scope="col">{f.t('table.asOf')}</th>
                      <th scope="col">{f.t('partnership.sources')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((o) => (
                      <tr key={o.id}>
                        <td>
                          <StatedMeasure measure={o.measure} />
                          <div className="muted small" translate="no">
                            {o.subjectText}
                          </div>
                        </td>
                        <td className="num">
                          {f.num(o.value)} <StatedUnit unit={o.unit} />
                        </td>
                        <td className="num">{counted !== undefined ? f.num(counted) : '…'}</td>
                        <td className="nowrap">{f.date(o.asOf, o.asOfPrecision)}</td>
                        <td>
                          {(o.sources ?? []).map((s) => (
                            <div key={s.id}>
                              <Link to={`/sources/${encodeURIComponent(s.id)}`}>
                                <SourceTitle source={s} />
                              </Link>
                              {s.locator && (
                                <span className="muted small" translate="no">
                                  {' '}
                                  · {s.locator}
                                </span>
                              )}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <TableDownloads
                href={(format) => `/api/observations?place=${pid}&limit=100&format=${format}`}
                fileName={`amity-stated-${place.id}`}
                testId="stated-downloads"
              />
            </>
          )}
        </Async>
      </Section>
      <div className="grid-3">
        <Section title={f.t('place.memberships')} id="memberships">
          <Async state={orgs} isEmpty={(d) => d.items.length === 0} empty={none}>
            {(d) => (
              <ul className="plain-list">
                {d.items.map((o) => (
                  <li key={o.id}>
                    <Link to={`/organisations/${encodeURIComponent(o.id)}`}>
                      <NameText of={o} />
                    </Link>
                    {o.abbr && <span className="muted"> ({o.abbr})</span>}
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </Section>
        <Section title={f.t('place.events')} id="events">
          <Async state={events} isEmpty={(d) => d.items.length === 0} empty={none}>
            {(d) => (
              <ul className="plain-list">
                {d.items.map((e) => (
                  <li key={e.id}>
                    <Link to={`/events/${encodeURIComponent(e.id)}`}>
                      <NameText of={e} />
                    </Link>{' '}
                    <InternalBadge visibility={e.visibility} />
                    <div className="muted small">
                      {f.date(e.startsOn, e.startsPrecision)} · {f.t(`event.kinds.${e.kind}`)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </Section>
        <Section title={f.t('place.projects')} id="projects">
          <Async state={projects} isEmpty={(d) => d.items.length === 0} empty={none}>
            {(d) => (
              <ul className="plain-list">
                {d.items.map((j) => (
                  <li key={j.id}>
                    <Link to={`/projects/${encodeURIComponent(j.id)}`}>
                      <NameText of={j} />
                    </Link>{' '}
                    <InternalBadge visibility={j.visibility} />
                    <div className="muted small">
                      {f.t(`project.domains.${j.domain}`)} · {f.t(`project.statuses.${j.status}`)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </Section>
      </div>
    </>
  );
}

/** Projects at the place's partners and in their countries, beside its ties (the layout analysis). */
function PlacePractical({ id }: { id: string }) {
  const layout = useGet<Layout>(analysisPaths.layout({ place: id }));
  if (!layout.data || layout.data.practical.partners === 0) return null;
  return <PracticalCooperation practical={layout.data.practical} />;
}

/**
 * The ties grouped by the partner's country, as the official lists of a province's or city's friendship
 * cities give them: countries by their number of ties, and in each our side, the partner and the year.
 */
function TiesByCountry({ rows, showSelf }: { rows: Tie[]; showSelf: boolean }) {
  const f = useFormat();
  const groups = useMemo(() => {
    return [...groupBy(rows, (t) => t.partner.countryCode).values()]
      .map((ties) => ({
        country: ties[0].partner,
        ties: ties.sort((a, b) => f.compareNames(a.self, b.self) || f.compareNames(a.partner, b.partner)),
      }))
      .sort(
        (a, b) => b.ties.length - a.ties.length || f.compareText(f.country(a.country), f.country(b.country)),
      );
  }, [rows, f]);
  return (
    <TableScroll label={f.t('place.byCountryTable')}>
      <table className="by-country-table" data-testid="ties-by-country">
        <caption className="muted small">{f.t('place.byCountryNote')}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('table.country')}</th>
            <th scope="col" className="num">
              {f.t('place.tieCount')}
            </th>
            <th scope="col">{f.t('place.pairs')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ country, ties }) => (
            <tr key={country.countryCode} data-country={country.countryCode}>
              <th scope="row">
                <Link to={`/country/${country.countryCode}`}>{f.country(country)}</Link>
              </th>
              <td className="num">{f.num(ties.length)}</td>
              <td>
                <ul className="pair-list">
                  {ties.map((t) => (
                    <li key={t.partnership.id}>
                      {showSelf && (
                        <>
                          <NameText of={t.self} /> —{' '}
                        </>
                      )}
                      <Link to={`/place/${encodeURIComponent(t.partner.id)}`}>
                        <NameText of={t.partner} />
                      </Link>
                      {t.partnership.signedOn && (
                        <span className="muted"> ({t.partnership.signedOn.slice(0, 4)})</span>
                      )}{' '}
                      <InternalBadge visibility={t.partnership.visibility} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const LEVEL_DASH: Record<string, string | undefined> = {
  province: undefined,
  city: '5 3',
  district: '1.5 3',
};

/**
 * The partners on the world map: the most populous named, the others on hover, a click opens the partner;
 * zoom by buttons or Ctrl+wheel. A year slider shows the layout as it stood at the end of a year (dated
 * ties only, and says how many undated ones it leaves out); the year is kept in the address.
 */
function PartnerMap({
  centre,
  ties,
  year,
  onYear,
  countries,
}: {
  centre: { name: string; lng: number; lat: number };
  ties: Tie[];
  year: string;
  onYear: (year: string) => void;
  countries: number;
}) {
  const f = useFormat();
  const navigate = useNavigate();
  const first = useMemo(() => firstSigningYear(ties), [ties]);
  const thisYear = new Date().getFullYear();
  const asOf =
    first !== null && /^\d{4}$/.test(year) ? Math.min(Math.max(Number(year), first), thisYear) : null;
  const shown = useMemo(() => (asOf === null ? null : tiesAsOf(ties, asOf)), [ties, asOf]);
  // Built again only when what it shows changes: a new option resets the map's zoom.
  const { t, lang } = f;
  const { name: centreName, lng, lat } = centre;
  const option = useMemo(
    () =>
      partnerLinesOption(
        { name: centreName, lng, lat },
        mapTies(shown?.ties ?? ties, (p) => (lang === 'zh' ? p.nameZh || p.nameEn : p.nameEn)),
        (k) => t(`type.${k}`),
      ),
    [centreName, lng, lat, shown, ties, lang, t],
  );
  const levels = [...new Set(ties.map((t) => t.partnership.level ?? ''))].filter((l) => l in LEVEL_DASH);
  return (
    <>
      {first !== null && (
        <div className="map-year" data-testid="map-year">
          <label htmlFor="map-year-slider">{f.t('place.mapYear')}</label>
          <input
            id="map-year-slider"
            type="range"
            min={first}
            max={thisYear}
            step={1}
            value={asOf ?? thisYear}
            aria-valuetext={
              asOf === null ? f.t('place.mapAllYears') : f.t('place.mapYearValue', { year: asOf })
            }
            onChange={(e) => onYear(e.target.value)}
          />
          <strong data-testid="map-year-value">
            {asOf === null ? f.t('place.mapAllYears') : f.t('place.mapYearValue', { year: asOf })}
          </strong>
          {asOf !== null && (
            <button type="button" className="btn btn-small" onClick={() => onYear('')}>
              {f.t('place.mapAllYears')}
            </button>
          )}
        </div>
      )}
      <EChart
        testId="place-map"
        zoomable
        // A city's partners are few: SVG draws their names as text a test and a screen magnifier can read.
        renderer="svg"
        height="clamp(260px, 40vw, 420px)"
        label={f.t('place.map')}
        summary={
          shown && asOf !== null
            ? f.t('place.mapAsOf', {
                year: asOf,
                count: f.num(shown.ties.length),
                undated: f.num(shown.undated),
              })
            : f.t('place.mapSummary', { count: f.num(ties.length), countries: f.num(countries) })
        }
        option={option}
        onClick={(p) => {
          const id = (p.data as { id?: string } | undefined)?.id;
          if (p.seriesType === 'scatter' && id) navigate(`/place/${encodeURIComponent(id)}`);
        }}
      />
      {levels.length > 0 && (
        <ul className="map-legend" data-testid="map-legend" aria-label={f.t('place.mapLineStyle')}>
          {levels.map((l) => (
            <li key={l}>
              <svg width="28" height="8" aria-hidden="true">
                <line
                  x1="1"
                  y1="4"
                  x2="27"
                  y2="4"
                  stroke="#5b6776"
                  strokeWidth="1.6"
                  strokeDasharray={LEVEL_DASH[l]}
                />
              </svg>
              {f.t(`level.${l}`)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
