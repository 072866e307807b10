/** Worker thread for buildIndexSummary: one build request in, its summary as JSON text or its framework issues out. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex, parseBuildRequest } from './builds.ts';
import { buildSummary } from './build-in-worker.ts';
import { IndexFrameworkError } from './framework.ts';

try {
  parentPort!.postMessage({ ok: JSON.stringify(buildSummary(buildIndex(parseBuildRequest(workerData)))) });
} catch (error) {
  parentPort!.postMessage({
    error:
      error instanceof IndexFrameworkError
        ? { name: error.name, message: error.message, issues: error.issues }
        : { name: 'Error', message: (error as Error).message },
  });
}
