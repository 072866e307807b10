/** Worker thread computing the metrics of a whole network, so a server stays responsive meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseNetwork } from './analyse.ts';
import type { AnalyseOptions, NetworkGraph } from './types.ts';

const { graph, options } = workerData as { graph: NetworkGraph; options: AnalyseOptions };
parentPort!.postMessage(analyseNetwork(graph, options));
