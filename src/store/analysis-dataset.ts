/**
 * Loads the plain Dataset the analyses take. The version is the newest change-log id of what it holds:
 * any such write makes a new version, so callers can cache a dataset and everything computed from it
 * until it changes.
 */
import type { Queryable } from './database.ts';
import type {
  CorridorFact,
  CountryFact,
  Dataset,
  ObservationFact,
  PlaceFact,
  ProjectFact,
  TieFact,
} from '../domain/dataset.ts';
import { PUBLIC_CHANGES } from './internal-tables.ts';
import { nextTurn } from '../domain/turns.ts';
import { publicOnly } from './visibility.ts';
import { HEIRS_SQL } from './successions.ts';
import { inheritTies } from '../domain/successions.ts';

/**
 * Saved indices are no part of the Dataset: saving one (or its results) leaves the version as it was, so
 * the network metrics and the matching pool are not computed again for nothing.
 */
const NOT_ANALYSED = ['index_definitions', 'index_results'];

export async function dataVersion(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ v: number | null }>(
    `SELECT max(id) AS v FROM change_log
     WHERE ${PUBLIC_CHANGES} AND table_name NOT IN (${NOT_ANALYSED.map((t) => `'${t}'`).join(', ')})`,
  );
  return Number(row?.v ?? 0);
}

interface PlaceRow {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: PlaceFact['kind'];
  countryCode: string;
  lat: number | null;
  lng: number | null;
  population: number | null;
  isCapital: boolean;
  isAdminSeat: boolean;
  parentId: string | null;
  populationRank: number | null;
  divisionCode: string | null;
}

