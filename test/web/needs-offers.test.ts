/// <reference lib="dom" />
/**
 * Needs and offers on a place's page, in Chinese. Shanghai's office records that Shanghai seeks
 * education and offers ports and logistics (a field must be chosen first, and the form says so in
 * Chinese); a visitor sees both without the form; Beijing's office gets no form and is told that
 * Shanghai is not in its jurisdiction; the office removes one, and the API holds what the page shows. Screenshots at two
 * widths go to /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  anonymousPage,
  createTestUser,
  latinInterfaceText,
  screenshotsAtTwoWidths,
  signedInPage,
  startWebServer,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import { BEIJING, SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';

const SH_EDITOR = { login: 'shanghai.editor', name: '上海外办' };
const BJ_EDITOR = { login: 'beijing.editor', name: '北京外办' };
const WAIT = 30_000;

let web: WebServer;
let context: BrowserContext;
let base: string;

async function openShanghai(page: Page): Promise<void> {
  await page.goto(`${base}/place/${encodeURIComponent(SHANGHAI)}`);
  await page.getByTestId('needs-offers').waitFor();
}

const listed = (page: Page, direction: 'need' | 'offer') =>
  page.getByTestId(`needs-offers-${direction}`).locator('li strong').allInnerTexts();

describe('needs and offers in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'needs-offers' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
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

  it('lets the office record and remove its city’s needs and offers, and shows them to everyone', async () => {
    const visitor = await anonymousPage(context, WAIT);
    const page = await signedInPage(context, base, SH_EDITOR, WAIT);
    await openShanghai(page);
    const section = page.getByTestId('needs-offers');
    expect(await section.locator('h2').textContent()).toBe('需求与优势');
    expect(await page.getByTestId('needs-offers-need').textContent()).toContain('未录入');

    // No field chosen: said in Chinese, nothing sent.
    const form = page.getByTestId('needs-offers-form');
    await form.getByRole('button', { name: '添加' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('请选择领域。');

    await form.getByLabel('类别').selectOption({ label: '需求' });
    await form.getByLabel('领域').selectOption({ label: '教育' });
    await form.getByLabel('说明（可选）').fill('职业教育合作办学');
    await form.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => listed(page, 'need')).toEqual(['教育']);
    expect(await page.getByTestId('needs-offers-need').textContent()).toContain('职业教育合作办学');
    await form.getByLabel('类别').selectOption({ label: '优势' });
    await form.getByLabel('领域').selectOption({ label: '港口物流' });
    await form.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => listed(page, 'offer')).toEqual(['港口物流']);
    // An organisation's own abbreviation (WeGO) is a name, not interface text.
    expect(await latinInterfaceText(page, ['WeGO'])).toEqual([]);
    await screenshotsAtTwoWidths(page, 'needs-offers');
    await page.setViewportSize({ width: 390, height: 844 });
    await section.screenshot({ path: '/tmp/needs-offers-section-zh-390.png' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The API holds what the page shows.
    const reply = await (
      await fetch(`${base}/api/places/${encodeURIComponent(SHANGHAI)}/needs-offers`)
    ).json();
    expect(
      (reply as { items: { direction: string; field: string }[] }).items
        .map((i) => `${i.direction}:${i.field}`)
        .sort(),
    ).toEqual(['need:education', 'offer:ports_logistics']);

    // A visitor sees them, without the form or the buttons.
    await openShanghai(visitor);
    expect(await listed(visitor, 'need')).toEqual(['教育']);
    expect(await visitor.getByTestId('needs-offers-form').count()).toBe(0);
    expect(await visitor.getByTestId('needs-offers').getByRole('button').count()).toBe(0);
    await visitor.close();

    // Beijing's office may keep records, but not Shanghai's: no form, and told why in Chinese.
    const beijing = await signedInPage(context, base, BJ_EDITOR, WAIT);
    await openShanghai(beijing);
    await beijing.getByTestId('needs-offers-refused').waitFor({ timeout: WAIT });
    expect(await beijing.getByTestId('needs-offers-refused').textContent()).toBe(
      '该地点不在您的辖区内，您无权修改其需求与优势。',
    );
    expect(await beijing.getByTestId('needs-offers-form').count()).toBe(0);
    expect(await beijing.getByTestId('needs-offers').getByRole('button').count()).toBe(0);
    expect(await listed(beijing, 'need')).toEqual(['教育']);
    await beijing.close();

    // The office removes the offer.
    await page.getByRole('button', { name: '删除“港口物流”' }).click();
    await expect.poll(() => page.getByTestId('needs-offers-offer').textContent()).toContain('未录入');
    expect(await listed(page, 'need')).toEqual(['教育']);
    await page.close();
  });
});
