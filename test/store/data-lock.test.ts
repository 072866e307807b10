/**
 * The data folder's lock file on its own, without PGlite: who is refused, who takes a stale lock over,
 * and that of several processes racing for a stale lock exactly one wins.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DatabaseInUse,
  describeCommand,
  lockDataDir,
  lockFileOf,
  type LockHolder,
} from '../../src/store/data-lock.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOLDER = path.join(ROOT, 'test/support/lock-holder.ts');

let tmp: string;
let dataDir: string;
let lockFile: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'amity-lock-'));
  dataDir = path.join(tmp, 'pglite');
  mkdirSync(dataDir);
  lockFile = lockFileOf(dataDir);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const holder = (over: Partial<LockHolder>): LockHolder => ({
  pid: 1,
  hostname: hostname(),
  command: 'amity import partnerships ties.csv',
  startedAt: '2026-01-02T03:04:05.000Z',
  token: 'other',
  ...over,
});
const writeLock = (h: LockHolder) => writeFileSync(lockFile, JSON.stringify(h));
const readLock = () => JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

function refusal(): DatabaseInUse {
  try {
    lockDataDir(dataDir, 'test').release();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseInUse);
    return error as DatabaseInUse;
  }
  throw new Error('the lock was taken');
}

describe('data folder lock', () => {
  it('lives beside the folder and records its owner; update adds the URL; release removes it', () => {
    expect(lockFile).toBe(path.join(realpathSync(tmp), 'pglite.lock'));
    const lock = lockDataDir(dataDir, 'amity serve');
    expect(readLock()).toMatchObject({ pid: process.pid, hostname: hostname(), command: 'amity serve' });
    lock.update({ url: 'http://127.0.0.1:3999' });
    expect(readLock()).toMatchObject({ pid: process.pid, url: 'http://127.0.0.1:3999' });
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    lock.release();
  });

  it('refuses while a live process holds it, naming it and saying what to do', () => {
    // The parent of this test process runs for as long as the test.
    writeLock(holder({ pid: process.ppid }));
    const error = refusal();
    expect(error.holder?.pid).toBe(process.ppid);
    expect(error.sameProcess).toBe(false);
    expect(error.message).toContain(`pid ${process.ppid}: amity import partnerships ties.csv`);
    expect(error.message).toContain('since 2026-01-02T03:04:05.000Z');
    expect(error.message).toContain('DATABASE_URL');
    expect(readLock().token).toBe('other');
  });

  it('takes over the lock of a process that has ended', () => {
    writeLock(holder({ pid: deadPid() }));
    const lock = lockDataDir(dataDir, 'test');
    expect(readLock().pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock with its own pid that it does not hold (an earlier process with the same pid)', () => {
    writeLock(holder({ pid: process.pid }));
    const lock = lockDataDir(dataDir, 'test');
    expect(readLock().token).toBe(lock.holder.token);
    lock.release();
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to another process',
    () => {
      writeLock(holder({ pid: process.ppid, procStart: '1' }));
      const lock = lockDataDir(dataDir, 'test');
      expect(readLock().pid).toBe(process.pid);
      lock.release();
    },
  );

  it('refuses a lock from another host, which it cannot check', () => {
    writeLock(holder({ hostname: `not-${hostname()}`, pid: deadPid() }));
    const error = refusal();
    expect(error.message).toContain(`on host not-${hostname()}`);
    expect(error.message).toContain(`delete ${lockFile}`);
  });

  it('refuses an unreadable lock being written, and takes over an old one', () => {
    writeFileSync(lockFile, '');
    expect(refusal().holder).toBeNull();
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    lockDataDir(dataDir, 'test').release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a second lock in the same process', () => {
    const lock = lockDataDir(dataDir, 'first');
    try {
      const error = refusal();
      expect(error.sameProcess).toBe(true);
      expect(error.message).toContain(`this process (pid ${process.pid})`);
    } finally {
      lock.release();
    }
  });

  it('does not remove a lock that another process has put in its place', () => {
    const lock = lockDataDir(dataDir, 'test');
    writeLock(holder({ pid: process.ppid }));
    lock.update({ url: 'http://127.0.0.1:1' });
    lock.release();
    expect(readLock()).toMatchObject({ token: 'other' });
    expect(readLock().url).toBeUndefined();
  });

  it('masks secrets in the command it records', () => {
    expect(
      describeCommand([
        'amity',
        'serve',
        '--admin-token',
        's3cret',
        '--api-key=abc',
        '--database-url',
        'postgres://amity:pw@db/amity',
      ]),
    ).toBe('amity serve --admin-token *** --api-key=*** --database-url postgres://amity:***@db/amity');
    expect(describeCommand(['amity', 'import', 'x'.repeat(200)])).toMatch(/^amity import x{77}\.\.\.$/);
  });

  it('lets exactly one of several processes take over a stale lock at once', async () => {
    writeLock(holder({ pid: deadPid() }));
    const children = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    try {
      // Every child reports before any lets go, so at most one can have the lock.
      const results = await Promise.all(
        children.map(
          (child) =>
            new Promise<string>((resolve, reject) => {
              let out = '';
              child.stdout.on('data', (chunk: Buffer) => {
                out += chunk.toString();
                if (/GOT|REFUSED/.test(out)) resolve(out.trim());
              });
              child.on('exit', (code) =>
                reject(new Error(`a child ended (${code}) without a result: ${out}`)),
              );
            }),
        ),
      );
      expect(results.filter((r) => r === 'GOT')).toHaveLength(1);
      expect(results.filter((r) => r === 'REFUSED')).toHaveLength(5);
    } finally {
      await Promise.all(
        children.map((child) => {
          const ended = new Promise((resolve) => child.once('close', resolve));
          child.stdin.end();
          return child.exitCode === null ? ended : undefined;
        }),
      );
    }
    expect(existsSync(lockFile)).toBe(false);
    expect(readdirSync(tmp)).toEqual(['pglite']);
  }, 120_000);
});
