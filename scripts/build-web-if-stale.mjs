#!/usr/bin/env node
/* global process, console */
/**
 * Builds the web application (web/ → web/dist) only when web/dist is missing or older than its sources,
 * so that `npm start` stays fast after the first build. `--force` always builds. Each build first
 * regenerates the web's API types from the server's OpenAPI document.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const builtIndex = path.join(web, 'dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json'].map((p) =>
  path.join(web, p),
);

function newest(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

const force = process.argv.includes('--force');
const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map(newest));
if (!force && builtAt > sourcesAt) process.exit(0);

console.log(builtAt ? 'web: sources changed, rebuilding web/dist' : 'web: building web/dist');
// The web's API types come from the server's OpenAPI document; regenerate them before every build.
const generated = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(root, 'scripts', 'generate-api-types.ts'),
  ],
  { cwd: root, stdio: 'inherit' },
);
if (generated.status !== 0) process.exit(generated.status ?? 1);
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(
  process.execPath,
  [vite, 'build', '--config', path.join(web, 'vite.config.ts'), '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
