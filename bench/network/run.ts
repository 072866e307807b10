/**
 * Network-analysis benchmark: Amity against NetworkX and python-igraph on the real twin-city graph, then Amity's
 * scaling on seeded synthetic graphs of 1x to 10x the real size.
 *
 *   npx tsx bench/network/run.ts [--skip-networkx] [--networkx-full] [--skip-igraph] [--scales 1,2,5,10]
 *
 * Prints markdown tables. Peers run as Python scripts (networkx_metrics.py, igraph_metrics.py) that time each
 * metric the same way; parsing the edge list is reported as "load" and left out of the totals.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyseNetwork,
  bridges,
  exactShortestPaths,
  localityOrdered,
  clustering,
  connectedComponents,
  coreNumbers,
  degrees,
  eigenvectorCentrality,
  louvainCommunities,
  modularity,
  normaliseBetweenness,
  pagerank,
  toCsr,
  type AnalyseOptions,
  type NetworkGraph,
} from '../../src/analysis/network/index.ts';
import { findPython, runPythonJson } from './python.ts';
import { syntheticPartnershipGraph } from './synthetic.ts';
import { edgeListText, loadTwinCitiesGraph, repoRoot } from './twin-cities-graph.ts';

const METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'kcore',
  'clustering',
  'averageClustering',
  'transitivity',
  'components',
  'louvain',
  'modularity',
  'bridges',
] as const;

type Timings = Partial<Record<(typeof METRICS)[number] | 'load', number>>;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** CPU seconds (user + system) of this process since `start`, as the Python peers measure with process_time(). */
function seconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function time<T>(timings: Timings, name: keyof Timings, fn: () => T): T {
  const start = process.cpuUsage();
  const value = fn();
  timings[name] = seconds(start);
  return value;
}

/** Each metric on its own, as the peers compute them. */
function amityTimings(graph: NetworkGraph): Timings {
  const t: Timings = {};
  const g = time(t, 'load', () => toCsr(graph));
  time(t, 'degree', () => degrees(g));
  const all = Int32Array.from({ length: g.n }, (_, i) => i);
  // exact betweenness also yields closeness from the same searches; closeness alone skips the accumulation
  // (each includes renumbering the graph for memory locality, as analyseNetwork does)
  time(t, 'betweenness', () =>
    normaliseBetweenness(exactShortestPaths(localityOrdered(g).graph, true).raw!, all, true),
  );
  time(t, 'closeness', () => exactShortestPaths(localityOrdered(g).graph, false).closeness);
  time(t, 'pagerank', () => pagerank(g));
  time(t, 'eigenvector', () => eigenvectorCentrality(g));
  time(t, 'kcore', () => coreNumbers(g));
  // clustering() gives local, average and transitivity from one triangle count
  time(t, 'clustering', () => clustering(g));
  t.averageClustering = 0;
  t.transitivity = 0;
  time(t, 'components', () => connectedComponents(g));
  const communities = time(t, 'louvain', () => louvainCommunities(g, 1));
  time(t, 'modularity', () => modularity(g, communities.community));
  time(t, 'bridges', () => bridges(g));
  return t;
}

const total = (t: Timings) => METRICS.reduce((s, m) => s + (t[m] ?? 0), 0);
const fmt = (x: number | undefined) =>
  x === undefined ? 'n/a' : x < 0.01 ? `${(x * 1000).toFixed(2)} ms` : `${x.toFixed(3)} s`;

interface PeerResult {
  timings: Timings;
  networkx?: string;
  igraph?: string;
  python: string;
  modularity: number;
}

