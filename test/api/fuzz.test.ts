/**
 * Fuzzing the whole HTTP API through app.inject: on every engine, at least 10,000 generated requests
 * (hostile path ids, query parameters and bodies, near-valid records with one field broken, raw bodies
 * of the wrong type) must never give a 5xx, every 4xx must be problem+json with its status and a title,
 * and every 2xx JSON must parse.
 *
 * Generation is seeded: FUZZ_SEED=<n> replays a run (the seed is printed in every failure), and
 * FUZZ_REQUESTS=<n> changes the budget. Without FUZZ_SEED each run explores a new seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import {
  BEIJING,
  CHANGNING,
  CHIANG_MAI,
  DECOY,
  HANOI,
  HCMC,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
  withRegistry,
} from '../support/registry-fixtures.ts';
import { buildServer } from '../../src/api/server.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { CONTINENTS, PLACE_KINDS } from '../../src/domain/geo.ts';
import {
  EVENT_KINDS,
  LEVELS,
  ORGANISATION_KINDS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PROJECT_DOMAINS,
  PROJECT_STATUSES,
  SOURCE_KINDS,
} from '../../src/domain/registry.ts';
import { PARTNERSHIP_SORTS } from '../../src/store/registry.ts';
import { EXPORT_TABLES } from '../../src/ingest/export.ts';
import { COMPONENT_KEYS, PRESET_NAMES } from '../../src/analysis/matching/types.ts';
import { ROLES } from '../../src/domain/permissions.ts';

const TOKEN = 'fuzz-secret';
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);

// ------------------------------------------------------------------------------------------ real ids

const PLACE_IDS = [SHANGHAI, BEIJING, CHANGNING, HCMC, HANOI, YOKOHAMA, PRAGUE, CHIANG_MAI, DECOY.id];
const PARTNERSHIP_IDS = [
  partnershipId(SHANGHAI, HCMC),
  partnershipId(SHANGHAI, YOKOHAMA),
  partnershipId(CHANGNING, PRAGUE),
  partnershipId(BEIJING, HANOI),
  partnershipId(SHANGHAI, CHIANG_MAI),
];
const SOURCE_IDS = ['src:doc-001', 'src:doc-002', 'src:wikipedia-twins-china'];
const INDEX_ID = 'fuzz-city';

/** Real ids by the kind a path parameter names; ids created while fuzzing are added as they appear. */
type IdKind =
  | 'place'
  | 'partnership'
  | 'organisation'
  | 'event'
  | 'project'
  | 'source'
  | 'import'
  | 'index'
  | 'table'
  | 'user'
  | 'proposal';
function initialPools(): Record<IdKind, string[]> {
  return {
    place: [...PLACE_IDS],
    partnership: [...PARTNERSHIP_IDS],
    organisation: ['org:wego'],
    event: ['ev:test-forum'],
    project: ['pj:test-port'],
    source: [...SOURCE_IDS],
    import: ['imp:none'],
    index: [INDEX_ID],
    table: [...EXPORT_TABLES],
    user: ['user:none'],
    proposal: ['proposal:none'],
  };
}

const ID_KINDS: Record<string, IdKind> = {
  places: 'place',
  partnerships: 'partnership',
  organisations: 'organisation',
  events: 'event',
  projects: 'project',
  sources: 'source',
  imports: 'import',
  indices: 'index',
  export: 'table',
  users: 'user',
  proposals: 'proposal',
};

