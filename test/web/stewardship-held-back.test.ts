/// <reference lib="dom" />
/**
 * Names held back, in the browser, in Chinese. A twin-city list names Shanghai beside Nowhereville, which
 * no gazetteer knows, and Prague beside Taizhou, of which China has two. Shanghai's editor opens the tab
 * 未识别的名称: a save without a place is refused in Chinese; Nowhereville is found by search as the city
 * Nishi-Nowhere and becomes a tie (a city office teaches no foreign name); Taizhou is one of its two candidates, told
 * apart by their cities. Beijing's editor ties one of its two Nowhereville rows to a place outside the
 * list's country, which needs a note, and dismisses Oz, which is no place, with a reason. Screenshots at a
 * desktop and a phone width go to /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  createTestUser,
  latinInterfaceText,
  screenshotsAtTwoWidths,
  signedInPage,
  startWebServer,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import { BEIJING, PRAGUE, SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';
import { heldBackPlaces, importHeldBackList } from '../support/held-back-list.ts';
import { partnershipId } from '../../src/domain/ids.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;
let places: Awaited<ReturnType<typeof heldBackPlaces>>;

const SH_EDITOR = { login: 'shanghai.editor', name: '上海编辑' };
const BJ_EDITOR = { login: 'beijing.editor', name: '北京编辑' };
/** Names as the list writes them, and the Japanese city's: data, not interface. */
const DATA_NAMES = ['Nowhereville', 'Nishi-Nowhere', 'Taizhou', 'Oz'];

const entry = (page: Page, name: string) =>
  page.locator(`[data-testid=stewardship-item][data-name="${name}"]`);
const as = (user: { login: string; name: string }) => signedInPage(context, base, user, 20_000);

