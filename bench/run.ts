/**
 * Runs every benchmark in turn: the registry (import and API), the network metrics against NetworkX and
 * igraph, the composite-indicator engine, the back-test of partner matching, and whether heavy requests
 * stall the server (stall), fifty signed-in users reading and writing at once (accounts), the first visits and memory after a start (start), and the registry at ten times its size on PostgreSQL (scale). Each prints a markdown table for the README.
 *
 *   npm run bench            all of them
 *   npm run bench registry   one of them (registry | network | indices | matching | stall | accounts | start | scale)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benches: Record<string, string> = {
  registry: path.join(here, 'registry.ts'),
  network: path.join(here, 'network/run.ts'),
  indices: path.join(here, 'indices.ts'),
  matching: path.join(here, 'matching.ts'),
  stall: path.join(here, 'stall.ts'),
  accounts: path.join(here, 'accounts.ts'),
  start: path.join(here, 'start.ts'),
  scale: path.join(here, 'scale.ts'),
};
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('-'));
const unknown = chosen.filter((c) => !benches[c]);
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; one of ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of chosen.length ? chosen : Object.keys(benches)) {
  console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', benches[name], ...extra], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
