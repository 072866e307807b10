/**
 * `analyseNetwork` in a worker thread: the full graph takes seconds of CPU, which a server must not spend
 * on the thread that answers requests. Falls back to this thread when workers cannot start.
 */
import { startWorker } from '../../domain/workers.ts';
import { analyseNetwork } from './analyse.ts';
import type { AnalyseOptions, NetworkAnalysis, NetworkGraph } from './types.ts';

export function analyseNetworkInWorker(
  graph: NetworkGraph,
  options: AnalyseOptions = {},
): Promise<NetworkAnalysis> {
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = startWorker(new URL('./network-worker.ts', import.meta.url), { graph, options });
    } catch {
      resolve(analyseNetwork(graph, options));
      return;
    }
    worker.once('message', (analysis: NetworkAnalysis) => {
      resolve(analysis);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`network analysis worker stopped with code ${code}`));
    });
  });
}
