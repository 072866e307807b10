/**
 * Scale benchmark: the registry at ten times its real size on a PostgreSQL server. The real data is
 * loaded first (gazetteer, twin-city pairs, seed facts, AidData) and the request mix of the registry
 * benchmark is measured on it; then nine synthetic copies of every place and every tie are imported
 * through the import path (`applyBatch`, as `amity import` writes: upserts, claims, sources, change log),
 * ANALYZE runs, and the same mix is measured again. Copy k of a place has the id `syn<k>:<id>`, the same
 * names, country, parent (its copy) and search keys; copy k of a tie joins the copies of its two places,
 * cited by a source of its own. A city's partner list therefore keeps its size while every country's,
 * continent's and name's grows tenfold, which is how a registry grows when more offices keep their
 * records in it.
 *
 * Where the time goes: for 50 requests of each kind, one after another on the uncached server, the
 * share spent waiting for the database (every `query` call timed) against the whole request.
 *
 *   npx tsx bench/scale.ts [--copies 9] [--seconds 10]
 *   npm run bench -- scale
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; a database
 * of its own is created and dropped. Results: a markdown table on stdout and bench/results/scale.json.
 */
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database, Queryable } from '../src/store/database.ts';
import { bootstrap } from '../src/ingest/bootstrap.ts';
import { buildServer } from '../src/api/server.ts';
import { applyBatch, type PartnershipClaimRow, type UserPlaceRow } from '../src/store/batch.ts';
import type { PlaceKind } from '../src/domain/geo.ts';
import { root } from './server-process.ts';
import { benchArgs } from './args.ts';
import { registryRequestMix } from './registry-mix.ts';
import { withNewPostgresDatabase } from './postgres-database.ts';

const args = benchArgs();
const copies = Number(args.get('copies') ?? 9);
const seconds = Number(args.get('seconds') ?? 10);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PLACES_PER_BATCH = 20_000;
const TIES_PER_BATCH = 10_000;
const SAMPLES = 50;

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
interface Split {
  /** Mean time of one request, its mean time waiting for the database, and its mean number of queries. */
  requestMs: number;
  databaseMs: number;
  queries: number;
}
interface SizeResult {
  places: number;
  ties: number;
  health: Measured;
  queries: { name: string; uncached: Measured; cached: Measured; split: Split }[];
}