describe('names held back in the data review', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'held-back' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    places = await heldBackPlaces(web.db);
    await importHeldBackList(web.db);
    await createTestUser(web.db, SH_EDITOR.login, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: SH_EDITOR.name,
    });
    await createTestUser(web.db, BJ_EDITOR.login, [{ role: 'editor', jurisdictionId: BEIJING }], {
      name: BJ_EDITOR.name,
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('lets Shanghai’s editor name the places a list’s names mean', async () => {
    const page = await as(SH_EDITOR);
    await page.goto(`${base}/workspace`);
    await expect.poll(() => page.getByTestId('workspace-stewardship-heldBack').textContent()).toBe('2');
    await page.goto(`${base}/stewardship?question=heldBack`);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('未识别的名称');
    await expect.poll(() => page.getByTestId('stewardship-count-heldBack').textContent()).toBe('2');
    const nowhere = entry(page, 'Nowhereville');
    await nowhere.waitFor();
    expect(await nowhere.getByTestId('held-back-name').textContent()).toBe('Nowhereville（日本）');
    expect(await nowhere.getByTestId('held-back-status').textContent()).toBe('无此名称的地点');
    const partner = nowhere.getByTestId('held-back-partners').getByRole('link');
    expect(await partner.textContent()).toBe('上海市');
    expect(await partner.getAttribute('href')).toBe(`/place/${encodeURIComponent(SHANGHAI)}`);
    const taizhou = entry(page, 'Taizhou');
    expect(await taizhou.getByTestId('held-back-status').textContent()).toBe('有多个同名地点');
    expect(await taizhou.getByTestId('held-back-partners').getByRole('link').getAttribute('href')).toBe(
      `/place/${encodeURIComponent(PRAGUE)}`,
    );
    expect(await latinInterfaceText(page, DATA_NAMES)).toEqual([]);
    await screenshotsAtTwoWidths(page, 'stewardship-held-back');

    // Saving without a place is refused on the page, in Chinese.
    await nowhere.getByTestId('stewardship-correct').click();
    const panel = nowhere.getByTestId('stewardship-panel-correct');
    expect(await panel.locator('legend').textContent()).toBe('“Nowhereville”指的是哪个地点？');
    await panel.getByTestId('stewardship-confirm').click();
    expect(await panel.getByTestId('held-back-chosen').textContent()).toBe('请选择该名称所指的地点。');
    // The place is found in the list's country by another of its names.
    await panel.getByRole('combobox').fill('Nishi');
    await page
      .getByRole('option', { name: /Nishi-Nowhere/ })
      .first()
      .click();
    expect(await panel.getByTestId('held-back-chosen').textContent()).toBe('已选择：Nishi-Nowhere');
    expect(await latinInterfaceText(page, DATA_NAMES)).toEqual([]);
    await screenshotsAtTwoWidths(page, 'stewardship-held-back-correct');
    await panel.getByTestId('stewardship-confirm').click();
    await expect
      .poll(() => page.getByTestId('stewardship-notice').textContent())
      .toBe('“Nowhereville”即Nishi-Nowhere：已记录 1 项友好关系。');
    await expect.poll(() => nowhere.count()).toBe(0);
    await expect.poll(() => page.getByTestId('stewardship-count-heldBack').textContent()).toBe('1');
    const tie = await web.db.query(`SELECT visibility FROM partnerships WHERE id = $1`, [
      partnershipId(SHANGHAI, places.nowhere),
    ]);
    expect(tie).toEqual([{ visibility: 'public' }]);

    // Taizhou: the two places of the name, told apart by their cities.
    await taizhou.getByTestId('stewardship-correct').click();
    const candidates = taizhou.getByTestId('held-back-candidate');
    await expect.poll(() => candidates.allTextContents()).toHaveLength(2);
    const labels = (await candidates.allTextContents()).map((t) => t.trim()).sort();
    expect(labels).toEqual(
      [expect.stringMatching(/^上海市泰州/), expect.stringMatching(/^北京市台州/)].sort(),
    );
    await candidates.filter({ hasText: '上海市泰州' }).locator('input').check();
    expect(await taizhou.getByTestId('stewardship-panel-correct').textContent()).toContain(
      '有多个地点名为“Taizhou”，其他名单不会按此识别。',
    );
    await taizhou.getByTestId('stewardship-confirm').click();
    await expect
      .poll(() => page.getByTestId('stewardship-notice').textContent())
      .toBe('“Taizhou”即泰州：已记录 1 项友好关系。');
    await page.getByTestId('stewardship-empty').waitFor();
    expect(await page.getByTestId('stewardship-empty').textContent()).toContain('名单中没有');
    const taizhouTie = await web.db.query(`SELECT 1 FROM partnerships WHERE id = $1`, [
      partnershipId(places.taizhouSh, PRAGUE),
    ]);
    expect(taizhouTie).toHaveLength(1);
    await page.close();
  });

  it('lets Beijing’s editor dismiss a name that is no place, with the reason', async () => {
    const page = await as(BJ_EDITOR);
    await page.goto(`${base}/stewardship?question=heldBack`);
    const oz = entry(page, 'Oz');
    await oz.waitFor();
    // Beijing's own rows of Nowhereville are still Beijing's to settle: its office finds the place, for
    // one row, in another country than the list's, which needs a note saying why.
    const nowhere = entry(page, 'Nowhereville');
    await nowhere.getByTestId('stewardship-correct').click();
    const rows = nowhere.getByTestId('held-back-rows').locator('input');
    expect(await rows.count()).toBe(2);
    await rows.nth(1).uncheck();
    await nowhere.getByTestId('held-back-everywhere').check();
    await nowhere.getByRole('combobox').fill('Hanoi');
    await page.getByRole('option', { name: /河内/ }).first().click();
    await nowhere.getByTestId('stewardship-confirm').click();
    await expect
      .poll(() => nowhere.locator('.field-error .error-text').textContent())
      .toBe('请说明该地点为何不在名单所列的日本。');
    expect(await latinInterfaceText(page, DATA_NAMES)).toEqual([]);
    await nowhere.getByTestId('stewardship-note').fill('名单误列国家，据北京市外办名单');
    await nowhere.getByTestId('stewardship-confirm').click();
    await expect
      .poll(() => page.getByTestId('stewardship-notice').textContent())
      .toBe('“Nowhereville”即河内：已记录 1 项友好关系。');
    // The other row stays open.
    await expect.poll(() => nowhere.getByTestId('held-back-partners').getByRole('link').count()).toBe(1);
    await oz.getByTestId('stewardship-dismiss').click();
    await oz.getByTestId('stewardship-note').fill('小说中的国度，不是城市');
    await oz.getByTestId('stewardship-confirm').click();
    await expect.poll(() => page.getByTestId('stewardship-notice').textContent()).toBe('已忽略：“Oz”。');
    await expect.poll(() => oz.count()).toBe(0);
    const logged = await web.db.query(
      `SELECT decision, note, login FROM stewardship_decisions WHERE question = 'heldBack' AND decision = 'dismiss'`,
    );
    expect(logged).toEqual([{ decision: 'dismiss', note: '小说中的国度，不是城市', login: BJ_EDITOR.login }]);
    await page.close();
  });
});
