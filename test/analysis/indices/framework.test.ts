import { describe, expect, it } from 'vitest';
import {
  compileFramework,
  createCoin,
  editStep,
  getColumn,
  iDataToCsv,
  iMetaToCsv,
  IndexFrameworkError,
  loadAsemTables,
  parseIDataCsv,
  parseIMetaCsv,
  readCoinWorkbook,
  writeCoinWorkbook,
} from '../../../src/analysis/indices/index.ts';
import type { Framework, FrameworkNode } from '../../../src/domain/index-framework.ts';

const base: FrameworkNode[] = [
  { code: 'x1', parent: 'P1' },
  { code: 'x2', parent: 'P1' },
  { code: 'x3', parent: 'P2' },
  { code: 'P1', parent: 'I', level: 2 },
  { code: 'P2', parent: 'I', level: 2 },
  { code: 'I', level: 3 },
];
const rows = [
  { uCode: 'A', x1: 1, x2: 2, x3: 3 },
  { uCode: 'B', x1: 2, x2: 3, x3: 1 },
];

function issuesOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IndexFrameworkError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('framework validation', () => {
  it('accepts a valid framework', () => {
    const s = compileFramework({ nodes: base });
    expect(s.maxLevel).toBe(3);
    expect(s.codes.slice(0, 3)).toEqual(['x1', 'x2', 'x3']);
  });
  it('names duplicate codes', () => {
    expect(issuesOf(() => compileFramework({ nodes: [...base, { code: 'x1', parent: 'P2' }] }))).toMatch(
      /x1: duplicate code/,
    );
  });
  it('names unknown parent codes', () => {
    expect(issuesOf(() => compileFramework({ nodes: [...base, { code: 'x4', parent: 'Nope' }] }))).toMatch(
      /x4: unknown parent code 'Nope'/,
    );
  });
  it('names cycles', () => {
    const nodes: FrameworkNode[] = [
      { code: 'a', parent: 'b' },
      { code: 'b', parent: 'c' },
      { code: 'c', parent: 'a' },
    ];
    expect(issuesOf(() => compileFramework({ nodes }))).toMatch(/cycle in parents: .*a.*b.*c/);
  });
  it('names orphans: an indicator without parent, an aggregate without children', () => {
    expect(issuesOf(() => compileFramework({ nodes: [...base, { code: 'x9' }] }))).toMatch(
      /x9: orphan: has no parent/,
    );
    expect(
      issuesOf(() => compileFramework({ nodes: [...base, { code: 'P3', parent: 'I', level: 2 }] })),
    ).toMatch(/P3: is an aggregate with no children/);
  });
  it('names non-numeric and negative weights and bad directions', () => {
    const bad = base.map((n) =>
      n.code === 'x1'
        ? { ...n, weight: 'heavy' as unknown as number }
        : n.code === 'x2'
          ? { ...n, weight: -1 }
          : n.code === 'x3'
            ? { ...n, direction: 2 }
            : n,
    );
    const msg = issuesOf(() => compileFramework({ nodes: bad }));
    expect(msg).toMatch(/x1: weight 'heavy' is not a number/);
    expect(msg).toMatch(/x2: weight -1 is negative/);
    expect(msg).toMatch(/x3: direction '2' is not 1 or -1/);
  });
  it('names an indicator with no data column', () => {
    expect(issuesOf(() => createCoin({ nodes: base }, [{ uCode: 'A', x1: 1, x2: 2 }]))).toMatch(
      /x3: indicator has no data column/,
    );
  });
  it('names the row and column of a non-numeric data cell', () => {
    expect(
      issuesOf(() => createCoin({ nodes: base }, [rows[0], { uCode: 'B', x1: 2, x2: 'lots', x3: 1 }])),
    ).toMatch(/row 2 \(B\), column x2: 'lots' is not a number/);
  });
  it('names duplicate unit codes and bad step settings', () => {
    expect(issuesOf(() => createCoin({ nodes: base }, [rows[0], rows[0]]))).toMatch(
      /row 2: duplicate uCode 'A'/,
    );
    expect(
      issuesOf(() => createCoin({ nodes: base }, rows, [{ step: 'aggregate', weights: { x1: -2 } }])),
    ).toMatch(/x1: weight -2 is negative/);
    expect(
      issuesOf(() => createCoin({ nodes: base }, rows, [{ step: 'aggregate' }, { step: 'normalise' }])),
    ).toMatch(/no step can follow aggregate/);
  });
});

