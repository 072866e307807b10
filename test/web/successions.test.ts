/// <reference lib="dom" />
/**
 * Administrative changes in the browser, in Chinese: the Shanghai office records on the data-entry page
 * that 闸北区 merged into 静安区 in 2015 (a missing place and a bad date refused in Chinese first); then
 * 静安区's page states the merger with its decision and lists 闸北区's ties with its own, the merged
 * district named beside each, and 闸北区's page names its heir. Screenshots at two widths go to /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  createTestUser,
  pickPlace,
  screenshotsAtTwoWidths,
  signedInPage,
  startWebServer,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import {
  HANOI,
  JINGAN,
  SHANGHAI,
  YOKOHAMA,
  ZHABEI,
  withRegistry,
  withZhabeiAndJingan,
} from '../support/registry-fixtures.ts';
import { createPartnership } from '../../src/store/writes.ts';

const OFFICE = { login: 'shanghai.editor', name: '上海外办' };

let web: WebServer;
let context: BrowserContext;
let base: string;

describe('administrative changes in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'successions' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    await withZhabeiAndJingan(web.db);
    const list = {
      source: { title: 'Shanghai list of twin cities', kind: 'document' as const },
      locator: '',
    };
    for (const [a, b] of [
      [ZHABEI, HANOI],
      [JINGAN, YOKOHAMA],
    ])
      await createPartnership(web.db, 'test', { placeA: a, placeB: b, type: 'sister_city', sources: [list] });
    await createTestUser(web.db, OFFICE.login, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: OFFICE.name,
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('records a merger on the data-entry page and shows it on both places, the heir holding the ties', async () => {
    const page = await signedInPage(context, base, OFFICE, 20_000);
    await page.goto(`${base}/entry?kind=succession`);
    const form = page.getByTestId('succession-form');
    await form.waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('行政区划调整');

    // Nothing chosen: the form says what is missing, in Chinese.
    await form.getByRole('button', { name: '保存' }).click();
    expect(await form.textContent()).toContain('请选择调整的地点。');
    await pickPlace(page, 'predecessor', '闸北');
    await pickPlace(page, 'successor', '静安');
    expect(await page.getByTestId('predecessor-chosen').textContent()).toContain('闸北区');
    await form.locator('[data-field=effective] input').fill('2015-13');
    await form
      .locator('[data-field=sourceTitle] input')
      .fill('国务院关于同意上海市调整静安区、闸北区行政区划的批复');
    await form.locator('[data-field=sourceLocator] input').fill('国函〔2015〕157号');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('entry-error').waitFor();
    expect(await form.locator('[data-field=effective]').textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await form.locator('[data-field=effective] input').fill('2015-11');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('entry-success').waitFor();
    await screenshotsAtTwoWidths(page, 'succession-entry');

    // 静安区 states the merger, with its decision, and holds 闸北区's tie with Hanoi beside its own.
    await page.getByTestId('entry-success').getByRole('link').click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/place/${ZHABEI}`);
    await expect.poll(() => page.getByTestId('succession-heir').textContent()).toContain('静安区');
    expect(await page.getByTestId('succession').textContent()).toContain('2015年11月：并入静安区。');
    await page.getByTestId('succession-heir').getByRole('link').click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/place/${JINGAN}`);
    const note = page.getByTestId('succession-note');
    // The address changes before the page does: wait for 静安区's own note, not 闸北区's still shown.
    await expect.poll(() => note.textContent()).toContain('2015年11月：闸北区并入。');
    expect(await note.textContent()).toContain('国务院关于同意上海市调整静安区、闸北区行政区划的批复');
    expect(await note.textContent()).toContain('闸北区的友好关系列于下表，并计入本地。');
    const table = page.getByTestId('partner-table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('河内');
    expect(text).toContain('横滨');
    expect(text).toMatch(/河内[\s\S]*闸北区（原地名）/);
    expect(text).toContain('签署方');
    await screenshotsAtTwoWidths(page, 'succession-heir');
    await page.close();
  });
});
