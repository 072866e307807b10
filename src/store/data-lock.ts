/**
 * One owner per PGlite data folder. PGlite is PostgreSQL in one process's memory: two processes on one
 * folder each cache pages and write over the other's files, and the folder is corrupted. So the first
 * process takes a lock file beside the folder (`<folder>.lock`, outside it so PostgreSQL's own files are
 * left alone) and every other process is refused with a message that names the holder.
 *
 * Taking the lock is atomic: the lock file is hard-linked into place, which fails when it exists. It
 * holds who owns it. A lock whose process is gone (killed, crashed) is stale and taken over: a process
 * killed by SIGKILL never blocks the next start.
 */
import {
  linkSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** What the lock file says about its owner. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** What the owner runs, e.g. `amity serve --port 3000`. */
  command: string;
  startedAt: string;
  /** Where a server owner answers, once it listens. */
  url?: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid from the owner. */
  procStart?: string;
  /** Tells this lock from a later one at the same path, so a release never removes someone else's lock. */
  token: string;
}

export class DatabaseInUse extends Error {
  override readonly name = 'DatabaseInUse';
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    /** null when the lock file cannot be read (being written, or damaged). */
    readonly holder: LockHolder | null,
    readonly sameProcess: boolean,
  ) {
    super(inUseMessage(dataDir, lockFile, holder, sameProcess));
  }
}

function inUseMessage(
  dataDir: string,
  lockFile: string,
  holder: LockHolder | null,
  sameProcess: boolean,
): string {
  const lines = [`the database folder ${dataDir} is in use`];
  if (sameProcess && holder) {
    lines[0] += ` by this process (pid ${holder.pid}), which has it open already.`;
    lines.push('Close the open database before opening the folder again.');
    return lines.join('\n');
  }
  if (!holder) {
    lines[0] += ` by another process: its lock file ${lockFile} is being written or is damaged.`;
    lines.push(`If no amity process runs on this folder, delete ${lockFile}.`);
    return lines.join('\n');
  }
  const elsewhere = holder.hostname !== hostname();
  lines[0] += ' by another process:';
  lines.push(
    `  pid ${holder.pid}${elsewhere ? ` on host ${holder.hostname}` : ''}: ${holder.command}, since ${holder.startedAt}` +
      (holder.url ? `, serving ${holder.url}` : ''),
  );
  lines.push('One process at a time can open an embedded (PGlite) database; a second one would corrupt it.');
  const api = holder.url ? `${holder.url.replace(/\/$/, '')}/api/…` : 'http://127.0.0.1:3000/api/…';
  lines.push(
    holder.url
      ? `Stop that process first, or use the running server's API at ${api} instead; or set DATABASE_URL to share a PostgreSQL server between processes.`
      : `Wait for it to finish or stop it first (if it is a server, use its API instead, e.g. ${api}); or set DATABASE_URL to share a PostgreSQL server between processes.`,
  );
  if (elsewhere)
    lines.push(
      `This machine cannot tell whether a process on ${holder.hostname} still runs; if it does not, delete ${lockFile}.`,
    );
  return lines.join('\n');
}

const SECRET_OPTION = /^--?[\w-]*(token|password|secret|key)[\w-]*$/i;

/**
 * A command line fit to be written into the lock and shown to other users of the folder: option values
 * that look like secrets and passwords in URLs are masked, long arguments are cut.
 */
