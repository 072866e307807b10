/**
 * One process owns a PGlite data folder. Real processes: a server (`amity serve`) holds the folder while
 * other `amity` commands are refused with a message that names it and write nothing; once it stops
 * they run, and what they wrote survives the server's restart. A lock left by a killed process does not
 * block the next one, and one process cannot open the folder twice either.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVER_URL, withSmallGazetteer } from '../support/databases.ts';
import { tableCounts } from '../support/registry-fixtures.ts';
import { DatabaseInUse, openDatabase } from '../../src/store/database.ts';
import { lockFileOf, type LockHolder } from '../../src/store/data-lock.ts';
import { migrate } from '../../src/store/migrate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'src/cli/main.ts');
/** Bounds for waits on child processes; generous, since other test files run at the same time. */
const START_TIMEOUT_MS = 150_000;
const RUN_TIMEOUT_MS = 150_000;

const MAPPING = JSON.stringify({
  place_a: '城市',
  country_a: '国家',
  place_b: '友城',
  country_b: '友城国家',
  type: '类型',
  signed: '签约日期',
});
const CSV = '城市,国家,友城,友城国家,类型,签约日期\n上海,中国,胡志明市,越南,友好城市,1994-05-14\n';

/** The children's environment: no database settings of the test run leak into them. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'AMITY_DATA_DIR', 'AMITY_ADMIN_TOKEN', 'PORT', 'HOST']) delete env[key];
  return env;
}

const children = new Set<ChildProcess>();
const folders: string[] = [];

afterEach(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder with a migrated data folder in it (with a few places, so imports resolve). */
async function seededFolder(): Promise<{ tmp: string; dataDir: string }> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'amity-owner-'));
  folders.push(tmp);
  const dataDir = path.join(tmp, 'pglite');
  const db = await openDatabase({ dataDir });
  await migrate(db);
  await withSmallGazetteer(db);
  await db.close();
  return { tmp, dataDir };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an `amity` command to its end (bounded). */
function amity(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`amity ${args.join(' ')} ran longer than ${RUN_TIMEOUT_MS} ms\n${stdout}\n${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

interface Server {
  child: ChildProcess;
  pid: number;
  url: string;
  output: () => string;
  /** Sends the signal and waits for the process to end; its exit code, or the signal's name. */
  stop(signal: NodeJS.Signals): Promise<number | string | null>;
}

/** Starts `amity serve` on a free port and waits for its "serving" line. */
function serve(dataDir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'serve', '--port', '0', '--no-bundled-data', '--data-dir', dataDir],
      { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(child);
    let output = '';
    const ended = new Promise<number | string | null>((done) =>
      child.on('exit', (code, signal) => done(code ?? signal)),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const serving = /Amity is serving (http:\/\/\S+)/.exec(output);
      if (serving) {
        clearTimeout(timer);
        resolve({
          child,
          pid: child.pid!,
          url: serving[1],
          output: () => output,
          stop: async (signal) => {
            child.kill(signal);
            return ended;
          },
        });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    void ended.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (${code}) before serving:\n${output}`));
    });
  });
}

async function countsOf(dataDir: string): Promise<Record<string, number>> {
  const db = await openDatabase({ dataDir });
  try {
    return await tableCounts(db);
  } finally {
    await db.close();
  }
}

