/** Worker thread for indices-in-worker.ts: one IndexTask in, its answer or its framework issues out. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  buildIndex,
  buildRecipe,
  parseBuildRequest,
  recipeOf,
  resultRows,
  resultsCsv,
  resultsXlsx,
} from './builds.ts';
import { buildSummary, type IndexTask } from './indices-in-worker.ts';
import { IndexFrameworkError } from './framework.ts';
import { runUncertainty } from './uncertainty.ts';
import { lowerThreadPriority } from '../../domain/workers.ts';

lowerThreadPriority();

async function answer(task: IndexTask): Promise<{ value: unknown; transfer: ArrayBuffer[] }> {
  switch (task.kind) {
    case 'summary': {
      const bytes = new TextEncoder().encode(
        JSON.stringify(buildSummary(buildIndex(parseBuildRequest(task.body)))),
      );
      return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
    }
    case 'save': {
      const build = buildRecipe(recipeOf(task.request));
      return { value: { recipe: build.recipe, results: resultRows(build.coin) }, transfer: [] };
    }
    case 'export': {
      const build = buildRecipe(task.recipe);
      const bytes =
        task.format === 'xlsx'
          ? new Uint8Array(await resultsXlsx(build))
          : new TextEncoder().encode(resultsCsv(build));
      return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
    }
    case 'uncertainty': {
      const { coin } = buildRecipe(task.recipe);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { scores, ranks, ...summary } = await runUncertainty(coin, task.settings, task.replications, {
        seed: task.seed,
        target: task.target,
        workers: task.workers,
      });
      return { value: summary, transfer: [] };
    }
  }
}

try {
  const { value, transfer } = await answer(workerData as IndexTask);
  parentPort!.postMessage({ ok: value }, transfer);
} catch (error) {
  parentPort!.postMessage({
    error:
      error instanceof IndexFrameworkError
        ? { name: error.name, message: error.message, issues: error.issues }
        : { name: 'Error', message: (error as Error).message },
  });
}
