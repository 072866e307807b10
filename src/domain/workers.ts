/**
 * Starting a worker thread on one of our modules (the analyses, the embedded database). Compiled
 * JavaScript runs directly; TypeScript sources (run through tsx or a test runner) get a small bootstrap
 * that registers tsx's loader inside the worker before importing the file, because a loader passed by
 * --import is not reliably active for a worker's entry module on Node 20.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { setPriority } from 'node:os';

/** `module` is the worker file's URL with a .ts extension, resolved against the caller's own URL. */
export function startWorker(module: URL, workerData: unknown): Worker {
  const isTs = import.meta.url.endsWith('.ts');
  const url = isTs ? module : new URL(module.href.replace(/\.ts$/, '.js'));
  if (!isTs) return new Worker(url, { workerData });
  const loader = createRequire(import.meta.url).resolve('tsx');
  const api = new URL('./esm/api/index.mjs', pathToFileURL(loader)).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData, execArgv: [] });
}

/**
 * Runs a worker that answers one message: `{ ok: value }` or `{ error }`. Aborting the signal stops the
 * worker at once, so a request whose client left does not keep a core busy.
 */
export function runWorkerTask<T>(module: URL, workerData: unknown, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = startWorker(module, workerData);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: { ok?: T; error?: unknown }) =>
      finish(() => ('error' in message ? reject(message.error) : resolve(message.ok as T))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`worker ${module.pathname} stopped with code ${code}`))),
    );
  });
}

/**
 * Called first by a worker that computes for a request (analyses, index builds): lowers the thread's
 * scheduling priority so that, when computations outnumber the cores, the thread answering requests
 * and the database thread still run at once. Linux keeps a nice value per thread; elsewhere the call
 * would lower the whole process, so it is made on Linux only.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not permitted (a container without the capability): the thread keeps its priority.
  }
}

/** Nice 10: a tenth of the CPU share of a normal thread when both want the core. */
const BACKGROUND_NICE = 10;
