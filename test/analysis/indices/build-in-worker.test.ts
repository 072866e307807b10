/** Large one-off index builds run in a worker thread and give exactly the in-thread result. */
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  iDataToCsv,
  iMetaToCsv,
  IndexFrameworkError,
  loadAsemTables,
  parseBuildRequest,
} from '../../../src/analysis/indices/index.ts';
import { buildIndexSummaryJson, buildSummary } from '../../../src/analysis/indices/build-in-worker.ts';

describe('buildIndexSummaryJson', () => {
  const { framework, rows } = loadAsemTables();
  // Ten copies of the ASEM units: large enough (over 20,000 cells) to go to a worker.
  const many = Array.from({ length: 10 }, (_, k) =>
    rows.map((r) => ({ ...r, uCode: `${r.uCode}_${k}`, uName: `${r.uName ?? r.uCode} ${k}` })),
  ).flat();
  const body = { iMeta: iMetaToCsv(framework), iData: iDataToCsv(many) };

  it('builds a large request in a worker with the same result as in this thread', async () => {
    expect(body.iData.length / 4).toBeGreaterThan(20_000);
    const inThread = JSON.stringify(buildSummary(buildIndex(parseBuildRequest(body))));
    expect(await buildIndexSummaryJson(body)).toBe(inThread);
  }, 60_000);

  it('reports framework problems from the worker as an IndexFrameworkError', async () => {
    const broken = { ...body, iData: body.iData.replace(/^uCode/, 'unitCode') };
    await expect(buildIndexSummaryJson(broken)).rejects.toBeInstanceOf(IndexFrameworkError);
  }, 60_000);

  it('stops the worker when the signal aborts', async () => {
    const controller = new AbortController();
    const run = buildIndexSummaryJson(body, controller.signal);
    controller.abort(new Error('client gone'));
    await expect(run).rejects.toThrow('client gone');
  }, 60_000);
});