/** The kind of id the first path parameter of a route names (`/api/places/{id}/aliases`: a place). */
function idKindOf(path: string): IdKind | null {
  const m = /^\/api\/([a-z]+)\/\{/.exec(path);
  return (m && ID_KINDS[m[1]]) ?? null;
}

// --------------------------------------------------------------------------------- query parameters

/** Valid (or nearly valid) values of every query parameter any handler reads, by parameter name. */
const GOOD: Record<string, readonly string[]> = {
  q: ['上海', 'Shanghai', 'shang', 'Hu', 'hanoi', 'Shànghǎi', 'x'],
  country: ['CN', 'vn', 'JP', 'CZ', 'XX', 'C', 'CN,VN'],
  kind: [...PLACE_KINDS, ...ORGANISATION_KINDS, ...EVENT_KINDS, ...SOURCE_KINDS, 'city,province'],
  withPartnerships: ['true', 'false', '1', '0'],
  subdivisions: ['true', 'false', '1', '0'],
  includePartners: ['true', 'false'],
  includeOwnCountry: ['true', 'false'],
  undated: ['true', 'false'],
  limit: ['1', '2', '10', '50', '1000'],
  offset: ['0', '1', '3', '100'],
  name: ['Shanghai', '上海', 'Changning', 'Praha', 'Hu', 'Nowhere'],
  lat: ['31.2', '0', '-90', '90'],
  lng: ['121.4', '0', '-180', '180'],
  place: [...PLACE_IDS],
  candidate: [...PLACE_IDS],
  province: [CHIANG_MAI, SHANGHAI],
  continent: [...CONTINENTS, 'Asia,Europe'],
  type: [...PARTNERSHIP_TYPES, 'sister_city,friendly_exchange'],
  level: [...LEVELS, 'city,district', '1', '2', '3'],
  status: [...PARTNERSHIP_STATUSES, ...PROJECT_STATUSES, 'active,dormant'],
  from: ['1000', '1973', '1990', '2016'],
  to: ['1999', '2019', '2100'],
  source: [...SOURCE_IDS],
  sort: [
    ...Object.keys(PARTNERSHIP_SORTS),
    'degree',
    'betweenness',
    'pagerank',
    'ties',
    'countries',
    'continents',
  ],
  order: ['asc', 'desc'],
  years: ['1', '5', '50', '0', '-1'],
  partnership: [...PARTNERSHIP_IDS],
  format: ['json', 'csv', 'xlsx', 'gexf', 'graphml'],
  domain: [...PROJECT_DOMAINS],
  corridor: ['cpec', 'nowhere'],
  subject: ['Shanghai', 'sister_cities'],
  table: ['partnerships', 'places', 'sources', 'aliases'],
  record: [...PARTNERSHIP_IDS.slice(0, 2), SHANGHAI],
  actor: ['fixture', 'service-token'],
  strategy: [...PRESET_NAMES],
  weights: [`${COMPONENT_KEYS[0]}:2`, `${COMPONENT_KEYS.join(':1,')}:1`, `${COMPONENT_KEYS[1]}:0`],
  benchmark: ['urban-population', 'countries', 'equal-continents', 'belt-and-road', 'corridor'],
  development: [INDEX_ID],
  minPopulation: ['0', '1000', '1000000'],
  maxPopulation: ['0', '5000000', '100000000'],
  threshold: ['0', '50', '500'],
  gaps: ['1', '20', '200'],
  weighting: ['equal', 'urban-population'],
  places: [
    `${SHANGHAI},${BEIJING}`,
    `${SHANGHAI},${HCMC},${PRAGUE}`,
    `${SHANGHAI},${BEIJING},${HANOI},${HCMC}`,
    `${SHANGHAI},${SHANGHAI}`,
    `,${SHANGHAI},,${DECOY.id},`,
  ],
  home: ['CN', 'VN', 'JP'],
  min: ['2', '3', '50'],
  by: ['place', 'province'],
  depth: ['1', '2'],
  direction: ['need', 'offer'],
  field: ['trade', 'culture'],
  role: [...ROLES, 'king'],
  state: ['draft', 'signed', 'nowhere'],
  question: ['undated', 'untyped', 'conflicting', 'why'],
  jurisdictionId: [SHANGHAI, 'gn:0'],
};

/**
 * Route → the query parameters its handler reads (from its zod schema); `!` marks a required one and
 * `a|b!` a choice of exactly one.
 */
const words = (text: string) => text.split(' ');
const PAGE = ['limit', 'offset'];
const SELECTION = words('place|province|country! subdivisions type level status from to undated threshold');
const STRATEGY = ['place!', 'strategy', 'weights', 'benchmark', 'development'];
const QUERY: Record<string, string[]> = {
  'GET /api/health': [],
  'GET /api/status': [],
  'GET /api/imports/{id}': [],
  'GET /api/countries': [],
  'GET /api/places': ['q', 'country', 'kind', 'withPartnerships', ...PAGE],
  'POST /api/places': [],
  'GET /api/places/{id}': [],
  'GET /api/places/{id}/cooperation': ['to', 'years', 'subdivisions'],
  'GET /api/resolve': ['name!', 'country', 'lat', 'lng'],
  'POST /api/places/{id}/aliases': [],
  'PUT /api/places/{id}/coastal': [],
  'GET /api/partnerships': [
    ...words(
      'place subdivisions country continent type level status adminLevel from to source sort order format',
    ),
    ...PAGE,
  ],
  'POST /api/partnerships': [],
  'GET /api/partnerships/{id}': [],
  'PATCH /api/partnerships/{id}': [],
  'POST /api/partnerships/{id}/lifecycle': [],
  'GET /api/partnerships/{id}/cooperation': ['to', 'years'],
  'GET /api/partnerships/{id}/assignments': [],
  'PUT /api/partnerships/{id}/assignments/{organisationId}': [],
  'DELETE /api/partnerships/{id}/assignments/{organisationId}': [],
  'GET /api/organisations': ['kind', 'place', 'format', ...PAGE],
  'POST /api/organisations': [],
  'GET /api/organisations/{id}': [],
  'GET /api/events': ['kind', 'place', 'from', 'to', 'format', ...PAGE],
  'POST /api/events': [],
  'GET /api/events/{id}': [],
  'GET /api/projects': ['domain', 'corridor', 'status', 'place', 'country', 'format', ...PAGE],
  'POST /api/projects': [],
  'GET /api/projects/{id}': [],
  'GET /api/observations': ['place', 'country', 'subject', 'format', ...PAGE],
  'POST /api/observations': [],
  'GET /api/sources': ['kind', 'format', ...PAGE],
  'GET /api/sources/{id}': [],
  'GET /api/corridors': [],
  'GET /api/changes': ['table', 'record', 'actor', ...PAGE],
  'GET /api/export/{table}': ['format'],
  'GET /api/indices/presets': [],
  'POST /api/indices/build': [],
  'GET /api/indices': [],
  'POST /api/indices': [],
  'GET /api/indices/{id}': [],
  'DELETE /api/indices/{id}': [],
  'GET /api/indices/{id}/results': ['level'],
  'POST /api/indices/{id}/uncertainty': [],
  'GET /api/indices/{id}/export': ['format'],
  'GET /api/matching/candidates': [
    ...STRATEGY,
    ...words(
      'continent country corridor minPopulation maxPopulation kind includePartners includeOwnCountry limit format',
    ),
  ],
  'GET /api/matching/vet': [...STRATEGY, 'candidate!'],
  'GET /api/places/{id}/needs-offers': [],
  'GET /api/places/{id}/needs-offers/access': [],
  'POST /api/places/{id}/needs-offers': [],
  'DELETE /api/places/{id}/needs-offers': ['direction', 'field'],
  'GET /api/analysis/layout': [...SELECTION, 'format'],
  'GET /api/analysis/imbalance': [...SELECTION, 'benchmark', 'corridor', 'weighting', 'gaps'],
  'GET /api/analysis/compare': ['places!', 'subdivisions', 'threshold'],
  'GET /api/analysis/competition': ['country|place!', 'home', 'min'],
  'GET /api/analysis/contested': ['home', 'limit', 'min'],
  'GET /api/analysis/rankings': ['country', 'by', 'sort', 'limit', 'format'],
  'GET /api/analysis/coverage': ['country', 'format'],
  'GET /api/analysis/network/summary': [],
  'GET /api/analysis/network/nodes': ['sort', 'country', 'limit', 'offset', 'format'],
  'GET /api/analysis/network': ['place!', 'depth', 'limit'],
  'GET /api/analysis/network/countries': [],
  'GET /api/analysis/network/export': ['format'],
  'GET /api/reports': ['place', 'year', 'from', 'to', 'subdivisions', 'lang', 'format'],
  // Hidden from the OpenAPI document: the HTML status page.
  'GET /api/auth/session': [],
  'POST /api/auth/login': [],
  'GET /api/auth/permissions': [],
  'POST /api/auth/logout': [],
  'PUT /api/auth/password': [],
  'GET /api/auth/tokens': [],
  'POST /api/auth/tokens': [],
  'DELETE /api/auth/tokens/{id}': [],
  'GET /api/users': [],
  'POST /api/users': [],
  'GET /api/users/{id}': [],
  'PATCH /api/users/{id}': [],
  'GET /api/users/{id}/history': [],
  'POST /api/users/{id}/roles': [],
  'DELETE /api/users/{id}/roles': ['role!', 'jurisdictionId'],
  'GET /api/proposals': ['state', 'place', 'partnership'],
  'GET /api/inbox': [],
  'GET /api/stewardship': ['question', 'limit', 'offset'],
  'POST /api/stewardship/decisions': [],
  'GET /api/stewardship/held-back': ['limit', 'offset'],
  'POST /api/stewardship/held-back/decisions': [],
  'PUT /api/projects/{id}/milestones/{seq}': [],
  'GET /api/projects/{id}/milestones/access': [],
  'PUT /api/partnerships/{id}/visibility': [],
  'PUT /api/projects/{id}/visibility': [],
  'PUT /api/events/{id}/visibility': [],
  'POST /api/proposals': [],
  'GET /api/proposals/{id}': [],
  'PATCH /api/proposals/{id}': [],
  'POST /api/proposals/{id}/steps': [],
  'POST /api/proposals/{id}/files': ['name'],
  'GET /api/places/{id}/successions': [],
  'POST /api/places/{id}/successions': [],
  'GET /api/proposals/{id}/files/{fileId}': [],
  'GET /status': [],
};
const HIDDEN_ROUTES = ['GET /status'];

/** Routes that take tens of milliseconds whatever the input: fewer runs, so the test stays fast. */
const ROUTE_WEIGHT: Record<string, number> = {
  'GET /api/indices/presets': 0.3,
  'GET /api/indices/{id}/export': 0.5,
  'GET /api/matching/candidates': 0.5,
  'GET /api/analysis/network/summary': 0.5,
  'GET /api/export/{table}': 0.5,
  // Near-valid bodies can ask for up to 20,000 replications.
  'POST /api/indices/{id}/uncertainty': 1,
};

/** Percent-encodes text as WTF-8, so lone surrogates reach the server as %ED%A0%80 and the like. */
function wtf8Encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(text[i]);
  }
  return out;
}