export function describeCommand(args: readonly string[]): string {
  const out: string[] = [];
  let maskNext = false;
  for (const arg of args) {
    let shown = arg;
    if (maskNext) shown = '***';
    else if (arg.includes('=') && SECRET_OPTION.test(arg.slice(0, arg.indexOf('='))))
      shown = `${arg.slice(0, arg.indexOf('='))}=***`;
    maskNext = !maskNext && SECRET_OPTION.test(arg);
    shown = shown.replace(/(\w+:\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@');
    out.push(shown.length > 80 ? `${shown.slice(0, 77)}...` : shown);
  }
  const text = out.join(' ');
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The start time of a process in clock ticks since boot, on Linux; undefined elsewhere. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after it do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(holder: LockHolder): boolean {
  // On another machine (a shared network folder) the pid means nothing here: assume it runs.
  if (holder.hostname !== hostname()) return true;
  // Our own pid in a lock we do not hold: an earlier process that had the same pid (a container's pid 1).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid runs, but after a crash it may have been given to an unrelated process.
  const start = holder.procStart === undefined ? undefined : processStart(holder.pid);
  return start === undefined || start === holder.procStart;
}

/** A lock file that cannot be parsed and is this old was left by a crash, not being written right now. */
const UNREADABLE_STALE_MS = 10_000;

type LockState =
  { kind: 'missing' } | { kind: 'holder'; holder: LockHolder } | { kind: 'unreadable'; ageMs: number };

function readLock(file: string): LockState {
  let text: string;
  let ageMs: number;
  try {
    ageMs = Date.now() - statSync(file).mtimeMs;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (typeof holder.pid === 'number' && typeof holder.token === 'string') return { kind: 'holder', holder };
  } catch {
    // fall through: not (yet) a whole lock
  }
  return { kind: 'unreadable', ageMs };
}

export interface DataLock {
  readonly dataDir: string;
  readonly file: string;
  readonly holder: LockHolder;
  /** Adds to what the lock says about its owner, e.g. the URL a server listens on. */
  update(info: { url?: string }): void;
  /** Removes the lock file if it is still this lock. Safe to call twice. */
  release(): void;
}

/**
 * Locks held by this process, by lock file: a second open in the same process is refused too. Kept on
 * globalThis so that two copies of this module (loaded under different URLs) still share it; otherwise
 * one copy would take the other's lock, with this process's pid, for a stale one.
 */
const shared = globalThis as { amityDataLocks?: { held: Map<string, DataLock>; exitHook: boolean } };
const registry = (shared.amityDataLocks ??= { held: new Map(), exitHook: false });
const held = registry.held;

/** The lock file for a data folder: beside it, named after it. */
export function lockFileOf(dataDir: string): string {
  const dir = realpathSync(dataDir);
  return path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
}

/**
 * Takes the lock of an existing data folder for this process, or throws DatabaseInUse naming its owner.
 * `command` says what this process runs, for the message another process gets.
 */
export function lockDataDir(dataDir: string, command: string): DataLock {
  const dir = realpathSync(dataDir);
  const file = lockFileOf(dir);
  const mine = held.get(file);
  if (mine) throw new DatabaseInUse(dir, file, mine.holder, true);

  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    command,
    startedAt: new Date().toISOString(),
    procStart: processStart(process.pid),
    token: randomBytes(8).toString('hex'),
  };
  // A few rounds: each one either takes the lock, refuses, or removes a stale lock and tries again.
  for (let round = 0; round < 5; round++) {
    if (createExclusive(file, JSON.stringify(holder, null, 2))) return register(dir, file, holder);
    const state = readLock(file);
    if (state.kind === 'missing') continue;
    if (state.kind === 'holder' && alive(state.holder))
      throw new DatabaseInUse(dir, file, state.holder, false);
    if (state.kind === 'unreadable' && state.ageMs < UNREADABLE_STALE_MS)
      throw new DatabaseInUse(dir, file, null, false);
    removeStale(file, state.kind === 'holder' ? state.holder.token : null);
  }
  throw new DatabaseInUse(dir, file, null, false);
}

/** Hard links are missing on some file systems (FAT, some network and FUSE mounts). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Creates `file` holding `content` unless it exists; false if it does. The content is written to a
 * temporary file first and hard-linked into place (atomic, and fails if the file exists), so no other
 * process ever reads an empty or half-written lock.
 */
function createExclusive(file: string, content: string | Buffer): boolean {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, content, { flag: 'wx' });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.has(code)) throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  // Without hard links: still atomic, but a reader may see the file empty for a moment (see readLock).
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes a stale lock without removing a fresh one that another process put there a moment ago: the
 * file is moved aside (atomic), and put back if what was moved is not the stale lock.
 */
function removeStale(file: string, staleToken: string | null): void {
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLock(aside);
  const isStale =
    staleToken === null
      ? moved.kind === 'unreadable'
      : moved.kind === 'holder' && moved.holder.token === staleToken;
  // Back where it was, unless yet another process has taken the lock meanwhile.
  if (!isStale) createExclusive(file, readFileSync(aside));
  rmSync(aside, { force: true });
}

function register(dataDir: string, file: string, holder: LockHolder): DataLock {
  const ours = () => {
    const state = readLock(file);
    return state.kind === 'holder' && state.holder.token === holder.token;
  };
  const lock: DataLock = {
    dataDir,
    file,
    holder,
    update(info) {
      if (held.get(file) !== lock || !ours()) return;
      Object.assign(holder, info);
      // Written aside and renamed over the lock, so a reader never sees half a file.
      const next = `${file}.${holder.token}.tmp`;
      writeFileSync(next, JSON.stringify(holder, null, 2));
      renameSync(next, file);
    },
    release() {
      if (held.get(file) !== lock) return;
      held.delete(file);
      try {
        if (ours()) unlinkSync(file);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
  held.set(file, lock);
  if (!registry.exitHook) {
    registry.exitHook = true;
    // A process that ends without closing its database (process.exit, an uncaught error) still frees
    // the folder; one killed by a signal leaves a stale lock, which the next process takes over.
    process.on('exit', () => {
      for (const l of [...held.values()]) l.release();
    });
  }
  return lock;
}