/** The refusal a second process prints: who holds the folder and what to do, and no stack trace. */
function expectRefusal(run: Run, server: Server): void {
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('is in use by another process');
  expect(run.stderr).toContain(`pid ${server.pid}`);
  expect(run.stderr).toContain('amity serve');
  expect(run.stderr).toContain(`serving ${server.url}`);
  expect(run.stderr).toContain(`${server.url}/api/`);
  expect(run.stderr).toContain('DATABASE_URL');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('one process owns a PGlite data folder', () => {
  it(
    'refuses other commands while a server holds the folder, naming it, and they write nothing',
    async () => {
      const { tmp, dataDir } = await seededFolder();
      const before = await countsOf(dataDir);
      const csv = path.join(tmp, 'ties.csv');
      writeFileSync(csv, CSV);

      const server = await serve(dataDir);
      const lock = JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8')) as LockHolder;
      expect(lock).toMatchObject({ pid: server.pid, url: server.url });
      expect(lock.command).toMatch(/^amity serve /);

      const [status, imported, second] = await Promise.all([
        amity(['status', '--data-dir', dataDir]),
        amity([
          'import',
          'partnerships',
          csv,
          '--mapping',
          MAPPING,
          '--no-bundled-data',
          '--data-dir',
          dataDir,
        ]),
        amity(['serve', '--port', '0', '--no-bundled-data', '--data-dir', dataDir]),
      ]);
      expectRefusal(status, server);
      expect(status.stdout).toBe('');
      expectRefusal(imported, server);
      expect(imported.stdout).not.toContain('added');
      expectRefusal(second, server);
      expect(second.stdout).not.toContain('serving');

      // The server was not disturbed, and stops normally, freeing the folder.
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await server.stop('SIGTERM')).toBe(0);
      expect(existsSync(lockFileOf(dataDir))).toBe(false);
      expect(await countsOf(dataDir)).toEqual(before);
    },
    4 * RUN_TIMEOUT_MS,
  );

  it(
    'runs the command once the server has stopped, and the server finds its data after a restart',
    async () => {
      const { tmp, dataDir } = await seededFolder();
      const csv = path.join(tmp, 'ties.csv');
      writeFileSync(csv, CSV);

      const first = await serve(dataDir);
      expect(await first.stop('SIGTERM')).toBe(0);

      const imported = await amity([
        'import',
        'partnerships',
        csv,
        '--mapping',
        MAPPING,
        '--no-bundled-data',
        '--data-dir',
        dataDir,
      ]);
      expect(imported.stderr).not.toContain('in use');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('partnerships: 1 added');

      const again = await serve(dataDir);
      const status = (await (await fetch(`${again.url}/api/status`)).json()) as {
        counts: Record<string, number>;
        imports: { kind: string }[];
      };
      expect(status.counts.partnerships).toBe(1);
      expect(status.imports.map((i) => i.kind)).toContain('partnerships');
      expect(await again.stop('SIGTERM')).toBe(0);

      const after = await amity(['status', '--data-dir', dataDir]);
      expect(after.code).toBe(0);
      expect(after.stdout).toMatch(/^partnerships\s+1$/m);
    },
    4 * RUN_TIMEOUT_MS,
  );

  it(
    'takes over the lock of a process killed by SIGKILL',
    async () => {
      const { dataDir } = await seededFolder();
      const server = await serve(dataDir);
      expect(await server.stop('SIGKILL')).toBe('SIGKILL');
      // The killed process could not remove its lock.
      const left = JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8')) as LockHolder;
      expect(left.pid).toBe(server.pid);

      const status = await amity(['status', '--data-dir', dataDir]);
      expect(status.stderr).not.toContain('in use');
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/^places\s+\d+$/m);
      expect(existsSync(lockFileOf(dataDir))).toBe(false);
    },
    3 * RUN_TIMEOUT_MS,
  );

  it('refuses a second open of the same folder in one process, and frees it on close', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'amity-owner-'));
    folders.push(tmp);
    const dataDir = path.join(tmp, 'pglite');
    const db = await openDatabase({ dataDir });
    try {
      // The same folder by another path (a symbolic link) is the same folder.
      symlinkSync(dataDir, path.join(tmp, 'link'));
      const error = await openDatabase({ dataDir: path.join(tmp, 'link') }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseInUse);
      expect((error as DatabaseInUse).sameProcess).toBe(true);
      expect((error as DatabaseInUse).message).toContain(`pid ${process.pid}`);
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
    const reopened = await openDatabase({ dataDir });
    await reopened.close();
  });

  it('takes no lock for memory:// or a PostgreSQL server', async () => {
    const a = await openDatabase({ dataDir: 'memory://' });
    const b = await openDatabase({ dataDir: 'memory://' });
    await Promise.all([a.close(), b.close()]);
    if (SERVER_URL) {
      const c = await openDatabase({ url: SERVER_URL });
      const d = await openDatabase({ url: SERVER_URL });
      expect(await d.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await Promise.all([c.close(), d.close()]);
    }
  });
});
