/**
 * Stall benchmark: does a heavy request freeze the server for everyone else? The real server runs in
 * a child process on the bundled data (`amity serve` on a fresh PGlite folder, as a user starts it);
 * a probe in a worker thread of this process asks `/api/health` every 20 ms over loopback while each
 * heavy request runs, and reports how long health took. Then a flood of 50 connections on the layout
 * analysis, the time until health is fast again, and the server's memory after a 49 MB body.
 *
 *   npx tsx bench/stall.ts [--flood-seconds 15] [--units 10000] [--indicators 50]
 *                          [--data-dir DIR (kept; reused next time)] [--cpu-prof]
 *   npm run bench -- stall --cpu-prof --flood-seconds=15
 *
 * `amity serve` keeps the per-client rate limits of the heavy routes (120 requests a minute), and every
 * request of this benchmark comes from 127.0.0.1, so the flood is run twice: against `amity serve`
 * (429s are its answer) and against bench/stall-server.ts, the same server with the limits off, where
 * the 50 connections stand for 50 clients and reach the HeavyWork limiter (2 running, 32 waiting, 503).
 * With --cpu-prof the servers write V8 CPU profiles to bench/out/stall-cpu-prof/, and for every measurement
 * whose slowest health probe took over 100 ms the report names what the server's main thread ran
 * meanwhile (profiling slows the server: take the figures from a run without it).
 * Results: a markdown table on stdout and bench/results/stall.json.
 */
import autocannon from 'autocannon';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { whereTimeWent, type WindowTime } from './cpu-stalls.ts';
import {
  cpuOf,
  memoryOf,
  root,
  sleep,
  startServer as startServerProcess,
  stopAll,
  type Server,
} from './server-process.ts';
import { benchArgs } from './args.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = benchArgs();
const floodSeconds = Number(args.get('flood-seconds') ?? 15);
const units = Number(args.get('units') ?? 10_000);
const indicators = Number(args.get('indicators') ?? 50);
const cpuProf = args.has('cpu-prof');
for (const [name, value] of Object.entries({ 'flood-seconds': floodSeconds, units, indicators }))
  if (!(Number.isInteger(value) && value > 0)) {
    console.error(`--${name} takes a positive whole number (--${name} N or --${name}=N)`);
    process.exit(2);
  }
const keptDataDir = args.get('data-dir');
const profDir = path.join(here, 'out', 'stall-cpu-prof');

const TOKEN = `stall-bench-${process.pid}`;
const PROBE_MS = 20;
const STALL_MS = 100;
const SHANGHAI = 'gn:1796236';
/** Shanghai and other much-twinned cities (those without ties are dropped before the flood). */
const FLOOD_PLACES = [SHANGHAI, 'gn:1816670', 'gn:2988507', 'gn:1850147', 'gn:5128581', 'gn:2643743'];

const clock = () => performance.timeOrigin + performance.now();
/** The monotonic clock of V8's CPU profiles, in microseconds. */
const mono = () => Number(process.hrtime.bigint() / 1000n);
/** Monotonic minus wall-clock milliseconds, to place the probes' (wall-clock) times in the profiles. */
const monoOffsetMs = mono() / 1000 - clock();

// ------------------------------------------------------------------ the server child process

/** The temporary folder of a run without --data-dir. */
let tmpDir: string | null = null;
const removeTmp = () => {
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  tmpDir = null;
};
process.on('exit', removeTmp);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });

const startServer = (name: string, script: string[], dataDir: string) =>
  startServerProcess(name, {
    command: [...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), '--import', 'tsx', ...script],
    dataDir,
    env: { AMITY_ADMIN_TOKEN: TOKEN },
  });

const cpuSince = (pid: number, before: { mainMs: number; processMs: number }) => {
  const now = cpuOf(pid);
  return { mainMs: now.mainMs - before.mainMs, processMs: now.processMs - before.processMs };
};

// ------------------------------------------------------------------ HTTP on loopback

