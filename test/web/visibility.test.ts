/// <reference lib="dom" />
/**
 * Internal records in the browser, in Chinese: Shanghai's editor makes Shanghai–Ho Chi Minh City
 * 辖区内部 on its page; the public then finds neither the tie's page nor the partner in Shanghai's list;
 * Shanghai's viewer sees it marked 内部 with no control to change it; Beijing's viewer is told it does
 * not exist; made public again, it is back for everyone. Screenshots at two widths go to /tmp.
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
import { BEIJING, HCMC, SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;

const TIE = partnershipId(SHANGHAI, HCMC);
const SH_EDITOR = { login: 'shanghai.editor', name: '上海编辑' };
const SH_VIEWER = { login: 'shanghai.viewer', name: '上海查阅' };
const BJ_VIEWER = { login: 'beijing.viewer', name: '北京查阅' };

/** The machine may be busy with other work: every wait is generous. */
const WAIT = 45_000;

const as = (user: { login: string; name: string }) => signedInPage(context, base, user, WAIT);
const visitorPage = () => anonymousPage(context, WAIT);
const tieUrl = () => `${base}/partnership/${encodeURIComponent(TIE)}`;

/** The names in Shanghai's partner table. */
async function shanghaiPartners(page: Page): Promise<string> {
  await page.goto(`${base}/place/${encodeURIComponent(SHANGHAI)}`);
  await page.getByTestId('partner-table').waitFor();
  return (await page.getByTestId('partner-table').innerText()).trim();
}

describe('internal records in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'visibility' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    await createTestUser(web.db, SH_EDITOR.login, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: SH_EDITOR.name,
    });
    await createTestUser(web.db, SH_VIEWER.login, [{ role: 'viewer', jurisdictionId: SHANGHAI }], {
      name: SH_VIEWER.name,
    });
    await createTestUser(web.db, BJ_VIEWER.login, [{ role: 'viewer', jurisdictionId: BEIJING }], {
      name: BJ_VIEWER.name,
    });
  });
  afterAll(async () => {
    await web?.close();
  });

  it('an office makes a tie internal, and only the offices over it still see it', async () => {
    const editor = await as(SH_EDITOR);
    await editor.goto(tieUrl());
    await editor.getByTestId('visibility-value').waitFor();
    expect(await editor.getByTestId('visibility-value').textContent()).toBe('公开');
    await editor.getByTestId('visibility-select').selectOption('jurisdiction');
    await editor.getByTestId('visibility-save').click();
    await editor.getByTestId('visibility-saved').waitFor();
    expect(await editor.getByTestId('visibility-value').textContent()).toBe('辖区内部');
    await screenshotsAtTwoWidths(editor, 'visibility-editor');
    await editor.reload();
    await editor.getByTestId('visibility-value').filter({ hasText: '辖区内部' }).waitFor();
    // The history says what changed, in words, and that the record was created before.
    const history = await editor.getByTestId('record-history').innerText();
    expect(history).toContain('可见范围：公开 → 辖区内部');
    expect(history).toContain('新建记录');
    expect(history).not.toMatch(/\binsert\b|\bupdate\b|place_a|visibility/);
    // Why each value is shown, in Chinese too.
    const detail = await editor.getByTestId('partnership-detail').innerText();
    expect(detail).toContain('文献载明');
    expect(detail).toContain('由双方地点的类别推定');
    expect(detail).not.toMatch(/stated by|derived from|listed as/);
    await editor.close();

    const visitor = await visitorPage();
    await visitor.goto(tieUrl());
    await visitor.locator('.state-error').waitFor();
    expect(await visitor.locator('.state-error').innerText()).toContain('未找到');
    expect(await visitor.getByTestId('partnership-detail').count()).toBe(0);
    expect(await shanghaiPartners(visitor)).not.toContain('胡志明市');
    await visitor.close();

    const viewer = await as(SH_VIEWER);
    expect(await shanghaiPartners(viewer)).toContain('内部');
    await viewer.goto(tieUrl());
    await viewer.getByTestId('visibility-value').filter({ hasText: '辖区内部' }).waitFor();
    // Reading is not deciding: no control for a viewer.
    expect(await viewer.getByTestId('visibility-form').count()).toBe(0);
    await screenshotsAtTwoWidths(viewer, 'visibility-viewer');
    await viewer.close();

    const beijing = await as(BJ_VIEWER);
    await beijing.goto(tieUrl());
    await beijing.locator('.state-error').waitFor();
    expect(await beijing.getByTestId('partnership-detail').count()).toBe(0);
    await beijing.close();

    const back = await as(SH_EDITOR);
    await back.goto(tieUrl());
    await back.getByTestId('visibility-select').selectOption('public');
    await back.getByTestId('visibility-save').click();
    await back.getByTestId('visibility-saved').waitFor();
    await back.close();
    const again = await visitorPage();
    expect(await shanghaiPartners(again)).toContain('胡志明市');
    await again.close();
  });
});
