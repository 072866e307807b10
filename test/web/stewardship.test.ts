/// <reference lib="dom" />
/**
 * Data review in the browser, in Chinese. A second source gives Shanghai–Yokohama another year and
 * Shanghai–Ho Chi Minh City another type. Shanghai's editor opens 数据核查 from the account menu, sees the
 * conflict with both sources' years and which one is shown, corrects the date to 1973-11-30 with a note:
 * the item leaves the list, the total drops, and the partnership page shows the date with the curator as
 * its source. A conflict settled behind the page's back is refused in Chinese and leaves the list. On the
 * undated tab, Shanghai–Chiang Mai is dismissed. Two districts named Taizhou (泰州, 台州) both hold
 * Yokohama: the editor withdraws 泰州's tie from public view, which needs a reason, and both questions
 * are settled. A district given the list's row of Shanghai and Yokohama is 1,900 km from where the row
 * puts it: the editor confirms the place. Beijing's editor sees none of Shanghai's questions; a
 * user without a curating role is told so. Screenshots at a desktop and a phone width go to /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  anonymousPage,
  createTestUser,
  screenshotsAtTwoWidths,
  signedInPage,
  startWebServer,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import {
  BEIJING,
  CHIANG_MAI,
  DOC_001,
  DOC_002,
  HCMC,
  LIST_SOURCE,
  SHANGHAI,
  YOKOHAMA,
  withRegistry,
} from '../support/registry-fixtures.ts';
import { amendPartnership, createPartnership, createPlace } from '../../src/store/writes.ts';
import { partnershipInputSchema } from '../../src/domain/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;

const SH_YOKOHAMA = partnershipId(SHANGHAI, YOKOHAMA);
const SH_HCMC = partnershipId(SHANGHAI, HCMC);
const SH_CHIANG_MAI = partnershipId(SHANGHAI, CHIANG_MAI);
/** The ties of two districts named Taizhou to Yokohama: 泰州's and 台州's. */
const TAIZHOU_TIES = { 泰州: '', 台州: '' };
/** A district at 盐边县's point, given the bundled lists' row of Shanghai and Yokohama. */
let misread = '';

const SH_EDITOR = { login: 'shanghai.editor', name: '上海编辑' };
const BJ_EDITOR = { login: 'beijing.editor', name: '北京编辑' };
const VIEWER = { login: 'shanghai.viewer', name: '上海查阅' };

const item = (page: Page, id: string) => page.locator(`[data-testid=stewardship-item][data-id="${id}"]`);
const count = (page: Page, question: string) =>
  page.getByTestId(`stewardship-count-${question}`).textContent();

/** The panel's text without the sources' own titles (data, in the language the source was written in). */
const interfaceText = (page: Page) =>
  page.getByTestId('stewardship-panel').evaluate((panel) => {
    const copy = panel.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.source-title').forEach((title) => title.remove());
    return copy.textContent ?? '';
  });

const as = (user: { login: string; name: string }) => signedInPage(context, base, user, 20_000);
const screenshots = (page: Page, name: string) => screenshotsAtTwoWidths(page, `stewardship-${name}`);

