/**
 * One-off index builds off the thread that answers requests. A build from uploaded tables is pure
 * computation that grows with units × indicators; a large one would hold the server for seconds.
 */
import { runWorkerTask } from '../../domain/workers.ts';
import { buildIndex, parseBuildRequest, methodologyNote, resultsByLevel, type IndexBuild } from './builds.ts';
import { IndexFrameworkError } from './framework.ts';

/** What a build is reported as: results at every level, tiers, typology and the methodology note. */
export function buildSummary(build: IndexBuild) {
  return {
    name: build.recipe.name,
    nameZh: build.recipe.nameZh,
    preset: build.recipe.preset,
    steps: build.recipe.steps,
    levels: resultsByLevel(build.coin),
    tiers: build.tiers,
    typology: build.typology,
    screening: build.coin.screening ?? null,
    treatment: build.coin.treatment ?? null,
    methodology: methodologyNote(build),
  };
}
export type BuildSummary = ReturnType<typeof buildSummary>;

/** Below this many data cells (units × columns) a build takes milliseconds: starting a worker costs more. */
const IN_THREAD_CELLS = 20_000;

function cellsOf(body: unknown): number {
  const b = body as { iData?: unknown; data?: unknown } | null;
  const table = b?.iData ?? b?.data;
  if (typeof table === 'string') return table.length / 4;
  if (Array.isArray(table)) return table.length * Object.keys((table[0] as object | undefined) ?? {}).length;
  return 0;
}

/**
 * Parses and builds the request; large ones in a worker thread that the signal can stop. The summary
 * comes back as JSON text: a large build's result is tens of megabytes, and copying it as an object
 * graph to this thread, then serialising it here, would hold the event loop for seconds.
 */
export async function buildIndexSummaryJson(body: unknown, signal?: AbortSignal): Promise<string> {
  if (cellsOf(body) < IN_THREAD_CELLS)
    return JSON.stringify(buildSummary(buildIndex(parseBuildRequest(body))));
  try {
    return await runWorkerTask<string>(new URL('./build-worker.ts', import.meta.url), body, signal);
  } catch (error) {
    const e = error as { name?: string; issues?: IndexFrameworkError['issues'] };
    // Errors cross the thread boundary as plain objects.
    if (e?.name === 'IndexFrameworkError' && Array.isArray(e.issues)) throw new IndexFrameworkError(e.issues);
    throw error;
  }
}
