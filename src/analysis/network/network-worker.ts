/** Worker thread computing a whole network's metrics, or its communities, so a server stays responsive meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseNetwork } from './analyse.ts';
import { louvainCommunities } from './communities.ts';
import { toCsr } from './csr.ts';
import { unpackGraph, type NetworkTask } from './analyse-in-worker.ts';
import { lowerThreadPriority } from '../../domain/workers.ts';

lowerThreadPriority();

const task = workerData as NetworkTask;
const graph = unpackGraph(task.graph);
if (task.kind === 'analyse') parentPort!.postMessage(analyseNetwork(graph, task.options));
else {
  const csr = toCsr(graph);
  const { community } = louvainCommunities(csr, task.seed, task.resolution);
  parentPort!.postMessage({ ids: csr.ids, community }, [community.buffer as ArrayBuffer]);
}
