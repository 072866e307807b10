/**
 * The candidate pool, prepared once per data version: the gazetteer candidates merged with the places of
 * the partnership network, and everything about them that does not depend on who is seeking (coastal
 * status, role, size, degree, network community, neighbours, corridor membership), in flat arrays so
 * that ranking the whole gazetteer is one tight loop.
 */
import { projectCounts } from '../layout/practical.ts';
import type { Continent } from '../../domain/geo.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { MatchingCandidate } from '../../domain/matching.ts';
import type { CoastIndex, CoastOverride } from '../layout/coast.ts';
import { DEFAULT_COASTAL_THRESHOLD_KM } from '../layout/coast.ts';
import { louvainCommunities } from '../network/communities.ts';
import type { NodeCommunities } from '../network/analyse-in-worker.ts';
import { toCsr } from '../network/csr.ts';
import { partnershipGraph } from '../partnership-graph.ts';
import { runSteps, runStepsInTurns, type Steps } from '../../domain/turns.ts';
import { MATCH_ROLES, roleOf, SIZE_CLASSES, sizeClassOf, type MatchRole } from './types.ts';

export interface MatchingPool {
  places: MatchingCandidate[];
  indexOf: Map<string, number>;
  /** Per place: country index into `countryCodes`. */
  country: Int32Array;
  countryCodes: string[];
  continentOf: Map<string, Continent | 'unknown'>;
  role: MatchRole[];
  /** Index into MATCH_ROLES, and into SIZE_CLASSES (SIZE_CLASSES.length when the population is unknown). */
  roleIndex: Int8Array;
  sizeIndex: Int8Array;
  /** Pool index of the place's parent, −1 when none is in the pool; and the children of each parent. */
  parentIndex: Int32Array;
  children: Map<number, number[]>;
  /** log10 of the population; NaN when unknown. */
  logPopulation: Float64Array;
  /** 1 coastal, 0 inland, −1 unknown (no coordinates). */
  coastal: Int8Array;
  /** Kilometres to the coastline when within `coastSearchKm`, else NaN. */
  coastKm: Float32Array;
  coastOverride: Map<number, CoastOverride>;
  coastalThresholdKm: number;
  /** Latitude and longitude in radians (NaN unknown), and |latitude| in degrees. */
  latRad: Float64Array;
  lngRad: Float64Array;
  absLat: Float64Array;
  /** Partners in the network (distinct), by place index; empty for places without ties. */
  neighbours: Int32Array[];
  degree: Int32Array;
  maxDegree: number;
  /** Louvain community of the place in the partnership network (seed 1); −1 outside the network. */
  community: Int32Array;
  /** Corridor ids for which the place is a node city; the corridors its country belongs to. */
  nodeOf: Map<number, string[]>;
  corridorsOfCountry: Map<string, string[]>;
  beltAndRoad: Uint8Array;
  /** Cooperation projects recorded at each place. */
  projects: Int32Array;
  /** The national capital(s) of each country among the pool's places. */
  capitalsOf: Map<string, number[]>;
  /** Tie ids between two pool places, keyed `i:j` with i < j. */
  tieIds: Map<string, string[]>;
}

export interface PoolOptions {
  /** The coastline index (layout's worldCoastIndex()); without it only overrides say what is coastal. */
  coast?: CoastIndex | null;
  coastalThresholdKm?: number;
  /** Default: the dataset's coastOverrides. */
  coastOverrides?: Readonly<Record<string, CoastOverride>>;
  /**
   * The partnership network's Louvain communities (seed 1, resolution 1), when already found elsewhere
   * (a server finds them in a worker thread); default: found here.
   */
  communities?: NodeCommunities;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;
const RAD = Math.PI / 180;

/**
 * Kilometres to the nearest coastline segment when it is within `maxKm`, else Infinity. Reads only the
 * grid cells within `maxKm`, so it costs a few cells per place rather than a search to the far coast
 * (layout's distanceToCoastKm), which keeps 160k lookups to about a second.
 */
export function coastDistanceWithin(index: CoastIndex, lat: number, lng: number, maxKm: number): number {
  const { cellDegrees, columns, rows, segments, cells } = index;
  const cosLat = Math.max(Math.cos(lat * RAD), 1e-6);
  const latSpan = Math.ceil(maxKm / KM_PER_DEGREE / cellDegrees);
  const lngSpan = Math.min(columns, Math.ceil(maxKm / (KM_PER_DEGREE * cosLat) / cellDegrees));
  const c0 = Math.min(columns - 1, Math.max(0, Math.floor((lng + 180) / cellDegrees)));
  const r0 = Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / cellDegrees)));
  let best = Infinity;
  for (let r = r0 - latSpan; r <= r0 + latSpan; r++) {
    if (r < 0 || r >= rows) continue;
    for (let dc = -lngSpan; dc <= lngSpan; dc++) {
      const list = cells.get(r * columns + ((((c0 + dc) % columns) + columns) % columns));
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const s = list[k];
        const ax = wrap(segments[s * 4] - lng) * cosLat;
        const ay = segments[s * 4 + 1] - lat;
        const bx = wrap(segments[s * 4 + 2] - lng) * cosLat;
        const by = segments[s * 4 + 3] - lat;
        const dx = bx - ax;
        const dy = by - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
        const x = ax + t * dx;
        const y = ay + t * dy;
        const d = Math.sqrt(x * x + y * y) * KM_PER_DEGREE;
        if (d < best) best = d;
      }
    }
  }
  return best <= maxKm ? best : Infinity;
}

