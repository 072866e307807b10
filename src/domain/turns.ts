/**
 * Long computations written once as generators that pause (`yield`) between pieces of a few tens of
 * milliseconds: a command line runs them straight through, a server runs them in turns of its event loop
 * so that other requests are answered between the pieces.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, one turn of the event loop after each pause. An aborted signal stops the work at the
 * next pause (its reason is thrown), so the work of a client that left is not finished for nobody.
 */
export async function runStepsInTurns<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    // A turn first as well: the caller may just have computed something in the same turn.
    await nextTurn();
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Resolves after the event loop has taken its next turn (answered what was waiting). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