// prettier-ignore
const URL_TEXTS = [
  '', '-1', '0', '1e308', '-1e308', '1e999', 'NaN', 'Infinity', '-0', '0x1F', '1.5', '2147483648',
  '9007199254740993', '99999999999999999999999', 'true', 'null', 'undefined', '%00', 'a%00b', '%ED%A0%80',
  'x%ED%B0%80', '%F0%9F%8C%86', '%FF%FE', '%C0%AF', '%E0%A4%A', '%', '%%', '+', '%20', ',', ',,', 'a,b',
  '%2C%2C', '..%2F..%2Fetc%2Fpasswd', '..', '.', '%2F', '%5C',
  encodeURIComponent('=HYPERLINK("http://evil.example","x")'),
  encodeURIComponent('<script>alert(1)</script>'), encodeURIComponent("' OR '1'='1"),
  encodeURIComponent('上海'), encodeURIComponent('gn:1796236,gn:0'), 'gn%3A0', 'gn:-1',
  'gn:99999999999999999999', 'pt:000000000000', 'cn:', 'src:', 'x'.repeat(3000),
  encodeURIComponent('上').repeat(2001), '[]', '{}', '__proto__', 'constructor',
  // Raw, as a careless client sends them (the injector encodes what a URL cannot hold).
  '../', '../../api/health', '上海', '<script>alert(1)</script>', 'a b', '%2e%2e%2f',
];

/** Query values and path ids as they appear in a URL (already encoded, some deliberately broken). */
const HOSTILE_URL_TEXT: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...URL_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(wtf8Encode) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(wtf8Encode) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
);

/** Parameters read as numbers, and the numbers at and beyond their bounds. */
const NUMERIC_PARAMS = new Set(
  words('limit offset lat lng from to minPopulation maxPopulation threshold gaps min depth level'),
);
// prettier-ignore
const NUMBER_TEXTS = [
  '-1', '0', '1e308', '-1e308', '1e999', '1e20', 'NaN', 'Infinity', '-0', '0x1F', '1.5', '2147483647',
  '2147483648', '-2147483649', '9007199254740991', '9007199254740993', '99999999999999999999999', '',
];

const HOSTILE_NUMBER_TEXT = fc.oneof(fc.constantFrom(...NUMBER_TEXTS), fc.integer().map(String));

// prettier-ignore
const UNKNOWN_PARAM = fc.constantFrom(
  'unknown', '__proto__', 'constructor', 'limit[]', 'a.b', '', '%00', 'x'.repeat(300), '%ED%A0%80',
);

type QueryEntry = [name: string, value: string];

function queryArb(params: string[]): fc.Arbitrary<QueryEntry[]> {
  const required = params.filter((p) => p.endsWith('!')).map((p) => p.slice(0, -1).split('|'));
  const names = params.flatMap((p) => p.replace(/!$/, '').split('|'));
  const good = (name: string) =>
    fc.constantFrom(...(GOOD[name] ?? ['x'])).map((v) => [name, encodeURIComponent(v)] as QueryEntry);
  const any = (name: string) =>
    fc.oneof(
      { weight: 4, arbitrary: good(name) },
      {
        weight: NUMERIC_PARAMS.has(name) ? 3 : 0,
        arbitrary: HOSTILE_NUMBER_TEXT.map((v): QueryEntry => [name, v]),
      },
      { weight: 3, arbitrary: HOSTILE_URL_TEXT.map((v): QueryEntry => [name, v]) },
    );
  // All valid values, required ones included: requests that reach the deep code paths.
  const optional = names.filter((n) => !required.flat().includes(n));
  const allGood = fc
    .tuple(
      fc.tuple(...required.map((oneOf) => fc.constantFrom(...oneOf).chain(good))),
      fc
        .subarray(optional, { maxLength: Math.min(4, optional.length) })
        .chain((picked) => fc.tuple(...picked.map(good))),
    )
    .map(([req, opt]): QueryEntry[] => [...req, ...opt]);
  // Known parameters with good and bad values, repeated ones (a=1&a=2) and unknown ones.
  const known = names.length ? [{ weight: 8, arbitrary: fc.constantFrom(...names).chain(any) }] : [];
  const unknown = { weight: 1, arbitrary: fc.tuple(UNKNOWN_PARAM, HOSTILE_URL_TEXT) };
  const mixed: fc.Arbitrary<QueryEntry[]> = fc.array(fc.oneof(...known, unknown), { maxLength: 6 });
  // A route that reads no parameters mostly gets none, so that its handler runs.
  if (!names.length)
    return fc.oneof({ weight: 4, arbitrary: fc.constant<QueryEntry[]>([]) }, { weight: 1, arbitrary: mixed });
  return fc.oneof({ weight: 2, arbitrary: allGood }, { weight: 3, arbitrary: mixed });
}

// ------------------------------------------------------------------------------------------- bodies

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A string value replaced by raw JSON text after serialisation (numbers JSON.stringify cannot write). */
const RAW = '\u0001raw:';
const serialise = (value: unknown) =>
  (JSON.stringify(value) ?? 'null').replace(/"\\u0001raw:([^"]*)"/g, '$1');

const nested = (depth: number, array: boolean): Json => {
  let v: Json = 'deep';
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
};