function main() {
  const graph = loadTwinCitiesGraph();
  const connected = new Set<string>();
  for (const e of graph.edges) {
    connected.add(e.source);
    connected.add(e.target);
  }
  const isolated = graph.nodes.length - connected.size;
  const dir = mkdtempSync(join(tmpdir(), 'amity-network-bench-'));
  const edgesPath = join(dir, 'edges.tsv');
  writeFileSync(edgesPath, edgeListText(graph));

  console.log(`## Network analysis benchmark\n`);
  console.log(
    `Real twin-city graph: ${graph.nodes.length} places (${isolated} isolated), ${graph.edges.length} ties.`,
  );
  console.log(
    `Node ${process.version}, ${process.arch}. Times are CPU seconds of each process (user + system).\n`,
  );

  const amity = amityTimings(graph);
  const fullStart = process.cpuUsage();
  const analysis = analyseNetwork(graph);
  const fullSeconds = seconds(fullStart);

  let networkx: PeerResult | undefined;
  let igraph: PeerResult | undefined;
  if (!flag('--skip-networkx')) {
    const python = findPython(['networkx']);
    if (python) {
      // NetworkX needs tens of minutes for exact betweenness and closeness on this graph. Unless asked to
      // (--networkx-full), they are taken from the CPU timings of the stored reference run on the same
      // graph (test/fixtures/network, made by make-networkx-reference.ts) and the rest is timed now.
      const reference = join(repoRoot, 'test/fixtures/network/networkx-twin-cities.json.gz');
      const stored =
        !flag('--networkx-full') && existsSync(reference)
          ? (JSON.parse(gunzipSync(readFileSync(reference)).toString('utf8')) as PeerResult & {
              nodes: number;
              edges: number;
            })
          : null;
      const useStored =
        stored && stored.edges === analysis.edgeCount && stored.timings.betweenness !== undefined;
      networkx = runPythonJson<PeerResult>(python, [
        join(repoRoot, 'bench/network/networkx_metrics.py'),
        'bench',
        edgesPath,
        '--isolated',
        String(isolated),
        ...(useStored ? ['--skip', 'betweenness,closeness'] : []),
      ]);
      if (useStored) {
        networkx.timings.betweenness = stored.timings.betweenness;
        networkx.timings.closeness = stored.timings.closeness;
        console.log(
          'NetworkX betweenness and closeness: CPU seconds of the stored reference run on the same graph.',
        );
      }
    } else console.log('NetworkX not importable: install python3-networkx (or pip install networkx).');
  }
  if (!flag('--skip-igraph')) {
    const python = findPython(['igraph']);
    if (python) {
      igraph = runPythonJson<PeerResult>(python, [
        join(repoRoot, 'bench/network/igraph_metrics.py'),
        edgesPath,
        '--isolated',
        String(isolated),
      ]);
    } else console.log('python-igraph not importable: install python3-igraph.');
  }
  rmSync(dir, { recursive: true, force: true });

  const versions = [
    networkx && `NetworkX ${networkx.networkx} (Python ${networkx.python})`,
    igraph && `python-igraph ${igraph.igraph} (Python ${igraph.python})`,
  ].filter(Boolean);
  if (versions.length) console.log(`Peers: ${versions.join(', ')}.\n`);

  console.log('| metric | Amity | NetworkX | python-igraph | NetworkX / Amity | Amity / igraph |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const ratio = (a?: number, b?: number) =>
    a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(1)}x`;
  for (const m of [...METRICS, 'load'] as const) {
    const note = m === 'averageClustering' || m === 'transitivity' ? ' (with clustering)' : '';
    console.log(
      `| ${m} | ${fmt(amity[m])}${note} | ${fmt(networkx?.timings[m])} | ${fmt(igraph?.timings[m])} | ${ratio(networkx?.timings[m], amity[m])} | ${ratio(amity[m], igraph?.timings[m])} |`,
    );
  }
  const [ta, tn, ti] = [total(amity), networkx && total(networkx.timings), igraph && total(igraph.timings)];
  console.log(
    `| **total (metrics)** | **${fmt(ta)}** | **${fmt(tn)}** | **${fmt(ti)}** | **${ratio(tn, ta)}** | **${ratio(ta, ti)}** |`,
  );
  console.log(
    `| analyseNetwork, all metrics in one call (betweenness and closeness share their searches) | ${fmt(fullSeconds)} | | | ${ratio(tn, fullSeconds)} | ${ratio(fullSeconds, ti)} |`,
  );
  console.log(
    `\nModularity: Amity ${analysis.communities.modularity.toFixed(4)}, NetworkX ${networkx?.modularity.toFixed(4) ?? 'n/a'}, igraph ${igraph?.modularity.toFixed(4) ?? 'n/a'}.`,
  );

  const scales = (option('--scales') ?? '1,2,5,10').split(',').map(Number);
  console.log('\n### Scaling on synthetic graphs (Amity, analyseNetwork, all metrics)\n');
  console.log(
    '| scale | places | ties | betweenness / closeness | CPU seconds | wall seconds | heap used after (MB) | RSS after (MB) |',
  );
  console.log('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const scale of scales) {
    const synthetic = syntheticPartnershipGraph(scale);
    const runs: { label: string; options: AnalyseOptions }[] = [];
    if (scale <= 2) runs.push({ label: 'exact / exact', options: {} });
    runs.push({
      label: 'sampled, 500 pivots / sampled',
      options: { betweenness: { mode: 'sampled', pivots: 500 }, closeness: { mode: 'sampled' } },
    });
    for (const run of runs) {
      const start = process.cpuUsage();
      const wallStart = performance.now();
      const result = analyseNetwork(synthetic, run.options);
      const elapsed = seconds(start);
      const wall = (performance.now() - wallStart) / 1000;
      console.log(
        `| ${scale}x | ${result.nodeCount} | ${result.edgeCount} | ${run.label} | ${elapsed.toFixed(2)} | ${wall.toFixed(2)} | ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} | ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} |`,
      );
    }
  }
}

main();
