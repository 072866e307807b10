import type { ProblemType } from '../domain/problems.ts';

/** An error the API reports as application/problem+json, naming what is wrong and where. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: { field: string; reason: string }[] = [],
    /** One of PROBLEM_TYPES where a client tells the refusal apart; otherwise about:blank. */
    readonly type: ProblemType | 'about:blank' = 'about:blank',
  ) {
    super(detail ?? title);
  }
}
