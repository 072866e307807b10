import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import that passes through one of our folders under src/ (`../store/x.ts`, `../../api/y.ts`). */
const folder = (name, except = '') => `^\\.{1,2}/(?:.*/)?${name}/${except}`;
const PACKAGES = {
  pg: '^pg(?:/|$)',
  fastify: '^(?:fastify|@fastify/.+)(?:/|$)',
  pglite: '^@electric-sql/pglite(?:/|$)',
};

/** The layers of README "How it is built": each folder may import only from the layers below it. */
const layer = (name, banned) => ({
  files: [`src/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map(([what, regex]) => ({
          regex,
          message: `src/${name}/ may not import ${what} (layers: README, "How it is built").`,
        })),
      },
    ],
  },
});
const folders = (...names) => names.map((n) => [`src/${n}/`, folder(n)]);
const packages = (...names) => names.map((n) => [n, PACKAGES[n]]);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'web/src/generated', '.data', 'coverage', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('domain', [
    ...folders('store', 'analysis', 'api', 'services', 'ingest', 'cli', 'web'),
    ...packages('pg', 'fastify', 'pglite'),
  ]),
  layer('store', folders('analysis', 'api', 'services', 'ingest', 'cli')),
  layer('ingest', folders('api', 'services', 'cli')),
  layer('analysis', [
    ...folders('store', 'api', 'services', 'ingest', 'cli'),
    ...packages('pg', 'fastify', 'pglite'),
  ]),
  layer('services', [...folders('api', 'cli'), ...packages('fastify')]),
  layer('cli', [['src/api/ other than server.ts', folder('api', '(?!server\\.ts$)')]]),
  {
    // The browser application talks to the API only; the types it shares come in as generated files.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:\\.\\./){2,}src(?:/|$)',
              message: 'web/src/ may not import from src/: use the generated types in web/src/generated/.',
            },
          ],
        },
      ],
    },
  },
);