describe('the coin log: change a step and rebuild', () => {
  it('rebuilds from the raw data with the edited settings', () => {
    const coin = createCoin({ nodes: base }, rows, [{ step: 'normalise' }, { step: 'aggregate' }]);
    expect(getColumn(coin, 'P1').get('A')).toBe(0);
    const eq = editStep(coin, 'normalise', { step: 'normalise', spec: { method: 'minMax', min: 1, max: 2 } });
    expect(getColumn(eq, 'P1').get('A')).toBe(1);
    expect(eq.log.map((s) => s.step)).toEqual(['normalise', 'aggregate']);
    const treated = editStep(coin, 'treat', { step: 'treat' });
    expect(treated.log.map((s) => s.step)).toEqual(['treat', 'normalise', 'aggregate']);
    expect(coin.log.length).toBe(2); // the original is unchanged
  });
});

describe('iData/iMeta import and export', () => {
  it('reads the ASEM tables into a framework of 49 indicators, 8 pillars, 2 sub-indices, 1 index', () => {
    const { framework, rows: r } = loadAsemTables();
    const s = compileFramework(framework);
    expect(s.nIndicators).toBe(49);
    expect([2, 3, 4].map((l) => Array.from(s.level).filter((v) => v === l).length)).toEqual([8, 2, 1]);
    expect(framework.groups).toEqual(['GDP_group', 'GDPpc_group', 'Pop_group', 'EurAsia_group']);
    expect(framework.denominators).toEqual(['Area', 'Energy', 'GDP', 'Population']);
    expect(r.length).toBe(51);
  });
  it('round-trips iMeta and iData through CSV', () => {
    const { framework, rows: r } = loadAsemTables();
    const fw2 = parseIMetaCsv(iMetaToCsv(framework));
    expect(fw2.nodes.map((n) => [n.code, n.parent, n.weight, n.direction, n.denominator])).toEqual(
      framework.nodes.map((n) => [n.code, n.parent, n.weight, n.direction, n.denominator]),
    );
    const r2 = parseIDataCsv(iDataToCsv(r));
    expect(r2.map((x) => x.LPI)).toEqual(r.map((x) => x.LPI));
  });
  it('round-trips through XLSX', async () => {
    const { framework, rows: r } = loadAsemTables();
    const book = await writeCoinWorkbook(framework, r);
    const back = await readCoinWorkbook(book);
    expect(back.framework.nodes.length).toBe(framework.nodes.length);
    const a = createCoin(framework, r, [{ step: 'normalise' }, { step: 'aggregate' }]);
    const b = createCoin(back.framework, back.rows, [{ step: 'normalise' }, { step: 'aggregate' }]);
    expect([...getColumn(b, 'Index').values()]).toEqual([...getColumn(a, 'Index').values()]);
  });
  it('reports a bad iMeta type and a weight that is not a number', () => {
    expect(issuesOf(() => parseIMetaCsv('iCode,Type,Level,Parent,Weight\nx,Widget,1,P,1\n'))).toMatch(
      /x: iMeta Type 'Widget'/,
    );
    const fw = parseIMetaCsv('iCode,Type,Level,Parent,Weight\nx,Indicator,1,I,abc\nI,Aggregate,2,NA,1\n');
    expect(issuesOf(() => compileFramework(fw as Framework))).toMatch(/x: weight 'abc' is not a number/);
  });
});
