/**
 * What `npm start` runs (scripts/serve.mjs): the server in a process of its own with MALLOC_ARENA_MAX=2
 * on Linux, arguments passed on, and one Ctrl+C (SIGINT to the launcher's process group) or a SIGTERM
 * stopping the server cleanly: exit 0, its data folder free for the next process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'scripts', 'serve.mjs');
const START_TIMEOUT_MS = 150_000;

const launched = new Set<ChildProcess>();
const servers = new Set<number>();
const folders: string[] = [];
afterEach(() => {
  for (const child of launched) if (child.exitCode === null) child.kill('SIGKILL');
  launched.clear();
  for (const pid of servers) if (alive(pid)) process.kill(pid, 'SIGKILL');
  servers.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, AMITY_LOG_LEVEL: 'silent' };
  for (const key of [
    'DATABASE_URL',
    'AMITY_DATA_DIR',
    'AMITY_ADMIN_TOKEN',
    'PORT',
    'HOST',
    'MALLOC_ARENA_MAX',
  ])
    delete e[key];
  return e;
}

/** The launcher on a new folder, once the server it started says it is serving. */
async function launch(): Promise<{
  launcher: ChildProcess;
  serverPid: number;
  dataDir: string;
  ended: Promise<number | null>;
}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'amity-serve-script-'));
  folders.push(folder);
  const dataDir = path.join(folder, 'pglite');
  const launcher = spawn(
    process.execPath,
    [SCRIPT, '--port', '0', '--no-bundled-data', '--data-dir', dataDir],
    {
      cwd: ROOT,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, as a terminal's foreground job
    },
  );
  launched.add(launcher);
  const ended = new Promise<number | null>((done) => launcher.on('exit', (code) => done(code)));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`not serving within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Amity is serving http:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    launcher.stdout!.on('data', collect);
    launcher.stderr!.on('data', collect);
  });
  const children = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8')
    .trim()
    .split(/\s+/);
  expect(children).toHaveLength(1);
  servers.add(Number(children[0]));
  return { launcher, serverPid: Number(children[0]), dataDir, ended };
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe.runIf(process.platform === 'linux')('npm start (scripts/serve.mjs)', () => {
  it('runs the server with two malloc arenas and passes its arguments on', async () => {
    const { serverPid, dataDir } = await launch();
    const environ = readFileSync(`/proc/${serverPid}/environ`, 'utf8').split('\0');
    expect(environ).toContain('MALLOC_ARENA_MAX=2');
    const command = readFileSync(`/proc/${serverPid}/cmdline`, 'utf8').split('\0');
    expect(command).toEqual(expect.arrayContaining(['serve', '--no-bundled-data', '--data-dir', dataDir]));
  }, 180_000);

  it('stops the server once and cleanly on Ctrl+C, and on SIGTERM', async () => {
    for (const stop of ['ctrl-c', 'SIGTERM'] as const) {
      const { launcher, serverPid, dataDir, ended } = await launch();
      // A terminal's Ctrl+C signals the whole foreground group; SIGTERM comes to the launcher alone.
      if (stop === 'ctrl-c') process.kill(-launcher.pid!, 'SIGINT');
      else launcher.kill('SIGTERM');
      expect(await ended).toBe(0);
      expect(alive(serverPid)).toBe(false);
      // The server closed its database and gave its folder up (the lock file lies beside the folder).
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      expect(existsSync(dataDir)).toBe(true);
    }
  }, 360_000);

  it('stops the server, its database closed, when the launcher itself is killed', async () => {
    const { launcher, serverPid, dataDir, ended } = await launch();
    launcher.kill('SIGKILL');
    await ended;
    const deadline = Date.now() + 30_000;
    while (alive(serverPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(serverPid)).toBe(false);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 180_000);
});
