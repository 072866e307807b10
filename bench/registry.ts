/**
 * Registry benchmark: the first-start load of the bundled data (gazetteer, twin-city pairs, seed facts),
 * a repeated start that finds everything current, and API throughput for partnership queries measured
 * with autocannon on loopback — on PGlite and on a PostgreSQL server (BENCH_DATABASE_URL, default the
 * local server on 127.0.0.1:5432). Each query is measured with the response cache off and on, beside
 * `/api/health` measured in the same run (the framework's ceiling on this machine).
 *
 *   npx tsx bench/registry.ts [--seconds 10] [--engines pglite,postgres]
 */
import autocannon from 'autocannon';
import os from 'node:os';
import { openDatabase, type Database } from '../src/store/database.ts';
import { bootstrap } from '../src/ingest/bootstrap.ts';
import { buildServer } from '../src/api/server.ts';
import { registryRequestMix } from './registry-mix.ts';
import { withNewPostgresDatabase } from './postgres-database.ts';
import { benchArgs } from './args.ts';

const args = benchArgs();
const seconds = Number(args.get('seconds') ?? 10);
const engines = (args.get('engines') ?? 'pglite,postgres').split(',');
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface EngineResult {
  engine: string;
  firstStart: Record<string, number>;
  repeatStart: number;
  health: Measured;
  queries: { name: string; uncached: Measured; cached: Measured }[];
}

interface Measured {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Measured> {
  const r = await autocannon({ url, connections: 10, duration: seconds });
  return {
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

async function withDatabase(engine: string, fn: (db: Database) => Promise<void>): Promise<void> {
  if (engine === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await fn(db);
    } finally {
      await db.close();
    }
    return;
  }
  await withNewPostgresDatabase(serverUrl, fn);
}

async function measure(engine: string): Promise<EngineResult> {
  const idle: Measured = { requests: 0, rps: 0, p50: 0, p99: 0, errors: 0 };
  const result: EngineResult = { engine, firstStart: {}, repeatStart: 0, health: idle, queries: [] };
  await withDatabase(engine, async (db) => {
    const started = performance.now();
    let step = '';
    let stepStarted = started;
    await bootstrap(db, (name) => {
      const label = name.split(':')[0];
      if (label !== step) {
        if (step)
          result.firstStart[step] = (result.firstStart[step] ?? 0) + (performance.now() - stepStarted) / 1000;
        step = label;
        stepStarted = performance.now();
      }
    });
    if (step)
      result.firstStart[step] = (result.firstStart[step] ?? 0) + (performance.now() - stepStarted) / 1000;
    result.firstStart.total = (performance.now() - started) / 1000;
    const again = performance.now();
    await bootstrap(db);
    result.repeatStart = (performance.now() - again) / 1000;

    const uncachedApp = await buildServer({ db, responseCache: false });
    const uncached = await uncachedApp.listen({ port: 0, host: '127.0.0.1' });
    const app = await buildServer({ db });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    result.health = await load(`${address}/api/health`);
    const queries = await registryRequestMix(db);
    for (const q of queries)
      result.queries.push({
        name: q.name,
        uncached: await load(`${uncached}${q.path}`),
        cached: await load(`${address}${q.path}`),
      });
    await app.close();
    await uncachedApp.close();
  });
  return result;
}

const results: EngineResult[] = [];
for (const engine of engines) {
  process.stderr.write(`measuring ${engine}…\n`);
  results.push(await measure(engine));
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\nRegistry benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, Node ${process.version}\n`,
);
console.log('| first start | ' + results.map((r) => r.engine).join(' | ') + ' |');
console.log('| --- | ' + results.map(() => '---:').join(' | ') + ' |');
const steps = [...new Set(results.flatMap((r) => Object.keys(r.firstStart)))];
for (const s of steps)
  console.log(`| ${s} | ${results.map((r) => `${(r.firstStart[s] ?? 0).toFixed(1)} s`).join(' | ')} |`);
console.log(
  `| repeated start (all current) | ${results.map((r) => `${r.repeatStart.toFixed(2)} s`).join(' | ')} |`,
);
console.log(
  `\nAPI throughput, autocannon, 10 connections, ${seconds} s each, loopback; req/s (p50 / p99 ms) and the share of /api/health's req/s in the same run\n`,
);
const cell = (m: Measured, ceiling: Measured) =>
  `${Math.round(m.rps)} (${m.p50} / ${m.p99}) ${((100 * m.rps) / ceiling.rps).toFixed(1)}%${m.errors ? ` ${m.errors} errors` : ''}`;
console.log(
  '| query | ' + results.map((r) => `${r.engine} uncached | ${r.engine} cached`).join(' | ') + ' |',
);
console.log('| --- | ' + results.map(() => '---: | ---:').join(' | ') + ' |');
console.log(
  `| /api/health (the ceiling) | ${results.map((r) => `${Math.round(r.health.rps)} (${r.health.p50} / ${r.health.p99}) | —`).join(' | ')} |`,
);
for (const [i, q] of results[0].queries.entries()) {
  console.log(
    `| ${q.name} | ${results.map((r) => `${cell(r.queries[i].uncached, r.health)} | ${cell(r.queries[i].cached, r.health)}`).join(' | ')} |`,
  );
}
