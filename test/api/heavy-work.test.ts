/** The slots of heavy requests: a bounded queue, 503 beyond it, and no work for clients that left. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { HeavyWork } from '../../src/api/heavy-work.ts';

/** A request whose client can hang up. */
function fakeRequest() {
  const socket = Object.assign(new EventEmitter(), { destroyed: false });
  const request = { raw: { socket, destroyed: false } } as unknown as FastifyRequest;
  return {
    request,
    hangUp: () => {
      socket.destroyed = true;
      socket.emit('close');
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('HeavyWork', () => {
  it('runs at most `concurrency` at once, queues up to `maxQueued`, and refuses the rest with 503', async () => {
    const work = new HeavyWork({ concurrency: 1, maxQueued: 1 });
    const gate = deferred();
    const order: string[] = [];
    const first = work.run(fakeRequest().request, async () => {
      order.push('first');
      await gate.promise;
    });
    const second = work.run(fakeRequest().request, async () => {
      order.push('second');
    });
    await expect(work.run(fakeRequest().request, async () => undefined)).rejects.toMatchObject({
      status: 503,
    });
    expect(work.load).toEqual({ running: 1, queued: 1 });
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(work.load).toEqual({ running: 0, queued: 0 });
  });

  it('never starts the work of a client that hung up while it waited', async () => {
    const work = new HeavyWork({ concurrency: 1, maxQueued: 4 });
    const gate = deferred();
    const first = work.run(fakeRequest().request, () => gate.promise);
    const leaving = fakeRequest();
    let ran = false;
    const abandoned = work.run(leaving.request, async () => {
      ran = true;
    });
    leaving.hangUp();
    gate.resolve();
    await first;
    await expect(abandoned).rejects.toMatchObject({ status: 499 });
    expect(ran).toBe(false);
    expect(work.load).toEqual({ running: 0, queued: 0 });
  });

  it('aborts the signal of running work when its client hangs up', async () => {
    const work = new HeavyWork();
    const client = fakeRequest();
    const seen = work.run(
      client.request,
      (signal) =>
        new Promise<boolean>((resolve) => {
          signal.addEventListener('abort', () => resolve(true));
          client.hangUp();
        }),
    );
    expect(await seen).toBe(true);
  });
});