describe('data review in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'stewardship' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    // A second source gives Shanghai–Yokohama another year, and Shanghai–HCMC another type.
    await amendPartnership(web.db, 'test', SH_YOKOHAMA, {
      signed: { date: '1974-01-01', precision: 'year' },
      sources: [{ sourceId: DOC_002.id, locator: 'p. 7' }],
    });
    await amendPartnership(web.db, 'test', SH_HCMC, {
      type: 'friendly_exchange',
      sources: [{ sourceId: DOC_002.id, locator: 'p. 8' }],
    });
    for (const nameZh of ['泰州', '台州'] as const) {
      const place = await createPlace(web.db, 'test', {
        kind: 'district',
        nameEn: 'Taizhou',
        nameZh,
        countryCode: 'CN',
        parentId: SHANGHAI,
        searchKeys: ['taizhou', nameZh],
      });
      TAIZHOU_TIES[nameZh] = await createPartnership(
        web.db,
        'test',
        partnershipInputSchema.parse({
          placeA: place,
          placeB: YOKOHAMA,
          type: 'sister_city',
          signed: '1998',
          sources: [{ sourceId: LIST_SOURCE.id, locator: nameZh }],
        }),
      );
    }
    const yanbian = await createPlace(web.db, 'test', {
      kind: 'district',
      nameEn: 'Yanbian',
      nameZh: '盐边',
      countryCode: 'CN',
      parentId: SHANGHAI,
      lat: 26.7,
      lng: 101.85,
      searchKeys: ['yanbian', '盐边'],
    });
    misread = await createPartnership(
      web.db,
      'test',
      partnershipInputSchema.parse({
        placeA: yanbian,
        placeB: YOKOHAMA,
        type: 'sister_city',
        signed: '1998',
        sources: [{ sourceId: LIST_SOURCE.id, locator: 'twin_cities_raw.csv row 4975' }],
      }),
    );
    await createTestUser(web.db, SH_EDITOR.login, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: SH_EDITOR.name,
    });
    await createTestUser(web.db, BJ_EDITOR.login, [{ role: 'editor', jurisdictionId: BEIJING }], {
      name: BJ_EDITOR.name,
    });
    await createTestUser(web.db, VIEWER.login, [{ role: 'viewer', jurisdictionId: SHANGHAI }], {
      name: VIEWER.name,
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('shows Shanghai’s editor the conflict, and takes a correction with a note', async () => {
    const page = await as(SH_EDITOR);
    // The workspace names the open questions and links to the review.
    await page.goto(`${base}/workspace`);
    await expect.poll(() => page.getByTestId('workspace-stewardship-conflicting').textContent()).toBe('2');
    expect(await page.getByTestId('workspace-stewardship-totals').textContent()).toContain('缺少签约日期');
    expect(await page.getByTestId('workspace-stewardship-open').getAttribute('href')).toBe('/stewardship');
    await screenshots(page, 'workspace');

    // Data review is in the account menu.
    await page.getByTestId('account-menu').click();
    expect(await page.getByTestId('stewardship-link').textContent()).toBe('数据核查');
    await page.getByTestId('stewardship-link').click();
    await page.waitForURL('**/stewardship');
    await page.locator('h1').filter({ hasText: '数据核查' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      expect.stringContaining('有冲突的来源'),
      expect.stringContaining('同名地点'),
      expect.stringContaining('位置不符'),
      expect.stringContaining('未识别的名称'),
      expect.stringContaining('缺少签约日期'),
      expect.stringContaining('类型不明'),
    ]);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('有冲突的来源');
    await expect.poll(() => count(page, 'conflicting')).toBe('2');
    expect(await page.getByTestId('stewardship-total').textContent()).toBe('待处理 2 项');

    // Shanghai–Yokohama: both sources' years, the shown one marked, the pair linked to its page.
    const yokohama = item(page, SH_YOKOHAMA);
    await yokohama.waitFor();
    const pair = yokohama.getByTestId('stewardship-pair');
    expect(await pair.textContent()).toBe('上海市—横滨');
    expect(await pair.getAttribute('href')).toBe(`/partnership/${encodeURIComponent(SH_YOKOHAMA)}`);
    expect(await yokohama.textContent()).toContain('来源记载不一：签约日期');
    const claims = yokohama.locator('[data-testid=stewardship-claims] > li');
    expect(await claims.count()).toBe(2);
    const bySource = async (sourceId: string) => {
      const claim = yokohama.locator(`[data-testid=stewardship-claims] > li[data-source="${sourceId}"]`);
      return {
        value: await claim.getByTestId('claim-value').textContent(),
        shown: await claim.getByTestId('claim-shown').textContent(),
        chosen: await claim.getAttribute('data-chosen'),
        source: await claim.getByTestId('claim-source').textContent(),
      };
    };
    const list = await bySource(LIST_SOURCE.id);
    const doc = await bySource(DOC_002.id);
    expect([list.value, doc.value].sort()).toEqual(['1973年', '1974年']);
    expect(list.value).toBe('1973年');
    expect(list.source).toBe(LIST_SOURCE.title);
    expect(doc.source).toBe(DOC_002.title);
    // Exactly one of them is shown now, and the tie's date is that one's.
    const shown = [list, doc].filter((c) => c.chosen === 'true');
    expect(shown).toHaveLength(1);
    expect(shown[0].shown).toBe('当前显示');
    expect([list, doc].find((c) => c.chosen !== 'true')!.shown).toBe('未采用');
    expect(await yokohama.textContent()).toContain(`签约于 ${shown[0].value}`);
    // Shanghai–HCMC disagrees on the type, in the type labels.
    const hcmc = item(page, SH_HCMC);
    expect(await hcmc.textContent()).toContain('来源记载不一：类型');
    expect((await hcmc.getByTestId('claim-value').allTextContents()).sort()).toEqual(
      ['友好交流', '友好城市'].sort(),
    );
    // A source with a Chinese title is named by it in Chinese.
    await expect
      .poll(() => hcmc.locator(`li[data-source="${DOC_001.id}"]`).getByTestId('claim-source').textContent())
      .toBe(DOC_001.titleZh);
    // Apart from the sources' own titles, everything reads in Chinese.
    expect(await interfaceText(page)).not.toMatch(/[A-Za-z]/);
    await screenshots(page, 'conflicts');

    // A correction checks its date first, in Chinese.
    await yokohama.getByTestId('stewardship-correct').click();
    const form = yokohama.getByTestId('stewardship-panel-correct');
    expect(await form.locator('label').first().textContent()).toBe('更正后的签约日期');
    await form.getByTestId('stewardship-value').fill('1973-13');
    await form.getByTestId('stewardship-confirm').click();
    expect(await form.locator('.error-text').textContent()).toBe(
      '请填写不晚于今天的日期，格式为 年-月-日、年-月 或 年份。',
    );
    await form.getByTestId('stewardship-value').fill('1973-11-30');
    await form.getByTestId('stewardship-note').fill('据横滨市档案');
    await screenshots(page, 'correct');
    await form.getByTestId('stewardship-confirm').click();

    // The item leaves the list at once, and the totals drop.
    await expect.poll(() => item(page, SH_YOKOHAMA).count()).toBe(0);
    expect(await page.getByTestId('stewardship-notice').textContent()).toBe(
      '已更正：上海市—横滨。更正的值已以您为来源记录。',
    );
    await expect.poll(() => count(page, 'conflicting')).toBe('1');
    await expect.poll(() => page.getByTestId('stewardship-total').textContent()).toBe('待处理 1 项');
    await item(page, SH_HCMC).waitFor();
    await screenshots(page, 'corrected');

    // The partnership shows the curator's date, with the curator as its source.
    await page.goto(`${base}/partnership/${encodeURIComponent(SH_YOKOHAMA)}`);
    const detail = page.getByTestId('partnership-detail');
    await detail.waitFor();
    expect(await detail.locator('.facts').first().textContent()).toContain('1973年11月30日');
    const sources = await detail.locator('.source-list > li').allTextContents();
    const curator = sources.find((s) => s.includes(`Curator ${SH_EDITOR.login}`));
    expect(curator, sources.join(' | ')).toBeDefined();
    expect(curator).toContain('据横滨市档案');
    await page.close();
  });

  it('says in Chinese when a conflict was settled meanwhile, and drops it', async () => {
    const page = await as(SH_EDITOR);
    await page.goto(`${base}/stewardship`);
    const hcmc = item(page, SH_HCMC);
    await hcmc.waitFor();
    // Behind the page's back, the second source comes to agree with the first.
    await amendPartnership(web.db, 'test', SH_HCMC, {
      type: 'sister_city',
      sources: [{ sourceId: DOC_002.id, locator: 'p. 8' }],
    });
    // A type is corrected from the type labels.
    await hcmc.getByTestId('stewardship-correct').click();
    expect(
      await hcmc.locator('[data-testid=stewardship-panel-correct] select option').allTextContents(),
    ).toEqual(['请选择…', '友好城市', '友好交流', '其他', '未知']);
    await hcmc.getByTestId('stewardship-accept').click();
    expect(await hcmc.getByTestId('stewardship-panel-correct').count()).toBe(0);
    const accept = hcmc.getByTestId('stewardship-panel-accept');
    expect(await accept.textContent()).toMatch(/确认“友好(城市|交流)”为类型？/);
    await accept.getByTestId('stewardship-confirm').click();
    const stale = page.getByTestId('stewardship-stale');
    await stale.waitFor();
    expect(await stale.textContent()).toBe('各来源已不再冲突：有人已处理此问题。列表已刷新。');
    await expect.poll(() => item(page, SH_HCMC).count()).toBe(0);
    await page.getByTestId('stewardship-empty').waitFor();
    expect(await page.getByTestId('stewardship-empty').textContent()).toBe(
      '辖区内没有来源相互冲突的友好关系。',
    );
    await expect.poll(() => count(page, 'conflicting')).toBe('0');
    await page.close();
  });

  it('dismisses Shanghai–Chiang Mai on the undated tab', async () => {
    const page = await as(SH_EDITOR);
    await page.goto(`${base}/stewardship`);
    await page.getByTestId('stewardship-tab-undated').click();
    await page.waitForURL('**/stewardship?question=undated');
    // The address changes before the tab list is drawn again: the selected tab is waited for.
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toContain('缺少签约日期');
    const chiangMai = item(page, SH_CHIANG_MAI);
    await chiangMai.waitFor();
    expect(await chiangMai.getByTestId('stewardship-pair').textContent()).toBe('上海市—清迈府');
    expect(await chiangMai.textContent()).toContain('签约日期不详');
    expect(await chiangMai.textContent()).toContain('友好交流');
    // No acceptance for a question without a conflict.
    expect(await chiangMai.getByTestId('stewardship-accept').count()).toBe(0);
    const before = Number(await count(page, 'undated'));
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await interfaceText(page)).not.toMatch(/[A-Za-z]/);

    // The correction of an undated tie asks for the date; the form opens, then gives way to dismissal.
    await chiangMai.getByTestId('stewardship-correct').click();
    await chiangMai.getByTestId('stewardship-panel-correct').waitFor();
    await screenshots(page, 'undated');
    await chiangMai.getByTestId('stewardship-dismiss').click();
    expect(await chiangMai.getByTestId('stewardship-panel-correct').count()).toBe(0);
    const dismiss = chiangMai.getByTestId('stewardship-panel-dismiss');
    expect(await dismiss.textContent()).toContain('不修改记录，将此问题移出列表？');
    await dismiss.getByTestId('stewardship-note').fill('日期不详');
    await dismiss.getByTestId('stewardship-confirm').click();
    await expect.poll(() => item(page, SH_CHIANG_MAI).count()).toBe(0);
    expect(await page.getByTestId('stewardship-notice').textContent()).toBe('已忽略：上海市—清迈府。');
    await expect.poll(() => count(page, 'undated')).toBe(String(before - 1));

    // The dismissal holds: the question stays out after a reload, and the tie keeps no date.
    await page.reload();
    await page.getByTestId('stewardship-total').waitFor();
    expect(await item(page, SH_CHIANG_MAI).count()).toBe(0);
    const [decision] = await web.db.query<{ decision: string; note: string; login: string }>(
      `SELECT decision, note, login FROM stewardship_decisions WHERE partnership_id = $1`,
      [SH_CHIANG_MAI],
    );
    expect(decision).toEqual({ decision: 'dismiss', note: '日期不详', login: SH_EDITOR.login });
    await page.close();
  });

  it('asks about a partner held by two places named Taizhou, and withdraws the wrong tie with a reason', async () => {
    const page = await as(SH_EDITOR);
    await page.goto(`${base}/stewardship?question=namesake`);
    await expect.poll(() => count(page, 'namesake')).toBe('2');
    const taizhou = item(page, TAIZHOU_TIES.泰州);
    await taizhou.waitFor();
    expect(await taizhou.getByTestId('stewardship-pair').textContent()).toBe('泰州—横滨');
    const other = taizhou.getByTestId('stewardship-namesake');
    expect(await other.textContent()).toBe('同一外方伙伴也由台州持有。查看该友好关系');
    expect(await other.getByRole('link').getAttribute('href')).toBe(
      `/partnership/${encodeURIComponent(TAIZHOU_TIES.台州)}`,
    );
    // A namesake is confirmed or withdrawn: there is no value to correct.
    expect(await taizhou.getByTestId('stewardship-correct').count()).toBe(0);
    expect(await taizhou.getByTestId('stewardship-accept').textContent()).toBe('确认属本辖区');
    expect(await interfaceText(page)).not.toMatch(/[A-Za-z]/);

    // Withdrawing needs a reason: said in Chinese, nothing sent.
    await taizhou.getByTestId('stewardship-withdraw').click();
    const withdraw = taizhou.getByTestId('stewardship-panel-withdraw');
    expect(await withdraw.textContent()).toContain('仅本辖区及上级可见');
    await withdraw.getByTestId('stewardship-confirm').click();
    expect(await withdraw.locator('.error-text').textContent()).toBe('请说明撤下的理由。');
    expect(await withdraw.getByTestId('stewardship-note').getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'namesake');
    await withdraw.getByTestId('stewardship-note').fill('横滨的友好城市是台州');
    await withdraw.getByTestId('stewardship-confirm').click();
    await expect.poll(() => item(page, TAIZHOU_TIES.泰州).count()).toBe(0);
    expect(await page.getByTestId('stewardship-notice').textContent()).toBe('已撤下公开显示：泰州—横滨。');
    // 台州's question is settled with it: no other place of its name holds Yokohama in public now.
    await expect.poll(() => count(page, 'namesake')).toBe('0');
    await expect.poll(() => item(page, TAIZHOU_TIES.台州).count()).toBe(0);

    // Out of public view, kept for the office.
    const anonymous = await fetch(`${base}/api/partnerships/${encodeURIComponent(TAIZHOU_TIES.泰州)}`);
    expect(anonymous.status).toBe(404);
    await page.goto(`${base}/partnership/${encodeURIComponent(TAIZHOU_TIES.泰州)}`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('泰州');
    const withdrawal = page.getByTestId('withdrawal');
    expect(await withdrawal.textContent()).toMatch(
      /^shanghai\.editor 已于 \d{4}年\d{1,2}月\d{1,2}日 将其撤下公开显示：核查发现它记错了地点。理由：横滨的友好城市是台州$/,
    );
    await screenshots(page, 'withdrawn');
    await page.close();
  });

  it('says where the list puts a side far from the place attached, and takes the curator’s confirmation', async () => {
    const page = await as(SH_EDITOR);
    await page.goto(`${base}/stewardship?question=distant`);
    const entry = item(page, misread);
    await entry.waitFor();
    expect(await entry.getByTestId('stewardship-pair').textContent()).toBe('盐边—横滨');
    expect(await entry.getByTestId('stewardship-distant').textContent()).toMatch(
      /^名单所列“Shanghai（China）”位于北纬31\.23°、东经121\.47°，距盐边 1,9\d\d 公里。$/,
    );
    expect(await entry.getByTestId('stewardship-accept').textContent()).toBe('确认地点无误');
    expect(await entry.getByTestId('stewardship-withdraw').textContent()).toBe('地点有误：撤下');
    expect(await entry.getByTestId('stewardship-correct').count()).toBe(0);
    await entry.getByTestId('stewardship-accept').click();
    expect(await entry.getByTestId('stewardship-panel-accept').textContent()).toContain('确认所记地点无误');
    await screenshots(page, 'distant');
    await entry.getByTestId('stewardship-confirm').click();
    await expect.poll(() => item(page, misread).count()).toBe(0);
    expect(await page.getByTestId('stewardship-notice').textContent()).toBe('已确认：盐边—横滨。');
    await expect.poll(() => count(page, 'distant')).toBe('0');
    // The confirmation is a claim: the curator is one of the tie's sources now.
    const tie = (await (await fetch(`${base}/api/partnerships/${encodeURIComponent(misread)}`)).json()) as {
      sources: { title: string }[];
    };
    expect(tie.sources.map((s) => s.title)).toContain(`Curator ${SH_EDITOR.login}`);
    await page.close();
  });

  it('shows Beijing’s editor none of Shanghai’s questions', async () => {
    const page = await as(BJ_EDITOR);
    await page.goto(`${base}/stewardship`);
    await page.getByTestId('stewardship-empty').waitFor();
    // The tabs' totals load on their own, after the first tab's list.
    await expect.poll(() => count(page, 'conflicting')).toBe('0');
    await page.getByTestId('stewardship-tab-undated').click();
    await page.getByTestId('stewardship-total').waitFor();
    await expect
      .poll(() => page.getByTestId('stewardship-panel').getAttribute('data-question'))
      .toBe('undated');
    expect(await item(page, SH_CHIANG_MAI).count()).toBe(0);
    expect(await page.getByTestId('stewardship-panel').textContent()).not.toMatch(/上海|横滨|清迈/);
    await page.getByTestId('stewardship-tab-untyped').click();
    await page.getByTestId('stewardship-total').waitFor();
    expect(await page.getByTestId('stewardship-panel').textContent()).not.toMatch(/上海/);
    await page.close();
  });

  it('tells a user without a curating role that data review is not for them', async () => {
    const page = await as(VIEWER);
    await page.getByTestId('account-menu').click();
    expect(await page.getByTestId('stewardship-link').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.goto(`${base}/stewardship`);
    expect(await page.getByTestId('stewardship-no-permission').textContent()).toContain(
      '数据核查需要编辑、协调员或管理员角色',
    );
    await page.goto(`${base}/workspace`);
    await page.locator('#workspace-inbox').waitFor();
    expect(await page.locator('#workspace-stewardship').count()).toBe(0);
    await page.close();
  });

  it('asks a visitor to sign in', async () => {
    const page = await anonymousPage(context, 20_000);
    await page.goto(`${base}/stewardship`);
    await page.getByTestId('sign-in-notice').waitFor();
    expect(await page.getByTestId('sign-in-notice').textContent()).toContain('请登录后核查辖区数据。');
    await page.close();
  });
});
