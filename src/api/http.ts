/** HTTP helpers shared by the route modules: problem+json errors and input parsing. */
import type { z } from 'zod';
import { describeIssues } from '../domain/registry.ts';

/** An error the API reports as problem+json. */
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

/** Parses a query or body with a zod schema; a failure is a problem naming each field (`query.limit`). */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: 'query' | 'body'): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const errors = describeIssues(result.error).map((e) => ({
      field: `${where}.${e.field}`,
      reason: e.reason,
    }));
    throw new Problem(
      where === 'body' ? 422 : 400,
      where === 'body' ? 'Invalid record' : 'Invalid query parameter',
      errors.map((e) => `${e.field}: ${e.reason}`).join('; '),
      errors,
    );
  }
  return result.data;
}

export function parseQuery<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  return parse(schema, value, 'query');
}
