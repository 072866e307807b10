/**
 * One zod schema per part of a route validates the request, types the handler, serialises the reply and
 * documents it in the OpenAPI document. Request errors are problems naming each field (`query.limit`).
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import {
  serializerCompiler as zodSerializerCompiler,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import { describeIssues } from '../domain/registry.ts';
import { Problem } from './http.ts';

/** What a failed part of a request is called in the error and which status it earns. */
const PARTS: Record<string, { where: string; status: number; title: string }> = {
  body: { where: 'body', status: 422, title: 'Invalid record' },
  querystring: { where: 'query', status: 400, title: 'Invalid query parameter' },
  // A path that fits no value of its parameter names nothing that exists.
  params: { where: 'path', status: 404, title: 'Not found' },
  headers: { where: 'header', status: 400, title: 'Invalid header' },
};

export function validationProblem(error: z.ZodError, httpPart: string): Problem {
  const part = PARTS[httpPart] ?? PARTS.body;
  const errors = describeIssues(error).map((e) => ({ field: `${part.where}.${e.field}`, reason: e.reason }));
  return new Problem(
    part.status,
    part.title,
    errors.map((e) => `${e.field}: ${e.reason}`).join('; '),
    errors,
  );
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // A missing body or query is an empty one, so each required field is named.
    const result = schema.safeParse(data ?? {});
    return result.success
      ? { value: result.data }
      : { error: validationProblem(result.error, httpPart ?? 'body') };
  };

export const serializerCompiler = zodSerializerCompiler;
export { jsonSchemaTransform, jsonSchemaTransformObject };
