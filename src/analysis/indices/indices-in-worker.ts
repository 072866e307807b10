/**
 * Index computations off the thread that answers requests: one-off builds, the results of an index being
 * saved, and uncertainty runs. Each grows with units × indicators (× replications) and would otherwise
 * hold a server for a noticeable time; a worker thread that the signal can stop does it instead.
 */
import { runWorkerTask } from '../../domain/workers.ts';
import {
  buildIndex,
  parseBuildRequest,
  methodologyNote,
  resultRows,
  resultsByLevel,
  type BuildRequest,
  type IndexBuild,
  type IndexRecipe,
} from './builds.ts';
import { IndexFrameworkError } from './framework.ts';
import type { UncertainSettings, UncertaintyResult } from './uncertainty.ts';

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

/** What the index worker is asked to do; each answers with the matching field of IndexTaskResult. */
export type IndexTask =
  | { kind: 'summary'; body: unknown }
  | { kind: 'save'; request: BuildRequest }
  | { kind: 'export'; recipe: IndexRecipe; format: 'csv' | 'xlsx' }
  | {
      kind: 'uncertainty';
      recipe: IndexRecipe;
      settings: UncertainSettings;
      replications: number;
      seed: number;
      target?: string;
      /** Replication threads the task may start itself (0: all in the task's own thread). */
      workers: number;
    };

/** An uncertainty run without the per-replication tables (n × units numbers the caller does not need). */
export type UncertaintySummary = Omit<UncertaintyResult, 'scores' | 'ranks'>;

/** Below this many data cells (units × columns) a build takes milliseconds: starting a worker costs more. */
const IN_THREAD_CELLS = 20_000;

function cellsOf(body: unknown): number {
  const b = body as { iData?: unknown; data?: unknown } | null;
  const table = b?.iData ?? b?.data;
  if (typeof table === 'string') return table.length / 4;
  if (Array.isArray(table)) return table.length * Object.keys((table[0] as object | undefined) ?? {}).length;
  return 0;
}

async function inWorker<T>(task: IndexTask, signal?: AbortSignal): Promise<T> {
  try {
    return await runWorkerTask<T>(new URL('./index-worker.ts', import.meta.url), task, signal);
  } catch (error) {
    const e = error as { name?: string; issues?: IndexFrameworkError['issues'] };
    // Errors cross the thread boundary as plain objects.
    if (e?.name === 'IndexFrameworkError' && Array.isArray(e.issues)) throw new IndexFrameworkError(e.issues);
    throw error;
  }
}

/**
 * Parses and builds the request; large ones in a worker thread. The summary comes back as UTF-8 JSON:
 * a large build's result is tens of megabytes, and copying it as an object graph to this thread, then
 * serialising and encoding it here, would hold the event loop for a long time.
 */
export async function buildIndexSummaryJson(body: unknown, signal?: AbortSignal): Promise<Buffer> {
  if (cellsOf(body) < IN_THREAD_CELLS)
    return Buffer.from(JSON.stringify(buildSummary(buildIndex(parseBuildRequest(body)))));
  const bytes = await inWorker<Uint8Array>({ kind: 'summary', body }, signal);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** What an index being saved stores: its recipe, and its result rows (every node at every level). */
export interface SavedBuild {
  recipe: IndexRecipe;
  results: ReturnType<typeof resultRows>;
}

/**
 * The recipe and results of a build request being saved (a preset's tables are read from disk and
 * parsed: tens of milliseconds even for the ASEM preset).
 */
export function saveBuildInWorker(request: BuildRequest, signal?: AbortSignal): Promise<SavedBuild> {
  return inWorker({ kind: 'save', request }, signal);
}

/** A recipe's results file (CSV text or an XLSX workbook, each with the methodology note) as bytes. */
export async function resultsFileInWorker(
  recipe: IndexRecipe,
  format: 'csv' | 'xlsx',
  signal?: AbortSignal,
): Promise<Buffer> {
  const bytes = await inWorker<Uint8Array>({ kind: 'export', recipe, format }, signal);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An uncertainty run of a recipe in a worker thread (its replications in more threads when large). */
export function uncertaintyInWorker(
  task: Omit<Extract<IndexTask, { kind: 'uncertainty' }>, 'kind'>,
  signal?: AbortSignal,
): Promise<UncertaintySummary> {
  return inWorker({ kind: 'uncertainty', ...task }, signal);
}
