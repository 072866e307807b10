/**
 * Logged-in load: fifty users signed in at once, each reading and writing for a minute on loopback, on
 * the bundled data in a fresh PGlite folder. Each client signs in (session cookie and CSRF token), then
 * loops: the partnerships of Shanghai, a place search, its session, its inbox, its proposals, and
 * writes (a new proposal, an edit of it). Reports requests, errors, latency percentiles and the
 * server's resident memory over the run (flat memory: no growth from sessions or proposals). One
 * vetting before the clock starts builds the matching pool, as the first visit to Find partners does.
 *
 *   npx tsx bench/accounts.ts [--seconds 60] [--users 50] [--data-dir DIR (kept; reused next time)]
 *   npm run bench -- accounts
 *
 * The server is bench/stall-server.ts (`amity serve` with its rate limits off, since every client here
 * comes from 127.0.0.1). Results: a markdown table on stdout and bench/results/accounts.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs } from './args.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = benchArgs();
const seconds = Number(args.get('seconds') ?? 60);
const userCount = Number(args.get('users') ?? 50);
const keptDataDir = args.get('data-dir');
const PASSWORD = 'bench password long enough';
const SHANGHAI = 'gn:1796236';
/** Foreign partners the clients propose (any abroad will do; duplicates are allowed while open). */
const CANDIDATES = ['gn:2988507', 'gn:2643743', 'gn:1850147', 'gn:5128581', 'gn:3067696', 'gn:1581130'];

const dataDir = keptDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'amity-accounts-bench-'));
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.join(here, 'stall-server.ts'),
    '--data-dir',
    dataDir,
    '--port',
    '0',
    '--users',
    String(userCount),
  ],
  { cwd: root, env: { ...process.env, AMITY_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`the server exited with ${code} before serving:\n${out}`)));
});

/** Resident memory of the server process, in MB. */
const rssMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

interface Client {
  cookie: string;
  csrf: string;
  proposals: string[];
}

const latencies: number[] = [];
const byRoute = new Map<string, { n: number; errors: number }>();
const errors: string[] = [];

async function send(client: Client | null, route: string, method: string, url: string, body?: unknown) {
  const started = performance.now();
  const res = await fetch(base + url, {
    method,
    headers: {
      ...(client ? { cookie: client.cookie } : {}),
      ...(client && method !== 'GET' ? { 'x-csrf-token': client.csrf } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  latencies.push(performance.now() - started);
  const entry = byRoute.get(route) ?? { n: 0, errors: 0 };
  entry.n++;
  if (res.status >= 400) {
    entry.errors++;
    if (errors.length < 20) errors.push(`${method} ${url} ${res.status}: ${text.slice(0, 200)}`);
  }
  byRoute.set(route, entry);
  return { res, text };
}

async function signIn(i: number): Promise<Client> {
  const { res, text } = await send(null, 'POST /api/auth/login', 'POST', '/api/auth/login', {
    login: `bench.user.${i}`,
    password: PASSWORD,
  });
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('amity_session=')) ?? '').split(';')[0];
  return { cookie, csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken, proposals: [] };
}

async function work(client: Client, until: number, seed: number) {
  let step = seed;
  while (Date.now() < until) {
    step++;
    const pick = step % 10;
    if (pick <= 2)
      await send(client, 'GET /api/partnerships', 'GET', `/api/partnerships?place=${SHANGHAI}&limit=50`);
    else if (pick === 3)
      await send(client, 'GET /api/places', 'GET', `/api/places?q=${encodeURIComponent('上海')}`);
    else if (pick === 4) await send(client, 'GET /api/auth/session', 'GET', '/api/auth/session');
    else if (pick === 5) await send(client, 'GET /api/inbox', 'GET', '/api/inbox');
    else if (pick === 6) await send(client, 'GET /api/proposals', 'GET', `/api/proposals?place=${SHANGHAI}`);
    else if (pick === 7 || client.proposals.length === 0) {
      const { res, text } = await send(client, 'POST /api/proposals', 'POST', '/api/proposals', {
        placeId: SHANGHAI,
        candidateId: CANDIDATES[step % CANDIDATES.length],
        rationale: `bench ${step}`,
      });
      if (res.status === 201) client.proposals.push((JSON.parse(text) as { id: string }).id);
    } else {
      const id = client.proposals[step % client.proposals.length];
      await send(client, 'PATCH /api/proposals/{id}', 'PATCH', `/api/proposals/${encodeURIComponent(id)}`, {
        rationale: `bench edit ${step}`,
      });
    }
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  const rssStart = rssMb();
  const clients = await Promise.all(Array.from({ length: userCount }, (_, i) => signIn(i + 1)));
  // Warm-up outside the clock: the first vetting builds the matching pool (seconds, once per data version).
  await send(clients[0], 'warm-up', 'GET', `/api/matching/vet?place=${SHANGHAI}&candidate=${CANDIDATES[0]}`);
  byRoute.delete('warm-up');
  latencies.length = 0;
  const samples: { at: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rss: rssMb() }), 5_000);
  await Promise.all(clients.map((c, i) => work(c, started + seconds * 1000, i * 7)));
  clearInterval(sampler);
  const elapsed = (Date.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = [...byRoute.values()].reduce((s, r) => s + r.n, 0);
  const failed = [...byRoute.values()].reduce((s, r) => s + r.errors, 0);
  const firstRss = samples[0]?.rss ?? rssStart;
  const lastRss = samples.at(-1)?.rss ?? rssMb();
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    users: userCount,
    seconds: Math.round(elapsed),
    requests: total,
    errors: failed,
    perSecond: Math.round(total / elapsed),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rssMb: {
      beforeSignIn: Math.round(rssStart),
      first: Math.round(firstRss),
      last: Math.round(lastRss),
      samples,
    },
    routes: Object.fromEntries(byRoute),
    firstErrors: errors,
  };
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', 'accounts.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`| users | seconds | requests | errors | req/s | p50 | p99 | RSS at 5 s → end |`);
  console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`);
  console.log(
    `| ${userCount} | ${result.seconds} | ${total} | ${failed} | ${result.perSecond} | ${result.p50.toFixed(1)} ms | ${result.p99.toFixed(1)} ms | ${result.rssMb.first} → ${result.rssMb.last} MB |`,
  );
  console.log(`\n${result.machine}; ${result.date.slice(0, 10)}`);
  for (const [route, r] of byRoute) console.log(`  ${route}: ${r.n} requests, ${r.errors} errors`);
  for (const e of errors) console.log(`  error: ${e}`);
  if (failed) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
}
