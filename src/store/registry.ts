/** Read access to the registry: the queries behind the API, the CLI and the analyses. */
import type { z } from 'zod';
import type { Queryable } from './database.ts';
import { ENTITIES } from '../domain/entities/index.ts';
import { RECORD_SOURCES } from '../domain/entities/record-sources.ts';
import { DERIVED_LEVEL, explainChoices } from '../domain/claims.ts';
import { currentDecision, decisionOf } from '../domain/decisions.ts';
import type { SourceKind } from '../domain/registry.ts';
import { PUBLIC_CHANGES } from './internal-tables.ts';
import { placesWithinSql, subdivisionTieCountsSql } from './place-tree.ts';
import { placeAndPredecessorsSql } from './successions.ts';
import { COUNTS_SUBDIVISIONS, countsSubdivisions } from '../domain/levels.ts';
import {
  changeVisibleTo,
  PUBLIC_ONLY,
  publicOnly,
  publicRows,
  publicSources,
  sourceVisibleTo,
  VISIBLE_TABLES,
  visibleTo,
  type PlaceReadScope,
  type VisibleTable,
} from './visibility.ts';
import type {
  Page,
  Paged,
  PlaceSummary,
  PartnershipPlace,
  PartnershipListItem,
  changeSchema,
  corridorSchema,
  countrySchema,
  eventDetailSchema,
  eventSchema,
  observationSchema,
  organisationDetailSchema,
  organisationListItemSchema,
  partnershipDetailSchema,
  placeDetailSchema,
  recordSourceSchema,
  projectDetailSchema,
  projectSchema,
  sourceDetailSchema,
  sourceListItemSchema,
} from '../domain/records.ts';

export type { Page, Paged, PlaceSummary, PartnershipPlace, PartnershipListItem };
type Country = z.infer<typeof countrySchema>;
type PlaceDetail = z.infer<typeof placeDetailSchema>;
type PartnershipDetail = z.infer<typeof partnershipDetailSchema>;
type OrganisationListItem = z.infer<typeof organisationListItemSchema>;
type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
type EventRecord = z.infer<typeof eventSchema>;
type EventDetail = z.infer<typeof eventDetailSchema>;
type ProjectRecord = z.infer<typeof projectSchema>;
type ProjectDetail = z.infer<typeof projectDetailSchema>;
type Observation = z.infer<typeof observationSchema>;
type SourceListItem = z.infer<typeof sourceListItemSchema>;
type SourceDetail = z.infer<typeof sourceDetailSchema>;
type Corridor = z.infer<typeof corridorSchema>;
type Change = z.infer<typeof changeSchema>;
type RecordSource = z.infer<typeof recordSourceSchema>;

const PLACE_COLUMNS = `p.id, p.kind, p.name_en AS "nameEn", p.name_zh AS "nameZh", p.country_code AS "countryCode",
  c.name_en AS "countryEn", c.name_zh AS "countryZh", c.continent, p.lat, p.lng, p.population,
  p.is_capital AS "isCapital", p.is_admin_seat AS "isAdminSeat", p.parent_id AS "parentId",
  p.admin_level AS "adminLevel"`;

async function paged<T>(tx: Queryable, sql: string, params: unknown[], page: Page): Promise<Paged<T>> {
  const rows = await tx.query<T & { _total: number }>(
    `SELECT *, count(*) OVER () AS _total FROM (${sql}) AS q LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  const total =
    rows.length > 0 ? Number(rows[0]._total) : page.offset > 0 ? await countOf(tx, sql, params) : 0;
  return {
    total,
    limit: page.limit,
    offset: page.offset,
    items: rows.map(({ _total: _ignored, ...rest }) => rest as unknown as T),
  };
}

async function countOf(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params);
  return row.n;
}

/** Builds `WHERE` clauses with numbered parameters. */
class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(clause: (p: (value: unknown) => string) => string): void {
    this.clauses.push(
      clause((value) => {
        this.params.push(value);
        return `$${this.params.length}`;
      }),
    );
  }
  get where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** One record by id, if `scope` may read it. */
function oneVisible(table: VisibleTable, alias: string, id: string, scope: PlaceReadScope): Conditions {
  const cond = new Conditions();
  cond.add((p) => `${alias}.id = ${p(id)}`);
  cond.add((p) => visibleTo(table, alias, scope, p));
  return cond;
}

/** The smallest string greater than every string starting with `prefix` (its last character plus one). */
function nextPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Row counts of the entities the descriptors count, then of the change log and the imports. */
export async function registryStatus(tx: Queryable): Promise<Record<string, number>> {
  const tables = [...ENTITIES.filter((e) => e.counted).map((e) => e.name), 'change_log', 'imports'];
  // Records not public are not counted: the status page is public.
  const where = (t: string) =>
    (VISIBLE_TABLES as string[]).includes(t)
      ? ` x WHERE ${publicOnly(t as VisibleTable, 'x')}`
      : t === 'sources'
        ? ` x WHERE ${publicSources('x')}`
        : '';
  const [row] = await tx.query<Record<string, number>>(
    `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}${where(t)}) AS ${t}`).join(', ')}`,
  );
  return row;
}

