/**
 * The real server in a child process, for the benchmarks that measure it from outside (stall, start):
 * started on a data folder, found by the address it prints, stopped with SIGTERM (it closes its
 * database), and killed if this process exits first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Server {
  name: string;
  base: string;
  pid: number;
  readyS: number;
  stop(): Promise<void>;
}

/** Server processes still running, with how to stop each. */
const running = new Map<ChildProcess, () => Promise<void>>();
export const stopAll = () => Promise.all([...running.values()].map((stop) => stop()));
process.on('exit', () => {
  for (const c of running.keys()) c.kill('SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Node's arguments before the script's: flags, `--import tsx`, the script (a free port is added). */
  command: string[];
  dataDir: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts `node …command --port P --data-dir D` and waits until it prints "serving http://…" (a first
 * start on an empty folder loads the bundled data first: up to 900 s).
 */
export async function startServer(name: string, options: StartOptions): Promise<Server> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [...options.command, '--port', String(port), '--data-dir', options.dataDir],
    {
      cwd: root,
      env: { ...process.env, AMITY_LOG_LEVEL: 'silent', DATABASE_URL: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    child.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(30_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
    running.delete(child);
  };
  running.set(child, stop);
  const head: string[] = [];
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString('utf8').split('\n').filter(Boolean);
    while (head.length < 20 && lines.length) head.push(lines.shift()!);
    tail.push(...lines);
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stderr!.on('data', keep);
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name}: not serving after 900 s:\n${[...head, '…', ...tail].join('\n')}`)),
      900_000,
    );
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      keep(chunk);
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before serving:\n${[...head, '…', ...tail].join('\n')}`));
    });
  });
  const readyS = (Date.now() - started) / 1000;
  process.stderr.write(`${name} serving ${base} (pid ${child.pid}, ready in ${readyS.toFixed(1)} s)\n`);
  return { name, base, pid: child.pid!, readyS, stop };
}

/** Resident memory of a process and its high-water mark, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * CPU time of a server's main thread and of the whole process (worker threads too), in ms (Linux /proc,
 * 100 ticks a second). Against the wall time it tells work from waiting for a core on a busy machine.
 */
export function cpuOf(pid: number): { mainMs: number; processMs: number } {
  const ticks = (file: string) => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return { mainMs: ticks(`/proc/${pid}/task/${pid}/stat`), processMs: ticks(`/proc/${pid}/stat`) };
}