interface Outcome {
  status: number;
  ms: number;
  bytes: number;
  error?: string;
  body?: string;
}

/** One request on its own connection; the body is read to the end (and kept if asked). */
function send(
  base: string,
  method: string,
  urlPath: string,
  options: { body?: unknown; auth?: boolean; keepBody?: boolean; timeoutMs?: number } = {},
): Promise<Outcome> {
  const url = new URL(urlPath, base);
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string | number> = {};
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = payload.length;
  }
  if (options.auth) headers.authorization = `Bearer ${TOKEN}`;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const chunks: Buffer[] = [];
    let bytes = 0;
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent: false },
      (res) => {
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          if (options.keepBody) chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - t0,
            bytes,
            body: options.keepBody ? Buffer.concat(chunks).toString('utf8') : undefined,
          }),
        );
        res.on('error', (e) =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes, error: e.message }),
        );
      },
    );
    req.setTimeout(options.timeoutMs ?? 180_000, () => req.destroy(new Error('timed out')));
    req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, bytes, error: e.message }));
    req.end(payload);
  });
}

/**
 * A body of `mb` megabytes (with Content-Length, or chunked) written in 64 KiB pieces on a raw socket
 * that stops writing as soon as the server answers: the server should refuse it without reading it all.
 * A raw socket, because the server may close the connection while the client still writes, and Node's
 * HTTP client then reports the write error (EPIPE) instead of the answer that came before it.
 */
function sendLargeBody(
  base: string,
  urlPath: string,
  mb: number,
  chunked: boolean,
): Promise<Outcome & { sentMb: number }> {
  const url = new URL(urlPath, base);
  const total = Math.round(mb * 1024 * 1024);
  const piece = Buffer.alloc(64 * 1024, 'a');
  const head = [
    `POST ${url.pathname} HTTP/1.1`,
    `Host: ${url.host}`,
    'Content-Type: application/json',
    `Authorization: Bearer ${TOKEN}`,
    chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${total}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const t0 = performance.now();
    let sent = 0;
    let received = '';
    let status = 0;
    let answeredMs = NaN;
    let settled = false;
    const socket = net.connect(Number(url.port), url.hostname);
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({
        status,
        ms: status ? answeredMs : performance.now() - t0,
        bytes: received.length,
        sentMb: sent / 1024 / 1024,
        error: status ? undefined : error,
      });
    };
    const timer = setTimeout(() => finish('no answer within 60 s'), 60_000);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (m && !status) {
        status = Number(m[1]);
        answeredMs = performance.now() - t0;
        // The rest of the answer (a short problem+json body) is not needed.
        setTimeout(() => finish(), 100);
      }
    });
    socket.on('error', (e) => finish(e.message));
    socket.on('close', () => finish('connection closed without an answer'));
    const write = () => {
      while (!status && !socket.destroyed && sent < total) {
        const data =
          sent === 0 ? Buffer.from('{"name":"') : piece.subarray(0, Math.min(piece.length, total - sent));
        sent += data.length;
        const framed = chunked
          ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
          : data;
        if (!socket.write(framed)) {
          socket.once('drain', write);
          return;
        }
      }
      if (!status && !socket.destroyed && chunked) socket.write('0\r\n\r\n');
    };
    socket.once('connect', () => {
      socket.write(head);
      write();
    });
  });
}

// ------------------------------------------------------------------ the health probe (a worker thread)

interface Sample {
  /** When the request was sent (epoch ms, fractional). */
  t0: number;
  ms: number;
  status: number;
}

/**
 * Plain JavaScript, evaluated in a worker: its own event loop, so neither the heavy requests' downloads
 * nor autocannon in the main thread delay a probe. Several probe loops may run at once, each on its own
 * keep-alive connection; each stops when told, when its deadline passes, or (with `until`) once `run`
 * consecutive answers came within `threshold` ms.
 */
