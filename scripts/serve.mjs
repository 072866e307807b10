#!/usr/bin/env node
/* global process */
/**
 * What `npm start` runs after building the web application: `amity serve` (with any arguments given
 * after `npm start --`) in a Node process that starts with MALLOC_ARENA_MAX=2 on Linux.
 *
 * Why a second process: glibc gives each thread that allocates its own memory arena and keeps what the
 * arena once held. The server's short-lived computing threads (network metrics, communities, index
 * runs) left about 65 MB resident that way for nothing; two arenas serve two cores. The variable is
 * read when the process starts, so it is set for the server's process here.
 *
 * The server runs in its own process group: a Ctrl+C reaches this process alone, which passes it on
 * once (a second SIGINT would end the server before it has closed its database). Should this process be
 * killed, the server sees its channel close and stops by itself.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
if (process.platform === 'linux' && env.MALLOC_ARENA_MAX === undefined) env.MALLOC_ARENA_MAX = '2';

const server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'src', 'cli', 'main.ts'), 'serve', ...process.argv.slice(2)],
  // The channel ('ipc') closes when this process ends, however it ends: the server then stops too.
  {
    cwd: process.cwd(),
    env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: process.platform !== 'win32',
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
server.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 1)));