/** What every analysis reads: public records only, so that no count reveals an internal one. */
export async function loadDataset(tx: Queryable): Promise<Dataset> {
  const signedTies = await tx.query<TieFact>(
    `SELECT id, place_a AS a, place_b AS b, type, level, status, signed_on AS "signedOn", signed_precision AS "signedPrecision"
     FROM partnerships t WHERE ${publicOnly('partnerships', 't')} ORDER BY id`,
  );
  // A place merged or renamed away: its heir holds its ties in every analysis.
  const heirs = await tx.query<{ origin: string; heir: string }>(`SELECT origin, heir FROM ${HEIRS_SQL} h`);
  const ties = inheritTies(signedTies, new Map(heirs.map((h) => [h.origin, h.heir])));
  // Places with ties, the three largest cities and the capital of every country (for gaps and
  // partner profiles), and all their ancestors (to find each place's province).
  const places = await tx.query<PlaceRow>(
    `WITH RECURSIVE ranked AS (
       SELECT id, rank() OVER (PARTITION BY country_code ORDER BY population DESC NULLS LAST)::int AS population_rank
       FROM places WHERE kind = 'city' AND population IS NOT NULL
     ),
     wanted AS (
       SELECT place_a AS id FROM partnerships t WHERE ${publicOnly('partnerships', 't')}
       UNION SELECT place_b FROM partnerships t WHERE ${publicOnly('partnerships', 't')}
       UNION SELECT id FROM ranked WHERE population_rank <= 3
       UNION SELECT id FROM places WHERE is_capital
       UNION SELECT successor_id FROM place_successions
       UNION SELECT place_id FROM corridor_nodes
       UNION SELECT place_id FROM observations WHERE place_id IS NOT NULL
       UNION SELECT x.place_id FROM project_places x JOIN projects j ON j.id = x.project_id
         WHERE ${publicOnly('projects', 'j')}
     ),
     tree AS (
       SELECT p.id, p.parent_id FROM places p JOIN wanted w ON w.id = p.id
       UNION
       SELECT q.id, q.parent_id FROM places q JOIN tree t ON q.id = t.parent_id
     )
     SELECT p.id, p.name_en AS "nameEn", p.name_zh AS "nameZh", p.kind, p.country_code AS "countryCode", p.lat, p.lng,
       p.population, p.is_capital AS "isCapital", p.is_admin_seat AS "isAdminSeat", p.parent_id AS "parentId",
       p.division_code AS "divisionCode", r.population_rank AS "populationRank"
     FROM places p JOIN (SELECT DISTINCT id FROM tree) t ON t.id = p.id LEFT JOIN ranked r ON r.id = p.id`,
  );
  // The rows arrived in this turn; shaping them is tens of milliseconds more on the full data.
  await nextTurn();
  const byId = new Map(places.map((p) => [p.id, p]));
  // The top-most province or region above a place; a municipality of province rank (a two-digit Chinese
  // division code, as Shanghai) is its own province.
  const provinceOf = (p: PlaceRow): string | null => {
    let found: string | null = null;
    let current: PlaceRow | undefined = p;
    for (let guard = 0; current && guard < 10; guard++) {
      if (current.divisionCode?.length === 2) return current.id;
      if (current.kind === 'province' || current.kind === 'region') found = current.id;
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return found;
  };
  const placeFacts = new Map<string, PlaceFact>();
  // Written out field by field: copying rows with a rest pattern took a tenth of a second on the full data.
  for (const row of places)
    placeFacts.set(row.id, {
      id: row.id,
      nameEn: row.nameEn,
      nameZh: row.nameZh,
      kind: row.kind,
      countryCode: row.countryCode,
      lat: row.lat,
      lng: row.lng,
      population: row.population,
      isCapital: row.isCapital,
      isAdminSeat: row.isAdminSeat,
      parentId: row.parentId,
      provinceId: provinceOf(row),
      populationRank: row.populationRank,
    });

  const countries = await tx.query<CountryFact>(
    `SELECT c.code, c.name_en AS "nameEn", c.name_zh AS "nameZh", c.continent, c.subregion, c.belt_and_road AS "beltAndRoad",
       c.part_of AS "partOf", c.diplomatic_relations AS "diplomaticRelations", c.is_state AS "isState", coalesce(u.total, 0) AS "urbanPopulation"
     FROM countries c
     LEFT JOIN (SELECT country_code, sum(population)::float8 AS total FROM places WHERE kind = 'city' GROUP BY country_code) u
       ON u.country_code = c.code
     ORDER BY c.code`,
  );
  const corridors = await tx.query<CorridorFact>(
    `SELECT k.id, k.name_en AS "nameEn", k.name_zh AS "nameZh",
       coalesce((SELECT array_agg(country_code ORDER BY country_code) FROM corridor_countries WHERE corridor_id = k.id), '{}') AS "countryCodes",
       coalesce((SELECT array_agg(place_id ORDER BY place_id) FROM corridor_nodes WHERE corridor_id = k.id), '{}') AS "nodePlaceIds"
     FROM corridors k ORDER BY k.id`,
  );
  const observations = await tx.query<ObservationFact>(
    `SELECT o.id, o.subject_text AS "subjectText", o.place_id AS "placeId", o.country_code AS "countryCode", o.measure, o.value,
       o.as_of AS "asOf", o.details,
       coalesce((SELECT array_agg(DISTINCT rs.source_id) FROM record_sources rs WHERE rs.record_type = 'observation' AND rs.record_id = o.id), '{}') AS "sourceIds"
     FROM observations o ORDER BY o.id`,
  );
  // Countries of a project: the ones it names and those of its places.
  const projects = await tx.query<ProjectFact>(
    `SELECT j.id, j.domain,
       coalesce((SELECT array_agg(x.place_id ORDER BY x.place_id) FROM project_places x WHERE x.project_id = j.id), '{}') AS "placeIds",
       coalesce((SELECT array_agg(DISTINCT c.code ORDER BY c.code) FROM (
         SELECT k.country_code AS code FROM project_countries k WHERE k.project_id = j.id
         UNION SELECT p.country_code FROM project_places x JOIN places p ON p.id = x.place_id WHERE x.project_id = j.id
       ) c), '{}') AS "countryCodes"
     FROM projects j WHERE ${publicOnly('projects', 'j')} ORDER BY j.id`,
  );
  const overrides = await tx.query<{ placeId: string; coastal: boolean; sourceId: string }>(
    `SELECT place_id AS "placeId", coastal, source_id AS "sourceId" FROM coastal_overrides ORDER BY place_id`,
  );
  return {
    coastOverrides: Object.fromEntries(
      overrides.map((o) => [o.placeId, { coastal: o.coastal, sourceId: o.sourceId }]),
    ),
    places: placeFacts,
    countries: new Map(countries.map((c) => [c.code, { ...c, urbanPopulation: Number(c.urbanPopulation) }])),
    ties,
    corridors,
    projects,
    observations,
  };
}