export async function listCountries(tx: Queryable): Promise<Country[]> {
  // Ties per country, counted once per partnership even when both sides are in the country; and the
  // ties of each foreign country with China (a region of China, such as Hong Kong, is China).
  const domestic = `(SELECT code FROM countries WHERE code = 'CN' OR part_of = 'CN')`;
  const withChina = (home: string, abroad: string) =>
    `SELECT t.id, ${abroad}.country_code AS code FROM partnerships t
       JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b
     WHERE ${publicOnly('partnerships', 't')} AND ${home}.country_code IN ${domestic}
       AND ${abroad}.country_code NOT IN ${domestic}`;
  return tx.query<Country>(
    `WITH chinese AS (
       SELECT code, count(*)::int AS n FROM (${withChina('a', 'b')} UNION ${withChina('b', 'a')}) x GROUP BY code
     ),
     ties AS (
       SELECT code, count(*)::int AS n FROM (
         SELECT t.id, a.country_code AS code FROM partnerships t JOIN places a ON a.id = t.place_a
         WHERE ${publicOnly('partnerships', 't')}
         UNION
         SELECT t.id, b.country_code FROM partnerships t JOIN places b ON b.id = t.place_b
         WHERE ${publicOnly('partnerships', 't')}
       ) x GROUP BY code
     )
     SELECT c.code, c.iso3, c.name_en AS "nameEn", c.name_zh AS "nameZh", c.aliases, c.continent, c.subregion,
       c.capital, c.belt_and_road AS "beltAndRoad", c.part_of AS "partOf",
       c.diplomatic_relations AS "diplomaticRelations", c.is_state AS "isState", coalesce(ties.n, 0) AS partnerships,
       coalesce(chinese.n, 0) AS "chineseTies"
     FROM countries c LEFT JOIN ties ON ties.code = c.code LEFT JOIN chinese ON chinese.code = c.code
     ORDER BY c.code`,
  );
}

export interface PlaceQuery {
  /** Normalised search keys of the query text (from the ingest layer's nameKeys). */
  keys?: string[];
  countryCode?: string;
  kind?: string;
  /** Only places that have at least one partnership. */
  withPartnerships?: boolean;
}

export async function searchPlaces(
  tx: Queryable,
  query: PlaceQuery,
  page: Page,
): Promise<Paged<PlaceSummary & { partnerships: number }>> {
  const cond = new Conditions();
  let rankExpr = '0';
  if (query.keys && query.keys.length > 0) {
    const exact = cond.params.length + 1;
    cond.params.push(query.keys);
    // A prefix as a range of keys in byte order, so the "C"-collated index serves it.
    const ranges = query.keys.map((k) => {
      const from = cond.params.push(k);
      const to = cond.params.push(nextPrefix(k));
      return `(key COLLATE "C" >= $${from} AND key COLLATE "C" < $${to})`;
    });
    cond.clauses.push(`p.id IN (SELECT place_id FROM place_keys WHERE ${ranges.join(' OR ')})`);
    rankExpr = `CASE WHEN p.search_keys && $${exact}::text[] THEN 0 ELSE 1 END`;
  }
  if (query.countryCode) cond.add((p) => `p.country_code = ${p(query.countryCode)}`);
  if (query.kind) cond.add((p) => `p.kind = ${p(query.kind)}`);
  // Search is public: its counts and its filter know public ties only. A Chinese province counts the ties
  // of its cities and counties, as its page does, and is always found.
  const open = publicOnly('partnerships', 't');
  const counted = `(p.kind = '${COUNTS_SUBDIVISIONS.kind}' AND p.country_code = '${COUNTS_SUBDIVISIONS.countryCode}')`;
  if (query.withPartnerships) {
    cond.clauses.push(
      `(${counted} OR EXISTS (SELECT 1 FROM partnerships t WHERE t.place_a = p.id AND ${open}) OR EXISTS (SELECT 1 FROM partnerships t WHERE t.place_b = p.id AND ${open}))`,
    );
  }
  // A name search finds a few places: their ties are counted one by one. Without one, the whole
  // gazetteer may be in play, and the counts come from one pass over the ties.
  let counts = '';
  let degree: string;
  if (query.keys && query.keys.length > 0) {
    const within = placesWithinSql('p.id');
    degree = `(CASE WHEN ${counted}
      THEN (SELECT count(*)::int FROM partnerships t WHERE (t.place_a IN ${within} OR t.place_b IN ${within}) AND ${open})
      ELSE (SELECT count(*)::int FROM partnerships t WHERE (t.place_a = p.id OR t.place_b = p.id) AND ${open}) END)`;
  } else {
    counts = `WITH own AS (
        SELECT place AS place_id, count(*)::int AS n FROM (
          SELECT t.place_a AS place FROM partnerships t WHERE ${open}
          UNION ALL SELECT t.place_b FROM partnerships t WHERE ${open} AND t.place_b <> t.place_a) x
        GROUP BY place),
      within AS ${subdivisionTieCountsSql(open)}`;
    degree = 'coalesce(within.n, own.n, 0)';
  }
  const joins = counts
    ? 'LEFT JOIN own ON own.place_id = p.id LEFT JOIN within ON within.place_id = p.id'
    : '';
  // The order is found on narrow rows; only the page's places are read whole. The total comes in the
  // same answer, as a row of its own when the page is empty.
  const limit = cond.params.push(page.limit);
  const offset = cond.params.push(page.offset);
  const rows = await tx.query<
    PlaceSummary & {
      partnerships: number;
      _total: number;
      _rank: number;
      _capital: boolean;
      _population: number | null;
    }
  >(
    `${counts}${counts ? ',' : 'WITH'} hits AS (
       SELECT p.id, ${rankExpr} AS _rank, p.is_capital, ${degree} AS partnerships, p.population
       FROM places p ${joins} ${cond.where}
       ORDER BY _rank, p.is_capital DESC, partnerships DESC, p.population DESC NULLS LAST, p.id
       LIMIT $${limit} OFFSET $${offset}),
     page AS (
       SELECT ${PLACE_COLUMNS}, hits.partnerships, hits._rank, hits.is_capital AS _capital, hits.population AS _population
       FROM hits JOIN places p ON p.id = hits.id JOIN countries c ON c.code = p.country_code)
     SELECT total.n AS _total, page.* FROM (SELECT count(*)::int AS n FROM places p ${cond.where}) total
     LEFT JOIN page ON true
     ORDER BY page._rank, page._capital DESC, page.partnerships DESC, page._population DESC NULLS LAST, page.id`,
    cond.params,
  );
  return {
    total: rows[0]?._total ?? 0,
    limit: page.limit,
    offset: page.offset,
    items: rows
      .filter((row) => row.id !== null)
      .map(({ _total, _rank, _capital, _population, ...item }) => item),
  };
}

