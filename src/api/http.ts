/** An error the API reports as application/problem+json, naming what is wrong and where. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: { field: string; reason: string }[] = [],
  ) {
    super(detail ?? title);
  }
}
