/** Index work run in a worker thread (builds, saves, results files, uncertainty) gives exactly the in-thread result. */
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  defaultUncertainSettings,
  recipeOf,
  resultRows,
  resultsCsv,
  runUncertainty,
  iDataToCsv,
  iMetaToCsv,
  IndexFrameworkError,
  loadAsemTables,
  parseBuildRequest,
} from '../../../src/analysis/indices/index.ts';
import {
  buildIndexSummaryJson,
  buildSummary,
  resultsFileInWorker,
  saveBuildInWorker,
  uncertaintyInWorker,
} from '../../../src/analysis/indices/indices-in-worker.ts';

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
    expect((await buildIndexSummaryJson(body)).toString('utf8')).toBe(inThread);
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

describe('saves, results files and uncertainty in a worker', () => {
  const asem = buildIndex(parseBuildRequest({ preset: 'asem' }));

  it('gives the recipe and result rows of a save', async () => {
    const saved = await saveBuildInWorker(parseBuildRequest({ preset: 'asem' }));
    expect(saved.recipe).toEqual(recipeOf(parseBuildRequest({ preset: 'asem' })));
    expect(saved.results).toEqual(resultRows(asem.coin));
    expect(saved.results.length).toBeGreaterThan(1000);
    await expect(saveBuildInWorker(parseBuildRequest({ iMeta: 'iCode\nx' }))).rejects.toBeInstanceOf(
      IndexFrameworkError,
    );
  }, 60_000);

  it('writes the results CSV and a workbook', async () => {
    const csv = await resultsFileInWorker(asem.recipe, 'csv');
    expect(csv.toString('utf8')).toBe(resultsCsv(asem));
    const xlsx = await resultsFileInWorker(asem.recipe, 'xlsx');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);

  it('runs an uncertainty analysis as this thread does, without the per-replication tables', async () => {
    const settings = defaultUncertainSettings(asem.recipe.framework, asem.recipe.steps);
    const inThread = await runUncertainty(asem.coin, settings, 60, { seed: 7, workers: 0 });
    const summary = await uncertaintyInWorker({
      recipe: asem.recipe,
      settings,
      replications: 60,
      seed: 7,
      workers: 0,
    });
    const { scores, ranks, ...expected } = inThread;
    expect(scores.length).toBe(60 * asem.recipe.rows.length);
    expect(ranks.length).toBe(scores.length);
    expect(summary).toEqual(expected);
    expect(summary.medianRank.length).toBe(asem.recipe.rows.length);
  }, 60_000);
});