export async function getPlace(tx: Queryable, id: string): Promise<PlaceDetail | null> {
  const [place] = await tx.query<PlaceSummary & Record<string, unknown>>(
    `SELECT ${PLACE_COLUMNS}, p.aliases, p.geonames_id AS "geonamesId", p.division_code AS "divisionCode", p.origin,
       p.name_zh_source AS "nameZhSource",
       c.subregion, c.belt_and_road AS "beltAndRoad", c.part_of AS "countryPartOf",
       c.diplomatic_relations AS "diplomaticRelations"
     FROM places p JOIN countries c ON c.code = p.country_code WHERE p.id = $1`,
    [id],
  );
  if (!place) return null;
  const parent = place.parentId
    ? (
        await tx.query(
          `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", kind FROM places WHERE id = $1`,
          [place.parentId],
        )
      )[0]
    : null;
  const children = await tx.query(
    `SELECT p.id, p.name_en AS "nameEn", p.name_zh AS "nameZh", p.kind,
       (SELECT count(*)::int FROM partnerships t WHERE (t.place_a = p.id OR t.place_b = p.id)
          AND ${publicOnly('partnerships', 't')}) AS partnerships
     FROM places p WHERE p.parent_id = $1 ORDER BY partnerships DESC, p.population DESC NULLS LAST LIMIT 200`,
    [id],
  );
  const aliases = await tx.query<{ alias: string }>(
    `SELECT alias FROM place_aliases WHERE place_id = $1 ORDER BY alias`,
    [id],
  );
  const corridors = await tx.query(
    `SELECT c.id, c.name_en AS "nameEn", c.name_zh AS "nameZh" FROM corridor_nodes n JOIN corridors c ON c.id = n.corridor_id
     WHERE n.place_id = $1 ORDER BY c.id`,
    [id],
  );
  return {
    ...place,
    countsSubdivisions: countsSubdivisions(place),
    parent,
    children,
    userAliases: aliases.map((a) => a.alias),
    corridors,
  } as PlaceDetail;
}

export interface PartnershipFilter {
  placeId?: string;
  /** With placeId: include ties of the place's subdivisions (a city's districts). */
  includeSubdivisions?: boolean;
  countryCode?: string;
  continent?: string;
  type?: string;
  level?: string;
  status?: string;
  /** Ties with a side at this administrative level (a prefecture-level city, a foreign region). */
  adminLevel?: string;
  yearFrom?: number;
  yearTo?: number;
  sourceId?: string;
  /** Whose eyes: records beyond the public ones this reader may see (public only when absent). */
  scope?: PlaceReadScope;
}

