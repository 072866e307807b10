/** A worker that lowers its priority and reports its own nice value and its process's main thread's. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../../src/domain/workers.ts';

/** Field 19 of /proc/…/stat, after the command name in parentheses. */
const niceOf = (statFile: string) => Number(readFileSync(statFile, 'utf8').split(') ')[1].split(' ')[16]);

lowerThreadPriority();
parentPort!.postMessage({
  ok: { worker: niceOf('/proc/thread-self/stat'), main: niceOf('/proc/self/stat') },
});
