/**
 * The annual report over the small registry, on every engine: the PDF's text (read back with pdftotext)
 * and the DOCX's XML name the place and give the counts the layout API gives for the same selection;
 * English and the nation as well; bad input is refused with a problem naming the parameter.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { expectProblem, getReply, registryServer } from '../support/api.ts';

const work = mkdtempSync(join(tmpdir(), 'amity-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The PDF's text with line breaks and layout spaces removed (pdftotext breaks long lines). */
function pdfText(body: Buffer): string {
  const file = join(work, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, body);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** The text of the DOCX's body: every run of word/document.xml, joined. */
function docxText(body: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(body))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Ties signed, whatever became of them: every status but a proposal's. */
const SIGNED = 'status=listed,active,dormant,suspended,ended';

describe.each(ENGINES)('annual report on %s', (engine) => {
  // Shanghai's tie with Yokohama (1973) ended: still counted among the ties signed, and said to have ended.
  const server = registryServer(engine, {}, async (db) => {
    await db.query(
      `UPDATE partnerships SET status = 'ended' WHERE (place_a = $1 AND place_b = $2) OR (place_a = $2 AND place_b = $1)`,
      [SHANGHAI, YOKOHAMA],
    );
  });
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const layoutTotal = async (query: string) =>
    (await getReply(server.app, `/api/analysis/layout?place=${SHANGHAI}&${SIGNED}&${query}`)).body
      .total as number;

  it("writes Shanghai's report as a PDF whose counts are the layout API's", async () => {
    const res = await get(`/api/reports?place=${SHANGHAI}&from=1990&to=2019&format=pdf&lang=zh`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="amity-report-gn-1796236-1990-2019-zh.pdf"',
    );
    const text = pdfText(res.rawPayload);
    const stock = await layoutTotal('to=2019&undated=true');
    const fresh = await layoutTotal('from=1990&to=2019');
    expect([stock, fresh]).toEqual([3, 1]);
    expect(text).toContain('上海市城市对外交往报告（1990—2019年）');
    expect(text).toContain(`截至2019年底已缔结的对外友好关系：${stock}对（其中1对已终止）`);
    expect(text).toContain(`1990—2019年新缔结：${fresh}对`);
    // The new tie, the exchange of the span and the project, in Chinese.
    expect(text).toContain('胡志明市');
    expect(text).toContain('友好城市论坛');
    expect(text).toContain('港口合作试点');
    // Stated figures beside counted ones, with the reasons they differ in Chinese.
    expect(text).toContain('所述数字仅统计友好城市');
    expect(text).not.toMatch(/sister cities only/);
  });

  it('writes the same report as a Word document', async () => {
    const res = await get(`/api/reports?place=${SHANGHAI}&from=1990&to=2019&format=docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const files = unzipSync(new Uint8Array(res.rawPayload));
    // Charts as SVG with a PNG for word processors that do not draw SVG.
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(media.some((f) => f.endsWith('.png'))).toBe(true);
    const text = docxText(res.rawPayload);
    expect(text).toContain('上海市城市对外交往报告（1990—2019年）');
    expect(text).toContain(
      `截至2019年底已缔结的对外友好关系：${await layoutTotal('to=2019&undated=true')}对`,
    );
    expect(text).toContain(`1990—2019年新缔结：${await layoutTotal('from=1990&to=2019')}对`);
  });

  it('writes it in English, for one year', async () => {
    const res = await get(`/api/reports?place=${SHANGHAI}&year=1994&lang=en&format=pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Shanghai:citydiplomacyreport,1994');
    expect(text).toContain(`Tiesabroadsignedattheendof1994:${await layoutTotal('to=1994&undated=true')}`);
    expect(text).toContain(`Signedin1994:${await layoutTotal('from=1994&to=1994')}`);
  });

  it("writes the nation's report, which ranks no candidates", async () => {
    const res = await get('/api/reports?year=2019&format=pdf');
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    const national = await getReply(
      server.app,
      `/api/analysis/layout?country=CN&${SIGNED}&to=2019&undated=true`,
    );
    expect(text).toContain('全国城市对外交往报告（2019年）');
    expect(text).toContain(`截至2019年底已缔结的对外友好关系：${national.body.total}对`);
    expect(text).toContain('伙伴推荐面向城市和区县');
  });

  it('counts a span that reaches this year up to today, and refuses a year still to come', async () => {
    const thisYear = new Date().getUTCFullYear();
    const res = await get(`/api/reports?place=${SHANGHAI}&year=${thisYear}&lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(pdfText(res.rawPayload)).toMatch(/Tiesabroadsignedon\d{4}-\d{2}-\d{2}:3/);
    const future = expectProblem(await get(`/api/reports?place=${SHANGHAI}&year=${thisYear + 1}`), 400);
    expect(future.errors?.[0].field).toBe('query.from');
  });

  it('refuses bad input with a problem naming the parameter', async () => {
    expect(expectProblem(await get('/api/reports?place=gn:0&year=2019'), 404).detail).toMatch(/no place/);
    const reversed = expectProblem(await get(`/api/reports?place=${SHANGHAI}&from=2020&to=2010`), 400);
    expect(reversed.errors?.[0].field).toBe('query.from');
    expectProblem(await get(`/api/reports?place=${SHANGHAI}`), 400);
    expectProblem(await get(`/api/reports?place=${SHANGHAI}&year=20x9`), 400);
    expectProblem(await get(`/api/reports?place=${SHANGHAI}&year=2019&from=2010&to=2019`), 400);
    expectProblem(await get(`/api/reports?place=${SHANGHAI}&year=2019&format=odt`), 400);
    expectProblem(await get(`/api/reports?place=%00&year=2019`), 400);
  });
});