export const PARTNERSHIP_SORTS = {
  signed: 't.signed_on',
  updated: 't.updated_at',
  id: 't.id',
  nameA: 'a.name_en',
  nameB: 'b.name_en',
} as const;
export type PartnershipSort = keyof typeof PARTNERSHIP_SORTS;

const PARTNERSHIP_FROM = `partnerships t
  JOIN places a ON a.id = t.place_a JOIN countries ca ON ca.code = a.country_code
  JOIN places b ON b.id = t.place_b JOIN countries cb ON cb.code = b.country_code`;

const PARTNERSHIP_SELECT = `SELECT t.id, t.type, t.level, t.status, t.signed_on AS "signedOn", t.signed_precision AS "signedPrecision",
    t.ended_on AS "endedOn", t.ended_precision AS "endedPrecision", t.end_reason AS "endReason",
    t.note, t.visibility, t.updated_at AS "updatedAt",
    json_build_object('id', a.id, 'nameEn', a.name_en, 'nameZh', a.name_zh, 'kind', a.kind, 'countryCode', a.country_code,
      'countryEn', ca.name_en, 'countryZh', ca.name_zh, 'continent', ca.continent, 'lat', a.lat, 'lng', a.lng,
      'isCapital', a.is_capital, 'population', a.population, 'adminLevel', a.admin_level) AS "placeA",
    json_build_object('id', b.id, 'nameEn', b.name_en, 'nameZh', b.name_zh, 'kind', b.kind, 'countryCode', b.country_code,
      'countryEn', cb.name_en, 'countryZh', cb.name_zh, 'continent', cb.continent, 'lat', b.lat, 'lng', b.lng,
      'isCapital', b.is_capital, 'population', b.population, 'adminLevel', b.admin_level) AS "placeB",
    (SELECT count(DISTINCT rs.source_id)::int FROM record_sources rs WHERE rs.record_type = 'partnership' AND rs.record_id = t.id) AS "sourceCount"
  FROM ${PARTNERSHIP_FROM}`;

export async function listPartnerships(
  tx: Queryable,
  filter: PartnershipFilter,
  page: Page & { sort?: PartnershipSort; order?: 'asc' | 'desc' },
): Promise<Paged<PartnershipListItem> & { dated: number; typed: number }> {
  const cond = new Conditions();
  cond.add((p) => visibleTo('partnerships', 't', filter.scope ?? PUBLIC_ONLY, p));
  if (filter.placeId) {
    // A place holds its own ties and those of the places merged or renamed into it.
    cond.add((p) => {
      const id = p(filter.placeId);
      const own = `ARRAY${placeAndPredecessorsSql(id)}`;
      const held = `(t.place_a = ANY(${own}) OR t.place_b = ANY(${own}))`;
      if (!filter.includeSubdivisions) return held;
      const within = placesWithinSql(id);
      return `(t.place_a IN ${within} OR t.place_b IN ${within} OR ${held})`;
    });
  }
  // A tie's countries are kept beside it (partnership_countries): a country or continent reads its
  // own ties, whatever the number of its places.
  if (filter.countryCode)
    cond.add(
      (p) =>
        `t.id IN (SELECT pc.partnership_id FROM partnership_countries pc WHERE pc.country_code = ${p(filter.countryCode)})`,
    );
  if (filter.continent)
    cond.add(
      (p) =>
        `t.id IN (SELECT pc.partnership_id FROM partnership_countries pc JOIN countries k ON k.code = pc.country_code
           WHERE k.continent = ${p(filter.continent)})`,
    );
  if (filter.type) cond.add((p) => `t.type = ${p(filter.type)}`);
  if (filter.level) cond.add((p) => `t.level = ${p(filter.level)}`);
  if (filter.status) cond.add((p) => `t.status = ${p(filter.status)}`);
  if (filter.adminLevel) {
    cond.add((p) => {
      const atLevel = `(SELECT x.id FROM places x WHERE x.admin_level = ${p(filter.adminLevel)})`;
      return `(t.place_a IN ${atLevel} OR t.place_b IN ${atLevel})`;
    });
  }
  if (filter.yearFrom !== undefined)
    cond.add((p) => `t.signed_on >= make_date(${p(filter.yearFrom)}::int, 1, 1)`);
  if (filter.yearTo !== undefined)
    cond.add((p) => `t.signed_on < make_date(${p(filter.yearTo)}::int + 1, 1, 1)`);
  if (filter.sourceId) {
    cond.add(
      (p) =>
        `EXISTS (SELECT 1 FROM record_sources rs WHERE rs.record_type = 'partnership' AND rs.record_id = t.id AND rs.source_id = ${p(filter.sourceId)})`,
    );
  }
  const sort = PARTNERSHIP_SORTS[page.sort ?? 'id'];
  const order = page.order === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
  // Filter, count and page on ids first; build the rows (names, sources) only for the page shown.
  // The filters test place ids against small sets of places, so no query joins every place.
  // How many of the matching ties are dated and typed: a count should say how certain its ties are.
  const [{ n: total, dated, typed }] = await tx.query<{ n: number; dated: number; typed: number }>(
    `SELECT count(*)::int AS n, count(t.signed_on)::int AS dated,
       count(*) FILTER (WHERE t.type <> 'unknown')::int AS typed
     FROM partnerships t ${cond.where}`,
    cond.params,
  );
  const byName = page.sort === 'nameA' || page.sort === 'nameB';
  const pageIds = await tx.query<{ id: string }>(
    `SELECT t.id FROM ${byName ? 'partnerships t JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b' : 'partnerships t'}
     ${cond.where} ORDER BY ${sort} ${order}, t.id
     LIMIT $${cond.params.length + 1} OFFSET $${cond.params.length + 2}`,
    [...cond.params, page.limit, page.offset],
  );
  const ids = pageIds.map((r) => r.id);
  const rows = ids.length
    ? await tx.query<PartnershipListItem>(`${PARTNERSHIP_SELECT} WHERE t.id = ANY($1::text[])`, [ids])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    dated,
    typed,
    limit: page.limit,
    offset: page.offset,
    items: ids.map((id) => byId.get(id)!),
  };
}

