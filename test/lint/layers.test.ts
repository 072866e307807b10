/**
 * The layer rules of eslint.config.js: each fires on an import that breaks its folder's layer and stays
 * silent on an import the layer allows. The code is linted as if it lived at a made-up path in the folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** Messages of no-restricted-imports for `source` imported by a file at `file` (relative to the root). */
async function restricted(file: string, source: string): Promise<string[]> {
  const code = `import { thing } from '${source}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

interface Case {
  file: string;
  breach: string;
  allowed: string;
}

const CASES: Record<string, Case[]> = {
  domain: [
    { file: 'src/domain/layer-probe.ts', breach: '../store/database.ts', allowed: './geo.ts' },
    { file: 'src/domain/layer-probe.ts', breach: '../analysis/network/index.ts', allowed: './ids.ts' },
    { file: 'src/domain/layer-probe.ts', breach: '../../web/src/api.ts', allowed: 'zod' },
    { file: 'src/domain/layer-probe.ts', breach: 'pg', allowed: './csv.ts' },
  ],
  store: [
    { file: 'src/store/layer-probe.ts', breach: '../analysis/layout/index.ts', allowed: '../domain/geo.ts' },
    { file: 'src/store/layer-probe.ts', breach: '../ingest/run.ts', allowed: './database.ts' },
    { file: 'src/store/layer-probe.ts', breach: '../services/datasets.ts', allowed: 'pg' },
    { file: 'src/store/layer-probe.ts', breach: '../api/server.ts', allowed: '@electric-sql/pglite' },
  ],
  ingest: [
    { file: 'src/ingest/layer-probe.ts', breach: '../api/http.ts', allowed: '../store/batch.ts' },
    { file: 'src/ingest/layer-probe.ts', breach: '../services/datasets.ts', allowed: '../domain/geo.ts' },
    {
      file: 'src/ingest/resolve/layer-probe.ts',
      breach: '../../cli/main.ts',
      allowed: '../gazetteer/index.ts',
    },
  ],
  analysis: [
    { file: 'src/analysis/layer-probe.ts', breach: '../store/database.ts', allowed: '../domain/dataset.ts' },
    {
      file: 'src/analysis/network/layer-probe.ts',
      breach: '../../services/analysis-cache.ts',
      allowed: '../layout/index.ts',
    },
    { file: 'src/analysis/layer-probe.ts', breach: '../ingest/run.ts', allowed: 'graphology' },
    { file: 'src/analysis/layer-probe.ts', breach: 'fastify', allowed: 'exceljs' },
    { file: 'src/analysis/layer-probe.ts', breach: '@electric-sql/pglite', allowed: '../domain/workers.ts' },
    { file: 'src/analysis/layer-probe.ts', breach: 'pg', allowed: 'pinyin-pro' },
  ],
  services: [
    {
      file: 'src/services/layer-probe.ts',
      breach: '../api/http.ts',
      allowed: '../store/analysis-dataset.ts',
    },
    {
      file: 'src/services/layer-probe.ts',
      breach: '../cli/main.ts',
      allowed: '../analysis/network/index.ts',
    },
    { file: 'src/services/layer-probe.ts', breach: 'fastify', allowed: '../ingest/run.ts' },
  ],
  cli: [
    { file: 'src/cli/layer-probe.ts', breach: '../api/routes/analysis.ts', allowed: '../api/server.ts' },
    { file: 'src/cli/layer-probe.ts', breach: '../api/http.ts', allowed: '../services/analysis-cache.ts' },
  ],
  web: [
    { file: 'web/src/layer-probe.ts', breach: '../../src/domain/csv.ts', allowed: './generated/api.ts' },
    {
      file: 'web/src/pages/layer-probe.tsx',
      breach: '../../../src/analysis/layout/index.ts',
      allowed: '../generated/api.ts',
    },
  ],
};

describe.each(Object.keys(CASES))('the %s layer rule', (name) => {
  it.each(CASES[name])('$file: refuses $breach, allows $allowed', async ({ file, breach, allowed }) => {
    const refused = await restricted(file, breach);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('may not import');
    expect(await restricted(file, allowed)).toEqual([]);
  });
});

describe('the layer rules stay in their folders', () => {
  it('api, bench and test files may import any layer', async () => {
    for (const file of ['src/api/layer-probe.ts', 'bench/layer-probe.ts', 'test/lint/layer-probe.ts'])
      for (const source of ['../store/database.ts', '../services/analysis-cache.ts', '../cli/main.ts'])
        expect(await restricted(file, source)).toEqual([]);
  });
});
