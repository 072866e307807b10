/**
 * `amity report` as an officer runs it on a data folder: the Word file of a span names the place and the
 * counts; a bad year and an unknown place stop it with a message naming them and no file written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { amity } from '../support/cli.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import { SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';

describe('amity report', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'amity-report-cli-'));
  const dataDir = path.join(tmp, 'pglite');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Three CLI processes, each starting TypeScript and the embedded database.
  it('writes a Word report of a span, and refuses a bad year or an unknown place', async () => {
    const db = await openDatabase({ dataDir });
    await migrate(db);
    await withSmallGazetteer(db);
    await withRegistry(db);
    await db.close();
    const dir = ['--data-dir', dataDir];

    const out = path.join(tmp, 'shanghai.docx');
    const made = await amity([
      'report',
      SHANGHAI,
      '--from',
      '1990',
      '--to',
      '2019',
      '--format',
      'docx',
      '--out',
      out,
      ...dir,
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^wrote .*shanghai\.docx \(\d+ bytes\)/);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('上海市城市对外交往报告（1990—2019年）');
    // Yokohama (1973), Ho Chi Minh City (1994) and Chiang Mai Province (undated).
    expect(text).toContain('截至2019年底已缔结的对外友好关系：3对');
    expect(text).toContain('1990—2019年新缔结：1对');

    const badYear = await amity([
      'report',
      SHANGHAI,
      '--year',
      '19x9',
      '--out',
      path.join(tmp, 'x.pdf'),
      ...dir,
    ]);
    expect(badYear.code).not.toBe(0);
    expect(badYear.stderr).toContain('--year 19x9: give a four-digit year');
    expect(existsSync(path.join(tmp, 'x.pdf'))).toBe(false);

    const unknown = await amity([
      'report',
      'gn:0',
      '--year',
      '2019',
      '--out',
      path.join(tmp, 'y.pdf'),
      ...dir,
    ]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no place with id gn:0');
    expect(existsSync(path.join(tmp, 'y.pdf'))).toBe(false);
  }, 300_000);
});
