/** Finds a Python interpreter that can import the peers' packages (NetworkX, python-igraph). */
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.AMITY_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);

export function findPython(modules: string[]): string | null {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], {
      encoding: 'utf8',
    });
    if (probe.status === 0) return python;
  }
  return null;
}

/** Runs a Python script and parses the JSON it prints. */
export function runPythonJson<T>(python: string, args: string[], timeoutMs = 60 * 60 * 1000): T {
  const run = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  if (run.status !== 0) {
    throw new Error(
      `${python} ${args.join(' ')} failed (status ${run.status}): ${run.stderr || run.error?.message}`,
    );
  }
  return JSON.parse(run.stdout) as T;
}