// prettier-ignore
const STRINGS: Json[] = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\ud83d', 'y'.repeat(501), 'z'.repeat(10_001),
  'x'.repeat(30_000), '上'.repeat(10_000), '=HYPERLINK("http://evil.example","x")', '+cmd|calc',
  '<script>alert(1)</script>', '../../etc/passwd', '1999-02-30', '0000', '99999', '2100-12-31', '1000',
  'javascript:alert(1)', 'http://', 'https://example.org/a b', 'gn:0', 'src:none', 'NaN', '上海', 'A1', 'usd',
];

// prettier-ignore
const NUMBERS: Json[] = [
  0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 5e-324, 1e-7,
  `${RAW}1e999`, `${RAW}-1e999`, `${RAW}-0`, `${RAW}1e-400`, `${RAW}123456789012345678901234567890`,
];

/** Field names a record must refuse or ignore. */
const KEYS = ['unknown', '__proto__', 'constructor', '', 'a\u0000', '\ud800', 'k'.repeat(300)];

/** Strings a text field must refuse or store safely. */
const HOSTILE_STRING: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Json>(...STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** Numbers at and beyond every bound; RAW ones are written into the JSON text as they are. */
const HOSTILE_NUMBER: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Json>(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** Containers: empty, deep, huge, of the wrong element type. */
const HOSTILE_CONTAINER: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  [],
  {},
  [null],
  ['x'],
  [{}],
  [[]],
  nested(100, false),
  nested(100, true),
  nested(65, false),
  Array.from({ length: 20_000 }, () => 'x'),
  Array.from({ length: 3_000 }, (_, i) => ({ sourceId: SOURCE_IDS[i % 3] })),
);

/** Any value at all, for a field of any type. */
const HOSTILE_JSON: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<Json>(null, true, false) },
  { weight: 3, arbitrary: HOSTILE_STRING },
  { weight: 3, arbitrary: HOSTILE_NUMBER },
  { weight: 2, arbitrary: HOSTILE_CONTAINER },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
);

/** Every path below the root of a JSON value: where a mutation can land. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/**
 * One change to a record, at path number `at`. A replacement is mostly of the field's own type (a string
 * for a string, a number for a number), where the bounds are, and sometimes of any type.
 */
interface Mutation {
  at: number;
  op: 'set' | 'delete' | 'extra';
  sameType: boolean;
  text: Json;
  number: Json;
  container: Json;
  any: Json;
  key: string;
}

const MUTATION: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('set', 'set', 'set', 'set', 'set', 'set', 'delete', 'extra'),
  sameType: fc.boolean(),
  text: HOSTILE_STRING,
  number: HOSTILE_NUMBER,
  container: HOSTILE_CONTAINER,
  any: HOSTILE_JSON,
  key: fc.constantFrom(...KEYS),
});

function replacement(current: Json, m: Mutation): Json {
  if (!m.sameType) return m.any;
  if (typeof current === 'string') return m.text;
  if (typeof current === 'number') return m.number;
  if (current !== null && typeof current === 'object') return m.container;
  return m.any;
}