const PROBE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const url = new URL('/api/health', workerData.base);
const now = () => performance.timeOrigin + performance.now();
const loops = new Map();
function once(agent) {
  return new Promise((resolve) => {
    const t0 = now();
    const req = http.get({ host: url.hostname, port: url.port, path: url.pathname, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ t0, ms: now() - t0, status: res.statusCode }));
      res.on('error', () => resolve({ t0, ms: now() - t0, status: 0 }));
    });
    req.setTimeout(60000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ t0, ms: now() - t0, status: 0 }));
  });
}
async function loop(m) {
  const state = { running: true, samples: [] };
  loops.set(m.id, state);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const deadline = now() + m.deadlineMs;
  let fast = 0;
  while (state.running && now() < deadline) {
    const s = await once(agent);
    state.samples.push(s);
    if (m.until) {
      fast = s.status === 200 && s.ms < m.until.threshold ? fast + 1 : 0;
      if (fast >= m.until.run) break;
    }
    const wait = s.t0 + m.interval - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  agent.destroy();
  loops.delete(m.id);
  parentPort.postMessage({ type: 'samples', id: m.id, samples: state.samples });
}
parentPort.on('message', (m) => {
  if (m.type === 'start') loop(m);
  else if (m.type === 'stop') { const l = loops.get(m.id); if (l) l.running = false; }
});
`;

class Probe {
  private readonly worker: Worker;
  private readonly waiting = new Map<string, (samples: Sample[]) => void>();
  private next = 0;

  constructor(base: string) {
    this.worker = new Worker(PROBE_WORKER, { eval: true, workerData: { base } });
    probes.add(this);
    this.worker.on('message', (m: { type: string; id: string; samples: Sample[] }) => {
      this.waiting.get(m.id)?.(m.samples);
      this.waiting.delete(m.id);
    });
  }

  /** Starts a probe loop; the promise gives its samples once it ends. */
  start(options: { deadlineMs?: number; until?: { threshold: number; run: number } } = {}): {
    id: string;
    done: Promise<Sample[]>;
  } {
    const id = String(this.next++);
    const done = new Promise<Sample[]>((resolve) => this.waiting.set(id, resolve));
    this.worker.postMessage({
      type: 'start',
      id,
      interval: PROBE_MS,
      deadlineMs: options.deadlineMs ?? 300_000,
      until: options.until,
    });
    return { id, done };
  }

  stop(id: string): void {
    this.worker.postMessage({ type: 'stop', id });
  }

  async close(): Promise<void> {
    if (!probes.delete(this)) return;
    await this.worker.terminate();
  }
}

const probes = new Set<Probe>();

interface ProbeStats {
  probes: number;
  p50: number;
  p99: number;
  max: number;
  over100: number;
  failed: number;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The probes that were in flight at some time between `from` and `to`. */
function statsDuring(samples: Sample[], from: number, to: number): ProbeStats {
  const inWindow = samples.filter((s) => s.t0 <= to && s.t0 + s.ms >= from);
  const ms = inWindow.map((s) => s.ms).sort((a, b) => a - b);
  return {
    probes: ms.length,
    p50: quantile(ms, 0.5),
    p99: quantile(ms, 0.99),
    max: ms.length ? ms[ms.length - 1] : NaN,
    over100: ms.filter((m) => m > STALL_MS).length,
    failed: inWindow.filter((s) => s.status !== 200).length,
  };
}

/**
 * Waits until the server is quiet: health answers within 20 ms twenty times in a row, and the process
 * used under 10% of a core for a second (the network metrics `amity serve` computes in a worker after
 * starting, or again after a write, would otherwise compete with what is measured). At most 180 s.
 */
async function settle(probe: Probe, pid: number): Promise<number> {
  const started = clock();
  const deadline = started + 180_000;
  await probe.start({ deadlineMs: 180_000, until: { threshold: 20, run: 20 } }).done;
  while (clock() < deadline) {
    const before = cpuOf(pid);
    await sleep(1000);
    if (cpuSince(pid, before).processMs < 100) break;
  }
  return clock() - started;
}

// ------------------------------------------------------------------ heavy requests

interface HeavyResult {
  name: string;
  statuses: number[];
  /** Wall time of the request (of all of them, when several run together). */
  ms: number;
  /** Each request's own time. */
  requestMs: number[];
  /** CPU time the server used meanwhile: its main thread, and the whole process. */
  serverCpu: { mainMs: number; processMs: number };
  bytes: number;
  health: ProbeStats;
  /** When the slowest probe was sent, from the start of the heavy request (ms). */
  worstProbeAtMs: number;
  /** The slowest probe's time in flight, on the monotonic clock (µs). */
  worstWindow: Window | null;
  errors: string[];
}

interface Window {
  fromUs: number;
  toUs: number;
}

function slowest(samples: Sample[], from: number, to: number): Sample | null {
  return samples
    .filter((s) => s.t0 <= to && s.t0 + s.ms >= from)
    .reduce<Sample | null>((w, s) => (!w || s.ms > w.ms ? s : w), null);
}

const windowOf = (s: Sample | null): Window | null =>
  s ? { fromUs: (s.t0 + monoOffsetMs) * 1000, toUs: (s.t0 + s.ms + monoOffsetMs) * 1000 } : null;

async function duringHeavy(
  probe: Probe,
  pid: number,
  name: string,
  run: () => Promise<Outcome[]>,
): Promise<HeavyResult> {
  await settle(probe, pid);
  const p = probe.start();
  await sleep(300);
  const from = clock();
  const cpuBefore = cpuOf(pid);
  const outcomes = await run();
  const serverCpu = cpuSince(pid, cpuBefore);
  const to = clock();
  await sleep(300);
  probe.stop(p.id);
  const samples = await p.done;
  const health = statsDuring(samples, from, to);
  const worst = slowest(samples, from, to);
  const result: HeavyResult = {
    name,
    statuses: outcomes.map((o) => o.status),
    ms: to - from,
    requestMs: outcomes.map((o) => o.ms),
    serverCpu,
    bytes: outcomes.reduce((sum, o) => sum + o.bytes, 0),
    health,
    worstProbeAtMs: worst ? worst.t0 - from : NaN,
    worstWindow: windowOf(worst),
    errors: outcomes.filter((o) => o.error).map((o) => o.error!),
  };
  process.stderr.write(
    `  ${name}: ${result.statuses.join(',')} in ${(result.ms / 1000).toFixed(2)} s; health p99 ${health.p99.toFixed(1)} ms, max ${health.max.toFixed(1)} ms\n`,
  );
  return result;
}

/** A generated iMeta/iData pair: `n` units, `k` indicators under five dimensions and one index. */
function generatedTables(n: number, k: number): { iMeta: string; iData: string } {
  const dims = 5;
  const meta = ['Level,iCode,iName,Direction,Weight,Parent,Type'];
  for (let j = 0; j < k; j++)
    meta.push(`1,x${j},Indicator ${j},${j % 7 === 3 ? -1 : 1},1,d${j % dims},Indicator`);
  for (let d = 0; d < dims; d++) meta.push(`2,d${d},Dimension ${d},,1,index,Aggregate`);
  meta.push('3,index,Generated index,,1,,Aggregate');
  let seed = 20240601;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const data = [['uCode', 'uName', ...Array.from({ length: k }, (_, j) => `x${j}`)].join(',')];
  for (let u = 0; u < n; u++) {
    const row = [`U${String(u).padStart(5, '0')}`, `Unit ${u}`];
    for (let j = 0; j < k; j++) row.push((random() * 1000 * (j + 1)).toFixed(2));
    data.push(row.join(','));
  }
  return { iMeta: meta.join('\n') + '\n', iData: data.join('\n') + '\n' };
}

// ------------------------------------------------------------------ the flood

interface FloodResult {
  server: string;
  connections: number;
  seconds: number;
  places: string[];
  requests: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
  serverCpu: { mainMs: number; processMs: number };
  health: ProbeStats;
  /** From the end of the flood to the first of ten health answers in a row under 100 ms (null: never). */
  recoveryMs: number | null;
  firstProbeAfterMs: number;
  slowestProbeAfterMs: number;
  worstWindow: Window | null;
}

async function flood(probe: Probe, server: Server, places: string[]): Promise<FloodResult> {
  const during = probe.start();
  await sleep(300);
  const from = clock();
  const cpuBefore = cpuOf(server.pid);
  const r = await autocannon({
    url: server.base,
    connections: 50,
    duration: floodSeconds,
    requests: places.map((p) => ({
      method: 'GET',
      path: `/api/analysis/layout?place=${encodeURIComponent(p)}`,
    })),
  });
  const serverCpu = cpuSince(server.pid, cpuBefore);
  const to = clock();
  const after = probe.start({ deadlineMs: 120_000, until: { threshold: STALL_MS, run: 10 } });
  probe.stop(during.id);
  const [duringSamples, afterSamples] = await Promise.all([during.done, after.done]);
  let runStart = -1;
  for (let i = afterSamples.length - 1; i >= 0; i--) {
    if (afterSamples[i].status !== 200 || afterSamples[i].ms >= STALL_MS) break;
    runStart = i;
  }
  const recovered =
    runStart >= 0 && afterSamples.length - runStart >= 10
      ? Math.max(0, afterSamples[runStart].t0 - to)
      : null;
  const statusCounts: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statusCounts[code] = count ?? 0;
  const result: FloodResult = {
    server: server.name,
    connections: 50,
    seconds: floodSeconds,
    places,
    requests: r.requests.total,
    statusCounts,
    errors: r.errors,
    timeouts: r.timeouts,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    serverCpu,
    health: statsDuring(duringSamples, from, to),
    recoveryMs: recovered,
    firstProbeAfterMs: afterSamples[0]?.ms ?? NaN,
    slowestProbeAfterMs: Math.max(...afterSamples.map((s) => s.ms)),
    worstWindow: windowOf(slowest(duringSamples, from, to)),
  };
  process.stderr.write(
    `  flood on ${server.name}: ${result.requests} requests ${JSON.stringify(statusCounts)}; health max ${result.health.max.toFixed(0)} ms; recovered in ${recovered === null ? 'never' : `${recovered.toFixed(0)} ms`}\n`,
  );
  return result;
}

// ------------------------------------------------------------------ the run

const fmtMs = (ms: number) =>
  Number.isNaN(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
const fmtMb = (mb: number) => `${Math.round(mb)} MB`;

async function main(): Promise<void> {
  const benchStarted = Date.now();
  // Other processes' load distorts every figure here (a server thread waiting for a core looks stalled).
  const loadBefore = os.loadavg()[0];
  tmpDir = keptDataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'amity-stall-'));
  const dataDir = keptDataDir ? path.resolve(keptDataDir) : path.join(tmpDir!, 'pglite');
  const firstStart = !existsSync(dataDir);
  if (cpuProf) {
    rmSync(profDir, { recursive: true, force: true });
    mkdirSync(profDir, { recursive: true });
  }
  const heavy: HeavyResult[] = [];
  const memory: { moment: string; rssMb: number; peakMb: number }[] = [];
  const bodies: (Outcome & { name: string; sentMb: number; peakRssMb: number })[] = [];
  const floods: FloodResult[] = [];
  const servers: {
    name: string;
    command: string;
    firstStart: boolean;
    readyS: number;
    settledMs: number;
    idle: ProbeStats;
  }[] = [];
  try {
    // 1. `amity serve`, as a user runs it: the first start loads the bundled data.
    process.stderr.write(
      `starting amity serve on ${dataDir}${firstStart ? ' (the first start loads the bundled data, about a minute)' : ''}…\n`,
    );
    const cli = await startServer('amity serve', ['src/cli/main.ts', 'serve'], dataDir);
    const probe = new Probe(cli.base);
    const settledMs = await settle(probe, cli.pid);
    const idle = await (async () => {
      const p = probe.start();
      const from = clock();
      await sleep(3000);
      const to = clock();
      probe.stop(p.id);
      return statsDuring(await p.done, from, to);
    })();
    servers.push({
      name: cli.name,
      command: 'node --import tsx src/cli/main.ts serve --port P --data-dir D',
      firstStart,
      readyS: cli.readyS,
      settledMs,
      idle,
    });
    memory.push({ moment: 'baseline (started, idle)', ...memoryOf(cli.pid) });

    const tables = generatedTables(units, indicators);
    const place = encodeURIComponent(SHANGHAI);
    heavy.push(
      await duringHeavy(probe, cli.pid, 'GET /api/export/places?format=csv', async () => [
        await send(cli.base, 'GET', '/api/export/places?format=csv'),
      ]),
    );
    heavy.push(
      await duringHeavy(probe, cli.pid, 'GET /api/export/places?format=json', async () => [
        await send(cli.base, 'GET', '/api/export/places?format=json'),
      ]),
    );
    heavy.push(
      await duringHeavy(probe, cli.pid, 'GET /api/places (no filter)', async () => [
        await send(cli.base, 'GET', '/api/places'),
      ]),
    );
    heavy.push(
      await duringHeavy(probe, cli.pid, 'GET /api/matching/candidates (first after start)', async () => [
        await send(cli.base, 'GET', `/api/matching/candidates?place=${place}`),
      ]),
    );
    const write = await send(cli.base, 'POST', `/api/places/${place}/needs-offers`, {
      auth: true,
      body: { direction: 'need', field: 'trade', note: `stall benchmark ${new Date().toISOString()}` },
      keepBody: true,
    });
    if (write.status !== 201)
      throw new Error(`needs-offers write: ${write.status} ${write.body ?? write.error}`);
    heavy.push(
      await duringHeavy(probe, cli.pid, 'GET /api/matching/candidates (first after a write)', async () => [
        await send(cli.base, 'GET', `/api/matching/candidates?place=${place}`),
      ]),
    );
    heavy.push(
      await duringHeavy(
        probe,
        cli.pid,
        `POST /api/indices/build (${units.toLocaleString('en')} units × ${indicators} indicators, ${((tables.iMeta.length + tables.iData.length) / 1024 / 1024).toFixed(1)} MB)`,
        async () => [await send(cli.base, 'POST', '/api/indices/build', { body: tables })],
      ),
    );
    heavy.push(
      await duringHeavy(probe, cli.pid, 'POST /api/indices (save the ASEM preset)', async () => [
        await send(cli.base, 'POST', '/api/indices', {
          auth: true,
          body: { id: 'stall-bench-asem', preset: 'asem' },
        }),
      ]),
    );
    heavy.push(
      await duringHeavy(probe, cli.pid, '4 × POST /api/indices/{id}/uncertainty (n = 20,000, at once)', () =>
        Promise.all(
          [1, 2, 3, 4].map((seed) =>
            send(cli.base, 'POST', '/api/indices/stall-bench-asem/uncertainty', {
              body: { n: 20_000, seed },
            }),
          ),
        ),
      ),
    );
    memory.push({ moment: 'after the heavy requests', ...memoryOf(cli.pid) });

    // 2. A 49 MB body from an authorised client: refused (413) without being read into memory.
    for (const [name, urlPath, chunked] of [
      ['49 MB JSON body, Content-Length, POST /api/partnerships (limit 2 MB)', '/api/partnerships', false],
      ['49 MB JSON body, chunked, POST /api/indices (limit 8 MB)', '/api/indices', true],
    ] as const) {
      let peak = memoryOf(cli.pid).rssMb;
      const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(cli.pid).rssMb)), 20);
      const o = await sendLargeBody(cli.base, urlPath, 49, chunked);
      await sleep(200);
      clearInterval(sampler);
      bodies.push({ name, ...o, peakRssMb: Math.max(peak, memoryOf(cli.pid).rssMb) });
      memory.push({ moment: `right after the ${chunked ? 'chunked ' : ''}49 MB body`, ...memoryOf(cli.pid) });
      process.stderr.write(
        `  ${name}: ${o.status} after ${o.sentMb.toFixed(1)} MB sent, ${o.ms.toFixed(0)} ms\n`,
      );
    }
    await sleep(10_000);
    memory.push({ moment: '10 s later', ...memoryOf(cli.pid) });

    // 3. The flood, against `amity serve` (rate limits as shipped).
    const places: string[] = [];
    for (const p of FLOOD_PLACES) {
      const o = await send(cli.base, 'GET', `/api/analysis/layout?place=${encodeURIComponent(p)}`);
      if (o.status === 200) places.push(p);
    }
    if (!places.length) throw new Error('no flood place answers /api/analysis/layout');
    await settle(probe, cli.pid);
    floods.push(await flood(probe, cli, places));
    memory.push({ moment: 'after the flood (amity serve)', ...memoryOf(cli.pid) });
    await probe.close();
    await cli.stop();

    // 4. The flood again, with the rate limits off (50 clients' worth of work reaching HeavyWork).
    const open = await startServer('amity serve, rate limits off', ['bench/stall-server.ts'], dataDir);
    const probe2 = new Probe(open.base);
    const settled2 = await settle(probe2, open.pid);
    servers.push({
      name: open.name,
      command: 'node --import tsx bench/stall-server.ts --port P --data-dir D',
      firstStart: false,
      readyS: open.readyS,
      settledMs: settled2,
      idle: { probes: 0, p50: NaN, p99: NaN, max: NaN, over100: 0, failed: 0 },
    });
    memory.push({ moment: 'baseline (rate limits off server)', ...memoryOf(open.pid) });
    floods.push(await flood(probe2, open, places));
    memory.push({ moment: 'after the flood (rate limits off)', ...memoryOf(open.pid) });
    await probe2.close();
    await open.stop();
  } finally {
    for (const p of probes) await p.close();
    await stopAll();
    removeTmp();
  }

  // Where the time went: what the servers' main threads ran while the slowest probe of each
  // measurement waited, when it waited over 100 ms.
  const stalls: ({ during: string; probeMs: number } & WindowTime)[] = [];
  if (cpuProf) {
    const mains = readdirSync(profDir)
      .filter((f) => /^CPU\..*\.\d+\.0\.\d+\.cpuprofile$/.test(f))
      .map((f) => path.join(profDir, f));
    const measured = [
      ...heavy.map((h) => ({ during: h.name, probeMs: h.health.max, window: h.worstWindow })),
      ...floods.map((f) => ({
        during: `flood on ${f.server}`,
        probeMs: f.health.max,
        window: f.worstWindow,
      })),
    ];
    for (const m of measured) {
      if (!m.window || !(m.probeMs > STALL_MS)) continue;
      const found = mains.map((f) => whereTimeWent(f, m.window!.fromUs, m.window!.toUs)).find(Boolean);
      if (found) stalls.push({ during: m.during, probeMs: m.probeMs, ...found });
    }
  }

  // ---------------------------------------------------------------- report
  const cpuModel =
    /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpus: os.availableParallelism(),
    cpuModel,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage1m: { before: loadBefore, after: os.loadavg()[0] },
  };
  const lines: string[] = [];
  lines.push(
    `Stall benchmark, ${machine.date}, ${machine.cpus} × ${cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; load average ${loadBefore.toFixed(1)} before, ${machine.loadAverage1m.after.toFixed(1)} after; health probed every ${PROBE_MS} ms on loopback`,
    '',
    `Idle server: health p50 ${fmtMs(servers[0].idle.p50)}, p99 ${fmtMs(servers[0].idle.p99)}, max ${fmtMs(servers[0].idle.max)}; ${firstStart ? 'first start (loads the bundled data)' : 'start on an existing database'} ${servers[0].readyS.toFixed(1)} s`,
    '',
    '| heavy request | status | its time | server CPU: main thread / all | health probes | health p99 | health max | probes > 100 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const h of heavy)
    lines.push(
      `| ${h.name} | ${[...new Set(h.statuses)].join(', ')} | ${fmtMs(h.ms)} | ${fmtMs(h.serverCpu.mainMs)} / ${fmtMs(h.serverCpu.processMs)} | ${h.health.probes} | ${fmtMs(h.health.p99)} | ${fmtMs(h.health.max)} | ${h.health.over100} |`,
    );
  lines.push(
    '',
    `| flood: 50 connections, ${floodSeconds} s, /api/analysis/layout (${floods[0]?.places.length ?? 0} places) | requests | 200 | 429 | 503 | other / errors | server main-thread CPU | health p99 | health max | recovery to < 100 ms |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const f of floods) {
    const c = f.statusCounts;
    const other =
      Object.entries(c)
        .filter(([k]) => !['200', '429', '503'].includes(k))
        .reduce((s, [, v]) => s + v, 0) + f.errors;
    lines.push(
      `| ${f.server} | ${f.requests} | ${c['200'] ?? 0} | ${c['429'] ?? 0} | ${c['503'] ?? 0} | ${other} | ${fmtMs(f.serverCpu.mainMs)} | ${fmtMs(f.health.p99)} | ${fmtMs(f.health.max)} | ${f.recoveryMs === null ? 'not within 120 s' : fmtMs(f.recoveryMs)} |`,
    );
  }
  lines.push('', '| server memory (RSS) | RSS | peak so far |', '| --- | ---: | ---: |');
  for (const m of memory) lines.push(`| ${m.moment} | ${fmtMb(m.rssMb)} | ${fmtMb(m.peakMb)} |`);
  lines.push(
    '',
    '| large body | status | answered after | sent before the answer | peak RSS meanwhile |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const b of bodies)
    lines.push(
      `| ${b.name} | ${b.status || b.error} | ${fmtMs(b.ms)} | ${b.sentMb.toFixed(1)} MB | ${fmtMb(b.peakRssMb)} |`,
    );
  if (cpuProf) {
    lines.push('', `What the server's main thread ran while the slowest probe waited (over ${STALL_MS} ms):`);
    if (!stalls.length) lines.push('none');
    for (const s of stalls) {
      lines.push(`- ${s.during}: probe ${fmtMs(s.probeMs)}, main thread busy ${fmtMs(s.busyMs)} of it`);
      for (const f of s.self.slice(0, 5)) lines.push(`  - self ${f.ms.toFixed(0)} ms ${f.frame}`);
      for (const f of s.project.slice(0, 5)) lines.push(`  - in ${f.ms.toFixed(0)} ms ${f.frame}`);
    }
  }
  lines.push('', `Whole benchmark: ${((Date.now() - benchStarted) / 1000).toFixed(0)} s`);
  console.log(lines.join('\n'));

  const resultsDir = path.join(here, 'results');
  if (!existsSync(resultsDir)) mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, 'stall.json');
  const json = JSON.stringify(
    {
      benchmark: 'stall',
      machine,
      options: { probeMs: PROBE_MS, stallMs: STALL_MS, floodSeconds, units, indicators, cpuProf },
      servers,
      heavy: heavy.map(({ worstWindow: _w, ...h }) => h),
      floods: floods.map(({ worstWindow: _w, ...f }) => f),
      memory,
      bodies: bodies.map(({ body: _b, ...b }) => b),
      stalls: cpuProf ? stalls : undefined,
      seconds: (Date.now() - benchStarted) / 1000,
    },
    (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v),
  );
  // Formatted as the repository's `prettier --check .` expects.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(resultsFile)) ?? {};
  writeFileSync(resultsFile, await prettier.format(json, { ...options, parser: 'json' }));
  console.log(`\nResults: ${path.relative(root, resultsFile)}`);
}

await main();
