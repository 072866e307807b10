/**
 * Writes NetworkX's metrics of the full twin-city graph to test/fixtures/network/, the reference the
 * network tests compare against. NetworkX needs tens of minutes for exact betweenness on this graph,
 * too long for every test run, so its output is kept as data; the tests also run NetworkX live on a
 * subgraph to show the script and the comparison still hold.
 *
 *   npx tsx bench/network/make-networkx-reference.ts
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPython, runPythonJson } from './python.ts';
import { edgeListText, loadTwinCitiesGraph, repoRoot } from './twin-cities-graph.ts';

const python = findPython(['networkx', 'scipy']);
if (!python)
  throw new Error('NetworkX and SciPy are not importable; set AMITY_PYTHON to a Python that has them');
const graph = loadTwinCitiesGraph();
const connected = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
const dir = mkdtempSync(join(tmpdir(), 'amity-networkx-reference-'));
const edgesPath = join(dir, 'edges.tsv');
writeFileSync(edgesPath, edgeListText(graph));
const started = Date.now();
const reference = runPythonJson<Record<string, unknown>>(
  python,
  [
    join(repoRoot, 'bench/network/networkx_metrics.py'),
    'verify',
    edgesPath,
    '--isolated',
    String(graph.nodes.length - connected.size),
  ],
  4 * 60 * 60 * 1000,
);
const out = join(repoRoot, 'test/fixtures/network');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'networkx-twin-cities.json.gz'),
  gzipSync(JSON.stringify({ ...reference, seconds: (Date.now() - started) / 1000 })),
);
console.log(
  `wrote ${join(out, 'networkx-twin-cities.json.gz')} (NetworkX ${reference.networkx}, ${(Date.now() - started) / 1000} s)`,
);