/** The record with one field (anywhere in it) replaced, removed, or given an unknown sibling. */
function mutate(record: Json, m: Mutation): Json {
  const copy = structuredClone(record);
  const paths = pathsOf(copy);
  if (!paths.length) return m.op === 'set' ? m.any : copy;
  const path = paths[m.at % paths.length];
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (m.op === 'set') parent[last] = replacement(parent[last], m);
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (!Array.isArray(parent))
    // defineProperty, so that a key named __proto__ becomes a real key of the JSON text.
    Object.defineProperty(parent, m.key, {
      value: m.any,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return copy;
}

const SOURCE_REF = { sourceId: 'src:doc-001', locator: 'p. 1' };
const INLINE_SOURCE = {
  source: {
    title: 'Fuzz source',
    titleZh: '模糊来源',
    kind: 'document',
    publisher: 'Fuzz press',
    url: 'https://example.org/fuzz',
    licence: 'CC BY 4.0',
    retrieved: '2024-01-31',
  },
  locator: 'Table 2',
};

const CITY_META = `Level,iCode,iName,Direction,Weight,Parent,Type
1,gdp,GDP,1,1,economy,Indicator
1,fdi,Foreign investment,1,1,economy,Indicator
1,flights,International flights,1,1,openness,Indicator
1,sisters,Sister cities,1,1,openness,Indicator
2,economy,Economy,,0.6,city_index,Aggregate
2,openness,Openness,,0.4,city_index,Aggregate
3,city_index,City index,,1,,Aggregate
`;
const CITY_DATA = `uCode,uName,gdp,fdi,flights,sisters
SHA,Shanghai,4.3,19,900,92
BJS,Beijing,4.0,14,800,56
CTU,Chengdu,2.0,11,300,37
HCM,Ho Chi Minh City,0.6,7,250,40
PRG,Prague,0.4,5,300,28
YOK,Yokohama,1.2,3,10,8
`;

/** iData with hostile cells: numbers a composite index must survive or refuse. */
// prettier-ignore
const HOSTILE_CELL = fc.oneof(
  fc.constantFrom(
    '', 'NA', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e999', '0', '-0', '5e-324', 'x', '"', '""',
    '=1+1', '上海',
  ),
  fc.double().map(String),
);
const HOSTILE_DATA = fc
  .tuple(fc.nat({ max: 5 }), fc.nat({ max: 3 }), HOSTILE_CELL, fc.boolean())
  .map(([row, col, cell, all]) =>
    CITY_DATA.trim()
      .split('\n')
      .map((line, i) => {
        if (i === 0 || (i !== row + 1 && !all)) return line;
        const cells = line.split(',');
        cells[2 + col] = cell;
        return cells.join(',');
      })
      .join('\n'),
  );

/** Valid records of every write route: the starting points of near-valid bodies. */
function validRecords(route: string): fc.Arbitrary<Json> {
  switch (route) {
    case 'POST /api/places':
      return fc.constantFrom<Json>(
        {
          kind: 'city',
          nameEn: 'Fuzzville',
          countryCode: 'CN',
          lat: 31,
          lng: 121,
          population: 10,
          aliases: ['Fz'],
          nameZh: '模糊',
          parentId: SHANGHAI,
        },
        { kind: 'district', nameEn: 'Fuzz District', countryCode: 'VN' },
      );
    case 'POST /api/places/{id}/aliases':
      return fc.constantFrom<Json>({ alias: 'Fuzz alias', sourceId: 'src:doc-001' }, { alias: '模糊' });
    case 'PUT /api/places/{id}/coastal':
      return fc.constantFrom<Json>(
        { coastal: true, source: SOURCE_REF },
        { coastal: false, source: INLINE_SOURCE },
      );
    case 'POST /api/partnerships':
      return fc.constantFrom(...PLACE_IDS).chain((b) =>
        fc.constantFrom<Json>(
          {
            placeA: SHANGHAI,
            placeB: b,
            type: 'sister_city',
            level: 'city',
            signed: '1999-02',
            status: 'active',
            note: 'n',
            sources: [SOURCE_REF],
          },
          { placeA: PRAGUE, placeB: b, sources: [INLINE_SOURCE] },
        ),
      );
    case 'PATCH /api/partnerships/{id}':
      return fc.constantFrom<Json>(
        {
          type: 'friendly_exchange',
          level: 'district',
          signed: '2001-03-04',
          status: 'dormant',
          note: 'patched',
          sources: [SOURCE_REF],
        },
        { signed: null, note: null, sources: [INLINE_SOURCE] },
      );
    case 'POST /api/organisations':
      return fc.constantFrom<Json>(
        {
          abbr: 'FZ',
          nameEn: 'Fuzz Network',
          nameZh: '模糊网络',
          kind: 'city_network',
          topic: 't',
          founded: '2001',
          placeId: SHANGHAI,
          note: 'n',
          sources: [SOURCE_REF],
        },
        { nameEn: 'Fuzz Forum', kind: 'forum', sources: [INLINE_SOURCE] },
      );
    case 'POST /api/events':
      return fc.constantFrom<Json>(
        {
          kind: 'forum',
          nameEn: 'Fuzz Forum',
          nameZh: '模糊论坛',
          starts: '2019-11',
          ends: '2019-11-07',
          placeId: SHANGHAI,
          placeText: 'Shanghai',
          participants: [{ placeId: HCMC, role: 'guest' }],
          figures: { delegations: 40, note: 'forty' },
          note: 'n',
          sources: [SOURCE_REF],
        },
        { kind: 'visit', nameEn: 'Fuzz Visit', sources: [INLINE_SOURCE] },
      );
    case 'POST /api/projects':
      return fc.constantFrom<Json>(
        {
          nameEn: 'Fuzz Port',
          nameZh: '模糊港',
          domain: 'facilities',
          sector: 'ports',
          corridorId: 'cpec',
          status: 'operating',
          started: '2017-06',
          completed: '2020',
          amount: 12.5,
          currency: 'USD',
          partnershipId: PARTNERSHIP_IDS[0],
          placeIds: [SHANGHAI, HCMC],
          placeText: 'Shanghai',
          participants: [{ name: 'Fuzz Group', role: 'builder' }],
          milestones: [{ date: '2018', description: 'first berth' }],
          outcomes: [
            { measure: 'containers', value: 120000, unit: 'TEU' },
            { measure: 'jobs', text: 'many' },
          ],
          sdgTargets: ['9.1', '17'],
          note: 'n',
          sources: [SOURCE_REF],
        },
        { nameEn: 'Fuzz Fund', domain: 'finance', sources: [INLINE_SOURCE] },
      );
    case 'POST /api/observations':
      return fc.constantFrom<Json>(
        {
          subjectText: 'Shanghai',
          placeId: SHANGHAI,
          countryCode: 'CN',
          measure: 'sister_cities',
          value: 87,
          unit: 'count',
          asOf: '2020',
          details: { countries: 55 },
          note: 'n',
          sources: [SOURCE_REF],
        },
        { subjectText: 'Vietnam', measure: 'visits', value: 1.5, sources: [INLINE_SOURCE] },
      );
    case 'POST /api/indices/build':
      return fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom<Json>(
            { iMeta: CITY_META, iData: CITY_DATA, tiers: { method: 'quantiles', groups: 2 } },
            {
              iMeta: CITY_META,
              iData: CITY_DATA,
              steps: [
                { step: 'impute', method: 'mean' },
                { step: 'normalise', spec: { method: 'minMax', min: 0, max: 100 } },
                { step: 'aggregate', method: 'geometric' },
              ],
              tiers: { method: 'thresholds', cuts: [25, 50], labels: ['low', 'mid', 'high'] },
            },
            {
              iMeta: CITY_META,
              iData: CITY_DATA,
              settings: { treat: { winmax: 1 }, screen: { by: 'missing', threshold: 0.5 } },
            },
            { preset: 'bri-city-potential', iData: CITY_DATA },
          ),
        },
        { weight: 4, arbitrary: HOSTILE_DATA.map((iData): Json => ({ iMeta: CITY_META, iData })) },
        { weight: 1, arbitrary: fc.constant<Json>({ preset: 'asem' }) },
      );
    case 'POST /api/indices':
      return fc.oneof(
        fc.constantFrom<Json>({
          id: 'fuzz-saved',
          nameEn: 'Fuzz saved',
          nameZh: '模糊',
          sourceNote: 'n',
          iMeta: CITY_META,
          iData: CITY_DATA,
        }),
        HOSTILE_DATA.map((iData): Json => ({ id: 'fuzz-hostile', iMeta: CITY_META, iData })),
      );
    case 'POST /api/indices/{id}/uncertainty':
      return fc.constantFrom<Json>(
        {
          n: 5,
          seed: 1,
          target: 'city_index',
          settings: {
            imputation: [{ method: 'mean' }, null],
            winmax: [0, 2],
            normalisation: [{ method: 'minMax' }, { method: 'rank' }],
            weights: { noise: [{ level: 2, factor: 0.25 }], sets: 10 },
            aggregation: ['arithmetic', 'geometric'],
          },
        },
        { n: 3, settings: { weights: { alternatives: [{ economy: 1, openness: 2 }] } } },
        { n: 2 },
      );
    case 'POST /api/places/{id}/needs-offers':
      return fc.constantFrom<Json>(
        { direction: 'need', field: 'trade', note: 'n', sourceId: 'src:doc-001' },
        {
          items: [
            { direction: 'offer', field: 'culture' },
            { direction: 'need', field: 'Environmental_Technology' },
          ],
        },
      );
    case 'POST /api/places/{id}/successions':
      return fc.constantFrom<Json>(
        { successorId: SHANGHAI, kind: 'merged', on: '2015-11', source: { sourceId: 'src:doc-001' } },
        { successorId: HANOI, kind: 'renamed', on: '2010', source: { sourceId: 'src:doc-001' } },
        { successorId: BEIJING, kind: 'split', on: '2011-08-22', source: { source: { title: '批复' } } },
      );
    case 'POST /api/proposals':
      return fc.constantFrom<Json>(
        { placeId: SHANGHAI, candidateId: HANOI, rationale: 'trade' },
        { placeId: SHANGHAI, candidateId: BEIJING, rationale: 'domestic' },
      );
    case 'POST /api/partnerships/{id}/lifecycle':
      return fc.constantFrom<Json>(
        { status: 'suspended', on: '2025-03', reason: 'paused' },
        { status: 'ended', on: '2026-02-30', reason: 'no such day' },
      );
    case 'POST /api/stewardship/decisions':
      return fc.constantFrom<Json>(
        { question: 'undated', partnershipId: PARTNERSHIP_IDS[0], decision: 'dismiss' },
        {
          question: 'untyped',
          partnershipId: PARTNERSHIP_IDS[0],
          decision: 'correct',
          values: { type: 'sister_city' },
        },
        { question: 'conflicting', partnershipId: PARTNERSHIP_IDS[0], decision: 'accept' },
      );
    case 'POST /api/stewardship/held-back/decisions':
      return fc.constantFrom<Json>(
        { name: 'Nowhere', country: 'France', decision: 'dismiss' },
        { name: 'Nowhere', country: 'France', decision: 'correct', placeId: SHANGHAI },
        { name: 'Nowhere', country: 'France', decision: 'correct' },
      );
    case 'PUT /api/partnerships/{id}/visibility':
    case 'PUT /api/projects/{id}/visibility':
    case 'PUT /api/events/{id}/visibility':
      return fc.constantFrom<Json>(
        { visibility: 'jurisdiction' },
        { visibility: 'national' },
        { visibility: 'public' },
        { visibility: 'secret' },
      );
    case 'PUT /api/projects/{id}/milestones/{seq}':
      return fc.constantFrom<Json>({ done: '2026-01-01' }, { due: null }, { due: '2026-13-01' });
    case 'PATCH /api/proposals/{id}':
      return fc.constant<Json>({ rationale: 'more' });
    case 'POST /api/proposals/{id}/steps':
      return fc.constantFrom<Json>(
        { step: 'submit' },
        { step: 'approve' },
        { step: 'return', comment: 'why' },
        { step: 'sign', signing: { signed: '2026-01-01', signatories: 'A; B' } },
      );
    case 'POST /api/auth/login':
      return fc.constantFrom<Json>(
        { login: 'fuzz.user', password: 'wrong password here' },
        { login: 'x', password: 'y' },
      );
    case 'POST /api/users':
      return fc.nat(1_000_000).map<Json>((n) => ({
        login: `fuzz.${n}`,
        name: 'Fuzz',
        password: 'a long enough password',
        roles: [{ role: 'editor', jurisdictionId: SHANGHAI }],
      }));
    case 'PATCH /api/users/{id}':
      return fc.constantFrom<Json>({ name: 'Renamed' }, { language: 'en' }, { disabled: false });
    case 'POST /api/users/{id}/roles':
      return fc.constantFrom<Json>(
        { role: 'viewer', jurisdictionId: SHANGHAI },
        { role: 'reviewer', jurisdictionId: null },
      );
    case 'POST /api/auth/tokens':
      return fc.constant<Json>({ name: 'fuzz', scopes: ['read'], days: 1 });
    case 'PUT /api/auth/password':
      return fc.constant<Json>({ current: 'x', password: 'a long enough password' });
    default:
      return fc.constant<Json>({});
  }
}