function wrap(d: number): number {
  return ((((d + 180) % 360) + 360) % 360) - 180;
}

/** Great-circle distance in km between two points given in radians. */
export function greatCircleKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const s1 = Math.sin((lat2 - lat1) / 2);
  const s2 = Math.sin((lng2 - lng1) / 2);
  const h = s1 * s1 + Math.cos(lat1) * Math.cos(lat2) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Flight-time proxy: great-circle km at ~800 km/h plus half an hour for take-off and landing. */
export function flightHours(km: number): number {
  return km / 800 + 0.5;
}

/** Builds the pool from the gazetteer candidates and the dataset (its places join the pool too). */
export function prepareMatchingPool(
  dataset: Dataset,
  candidates: readonly MatchingCandidate[],
  options: PoolOptions = {},
): MatchingPool {
  return runSteps(poolSteps(dataset, candidates, options));
}

/**
 * prepareMatchingPool in turns of the event loop: a server builds the pool (about a second for
 * 130,000 places) while it goes on answering other requests.
 */
export function prepareMatchingPoolInTurns(
  dataset: Dataset,
  candidates: readonly MatchingCandidate[],
  options: PoolOptions = {},
): Promise<MatchingPool> {
  return runStepsInTurns(poolSteps(dataset, candidates, options));
}

function networkCommunities(dataset: Dataset): NodeCommunities {
  const graph = partnershipGraph(dataset);
  if (!graph.edges.length) return { ids: [], community: new Int32Array(0) };
  const csr = toCsr(graph);
  return { ids: csr.ids, community: louvainCommunities(csr, 1, 1).community };
}

/** Places prepared between two turns: a few tens of milliseconds of work. */
const PLACES_PER_TURN = 2048;

