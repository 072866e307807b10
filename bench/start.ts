/**
 * Start benchmark: how long the first visits to the analysis pages take after `npm start`, and how much
 * memory the server holds once it has settled. The server runs in a child process started as
 * scripts/serve.mjs starts it (MALLOC_ARENA_MAX=2, `node --import tsx src/cli/main.ts serve`) on a
 * PGlite folder with the bundled data; a first run fills the folder (about a minute), the measured run
 * starts on it again, as a restart does.
 *
 * First visits are the requests each page makes, sent one page after another: (a) as soon as the server
 * answers, while it computes the analyses' inputs in the background, and (b) on a second start, once
 * it has settled (its CPU idle). Memory is the server process's resident set over the minute after it
 * settled, and its peak.
 *
 *   npx tsx bench/start.ts [--data-dir DIR (kept; reused next time)]
 *   npm run bench -- start
 *
 * Results: a markdown table on stdout and bench/results/start.json.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuOf, memoryOf, root, sleep, startServer, stopAll } from './server-process.ts';
import { benchArgs } from './args.ts';

const args = benchArgs();

const MEMORY_SECONDS = 60;
const SHANGHAI = encodeURIComponent('gn:1796236');
/** Each page and the API requests it makes when it opens. */
const PAGES: { page: string; paths: string[] }[] = [
  {
    page: "Shanghai's page (partners)",
    paths: [`/api/places/${SHANGHAI}`, `/api/partnerships?place=${SHANGHAI}&limit=100`],
  },
  { page: 'Find partners (Shanghai)', paths: [`/api/matching/candidates?place=${SHANGHAI}`] },
  { page: 'Global layout (Shanghai)', paths: [`/api/analysis/layout?place=${SHANGHAI}`] },
  { page: 'Network around Shanghai', paths: [`/api/analysis/network?place=${SHANGHAI}`] },
  {
    page: 'National network',
    paths: ['/api/analysis/network/summary', '/api/analysis/network/countries'],
  },
];

interface Visit {
  page: string;
  ms: number;
  statuses: number[];
}

/** One page's requests at once, as the page sends them; its time is the slowest. */
async function visit(base: string, page: { page: string; paths: string[] }): Promise<Visit> {
  const started = performance.now();
  const statuses = await Promise.all(
    page.paths.map(async (p) => {
      const response = await fetch(base + p, { headers: { 'accept-language': 'zh-CN' } });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  return { page: page.page, ms: performance.now() - started, statuses };
}

/** Waits until the server's CPU use stays under 5% of a core for 5 s (its background work done). */
async function settle(pid: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let before = cpuOf(pid).processMs;
  while (quiet < 5 && Date.now() - started < 300_000) {
    await sleep(1000);
    const now = cpuOf(pid).processMs;
    quiet = now - before < 50 ? quiet + 1 : 0;
    before = now;
  }
  return (Date.now() - started) / 1000;
}

async function main(): Promise<void> {
  const kept = args.get('data-dir');
  const tmp = kept ? null : mkdtempSync(path.join(os.tmpdir(), 'amity-start-'));
  const dataDir = kept ? path.resolve(kept) : path.join(tmp!, 'pglite');
  const command = ['--import', 'tsx', 'src/cli/main.ts', 'serve'];
  const env = { MALLOC_ARENA_MAX: '2' };
  try {
    if (!existsSync(dataDir)) {
      process.stderr.write(`loading the bundled data into ${dataDir} (about a minute)…\n`);
      const first = await startServer('first start', { command, dataDir, env });
      await settle(first.pid);
      await first.stop();
    }
    // (a) Visits as soon as the server answers.
    const cold = await startServer('start (a)', { command, dataDir, env });
    const atOnce: Visit[] = [];
    for (const page of PAGES) atOnce.push(await visit(cold.base, page));
    await settle(cold.pid);
    await cold.stop();
    // (b) Visits once the server has settled; then its memory.
    const warm = await startServer('start (b)', { command, dataDir, env });
    const settledS = await settle(warm.pid);
    // V8 gives memory back to the system some tens of seconds after the work stops: a minute's samples.
    const samples: number[] = [];
    for (let i = 0; i < MEMORY_SECONDS; i++) {
      samples.push(memoryOf(warm.pid).rssMb);
      await sleep(1000);
    }
    const settledMemory = memoryOf(warm.pid);
    const afterSettling: Visit[] = [];
    for (const page of PAGES) afterSettling.push(await visit(warm.base, page));
    const afterVisits = memoryOf(warm.pid);
    await warm.stop();

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      readyS: { a: cold.readyS, b: warm.readyS },
      settledS,
      memory: { samples, settled: settledMemory, afterVisits },
      visits: PAGES.map((p, i) => ({
        page: p.page,
        paths: p.paths,
        atOnce: atOnce[i],
        afterSettling: afterSettling[i],
      })),
    };
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'start.json'), JSON.stringify(result, null, 2) + '\n');

    const ms = (v: Visit) =>
      `${Math.round(v.ms).toLocaleString('en')} ms${v.statuses.every((s) => s === 200) ? '' : ` (${v.statuses.join(', ')})`}`;
    console.log(
      `${result.machine}; ready in ${cold.readyS.toFixed(1)} s and ${warm.readyS.toFixed(1)} s; settled ${settledS.toFixed(0)} s after (b)\n`,
    );
    console.log('| first visit | (a) as soon as the server answers | (b) after it settled |');
    console.log('| --- | ---: | ---: |');
    for (const v of result.visits) console.log(`| ${v.page} | ${ms(v.atOnce)} | ${ms(v.afterSettling)} |`);
    const mb = (m: { rssMb: number; peakMb: number }) =>
      `${Math.round(m.rssMb)} MB (peak ${Math.round(m.peakMb)} MB)`;
    console.log(
      `\nResident memory of (b): ${Math.round(samples[0])} MB when it settled, ${Math.round(Math.min(...samples))}–${Math.round(Math.max(...samples))} MB over the next ${MEMORY_SECONDS} s, then ${mb(settledMemory)}; after the visits ${mb(afterVisits)}`,
    );
  } finally {
    await stopAll();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