/** A request body: JSON text and the content type it is sent with. */
interface Body {
  payload: string | Buffer;
  contentType?: string;
}

const RAW_BODIES: Body[] = [
  // Files as an agreement's upload sends them: bytes with their media type.
  { payload: '%PDF-1.7\n%%EOF\n', contentType: 'application/pdf' },
  { payload: '<script>alert(1)</script>', contentType: 'application/pdf' },
  { payload: '协议\u0000文本', contentType: 'text/plain' },
  { payload: 'PK\u0003\u0004', contentType: 'application/ofd' },
  { payload: '{"nameEn": ', contentType: 'application/json' },
  { payload: '{"a":1}garbage', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '1e999', contentType: 'application/json' },
  { payload: '\ufeff{}', contentType: 'application/json' },
  { payload: '{"__proto__":{"admin":true}}', contentType: 'application/json' },
  { payload: '{"constructor":{"prototype":{"admin":true}}}', contentType: 'application/json' },
  { payload: '{"a":"\\ud800"}', contentType: 'application/json' },
  {
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]),
    contentType: 'application/json',
  },
  { payload: '['.repeat(100_000) + ']'.repeat(100_000), contentType: 'application/json' },
  { payload: '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000), contentType: 'application/json' },
  { payload: '{}', contentType: 'application/json; charset=utf-16' },
  { payload: '{}', contentType: 'application/json; charset=latin1' },
  { payload: 'nameEn=x&kind=forum', contentType: 'application/x-www-form-urlencoded' },
  {
    payload: '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    contentType: 'multipart/form-data; boundary=x',
  },
  { payload: '<a/>', contentType: 'application/xml' },
  { payload: '{}', contentType: 'text/plain' },
  { payload: '{}', contentType: '' },
  { payload: '{}', contentType: 'application/json\u0000' },
  { payload: '{}' },
];

