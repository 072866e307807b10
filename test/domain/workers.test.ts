/** Computing worker threads give way to the thread that answers requests. */
import { describe, expect, it } from 'vitest';
import { getPriority } from 'node:os';
import { runWorkerTask } from '../../src/domain/workers.ts';

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it("lowers the worker thread's priority and leaves the main thread's as it was", async () => {
    const nice = await runWorkerTask<{ worker: number; main: number }>(
      new URL('../support/priority-worker.ts', import.meta.url),
      null,
    );
    // Raising a priority needs privileges: a process already below nice 10 keeps its own.
    expect(nice).toEqual({ worker: Math.max(10, getPriority()), main: getPriority() });
  });
});
