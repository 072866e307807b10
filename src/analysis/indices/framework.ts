/** Framework validation and the compiled hierarchy every step works on. */
import type { Framework, FrameworkNode } from '../../domain/index-framework.ts';

export interface FrameworkIssue {
  code: string;
  problem: string;
}

/** A framework or data set that cannot be used, with every problem found (each naming the code, row or column). */
export class IndexFrameworkError extends Error {
  readonly issues: FrameworkIssue[];
  constructor(issues: FrameworkIssue[]) {
    super(issues.map((i) => `${i.code}: ${i.problem}`).join('; '));
    this.name = 'IndexFrameworkError';
    this.issues = issues;
  }
}

/** The hierarchy compiled to index arrays: indicators first (framework order), then aggregates by level. */
export interface Structure {
  codes: string[];
  names: string[];
  index: Map<string, number>;
  level: Int32Array;
  /** Index of the parent node, -1 for the top node(s). */
  parent: Int32Array;
  direction: Float64Array;
  weight: Float64Array;
  target: Float64Array;
  denominator: (string | null)[];
  nIndicators: number;
  maxLevel: number;
  /** Children of node i are childIndex[childStart[i] .. childStart[i + 1]). */
  childStart: Int32Array;
  childIndex: Int32Array;
  /** Aggregate node indices in the order they are computed (ascending level). */
  aggregates: Int32Array;
  /** Top-level node index (the index). */
  top: number;
  levelNames: string[];
}

function parseNumberLike(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && v.trim().toUpperCase() !== 'NA') return Number(v);
  return NaN;
}

