/**
 * Where a server's event loop was held, from a V8 CPU profile (`node --cpu-prof`): what the thread ran
 * during a given time window (bench/stall.ts asks about the window of each slow health probe), and the
 * stretches in which the thread never went idle for longer than a threshold. A busy stretch is not
 * always one blocking task (a loop kept busy by many short tasks still answers), so the window of a slow
 * probe is the better question.
 *
 *   npx tsx bench/cpu-stalls.ts CPU.….cpuprofile [--min-ms 100]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface BusyStretch {
  /** Start and end on the monotonic clock, in microseconds (as process.hrtime.bigint() / 1000). */
  startUs: number;
  endUs: number;
  ms: number;
  /** Functions by time spent in themselves, largest first. */
  self: { frame: string; ms: number }[];
  /** Project functions (src/, bench/) by time spent in them and what they call, largest first. */
  project: { frame: string; ms: number }[];
}

const IDLE = new Set(['(idle)']);

const profiles = new Map<string, CpuProfile>();
function load(file: string): CpuProfile {
  let p = profiles.get(file);
  if (!p) profiles.set(file, (p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile));
  return p;
}

export interface WindowTime {
  /** Time of the window covered by non-idle samples. */
  busyMs: number;
  self: { frame: string; ms: number }[];
  project: { frame: string; ms: number }[];
}

/**
 * What the thread ran between `fromUs` and `toUs` (monotonic microseconds, as process.hrtime.bigint() /
 * 1000 — the clock of V8's profiles on Linux); null when the profile does not cover the window.
 */
export function whereTimeWent(file: string, fromUs: number, toUs: number, top = 6): WindowTime | null {
  const profile = load(file);
  const endUs = profile.startTime + profile.timeDeltas.reduce((a, b) => a + b, 0);
  if (fromUs < profile.startTime || fromUs > endUs) return null;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples: { id: number; us: number }[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < fromUs || t > toUs) continue;
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (!IDLE.has(byId.get(profile.samples[i])!.callFrame.functionName))
      samples.push({ id: profile.samples[i], us: next });
  }
  const { self, project } = attribute(samples, byId, parent, top);
  return { busyMs: samples.reduce((a, s) => a + s.us, 0) / 1000, self, project };
}

function attribute(
  samples: { id: number; us: number }[],
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
  top: number,
): { self: { frame: string; ms: number }[]; project: { frame: string; ms: number }[] } {
  const self = new Map<string, number>();
  const project = new Map<string, number>();
  for (const s of samples) {
    const node = byId.get(s.id)!;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + s.us);
    const seen = new Set<string>();
    for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      if (!/\/(src|bench)\//.test(n.callFrame.url)) continue;
      const name = frameName(n);
      if (seen.has(name)) continue;
      seen.add(name);
      project.set(name, (project.get(name) ?? 0) + s.us);
    }
  }
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, us]) => ({ frame, ms: us / 1000 }));
  return { self: ranked(self), project: ranked(project) };
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|node_modules)\//, '$1/') : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Stretches of at least `minMs` without an idle sample. */
export function busyStretches(file: string, minMs = 100, top = 6): BusyStretch[] {
  const profile = load(file);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stretches: BusyStretch[] = [];
  let t = profile.startTime;
  let open: { start: number; end: number; samples: { id: number; us: number }[] } | null = null;
  const close = () => {
    if (open && (open.end - open.start) / 1000 >= minMs)
      stretches.push({
        startUs: open.start,
        endUs: open.end,
        ms: (open.end - open.start) / 1000,
        ...attribute(open.samples, byId, parent, top),
      });
    open = null;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    const node = byId.get(profile.samples[i])!;
    if (IDLE.has(node.callFrame.functionName)) {
      close();
      continue;
    }
    open ??= { start: t, end: t, samples: [] };
    open.end = t + next;
    open.samples.push({ id: node.id, us: next });
  }
  close();
  return stretches;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = process.argv[2];
  const at = process.argv.indexOf('--min-ms');
  const minMs = at > 0 ? Number(process.argv[at + 1]) : 100;
  if (!file) {
    console.error('usage: bench/cpu-stalls.ts PROFILE.cpuprofile [--min-ms 100]');
    process.exit(2);
  }
  for (const s of busyStretches(file, minMs)) {
    console.log(`\n${s.ms.toFixed(0)} ms busy (monotonic ${(s.startUs / 1e6).toFixed(3)} s)`);
    for (const f of s.self) console.log(`  self ${f.ms.toFixed(0).padStart(6)} ms  ${f.frame}`);
    for (const f of s.project) console.log(`  in   ${f.ms.toFixed(0).padStart(6)} ms  ${f.frame}`);
  }
}