async function load(url: string): Promise<Measured> {
  const r = await autocannon({ url, connections: 10, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** The database with every `query` timed, to tell the database's share of a request from the server's. */
function timed(db: Database): { db: Database; reset(): void; totals(): { ms: number; queries: number } } {
  let ms = 0;
  let queries = 0;
  const query: Queryable['query'] = async (sql, params) => {
    const started = performance.now();
    try {
      return await db.query(sql, params);
    } finally {
      ms += performance.now() - started;
      queries++;
    }
  };
  const wrapped = Object.create(db, { query: { value: query } }) as Database;
  return {
    db: wrapped,
    reset: () => {
      ms = 0;
      queries = 0;
    },
    totals: () => ({ ms, queries }),
  };
}

async function measureSize(db: Database): Promise<SizeResult> {
  const [{ places, ties }] = await db.query<{ places: number; ties: number }>(
    `SELECT (SELECT count(*)::int FROM places) AS places, (SELECT count(*)::int FROM partnerships) AS ties`,
  );
  const probe = timed(db);
  const uncachedApp = await buildServer({ db: probe.db, responseCache: false });
  const uncached = await uncachedApp.listen({ port: 0, host: '127.0.0.1' });
  const app = await buildServer({ db });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const health = await load(`${address}/api/health`);
  const mix = await registryRequestMix(db);
  const queries: SizeResult['queries'] = [];
  for (const q of mix) {
    // Where the time goes, one request at a time (after one to warm up).
    await fetch(uncached + q.path).then((r) => r.arrayBuffer());
    probe.reset();
    const started = performance.now();
    for (let i = 0; i < SAMPLES; i++) {
      const response = await fetch(uncached + q.path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${q.path}: ${response.status}`);
    }
    const total = performance.now() - started;
    const split = {
      requestMs: total / SAMPLES,
      databaseMs: probe.totals().ms / SAMPLES,
      queries: probe.totals().queries / SAMPLES,
    };
    queries.push({
      name: q.name,
      uncached: await load(`${uncached}${q.path}`),
      cached: await load(`${address}${q.path}`),
      split,
    });
  }
  await app.close();
  await uncachedApp.close();
  return { places, ties, health, queries };
}

interface PlaceCopyRow {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  countryCode: string;
  parentId: string | null;
  lat: number | null;
  lng: number | null;
  population: number | null;
  searchKeys: string[];
}

/** Imports `copies` copies of every place and tie; the seconds each part took. */
async function multiply(db: Database): Promise<{ placesS: number; tiesS: number; analyzeS: number }> {
  // Parents before their children, so that every batch's parents exist.
  const places = await db.query<PlaceCopyRow>(
    `WITH RECURSIVE depth(id, d) AS (
       SELECT id, 0 FROM places WHERE parent_id IS NULL
       UNION ALL SELECT p.id, depth.d + 1 FROM places p JOIN depth ON p.parent_id = depth.id
     )
     SELECT p.id, p.kind, p.name_en AS "nameEn", p.name_zh AS "nameZh", p.aliases, p.country_code AS "countryCode",
       p.parent_id AS "parentId", p.lat, p.lng, p.population, p.search_keys AS "searchKeys"
     FROM places p JOIN depth ON depth.id = p.id ORDER BY depth.d, p.id`,
  );
  const ties = await db.query<PartnershipClaimRow & { signedOn: string | null; precision: string | null }>(
    `SELECT place_a AS "placeA", place_b AS "placeB", type, level, status, signed_on AS "signedOn",
       signed_precision AS precision FROM partnerships ORDER BY id`,
  );
  const started = performance.now();
  for (let k = 1; k <= copies; k++) {
    const copy = (id: string) => `syn${k}:${id}`;
    for (let from = 0; from < places.length; from += PLACES_PER_BATCH) {
      const rows: UserPlaceRow[] = places.slice(from, from + PLACES_PER_BATCH).map((p) => ({
        ...p,
        id: copy(p.id),
        parentId: p.parentId === null ? null : copy(p.parentId),
        origin: 'source',
      }));
      await db.transaction('import', (tx) => applyBatch(tx, { places: rows }));
    }
  }
  const placesS = (performance.now() - started) / 1000;
  const tiesStarted = performance.now();
  for (let k = 1; k <= copies; k++) {
    const sourceId = `src:synthetic-${k}`;
    const copy = (id: string) => `syn${k}:${id}`;
    for (let from = 0; from < ties.length; from += TIES_PER_BATCH) {
      const claims: PartnershipClaimRow[] = ties.slice(from, from + TIES_PER_BATCH).map((t) => ({
        placeA: copy(t.placeA),
        placeB: copy(t.placeB),
        sourceId,
        type: t.type,
        level: t.level,
        status: t.status,
        signed: t.signedOn ? { date: t.signedOn, precision: t.precision as 'day' | 'month' | 'year' } : null,
      }));
      await db.transaction('import', (tx) =>
        applyBatch(tx, {
          sources: [{ id: sourceId, title: `Synthetic copy ${k} of the registry`, kind: 'dataset' }],
          partnerships: claims,
        }),
      );
    }
  }
  const tiesS = (performance.now() - tiesStarted) / 1000;
  const analyzeStarted = performance.now();
  await db.exec('ANALYZE');
  return { placesS, tiesS, analyzeS: (performance.now() - analyzeStarted) / 1000 };
}

async function main(): Promise<void> {
  await withNewPostgresDatabase(serverUrl, async (db) => {
    process.stderr.write('loading the real data…\n');
    const loadStarted = performance.now();
    await bootstrap(db);
    const realLoadS = (performance.now() - loadStarted) / 1000;
    process.stderr.write('measuring at 1×…\n');
    const one = await measureSize(db);
    process.stderr.write(`importing ${copies} synthetic copies…\n`);
    const imported = await multiply(db);
    process.stderr.write(`measuring at ${copies + 1}×…\n`);
    const many = await measureSize(db);
    const [{ bytes }] = await db.query<{ bytes: number }>(
      `SELECT pg_database_size(current_database())::float8 AS bytes`,
    );

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      copies,
      realLoadS,
      imported,
      databaseMb: bytes / 2 ** 20,
      one,
      many,
    };
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'scale.json'), JSON.stringify(result, null, 2) + '\n');

    const n = (x: number) => x.toLocaleString('en');
    console.log(
      `${result.machine}; PostgreSQL. Real data ${n(one.places)} places, ${n(one.ties)} ties (loaded in ${realLoadS.toFixed(1)} s); ` +
        `${copies + 1}×: ${n(many.places)} places, ${n(many.ties)} ties. Import of the copies: places ${imported.placesS.toFixed(1)} s ` +
        `(${n(Math.round((many.places - one.places) / imported.placesS))}/s), ties ${imported.tiesS.toFixed(1)} s ` +
        `(${n(Math.round((many.ties - one.ties) / imported.tiesS))}/s), ANALYZE ${imported.analyzeS.toFixed(1)} s; database ${n(Math.round(result.databaseMb))} MB\n`,
    );
    const cell = (m: Measured, ceiling: Measured) =>
      `${n(Math.round(m.rps))} (${m.p50} / ${m.p99}) ${((100 * m.rps) / ceiling.rps).toFixed(1)}%${m.errors ? ` ${m.errors} errors` : ''}`;
    const splitCell = (s: Split) =>
      `${s.requestMs.toFixed(1)} ms, ${((100 * s.databaseMs) / s.requestMs).toFixed(0)}% database (${s.queries.toFixed(0)} queries)`;
    console.log(
      `| query | 1× uncached | 1× cached | ${copies + 1}× uncached | ${copies + 1}× cached | one request 1× | one request ${copies + 1}× |`,
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(
      `| /api/health (the ceiling) | ${n(Math.round(one.health.rps))} (${one.health.p50} / ${one.health.p99}) | — | ${n(Math.round(many.health.rps))} (${many.health.p50} / ${many.health.p99}) | — | | |`,
    );
    for (const [i, q] of one.queries.entries()) {
      const m = many.queries[i];
      console.log(
        `| ${q.name} | ${cell(q.uncached, one.health)} | ${cell(q.cached, one.health)} | ${cell(m.uncached, many.health)} | ${cell(m.cached, many.health)} | ${splitCell(q.split)} | ${splitCell(m.split)} |`,
      );
    }
  });
}

await main();
