/**
 * Writes what the web application takes from the server instead of copying it by hand: the API types
 * (web/src/generated/api.ts, from the OpenAPI document) and the records' labels in both languages
 * the stated figures' measures in Chinese and the kinds of refusal (web/src/generated/entities.ts, from
 * the entity descriptors, src/domain/stated-measures.ts and src/domain/problems.ts). `--check` fails when either is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildServer } from '../src/api/server.ts';
import { ENTITY_LABELS } from '../src/domain/entities/index.ts';
import { PROBLEM_TYPES } from '../src/domain/problems.ts';
import { STATED_MEASURES_ZH } from '../src/domain/stated-measures.ts';
import type { Database } from '../src/store/database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_API_TYPES = path.join(root, 'web/src/generated/api.ts');
export const GENERATED_ENTITY_LABELS = path.join(root, 'web/src/generated/entities.ts');

const HEADER = `/**
 * Generated from the server's OpenAPI document by scripts/generate-api-types.ts (npm run generate:api).
 * Do not edit: change the zod schemas in src/domain and src/api/routes, then regenerate.
 */
`;

/**
 * The OpenAPI document: building the routes needs no data, so no database is opened; the session
 * set-up's two reads (the cookie key, expired sessions) get a key that signs nothing.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const db = {
    engine: 'pglite',
    query: async (sql: string) => (sql.includes('FROM meta') ? [{ value: 'k'.repeat(64) }] : []),
  };
  const app = await buildServer({ db: db as unknown as Database });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}

interface JsonSchema {
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
}
type Operation = {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const enumOf = (schema: JsonSchema | undefined) => schema?.enum ?? schema?.anyOf?.find((s) => s.enum)?.enum;

/**
 * The values of each enumerated query parameter and top-level body field, for the web's choice lists.
 * (openapi-typescript's own `enumValues` emits constants that do not compile for unions and records.)
 */
function enumValueConstants(document: { paths: Record<string, Record<string, Operation>> }): string {
  const lines: string[] = [];
  for (const [url, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const prefix = `paths${pascal(url)}${pascal(method)}`;
      const at = `paths[${JSON.stringify(url)}][${JSON.stringify(method)}]`;
      for (const parameter of operation.parameters ?? []) {
        const values = parameter.in === 'query' ? enumOf(parameter.schema) : undefined;
        if (values)
          lines.push(
            `export const ${prefix}ParametersQuery${pascal(parameter.name)}Values = ${JSON.stringify(values)} as const satisfies ReadonlyArray<NonNullable<NonNullable<${at}['parameters']['query']>[${JSON.stringify(parameter.name)}]>>;`,
          );
      }
      const body = operation.requestBody?.content?.['application/json']?.schema;
      for (const [name, property] of Object.entries(body?.properties ?? {})) {
        const values = enumOf(property);
        if (values)
          lines.push(
            `export const ${prefix}RequestBodyContentApplicationJson${pascal(name)}Values = ${JSON.stringify(values)} as const satisfies ReadonlyArray<NonNullable<NonNullable<${at}['requestBody']>['content']['application/json'][${JSON.stringify(name)}]>>;`,
          );
      }
    }
  }
  return lines.join('\n') + '\n';
}

export async function generatedApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as never, { alphabetize: true });
  return HEADER + astToString(ast) + '\n' + enumValueConstants(document as never);
}

/**
 * The label of each kind of record in English and Chinese, as the entity descriptors give them, the
 * Chinese of the stated figures' measures (src/domain/stated-measures.ts), which the reports use too, and
 * the kinds of refusal a client tells apart (src/domain/problems.ts).
 */
export function generatedEntityLabels(): string {
  return (
    `${HEADER}export const ENTITY_LABELS = ${JSON.stringify(ENTITY_LABELS, null, 2)} as const;\n\n` +
    `export const STATED_MEASURES_ZH: Readonly<Record<string, string>> = ${JSON.stringify(STATED_MEASURES_ZH, null, 2)};\n\n` +
    `export const PROBLEM_TYPES = ${JSON.stringify(PROBLEM_TYPES, null, 2)} as const;\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files: [string, string][] = [
    [GENERATED_API_TYPES, await generatedApiTypes()],
    [GENERATED_ENTITY_LABELS, generatedEntityLabels()],
  ];
  for (const [file, text] of files) {
    const name = path.relative(root, file);
    if (process.argv.includes('--check')) {
      if (readFileSync(file, 'utf8') !== text) {
        console.error(`${name} is stale: run npm run generate:api`);
        process.exit(1);
      }
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${name}`);
    }
  }
}