function bodyArb(route: string): fc.Arbitrary<Body> {
  const json = (a: fc.Arbitrary<unknown>) =>
    a.map((v): Body => ({ payload: serialise(v), contentType: 'application/json' }));
  return fc.oneof(
    { weight: 3, arbitrary: json(validRecords(route)) },
    { weight: 10, arbitrary: json(fc.tuple(validRecords(route), MUTATION).map(([r, m]) => mutate(r, m))) },
    {
      weight: 2,
      arbitrary: json(
        fc.tuple(validRecords(route), MUTATION, MUTATION).map(([r, a, b]) => mutate(mutate(r, a), b)),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.json().map((payload): Body => ({ payload, contentType: 'application/json' })),
    },
    { weight: 1, arbitrary: json(fc.anything()) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
  );
}

// ------------------------------------------------------------------------------------------ requests

type Auth = 'admin' | 'none' | 'wrong' | 'basic';
const AUTH_HEADERS: Record<Auth, Record<string, string>> = {
  admin: { authorization: `Bearer ${TOKEN}` },
  none: {},
  wrong: { authorization: 'Bearer wrong' },
  basic: { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` },
};

/** A generated request; the path id is picked from the live pools when it is sent. */
interface Plan {
  id: { pick: number; encode: boolean } | { text: string };
  query: QueryEntry[];
  body?: Body;
  auth: Auth;
}

function planArb(method: string, path: string, route: string): fc.Arbitrary<Plan> {
  const hasBody = method !== 'GET' && method !== 'DELETE';
  return fc.record({
    id: fc.oneof(
      { weight: 5, arbitrary: fc.record({ pick: fc.nat(), encode: fc.boolean() }) },
      { weight: path.includes('{') ? 4 : 0, arbitrary: fc.record({ text: HOSTILE_URL_TEXT }) },
    ),
    query: queryArb(QUERY[route] ?? []),
    body: hasBody ? bodyArb(route) : fc.constant(undefined),
    auth: fc.oneof(
      { weight: 12, arbitrary: fc.constant<Auth>('admin') },
      { weight: 3, arbitrary: fc.constantFrom<Auth>('none', 'wrong', 'basic') },
    ),
  });
}

interface Sent {
  options: InjectOptions & { url: string; method: string };
  describe: string;
}

function toRequest(method: string, path: string, plan: Plan, pools: Record<IdKind, string[]>): Sent {
  const kind = idKindOf(path);
  let id = '';
  if ('text' in plan.id) id = plan.id.text;
  else if (kind) {
    const pool = pools[kind];
    const real = pool[plan.id.pick % pool.length];
    id = plan.id.encode ? encodeURIComponent(real) : real;
  }
  const url =
    path.replace(/\{[^}]+\}/, id) +
    (plan.query.length ? `?${plan.query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
  const headers: Record<string, string> = { ...AUTH_HEADERS[plan.auth] };
  if (plan.body?.contentType !== undefined) headers['content-type'] = plan.body.contentType;
  const payload = plan.body?.payload;
  const parts = [method, clip(url, 300), `auth=${plan.auth}`];
  if (headers['content-type'] !== undefined) parts.push(`type=${JSON.stringify(headers['content-type'])}`);
  if (payload !== undefined) parts.push(`body=${clip(String(payload), 200)}`);
  return { options: { method, url, headers, payload }, describe: parts.join(' ') };
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}…(${text.length})` : text;

// ------------------------------------------------------------------------------------------- checks

interface Failure {
  key: string;
  status: number;
  detail: string;
  request: string;
}

/** What is wrong with a response, or null: no 5xx, 4xx as problem+json, 2xx JSON that parses. */
function problemWith(res: LightMyRequestResponse, method: string, auth: Auth, route: string): string | null {
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.statusCode >= 400) {
    if (!type.startsWith('application/problem+json')) return `4xx with content-type ${type}`;
    let body: { status?: unknown; title?: unknown };
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      return '4xx body is not JSON';
    }
    if (body.status !== res.statusCode) return `problem status ${String(body.status)} ≠ ${res.statusCode}`;
    if (typeof body.title !== 'string' || !body.title) return 'problem without a title';
    return null;
  }
  if (res.statusCode >= 200 && res.statusCode < 300) {
    // Writes need the token; index builds and uncertainty runs are computations open to everyone.
    const open = route === 'POST /api/indices/build' || route === 'POST /api/indices/{id}/uncertainty';
    if (method !== 'GET' && auth !== 'admin' && !open) return `write accepted without the admin token`;
    if (/json/.test(type)) {
      try {
        JSON.parse(res.body);
      } catch {
        return '2xx JSON does not parse';
      }
    }
  }
  return null;
}

/** Inputs that gave a 5xx before their fix, with the status each gives now. */
const SOURCES = [SOURCE_REF];
// prettier-ignore
const REGRESSIONS: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object; status: number }[] = [
  // An empty path id skipped the existence check and reached a foreign key (src/store/writes.ts).
  { method: 'POST', url: '/api/places//aliases', payload: { alias: 'Fuzz alias' }, status: 404 },
  { method: 'PUT', url: '/api/places//coastal', payload: { coastal: true, source: SOURCE_REF }, status: 404 },
  // So did an empty optional id in a body.
  { method: 'POST', url: `/api/places/${SHANGHAI}/aliases`, payload: { alias: 'Fuzz', sourceId: '' }, status: 422 },
  { method: 'POST', url: '/api/places', payload: { kind: 'city', nameEn: 'Fz', countryCode: 'CN', parentId: '' }, status: 422 },
  { method: 'POST', url: '/api/organisations', payload: { nameEn: 'Fz', kind: 'forum', placeId: '', sources: SOURCES }, status: 422 },
  { method: 'POST', url: '/api/events', payload: { nameEn: 'Fz', kind: 'forum', placeId: '', sources: SOURCES }, status: 422 },
  { method: 'POST', url: '/api/observations', payload: { subjectText: 'Fz', measure: 'm', value: 1, placeId: '', sources: SOURCES }, status: 422 },
  { method: 'POST', url: '/api/projects', payload: { nameEn: 'Fz', domain: 'trade', corridorId: '', sources: SOURCES }, status: 422 },
  { method: 'POST', url: '/api/projects', payload: { nameEn: 'Fz', domain: 'trade', partnershipId: '', sources: SOURCES }, status: 422 },
  // A population beyond the integer column (src/api/routes/places.ts).
  { method: 'POST', url: '/api/places', payload: { kind: 'city', nameEn: 'Fz', countryCode: 'CN', population: 2 ** 31 }, status: 422 },
  // A level that JavaScript calls an integer and PostgreSQL cannot (src/api/routes/indices.ts).
  { method: 'GET', url: `/api/indices/${INDEX_ID}/results?level=1e308`, status: 400 },
  { method: 'GET', url: `/api/indices/${INDEX_ID}/results?level=2147483648`, status: 400 },
  // An alias of a place the bundled gazetteer lacks made every later resolution fail
  // (src/ingest/resolver-loader.ts).
  { method: 'POST', url: '/api/places/cn%3A310105/aliases', payload: { alias: 'Fuzz alias two' }, status: 201 },
  { method: 'GET', url: '/api/resolve?name=Shanghai', status: 200 },
  // A name search that finds nothing in the country: the total's own query lacked the name's parameter
  // (src/store/registry.ts, searchPlaces).
  { method: 'GET', url: '/api/places?country=JP&q=Shanghai', status: 200 },
  { method: 'GET', url: '/api/places?q=Shanghai&offset=5000', status: 200 },
  // Coordinates beyond the Earth: the nearby search never returned (src/ingest/resolve/place-index.ts).
  { method: 'GET', url: '/api/resolve?name=Shanhai&country=CN&lat=1e20&lng=121.4', status: 400 },
  { method: 'GET', url: '/api/resolve?name=Shanhai&country=CN&lat=31.2&lng=-1e300', status: 400 },
];

/** What is sent to a path with a method it does not have. */
const WRONG_METHOD_PLAN: Plan = {
  id: { pick: 0, encode: true },
  query: [],
  auth: 'admin',
  body: { payload: '{}', contentType: 'application/json' },
};

// --------------------------------------------------------------------------------------------- tests

describe.each(ENGINES)('fuzzed API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  /** Errors the server logged; a 500's cause is the last one logged before it was answered. */
  const logged: string[] = [];

  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
    app = await buildServer({
      db: t.db,
      adminToken: TOKEN,
      // Limits have their own tests (hardening.test.ts); here they must not hide a handler's error.
      rateLimit: false,
      heavyWork: { concurrency: 2, maxQueued: 10_000 },
      logger: {
        level: 'error',
        stream: {
          write: (line: string) => {
            const entry = JSON.parse(line) as { msg?: string; err?: { message?: string; stack?: string } };
            const frame =
              entry.err?.stack
                ?.split('\n')
                .find((l) => l.includes('/src/'))
                ?.trim() ?? '';
            logged.push(`${entry.err?.message ?? entry.msg ?? line} ${frame}`.trim());
          },
        },
      },
    });
    const saved = await app.inject({
      method: 'POST',
      url: '/api/indices',
      headers: AUTH_HEADERS.admin,
      payload: { id: INDEX_ID, nameEn: 'Fuzz city index', iMeta: CITY_META, iData: CITY_DATA },
    });
    expect(saved.statusCode, saved.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('answers the inputs that once gave a 5xx with a problem', async () => {
    for (const r of REGRESSIONS) {
      const res = await app.inject({
        method: r.method,
        url: r.url,
        headers: AUTH_HEADERS.admin,
        payload: r.payload,
      });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(r.status);
      expect(problemWith(res, r.method, 'admin', ''), `${r.method} ${r.url}`).toBeNull();
    }
  });

  it(`answers ${TOTAL} generated requests without a 5xx, with problem+json for every 4xx`, async () => {
    const doc = (await app.inject('/api/docs/json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    // The server's own list of public routes; hidden ones (the status page) are named above. The web
    // application's wildcard and the docs' static files serve files, not handlers, and are left out.
    const routes = [
      ...Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      ),
      ...HIDDEN_ROUTES,
    ];
    // A new route must have its query parameters listed here, so it is fuzzed with what it reads.
    expect(
      routes.filter((r) => !(r in QUERY)),
      'routes missing from QUERY in fuzz.test.ts',
    ).toEqual([]);
    expect(
      Object.keys(QUERY).filter((r) => !routes.includes(r)),
      'stale QUERY entries',
    ).toEqual([]);

    // Reads first, then writes, reads again over the data the writes left, and deletions last so that
    // the saved index stays for the routes that use it.
    const rank = (r: string) => (r.startsWith('DELETE') ? 3 : r.startsWith('GET') ? 0 : 1);
    const reads = routes.filter((r) => rank(r) === 0);
    const passes = [
      ...reads,
      ...routes.filter((r) => rank(r) === 1),
      ...reads,
      ...routes.filter((r) => rank(r) === 3),
    ];
    // Bodies have far more to vary than query strings, and a few reads cost tens of milliseconds each.
    const weight = (r: string) => ROUTE_WEIGHT[r] ?? (rank(r) === 1 ? 4 : 1);
    const unit = TOTAL / passes.reduce((sum, r) => sum + weight(r), 0);
    const runsOf = (r: string) => Math.ceil(unit * weight(r));

    const pools = initialPools();
    const failures: Failure[] = [];
    let sent = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    /** Time and statuses by route, printed with FUZZ_STATS=1 to see where the budget goes. */
    const stats = new Map<string, { ms: number; statuses: Record<number, number> }>();
    for (const [i, route] of passes.entries()) {
      const [method, path] = route.split(' ');
      await fc.assert(
        fc.asyncProperty(planArb(method, path, route), async (plan) => {
          const request = toRequest(method, path, plan, pools);
          logged.length = 0;
          sent++;
          let res: LightMyRequestResponse;
          try {
            const t0 = performance.now();
            res = await app.inject(request.options);
            const stat = stats.get(route) ?? { ms: 0, statuses: {} };
            stat.ms += performance.now() - t0;
            stat.statuses[res.statusCode] = (stat.statuses[res.statusCode] ?? 0) + 1;
            stats.set(route, stat);
          } catch (error) {
            failures.push({
              key: `${route} threw`,
              status: 0,
              detail: String(error),
              request: request.describe,
            });
            return true;
          }
          const problem = problemWith(res, method, plan.auth, route);
          if (problem) {
            let detail = problem;
            try {
              detail += `: ${(JSON.parse(res.body) as { detail?: string }).detail ?? ''}`;
            } catch {
              detail += `: ${res.body.slice(0, 200)}`;
            }
            if (logged.length) detail += ` [logged: ${logged.join(' | ').slice(0, 400)}]`;
            failures.push({
              key: `${route} ${res.statusCode} ${problem} ${logged[0] ?? ''}`,
              status: res.statusCode,
              detail,
              request: request.describe,
            });
          }
          // Records the fuzzer created become real ids for the routes that follow.
          const kind = idKindOf(`${path}/{id}`);
          if (kind && method === 'POST' && res.statusCode < 300 && !problem) {
            const created = (JSON.parse(res.body) as { id?: unknown }).id;
            if (typeof created === 'string' && !pools[kind].includes(created)) pools[kind].push(created);
          }
          return true;
        }),
        { seed: SEED + i, numRuns: runsOf(route) },
      );
    }
    // Methods a path does not have: a problem+json 404 (or 405), never a handler.
    for (const path of Object.keys(doc.paths)) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        if (routes.includes(`${method} ${path}`)) continue;
        const request = toRequest(method, path, WRONG_METHOD_PLAN, pools);
        sent++;
        const res = await app.inject(request.options);
        const problem = problemWith(res, method, 'admin', `${method} ${path}`);
        if (problem || res.statusCode < 400)
          failures.push({
            key: `${method} ${path} ${res.statusCode}`,
            status: res.statusCode,
            detail: problem ?? 'answered',
            request: request.describe,
          });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (process.env.FUZZ_STATS)
      for (const [route, stat] of [...stats].sort((a, b) => b[1].ms - a[1].ms))
        console.info(`${stat.ms.toFixed(0).padStart(6)} ms ${route} ${JSON.stringify(stat.statuses)}`);
    console.info(
      `fuzz on ${engine}: ${sent} requests in ${seconds.toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (FUZZ_SEED=${SEED})`,
    );

    const distinct = new Map<string, Failure>();
    for (const f of failures) if (!distinct.has(f.key)) distinct.set(f.key, f);
    const report = [...distinct.values()]
      .slice(0, 20)
      .map((f, n) => `${n + 1}. ${f.status} ${f.detail}\n   ${f.request}`)
      .join('\n');
    expect(
      failures.length,
      `${failures.length} bad responses (${distinct.size} distinct) on ${engine}, FUZZ_SEED=${SEED}; first 20:\n${report}`,
    ).toBe(0);
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
  }, 600_000);
});