/** The pool's construction, pausing (a yield) after each PLACES_PER_TURN places and between stages. */
function* poolSteps(
  dataset: Dataset,
  candidates: readonly MatchingCandidate[],
  options: PoolOptions,
): Steps<MatchingPool> {
  const places: MatchingCandidate[] = [];
  const indexOf = new Map<string, number>();
  const add = (p: MatchingCandidate) => {
    if (indexOf.has(p.id)) return;
    indexOf.set(p.id, places.length);
    places.push(p);
  };
  for (let i = 0; i < candidates.length; i++) {
    add(candidates[i]);
    if (i % PLACES_PER_TURN === PLACES_PER_TURN - 1) yield;
  }
  yield;
  // Places with ties that the gazetteer query leaves out (no population, districts, user places).
  for (const p of dataset.places.values())
    add({
      id: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      kind: p.kind,
      countryCode: p.countryCode,
      parentId: p.parentId,
      lat: p.lat,
      lng: p.lng,
      population: p.population,
      populationRank: p.populationRank,
      isCapital: p.isCapital,
      isAdminSeat: p.isAdminSeat,
    });
  const n = places.length;
  yield;

  const countryCodes: string[] = [];
  const countryIndex = new Map<string, number>();
  const country = new Int32Array(n);
  const continentOf = new Map<string, Continent | 'unknown'>();
  for (const c of dataset.countries.values()) continentOf.set(c.code, c.continent);
  const beltAndRoad = new Uint8Array(n);
  const projectsAt = projectCounts(dataset).byPlace;
  const projects = new Int32Array(n);
  const role: MatchRole[] = new Array<MatchRole>(n);
  const roleIndex = new Int8Array(n);
  const sizeIndex = new Int8Array(n);
  const logPopulation = new Float64Array(n);
  const latRad = new Float64Array(n);
  const lngRad = new Float64Array(n);
  const absLat = new Float64Array(n);
  const coastal = new Int8Array(n);
  const coastKm = new Float32Array(n);
  const thresholdKm = options.coastalThresholdKm ?? DEFAULT_COASTAL_THRESHOLD_KM;
  const overrides = options.coastOverrides ?? dataset.coastOverrides;
  const coastOverride = new Map<number, CoastOverride>();
  for (let i = 0; i < n; i++) {
    const p = places[i];
    let ci = countryIndex.get(p.countryCode);
    if (ci === undefined) {
      ci = countryCodes.length;
      countryIndex.set(p.countryCode, ci);
      countryCodes.push(p.countryCode);
      if (!continentOf.has(p.countryCode)) continentOf.set(p.countryCode, 'unknown');
    }
    country[i] = ci;
    beltAndRoad[i] = dataset.countries.get(p.countryCode)?.beltAndRoad ? 1 : 0;
    projects[i] = projectsAt.get(p.id) ?? 0;
    role[i] = roleOf(p);
    roleIndex[i] = MATCH_ROLES.indexOf(role[i]);
    const size = sizeClassOf(p.population);
    sizeIndex[i] = size === null ? SIZE_CLASSES.length : SIZE_CLASSES.indexOf(size);
    logPopulation[i] = p.population && p.population > 0 ? Math.log10(p.population) : NaN;
    const known = p.lat !== null && p.lng !== null;
    latRad[i] = known ? p.lat! * RAD : NaN;
    lngRad[i] = known ? p.lng! * RAD : NaN;
    absLat[i] = known ? Math.abs(p.lat!) : NaN;
    const d =
      known && options.coast ? coastDistanceWithin(options.coast, p.lat!, p.lng!, thresholdKm) : Infinity;
    coastKm[i] = Number.isFinite(d) ? d : NaN;
    coastal[i] = known && options.coast ? (d <= thresholdKm ? 1 : 0) : -1;
    const override = Object.hasOwn(overrides, p.id) ? overrides[p.id] : undefined;
    if (override) {
      coastal[i] = override.coastal ? 1 : 0;
      coastOverride.set(i, override);
    }
    if (i % PLACES_PER_TURN === PLACES_PER_TURN - 1) yield;
  }
  yield;

  // The network: distinct partners, degree, and Louvain communities of the partnership graph.
  const sets: Set<number>[] = [];
  const tieIds = new Map<string, string[]>();
  for (const tie of dataset.ties) {
    const a = indexOf.get(tie.a);
    const b = indexOf.get(tie.b);
    if (a === undefined || b === undefined || a === b) continue;
    (sets[a] ??= new Set()).add(b);
    (sets[b] ??= new Set()).add(a);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const list = tieIds.get(key);
    if (list) list.push(tie.id);
    else tieIds.set(key, [tie.id]);
  }
  const empty = new Int32Array(0);
  yield;
  const neighbours: Int32Array[] = new Array<Int32Array>(n);
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    if (i % (4 * PLACES_PER_TURN) === 0) yield;
    const s = sets[i];
    neighbours[i] = s ? Int32Array.from(s) : empty;
    degree[i] = neighbours[i].length;
    if (degree[i] > maxDegree) maxDegree = degree[i];
  }
  yield;
  const community = new Int32Array(n).fill(-1);
  const found = options.communities ?? networkCommunities(dataset);
  for (let v = 0; v < found.ids.length; v++) {
    const i = indexOf.get(found.ids[v]);
    if (i !== undefined) community[i] = found.community[v];
  }
  yield;

  const parentIndex = new Int32Array(n).fill(-1);
  const children = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (i % PLACES_PER_TURN === PLACES_PER_TURN - 1) yield;
    const parent = places[i].parentId;
    if (parent) parentIndex[i] = indexOf.get(parent) ?? -1;
    if (parentIndex[i] >= 0) {
      const list = children.get(parentIndex[i]);
      if (list) list.push(i);
      else children.set(parentIndex[i], [i]);
    }
  }
  yield;
  const capitalsOf = new Map<string, number[]>();
  for (let i = 0; i < n; i++)
    if (places[i].isCapital)
      capitalsOf.set(places[i].countryCode, [...(capitalsOf.get(places[i].countryCode) ?? []), i]);

  const nodeOf = new Map<number, string[]>();
  const corridorsOfCountry = new Map<string, string[]>();
  for (const k of dataset.corridors) {
    for (const id of k.nodePlaceIds) {
      const i = indexOf.get(id);
      if (i !== undefined) nodeOf.set(i, [...(nodeOf.get(i) ?? []), k.id]);
    }
    for (const code of k.countryCodes)
      corridorsOfCountry.set(code, [...(corridorsOfCountry.get(code) ?? []), k.id]);
  }

  return {
    places,
    indexOf,
    country,
    countryCodes,
    continentOf,
    role,
    roleIndex,
    sizeIndex,
    parentIndex,
    children,
    logPopulation,
    coastal,
    coastKm,
    coastOverride,
    coastalThresholdKm: thresholdKm,
    latRad,
    lngRad,
    absLat,
    neighbours,
    degree,
    maxDegree,
    community,
    nodeOf,
    corridorsOfCountry,
    beltAndRoad,
    projects,
    capitalsOf,
    tieIds,
  };
}