export async function recordSources(tx: Queryable, recordType: string, recordId: string) {
  return tx.query<RecordSource>(
    `SELECT s.id, s.title, s.title_zh AS "titleZh", s.kind, s.url, s.licence, s.publisher, rs.locator
     FROM record_sources rs JOIN sources s ON s.id = rs.source_id
     WHERE rs.record_type = $1 AND rs.record_id = $2 ORDER BY s.id, rs.locator`,
    [recordType, recordId],
  );
}

/** The last withdrawal of a tie from public view by a curator, if any. */
async function withdrawalOf(tx: Queryable, id: string) {
  const [row] = await tx.query<{ at: string; login: string; note: string | null }>(
    `SELECT at, login, note FROM stewardship_decisions WHERE partnership_id = $1 AND decision = 'withdraw'
     ORDER BY at DESC, id DESC LIMIT 1`,
    [id],
  );
  return row ?? null;
}

export async function recordHistory(tx: Queryable, table: string, recordId: string) {
  return tx.query(
    `SELECT id, at, actor, action, before, after FROM change_log WHERE table_name = $1 AND record_id = $2 ORDER BY id`,
    [table, recordId],
  );
}

export async function getPartnership(
  tx: Queryable,
  id: string,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<PartnershipDetail | null> {
  const cond = oneVisible('partnerships', 't', id, scope);
  const [row] = await tx.query<PartnershipListItem>(`${PARTNERSHIP_SELECT} ${cond.where}`, cond.params);
  if (!row) return null;
  const [{ provenance }] = await tx.query<{ provenance: Record<string, string> }>(
    `SELECT provenance FROM partnerships WHERE id = $1`,
    [id],
  );
  const rows = await tx.query<{
    field: string;
    sourceId: string;
    sourceKind: SourceKind;
    value: unknown;
    chosen: boolean;
    reason: string | null;
  }>(
    `SELECT c.field, c.source_id AS "sourceId", s.kind AS "sourceKind", c.value, c.chosen, c.reason
     FROM claims c JOIN sources s ON s.id = c.source_id
     WHERE c.record_type = 'partnership' AND c.record_id = $1 ORDER BY c.field, c.chosen DESC, c.source_id`,
    [id],
  );
  // Why each chosen value won, worked out again from the claims so the interface can word it.
  const choices = explainChoices(rows);
  const claims = rows.map(({ sourceKind: _kind, ...c }) => {
    const choice = choices.get(c.field);
    const why = c.chosen && choice?.why.sourceId === c.sourceId ? choice.why : null;
    return {
      ...c,
      why: why && {
        sourceKind: why.sourceKind,
        over: why.over,
        because: why.because,
        agreeing: why.agreeing,
      },
    };
  });
  const sources = await recordSources(tx, 'partnership', id);
  const decisions = sources.map(decisionOf).filter((d) => d !== null);
  const provenanceBasis = Object.fromEntries(
    Object.entries(provenance).map(([field, text]) => {
      const chosen = rows.find((r) => r.chosen && r.field === field);
      if (chosen) return [field, { kind: 'source', sourceId: chosen.sourceId }];
      return [field, { kind: text === DERIVED_LEVEL ? 'derived' : 'listed' }];
    }),
  );
  const ofTie = new Conditions();
  ofTie.add((p) => `j.partnership_id = ${p(id)}`);
  ofTie.add((p) => visibleTo('projects', 'j', scope, p));
  const projects = await tx.query(
    `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", domain, status FROM projects j ${ofTie.where}`,
    ofTie.params,
  );
  return {
    ...row,
    provenance,
    provenanceBasis,
    sources,
    claims,
    decisions,
    currentDecision: currentDecision(decisions, row),
    projects,
    history: await recordHistory(tx, 'partnerships', id),
    withdrawal: row.visibility === 'public' ? null : await withdrawalOf(tx, id),
  } as PartnershipDetail;
}

export async function listOrganisations(
  tx: Queryable,
  filter: { kind?: string; placeId?: string },
  page: Page,
): Promise<Paged<OrganisationListItem>> {
  const cond = new Conditions();
  if (filter.kind) cond.add((p) => `o.kind = ${p(filter.kind)}`);
  if (filter.placeId)
    cond.add(
      (p) =>
        `EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.place_id = ${p(filter.placeId)})`,
    );
  return paged(
    tx,
    `SELECT o.id, o.abbr, o.name_en AS "nameEn", o.name_zh AS "nameZh", o.kind, o.topic, o.founded, o.members_note AS "membersNote", o.note,
       (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id) AS members
     FROM organisations o ${cond.where} ORDER BY o.name_en, o.id`,
    cond.params,
    page,
  );
}

export async function getOrganisation(
  tx: Queryable,
  id: string,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<OrganisationDetail | null> {
  const [row] = await tx.query(
    `SELECT o.id, o.abbr, o.name_en AS "nameEn", o.name_zh AS "nameZh", o.kind, o.topic, o.founded, o.place_id AS "placeId",
       o.members_note AS "membersNote", o.note FROM organisations o WHERE o.id = $1`,
    [id],
  );
  if (!row) return null;
  const members = await tx.query(
    `SELECT m.id, m.role, m.since, m.until, m.note, ${PLACE_COLUMNS} FROM memberships m
     JOIN places p ON p.id = m.place_id JOIN countries c ON c.code = p.country_code
     WHERE m.organisation_id = $1 ORDER BY p.name_en`,
    [id],
  );
  const ofOrganisation = new Conditions();
  ofOrganisation.add((p) => `e.organisation_id = ${p(id)}`);
  ofOrganisation.add((p) => visibleTo('events', 'e', scope, p));
  const events = await tx.query(
    `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", starts_on AS "startsOn", kind FROM events e
     ${ofOrganisation.where} ORDER BY starts_on`,
    ofOrganisation.params,
  );
  return {
    ...row,
    members,
    events,
    sources: await recordSources(tx, 'organisation', id),
    history: await recordHistory(tx, 'organisations', id),
  } as OrganisationDetail;
}

const EVENT_SELECT = `SELECT e.id, e.kind, e.name_en AS "nameEn", e.name_zh AS "nameZh", e.starts_on AS "startsOn",
    e.starts_precision AS "startsPrecision", e.ends_on AS "endsOn", e.place_id AS "placeId", e.place_text AS "placeText",
    p.name_en AS "placeNameEn", p.name_zh AS "placeNameZh", e.organisation_id AS "organisationId", e.figures, e.note, e.visibility
  FROM events e LEFT JOIN places p ON p.id = e.place_id`;

export async function listEvents(
  tx: Queryable,
  filter: {
    kind?: string;
    placeId?: string;
    includeSubdivisions?: boolean;
    yearFrom?: number;
    yearTo?: number;
  },
  page: Page,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<Paged<EventRecord>> {
  const cond = new Conditions();
  cond.add((p) => visibleTo('events', 'e', scope, p));
  if (filter.kind) cond.add((p) => `e.kind = ${p(filter.kind)}`);
  if (filter.placeId)
    cond.add((p) => {
      const id = p(filter.placeId);
      const at = filter.includeSubdivisions ? `IN ${placesWithinSql(id)}` : `= ${id}`;
      return `(e.place_id ${at} OR EXISTS (SELECT 1 FROM event_participants x WHERE x.event_id = e.id AND x.place_id ${at}))`;
    });
  if (filter.yearFrom !== undefined)
    cond.add((p) => `e.starts_on >= make_date(${p(filter.yearFrom)}::int, 1, 1)`);
  if (filter.yearTo !== undefined)
    cond.add((p) => `e.starts_on < make_date(${p(filter.yearTo)}::int + 1, 1, 1)`);
  return paged(tx, `${EVENT_SELECT} ${cond.where} ORDER BY e.starts_on NULLS LAST, e.id`, cond.params, page);
}

export async function getEvent(
  tx: Queryable,
  id: string,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<EventDetail | null> {
  const cond = oneVisible('events', 'e', id, scope);
  const [row] = await tx.query(`${EVENT_SELECT} ${cond.where}`, cond.params);
  if (!row) return null;
  const participants = await tx.query(
    `SELECT x.role, ${PLACE_COLUMNS} FROM event_participants x JOIN places p ON p.id = x.place_id
     JOIN countries c ON c.code = p.country_code WHERE x.event_id = $1 ORDER BY p.name_en`,
    [id],
  );
  return {
    ...row,
    participants,
    sources: await recordSources(tx, 'event', id),
    history: await recordHistory(tx, 'events', id),
  } as EventDetail;
}

const PROJECT_SELECT = `SELECT j.id, j.name_en AS "nameEn", j.name_zh AS "nameZh", j.domain, j.sector, j.corridor_id AS "corridorId",
    j.status, j.started_on AS "startedOn", j.started_precision AS "startedPrecision", j.completed_on AS "completedOn",
    j.completed_precision AS "completedPrecision", j.amount, j.amount_year AS "amountYear", j.currency,
    j.partnership_id AS "partnershipId", j.place_text AS "placeText", j.sdg_targets AS "sdgTargets", j.note, j.visibility,
    coalesce((SELECT array_agg(k.country_code ORDER BY k.country_code) FROM project_countries k WHERE k.project_id = j.id), '{}') AS "countryCodes"
  FROM projects j`;

export async function listProjects(
  tx: Queryable,
  filter: {
    domain?: string;
    corridorId?: string;
    status?: string;
    placeId?: string;
    /** With placeId: the projects of its districts and counties too. */
    includeSubdivisions?: boolean;
    countryCode?: string;
    /** Under way at some time in these years: not started after them, not completed before them. */
    yearFrom?: number;
    yearTo?: number;
  },
  page: Page,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<Paged<ProjectRecord>> {
  const cond = new Conditions();
  cond.add((p) => visibleTo('projects', 'j', scope, p));
  if (filter.domain) cond.add((p) => `j.domain = ${p(filter.domain)}`);
  if (filter.corridorId) cond.add((p) => `j.corridor_id = ${p(filter.corridorId)}`);
  if (filter.status) cond.add((p) => `j.status = ${p(filter.status)}`);
  if (filter.placeId)
    cond.add(
      (p) =>
        `EXISTS (SELECT 1 FROM project_places x WHERE x.project_id = j.id AND x.place_id ${
          filter.includeSubdivisions ? `IN ${placesWithinSql(p(filter.placeId))}` : `= ${p(filter.placeId)}`
        })`,
    );
  if (filter.countryCode) {
    // In the country: by a place there, or by the country itself when the places are not known.
    cond.add((p) => {
      const code = p(filter.countryCode);
      return `(EXISTS (SELECT 1 FROM project_countries k WHERE k.project_id = j.id AND k.country_code = ${code})
        OR EXISTS (SELECT 1 FROM project_places x JOIN places pl ON pl.id = x.place_id WHERE x.project_id = j.id AND pl.country_code = ${code}))`;
    });
  }
  if (filter.yearTo !== undefined)
    cond.add((p) => `(j.started_on IS NULL OR j.started_on < make_date(${p(filter.yearTo)}::int + 1, 1, 1))`);
  if (filter.yearFrom !== undefined)
    cond.add(
      (p) => `(j.completed_on IS NULL OR j.completed_on >= make_date(${p(filter.yearFrom)}::int, 1, 1))`,
    );
  return paged(
    tx,
    `${PROJECT_SELECT} ${cond.where} ORDER BY j.started_on NULLS LAST, j.name_en`,
    cond.params,
    page,
  );
}

export async function getProject(
  tx: Queryable,
  id: string,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<ProjectDetail | null> {
  const cond = oneVisible('projects', 'j', id, scope);
  const [row] = await tx.query(`${PROJECT_SELECT} ${cond.where}`, cond.params);
  if (!row) return null;
  const places = await tx.query(
    `SELECT ${PLACE_COLUMNS} FROM project_places x JOIN places p ON p.id = x.place_id JOIN countries c ON c.code = p.country_code
     WHERE x.project_id = $1 ORDER BY p.name_en`,
    [id],
  );
  const participants = await tx.query(
    `SELECT name, role FROM project_participants WHERE project_id = $1 ORDER BY role, name`,
    [id],
  );
  const milestones = await tx.query(
    `SELECT seq, happened_on AS "happenedOn", precision, description, due_on AS "dueOn", done_on AS "doneOn",
       coalesce(done_on IS NULL AND due_on < current_date, false) AS overdue
     FROM project_milestones WHERE project_id = $1 ORDER BY seq`,
    [id],
  );
  const outcomes = await tx.query(
    `SELECT measure, value, unit, text_value AS "text" FROM project_outcomes WHERE project_id = $1 ORDER BY measure`,
    [id],
  );
  return {
    ...row,
    places,
    participants,
    milestones,
    outcomes,
    sources: await recordSources(tx, 'project', id),
    history: await recordHistory(tx, 'projects', id),
  } as ProjectDetail;
}

export async function listObservations(
  tx: Queryable,
  filter: { placeId?: string; countryCode?: string; subject?: string },
  page: Page,
): Promise<Paged<Observation>> {
  const cond = new Conditions();
  if (filter.placeId) cond.add((p) => `o.place_id = ${p(filter.placeId)}`);
  if (filter.countryCode) cond.add((p) => `o.country_code = ${p(filter.countryCode)}`);
  if (filter.subject) cond.add((p) => `o.subject_text ILIKE ${p(escapeLike(filter.subject!))}`);
  return paged(
    tx,
    `SELECT o.id, o.subject_text AS "subjectText", o.place_id AS "placeId", o.country_code AS "countryCode", o.measure, o.value,
       o.unit, o.as_of AS "asOf", o.as_of_precision AS "asOfPrecision", o.details, o.note,
       (SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'locator', rs.locator) ORDER BY s.id)
          FROM record_sources rs JOIN sources s ON s.id = rs.source_id
          WHERE rs.record_type = 'observation' AND rs.record_id = o.id) AS sources
     FROM observations o ${cond.where} ORDER BY o.subject_text, o.as_of NULLS LAST, o.id`,
    cond.params,
    page,
  );
}

/** Citations of public records: what a source's public counts count. */
const PUBLIC_CITATIONS = publicRows(RECORD_SOURCES.tables[0], 'rs')!;

export async function listSources(
  tx: Queryable,
  filter: { kind?: string },
  page: Page,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<Paged<SourceListItem>> {
  const cond = new Conditions();
  cond.add((p) => sourceVisibleTo('s', scope, p));
  if (filter.kind) cond.add((p) => `s.kind = ${p(filter.kind)}`);
  return paged(
    tx,
    `SELECT s.id, s.title, s.title_zh AS "titleZh", s.kind, s.publisher, s.url, s.licence, s.retrieved, s.note,
       (SELECT count(DISTINCT (rs.record_type, rs.record_id))::int FROM record_sources rs
          WHERE rs.source_id = s.id AND ${PUBLIC_CITATIONS}) AS records
     FROM sources s ${cond.where} ORDER BY s.id`,
    cond.params,
    page,
  );
}

export async function getSource(
  tx: Queryable,
  id: string,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<SourceDetail | null> {
  const cond = new Conditions();
  cond.add((p) => `s.id = ${p(id)}`);
  cond.add((p) => sourceVisibleTo('s', scope, p));
  const [row] = await tx.query(
    `SELECT s.id, s.title, s.title_zh AS "titleZh", s.kind, s.publisher, s.url, s.licence, s.retrieved, s.note FROM sources s ${cond.where}`,
    cond.params,
  );
  if (!row) return null;
  const records = await tx.query(
    `SELECT record_type AS "recordType", count(DISTINCT record_id)::int AS count FROM record_sources rs
     WHERE source_id = $1 AND ${PUBLIC_CITATIONS} GROUP BY record_type ORDER BY record_type`,
    [id],
  );
  return { ...row, records } as SourceDetail;
}

export async function listCorridors(tx: Queryable): Promise<Corridor[]> {
  return tx.query<Corridor>(
    `SELECT k.id, k.name_en AS "nameEn", k.name_zh AS "nameZh", k.functions, k.note,
       (SELECT coalesce(json_agg(cc.country_code ORDER BY cc.country_code), '[]') FROM corridor_countries cc WHERE cc.corridor_id = k.id) AS countries,
       (SELECT coalesce(json_agg(json_build_object('id', p.id, 'nameEn', p.name_en, 'nameZh', p.name_zh, 'countryCode', p.country_code,
           'lat', p.lat, 'lng', p.lng) ORDER BY p.name_en), '[]')
          FROM corridor_nodes n JOIN places p ON p.id = n.place_id WHERE n.corridor_id = k.id) AS nodes,
       (SELECT count(*)::int FROM projects j WHERE j.corridor_id = k.id AND ${publicOnly('projects', 'j')}) AS projects
     FROM corridors k ORDER BY k.id`,
  );
}

export async function listChanges(
  tx: Queryable,
  filter: { table?: string; recordId?: string; actor?: string },
  page: Page,
  scope: PlaceReadScope = PUBLIC_ONLY,
): Promise<Paged<Change>> {
  const cond = new Conditions();
  cond.add(() => PUBLIC_CHANGES);
  cond.add((p) => changeVisibleTo(scope, p));
  if (filter.table) cond.add((p) => `table_name = ${p(filter.table)}`);
  if (filter.recordId) cond.add((p) => `record_id = ${p(filter.recordId)}`);
  if (filter.actor) cond.add((p) => `actor = ${p(filter.actor)}`);
  return paged(
    tx,
    `SELECT id, at, actor, action, table_name AS "table", record_id AS "recordId", before, after FROM change_log ${cond.where} ORDER BY id DESC`,
    cond.params,
    page,
  );
}

export async function placeExists(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM places WHERE id = $1`, [id])).length > 0;
}