/** Checks a framework and compiles it. Throws IndexFrameworkError listing every problem. */
export function compileFramework(framework: Framework): Structure {
  const issues: FrameworkIssue[] = [];
  const nodes = framework.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) {
    throw new IndexFrameworkError([
      { code: framework.id ?? '(framework)', problem: 'has no indicators or aggregates' },
    ]);
  }
  const byCode = new Map<string, FrameworkNode>();
  for (const n of nodes) {
    if (typeof n.code !== 'string' || n.code.trim() === '') {
      issues.push({ code: String(n.code), problem: 'code is empty or not text' });
      continue;
    }
    if (byCode.has(n.code)) issues.push({ code: n.code, problem: 'duplicate code' });
    else byCode.set(n.code, n);
  }
  const reserved = new Set([
    'uCode',
    'uName',
    ...(framework.groups ?? []),
    ...(framework.denominators ?? []),
  ]);
  for (const code of byCode.keys()) {
    if (reserved.has(code))
      issues.push({ code, problem: 'code is also used as a unit, group or denominator column' });
  }
  const children = new Map<string, string[]>();
  for (const n of byCode.values()) {
    const p = n.parent ?? null;
    if (p !== null && p !== '') {
      if (p === n.code) issues.push({ code: n.code, problem: 'is its own parent' });
      else if (!byCode.has(p)) issues.push({ code: n.code, problem: `unknown parent code '${p}'` });
      else children.set(p, [...(children.get(p) ?? []), n.code]);
    }
    const w = n.weight === undefined ? 1 : parseNumberLike(n.weight);
    if (!Number.isFinite(w))
      issues.push({ code: n.code, problem: `weight '${String(n.weight)}' is not a number` });
    else if (w < 0) issues.push({ code: n.code, problem: `weight ${w} is negative` });
    const d = n.direction === undefined ? 1 : parseNumberLike(n.direction);
    if (d !== 1 && d !== -1)
      issues.push({ code: n.code, problem: `direction '${String(n.direction)}' is not 1 or -1` });
  }
  // cycles: follow each parent chain; a chain longer than the node count or revisiting a node is a cycle
  const inCycle = new Set<string>();
  for (const start of byCode.keys()) {
    const seen = new Set<string>();
    let cur: string | null = start;
    while (cur !== null && byCode.has(cur)) {
      if (seen.has(cur)) {
        if (!inCycle.has(cur)) {
          const cycle = [...seen].slice([...seen].indexOf(cur));
          cycle.forEach((c) => inCycle.add(c));
          issues.push({ code: cur, problem: `cycle in parents: ${[...cycle, cur].join(' -> ')}` });
        }
        break;
      }
      seen.add(cur);
      const p: string | null | undefined = byCode.get(cur)?.parent;
      cur = p === undefined || p === '' ? null : p;
    }
  }
  if (issues.length) throw new IndexFrameworkError(issues);

  // levels: depth from the bottom; indicators are leaves
  const leafLevel = (code: string): number => {
    const ch = children.get(code);
    if (!ch || ch.length === 0) return 1;
    return 1 + Math.max(...ch.map(leafLevel));
  };
  const level = new Map<string, number>();
  for (const n of byCode.values()) {
    const derived = leafLevel(n.code);
    const given = n.level === undefined || n.level === null ? NaN : parseNumberLike(n.level);
    const isIndicator =
      n.type === 'Indicator' ||
      (n.type === undefined && (Number.isFinite(given) ? given === 1 : derived === 1));
    const hasChildren = (children.get(n.code)?.length ?? 0) > 0;
    if (isIndicator && (children.get(n.code)?.length ?? 0) > 0)
      issues.push({ code: n.code, problem: 'is an indicator but has children' });
    if (!isIndicator && (children.get(n.code)?.length ?? 0) === 0)
      issues.push({ code: n.code, problem: 'is an aggregate with no children (orphan aggregate)' });
    if (Number.isFinite(given) && hasChildren && given !== derived) {
      issues.push({
        code: n.code,
        problem: `level ${given} does not match its place in the hierarchy (level ${derived})`,
      });
    }
    level.set(n.code, Number.isFinite(given) ? given : derived);
  }
  for (const n of byCode.values()) {
    const p = n.parent ?? null;
    if (p !== null && p !== '' && level.get(p)! !== level.get(n.code)! + 1) {
      issues.push({
        code: n.code,
        problem: `parent '${p}' is at level ${level.get(p)}, not ${level.get(n.code)! + 1}`,
      });
    }
  }
  const maxLevel = Math.max(...level.values());
  const roots = [...byCode.values()].filter(
    (n) => n.parent === undefined || n.parent === null || n.parent === '',
  );
  for (const r of roots) {
    if (level.get(r.code)! !== maxLevel)
      issues.push({
        code: r.code,
        problem: `orphan: has no parent but is at level ${level.get(r.code)}, below the top level ${maxLevel}`,
      });
  }
  const tops = roots.filter((r) => level.get(r.code) === maxLevel);
  if (tops.length > 1)
    issues.push({
      code: tops.map((t) => t.code).join(','),
      problem: 'more than one top-level node; add a common parent',
    });
  if (issues.length) throw new IndexFrameworkError(issues);

  const indicators = nodes.filter((n) => level.get(n.code) === 1);
  const aggs = nodes
    .filter((n) => level.get(n.code)! > 1)
    .sort((a, b) => level.get(a.code)! - level.get(b.code)!);
  const ordered = [...indicators, ...aggs];
  const N = ordered.length;
  const index = new Map(ordered.map((n, i) => [n.code, i]));
  const s: Structure = {
    codes: ordered.map((n) => n.code),
    names: ordered.map((n) => n.name ?? n.code),
    index,
    level: Int32Array.from(ordered.map((n) => level.get(n.code)!)),
    parent: Int32Array.from(ordered.map((n) => (n.parent ? index.get(n.parent)! : -1))),
    direction: Float64Array.from(
      ordered.map((n) => (n.direction === undefined ? 1 : parseNumberLike(n.direction))),
    ),
    weight: Float64Array.from(ordered.map((n) => (n.weight === undefined ? 1 : parseNumberLike(n.weight)))),
    target: Float64Array.from(
      ordered.map((n) => (n.target === undefined || n.target === null ? NaN : parseNumberLike(n.target))),
    ),
    denominator: ordered.map((n) => (n.denominator ? n.denominator : null)),
    nIndicators: indicators.length,
    maxLevel,
    childStart: new Int32Array(N + 1),
    childIndex: new Int32Array(Math.max(N - 1, 0)),
    aggregates: Int32Array.from(aggs.map((n) => index.get(n.code)!)),
    top: index.get(tops[0].code)!,
    levelNames:
      framework.levelNames ??
      Array.from({ length: maxLevel }, (_, i) => (i === 0 ? 'Indicator' : `Level ${i + 1}`)),
  };
  let k = 0;
  for (let i = 0; i < N; i++) {
    s.childStart[i] = k;
    for (const c of children.get(s.codes[i]) ?? []) s.childIndex[k++] = index.get(c)!;
  }
  s.childStart[N] = k;
  return s;
}

/** Codes of the nodes at a level (1 = indicators). */
export function codesAtLevel(s: Structure, level: number): string[] {
  return s.codes.filter((_, i) => s.level[i] === level);
}

/** Codes of the direct children of a node. */
export function childrenOf(s: Structure, code: string): string[] {
  const i = s.index.get(code);
  if (i === undefined) throw new IndexFrameworkError([{ code, problem: 'not in the framework' }]);
  return Array.from(s.childIndex.subarray(s.childStart[i], s.childStart[i + 1]), (c) => s.codes[c]);
}

/** Indicator codes under a node (the node itself when it is an indicator). */
export function indicatorsUnder(s: Structure, code: string): string[] {
  const i = s.index.get(code);
  if (i === undefined) throw new IndexFrameworkError([{ code, problem: 'not in the framework' }]);
  if (s.level[i] === 1) return [code];
  return childrenOf(s, code).flatMap((c) => indicatorsUnder(s, c));
}

/** The ancestor of a node at a given level (its lineage, as COINr's Meta$Lineage). */
export function ancestorAt(s: Structure, code: string, level: number): string | null {
  let i = s.index.get(code) ?? -1;
  while (i >= 0 && s.level[i] < level) i = s.parent[i];
  return i >= 0 && s.level[i] === level ? s.codes[i] : null;
}
