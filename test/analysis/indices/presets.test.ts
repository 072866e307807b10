import { describe, expect, it } from 'vitest';
import {
  assignTiers,
  briCityDevelopmentFramework,
  briCityPotentialFramework,
  cityTypology,
  compileFramework,
  createCoin,
  DEFAULT_CITY_INDEX_STEPS,
  financialConnectivityFramework,
  FINANCIAL_CONNECTIVITY_TIERS,
  getColumn,
} from '../../../src/analysis/indices/index.ts';
import type { Framework, UnitRow } from '../../../src/domain/index-framework.ts';

function fakeRows(
  fw: Framework,
  n: number,
  value: (unit: number, code: string, i: number) => number,
): UnitRow[] {
  const inds = fw.nodes.filter((x) => x.level === 1);
  return Array.from(
    { length: n },
    (_, u) =>
      ({
        uCode: `C${u + 1}`,
        ...Object.fromEntries(inds.map((x, i) => [x.code, value(u, x.code, i)])),
      }) as UnitRow,
  );
}

describe('Belt and Road presets', () => {
  it('development index: 5 dimensions weighted 30/30/15/15/10 over 27 criteria', () => {
    const fw = briCityDevelopmentFramework();
    const s = compileFramework(fw);
    expect(s.nIndicators).toBe(27);
    const dims = fw.nodes.filter((x) => x.level === 2);
    expect(dims.map((d) => [d.code, d.weight])).toEqual([
      ['business', 0.3],
      ['human_capital', 0.3],
      ['information', 0.15],
      ['culture', 0.15],
      ['political', 0.1],
    ]);
    expect(fw.nodes.some((x) => x.code === 'cul_sister_cities')).toBe(true);
    expect(fw.source).toMatch(/Kearney Global Cities Index/);
  });
  it('potential index: 4 dimensions of 25% over 13 criteria', () => {
    const fw = briCityPotentialFramework();
    expect(compileFramework(fw).nIndicators).toBe(13);
    expect(fw.nodes.filter((x) => x.level === 2).map((d) => d.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(fw.source).toMatch(/Global Cities Outlook/);
  });
  it('financial connectivity: 3 areas, 8 indicators, 4 grades reproducing the published 10/12/22/19 split', () => {
    const fw = financialConnectivityFramework();
    const s = compileFramework(fw);
    expect(s.nIndicators).toBe(8);
    expect(fw.nodes.filter((x) => x.level === 2).length).toBe(3);
    const rows = fakeRows(fw, 63, (u, _c, i) => ((u * 7 + i * 13) % 63) + u);
    const coin = createCoin(fw, rows, DEFAULT_CITY_INDEX_STEPS);
    const tiers = assignTiers(coin, 'fc_index', {
      method: 'topShares',
      shares: [...FINANCIAL_CONNECTIVITY_TIERS.topShares],
      labels: FINANCIAL_CONNECTIVITY_TIERS.labels.map((l) => l.en),
    });
    const counts = ['high', 'fairly high', 'average', 'poor'].map(
      (l) => tiers.filter((t) => t.label === l).length,
    );
    expect(counts).toEqual([10, 12, 22, 19]);
  });
  it('typology of cities from the dimension profile', () => {
    const fw = briCityDevelopmentFramework();
    // C1 leads business; C2 leads human capital, business and information; C3 leads human capital only; C4 information only
    const profile: Record<string, Record<string, number>> = {
      C1: { bus: 100, hc: 30, info: 30 },
      C2: { bus: 90, hc: 100, info: 90 },
      C3: { bus: 10, hc: 95, info: 10 },
      C4: { bus: 20, hc: 20, info: 100 },
      C5: { bus: 0, hc: 0, info: 0 },
    };
    const rows = fakeRows(fw, 5, (u, code) => {
      const p = profile[`C${u + 1}`];
      return code.startsWith('bus_')
        ? p.bus
        : code.startsWith('hc_')
          ? p.hc
          : code.startsWith('info_')
            ? p.info
            : 50 + u;
    });
    const coin = createCoin(fw, rows, DEFAULT_CITY_INDEX_STEPS);
    expect(getColumn(coin, 'business').get('C1')).toBe(100);
    const types = Object.fromEntries(cityTypology(coin).map((t) => [t.unit, t.type]));
    expect(types).toEqual({
      C1: 'economic_center',
      C2: 'network_center',
      C3: 'industry_leader',
      C4: 'regional_hub',
      C5: null,
    });
  });
});
