/**
 * Requests that compute for long (analyses, matching, index builds, bulk exports) take a slot here
 * before they start. A few run at once; a bounded number wait; beyond that the server answers 503 with
 * Retry-After rather than piling up work. A request whose client has gone away while it waited is never
 * started, and one that is running learns of it through its AbortSignal, so abandoned work stops.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from './http.ts';

export interface HeavyWorkOptions {
  /** How many heavy requests compute at once (the machine's cores, by default 2). */
  concurrency?: number;
  /** How many may wait for a slot before new ones are refused. */
  maxQueued?: number;
}

interface Waiter {
  start: () => void;
  fail: (error: Error) => void;
  abandoned: () => boolean;
}

export class HeavyWork {
  readonly concurrency: number;
  readonly maxQueued: number;
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(options: HeavyWorkOptions = {}) {
    this.concurrency = options.concurrency ?? 2;
    this.maxQueued = options.maxQueued ?? 32;
  }

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /**
   * Runs `work` when a slot is free. The signal aborts when the client disconnects; the slot is held
   * until `work` settles, so the limit counts the work really being done.
   */
  async run<T>(request: FastifyRequest, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const onClose = () => {
      // 'close' on the request also fires after a complete upload; only a closed socket means gone.
      if (request.raw.socket?.destroyed || request.raw.destroyed) controller.abort();
    };
    request.raw.socket?.once('close', onClose);
    try {
      await this.acquire(() => controller.signal.aborted);
      try {
        // The work may begin with a computation that does not yield; one turn here first lets other
        // requests (and hang-ups of the clients waiting) be seen.
        await new Promise((resolve) => setImmediate(resolve));
        if (controller.signal.aborted) throw clientGone();
        return await work(controller.signal);
      } finally {
        this.release();
      }
    } finally {
      request.raw.socket?.off('close', onClose);
    }
  }

  /** A route handler wrapped in `run`. */
  wrap<R>(
    handler: (request: FastifyRequest, reply: FastifyReply, signal: AbortSignal) => Promise<R>,
  ): (request: FastifyRequest, reply: FastifyReply) => Promise<R> {
    return (request, reply) => this.run(request, (signal) => handler(request, reply, signal));
  }

  private acquire(abandoned: () => boolean): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    // Waiters whose clients left make room before anyone is refused.
    this.dropAbandoned();
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new Problem(
          503,
          'Busy',
          `the server is computing ${this.running} requests and ${this.queue.length} more are waiting; retry in a few seconds`,
        ),
      );
    }
    return new Promise((resolve, reject) => this.queue.push({ start: resolve, fail: reject, abandoned }));
  }

  private release(): void {
    this.dropAbandoned();
    const next = this.queue.shift();
    if (next) next.start();
    else this.running--;
  }

  private dropAbandoned(): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const waiter = this.queue[i];
      if (waiter.abandoned()) {
        this.queue.splice(i, 1);
        // Its handler ends without computing; the reply goes nowhere.
        waiter.fail(clientGone());
      }
    }
  }
}

function clientGone(): Problem {
  return new Problem(499, 'Client closed request', 'the client disconnected before the work started');
}
