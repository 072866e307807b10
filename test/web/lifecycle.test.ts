/// <reference lib="dom" />
/**
 * A tie's life after signing and a project's milestones, in the browser, in Chinese. Shanghai's editor
 * opens 记录状态变化 on Shanghai–Ho Chi Minh City: the form checks its date and reason before sending, then
 * the tie is suspended (暂停, since when, why, recorded by whom) and later ended (终止, the month it ended
 * and why), and both hold after a reload. Beijing's editor is told in Chinese that the tie is not in their
 * jurisdiction; a department user sees no such control. At Shanghai, a project's milestone due in 2020 is
 * flagged 逾期; Beijing's editor and a department the tie is not assigned to are offered no control (the
 * department is told why), Shanghai's department user marks it done today and
 * the flag goes, and sets a due date. Screenshots at a desktop and a phone width go to /tmp.
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
import { createOrganisation, createProject } from '../../src/store/writes.ts';
import { organisationInputSchema, projectInputSchema } from '../../src/domain/registry.ts';
import { assign } from '../../src/store/assignments.ts';
import { partnershipId } from '../../src/domain/ids.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;
let projectId = '';

const SH_HCMC = partnershipId(SHANGHAI, HCMC);

const SH_EDITOR = { login: 'shanghai.editor', name: '上海编辑' };
const BJ_EDITOR = { login: 'beijing.editor', name: '北京编辑' };
const SH_DEPARTMENT = { login: 'shanghai.department', name: '上海业务处' };
/** A department of Shanghai to which no tie is assigned. */
const SH_OTHER_DEPARTMENT = { login: 'shanghai.tourism', name: '上海文旅处' };

/** The machine may be busy with other work: every wait is generous. */
const WAIT = 45_000;

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** The partnership's page, once its detail is shown. */
async function openTie(page: Page): Promise<void> {
  await page.goto(`${base}/partnership/${encodeURIComponent(SH_HCMC)}`);
  await page.getByTestId('partnership-status').waitFor();
}

/** The project's page, once its milestones are shown. */
async function openProject(page: Page): Promise<void> {
  await page.goto(`${base}/projects/${encodeURIComponent(projectId)}`);
  await page.getByTestId('milestone').first().waitFor();
}

/** The status of the page's question whether the user may set the project's milestones. */
const accessAnswer = (page: Page) =>
  page
    .waitForResponse((r) => r.url().includes('/milestones/access'), { timeout: WAIT })
    .then((r) => r.status());

/** The text of an element without its attributes, Latin letters and all (a form's own words). */
const formText = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => (el as HTMLElement).innerText);

const as = (user: { login: string; name: string }) => signedInPage(context, base, user, WAIT);
const screenshots = (page: Page, name: string) => screenshotsAtTwoWidths(page, `lifecycle-${name}`);

describe('a tie’s life and a project’s milestones in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'lifecycle' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    projectId = await createProject(
      web.db,
      'test',
      projectInputSchema.parse({
        nameEn: 'Youth exchange programme',
        nameZh: '青少年交流项目',
        domain: 'people',
        placeIds: [SHANGHAI],
        partnershipId: partnershipId(SHANGHAI, HCMC),
        milestones: [{ description: '首批学员互访', due: '2020-06-30' }],
        sources: [{ source: { title: '上海市外事工作计划', kind: 'document' } }],
      }),
    );
    await createTestUser(web.db, SH_EDITOR.login, [{ role: 'editor', jurisdictionId: SHANGHAI }], {
      name: SH_EDITOR.name,
    });
    await createTestUser(web.db, BJ_EDITOR.login, [{ role: 'editor', jurisdictionId: BEIJING }], {
      name: BJ_EDITOR.name,
    });
    // The department belongs to the city's education commission, to which the office gave the tie.
    const commission = await createOrganisation(
      web.db,
      'test',
      organisationInputSchema.parse({
        nameEn: 'Shanghai Municipal Education Commission',
        nameZh: '上海市教育委员会',
        kind: 'department',
        placeId: SHANGHAI,
        sources: [{ source: { title: '上海市外事工作计划', kind: 'document' } }],
      }),
    );
    await web.db.transaction('test', (tx) => assign(tx, partnershipId(SHANGHAI, HCMC), commission, 'test'));
    await createTestUser(web.db, SH_DEPARTMENT.login, [{ role: 'department', jurisdictionId: SHANGHAI }], {
      name: SH_DEPARTMENT.name,
      organisationId: commission,
    });
    // Another department of the city, with an organisation of its own that holds no tie.
    const tourism = await createOrganisation(
      web.db,
      'test',
      organisationInputSchema.parse({
        nameEn: 'Shanghai Municipal Administration of Culture and Tourism',
        nameZh: '上海市文化和旅游局',
        kind: 'department',
        placeId: SHANGHAI,
        sources: [{ source: { title: '上海市外事工作计划', kind: 'document' } }],
      }),
    );
    await createTestUser(
      web.db,
      SH_OTHER_DEPARTMENT.login,
      [{ role: 'department', jurisdictionId: SHANGHAI }],
      { name: SH_OTHER_DEPARTMENT.name, organisationId: tourism },
    );
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('lets Shanghai’s editor suspend the tie, then end it, with dates and reasons', async () => {
    const page = await as(SH_EDITOR);
    await openTie(page);
    expect(await text(page, 'partnership-status')).toBe('在册（状态未知）');
    expect(await page.getByTestId('partnership-ended').count()).toBe(0);

    // The control opens a form in Chinese, with the four statuses by their labels.
    const open = page.getByTestId('tie-decision-open');
    expect(await open.textContent()).toBe('记录状态变化');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    const form = page.getByTestId('tie-decision-form');
    await form.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('tie-decision-status').locator('option').allTextContents()).toEqual([
      '请选择…',
      '有效',
      '休眠',
      '暂停',
      '终止',
    ]);
    expect(await formText(page, 'tie-decision-form')).not.toMatch(/[A-Za-z]/);

    // Nothing is sent before the status, the date and the reason are right.
    await page.getByTestId('tie-decision-save').click();
    expect(await form.locator('.error-text').allTextContents()).toEqual([
      '请选择新的状态。',
      '请填写 1000 至 2100 年间的日期，格式为 年-月-日、年-月 或 年份。',
      '请填写原因。',
    ]);
    await page.getByTestId('tie-decision-status').selectOption('suspended');
    await page.getByTestId('tie-decision-on').fill('2025-02-30');
    await page.getByTestId('tie-decision-reason').fill('   ');
    await page.getByTestId('tie-decision-save').click();
    expect(await form.locator('.error-text').allTextContents()).toEqual([
      '请填写 1000 至 2100 年间的日期，格式为 年-月-日、年-月 或 年份。',
      '请填写原因。',
    ]);
    expect(await page.getByTestId('tie-decision-on').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, 'partnership-status')).toBe('在册（状态未知）');

    await page.getByTestId('tie-decision-on').fill('2025-03-15');
    await page.getByTestId('tie-decision-reason').fill('双方商定暂停交流');
    expect(await form.locator('.error-text').count()).toBe(0);
    await screenshots(page, 'partnership-form');
    await page.getByTestId('tie-decision-save').click();

    // The page shows the new status, since when, why, and whose decision it is.
    await expect.poll(() => text(page, 'partnership-status'), { timeout: WAIT }).toBe('暂停');
    expect(await text(page, 'tie-decision-notice')).toBe('已记录：自 2025年3月15日 起暂停。');
    expect(await form.count()).toBe(0);
    expect(await text(page, 'partnership-decision-since')).toBe('自 2025年3月15日 起');
    expect(await text(page, 'partnership-decision')).toContain('原因：双方商定暂停交流');
    expect(await text(page, 'partnership-decision-by')).toBe('由 shanghai.editor 记录的决定');
    const sources = await page.getByTestId('partnership-source').allTextContents();
    expect(
      sources.find((s) => s.includes('由 shanghai.editor 记录的决定')),
      sources.join(' | '),
    ).toContain('自 2025年3月15日 起暂停：双方商定暂停交流');
    expect(await page.getByTestId('partnership-ended').count()).toBe(0);

    // Then the tie ends: the date field asks for the day it ended; a month is enough.
    await open.click();
    await form.waitFor();
    await page.getByTestId('tie-decision-status').selectOption('ended');
    expect(
      await form
        .locator(`label[for="${await page.getByTestId('tie-decision-on').getAttribute('id')}"]`)
        .textContent(),
    ).toBe('终止日期');
    await page.getByTestId('tie-decision-on').fill('2026-06');
    await page.getByTestId('tie-decision-reason').fill('胡志明市调整对外交往安排，双方同意终止');
    await page.getByTestId('tie-decision-save').click();
    await expect.poll(() => text(page, 'partnership-status'), { timeout: WAIT }).toBe('终止');
    expect(await text(page, 'tie-decision-notice')).toBe('已记录：于 2026年6月 终止。');
    expect(await text(page, 'partnership-ended-on')).toBe('2026年6月');
    expect(await text(page, 'partnership-end-reason')).toBe('原因：胡志明市调整对外交往安排，双方同意终止');
    expect(await text(page, 'partnership-decision-by')).toBe('由 shanghai.editor 记录的决定');
    // Both decisions are among the tie's sources, the end at the month it was given.
    const decisions = (await page.getByTestId('partnership-source').allTextContents()).filter((s) =>
      s.includes('由 shanghai.editor 记录的决定'),
    );
    expect(decisions).toHaveLength(2);
    expect(decisions.join(' | ')).toContain('于 2026年6月 终止：胡志明市调整对外交往安排，双方同意终止');
    expect(decisions.join(' | ')).toContain('自 2025年3月15日 起暂停：双方商定暂停交流');
    await screenshots(page, 'partnership-ended');

    // It holds when the page is read again from the server.
    await page.reload();
    await page.getByTestId('partnership-status').waitFor();
    expect(await text(page, 'partnership-status')).toBe('终止');
    expect(await text(page, 'partnership-ended-on')).toBe('2026年6月');
    expect(await text(page, 'partnership-end-reason')).toBe('原因：胡志明市调整对外交往安排，双方同意终止');
    await page.close();
  });

  it('tells Beijing’s editor in Chinese that the tie is not in their jurisdiction', async () => {
    const page = await as(BJ_EDITOR);
    await openTie(page);
    await page.getByTestId('tie-decision-open').click();
    await page.getByTestId('tie-decision-status').selectOption('active');
    await page.getByTestId('tie-decision-on').fill('2026');
    await page.getByTestId('tie-decision-reason').fill('恢复交流');
    await page.getByTestId('tie-decision-save').click();
    const error = page.getByTestId('tie-decision-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('该友好关系不在您的辖区内，您无权记录其状态变化。');
    // The form stays open with what was typed, and the tie is unchanged.
    expect(await page.getByTestId('tie-decision-reason').inputValue()).toBe('恢复交流');
    expect(await text(page, 'partnership-status')).toBe('终止');
    await screenshots(page, 'partnership-refused');
    await page.close();
  });

  it('offers no decision to a department user, who may not keep the registry', async () => {
    const page = await as(SH_DEPARTMENT);
    await openTie(page);
    expect(await text(page, 'partnership-status')).toBe('终止');
    expect(await page.getByTestId('tie-decision-open').count()).toBe(0);
    await page.close();
  });

  it('flags the overdue milestone, refuses Beijing, and lets Shanghai’s department mark it done', async () => {
    // A visitor sees the dates and the flag, without the controls.
    const visitor = await anonymousPage(context, WAIT);
    await openProject(visitor);
    const visible = visitor.getByTestId('milestone').first();
    expect(await visible.getByTestId('milestone-overdue').textContent()).toBe('逾期');
    expect(await visible.getByTestId('milestone-mark-done').count()).toBe(0);
    await visitor.close();

    // Beijing's editor may record projects, but not Shanghai's: the page asks the server and offers nothing.
    const beijing = await as(BJ_EDITOR);
    const asked = accessAnswer(beijing);
    await openProject(beijing);
    expect(await asked).toBe(403);
    // The reason shows once the answer has reached the page: only then is the absence of controls telling.
    const refusal = beijing.getByTestId('milestones-refused');
    await refusal.waitFor({ timeout: WAIT });
    expect(await refusal.textContent()).toBe('该项目不在您的辖区内，您无权修改其里程碑。');
    const theirs = beijing.getByTestId('milestone').first();
    expect(await theirs.getByTestId('milestone-overdue').count()).toBe(1);
    expect(await theirs.getByTestId('milestone-mark-done').count()).toBe(0);
    await beijing.close();

    // A Shanghai department without this tie is told why it may not, not that Shanghai is not its own.
    const other = await as(SH_OTHER_DEPARTMENT);
    await openProject(other);
    const why = other.getByTestId('milestones-refused');
    await why.waitFor({ timeout: WAIT });
    expect(await why.textContent()).toBe('该项目不在交由本单位承办的友好关系之下，您无权修改其里程碑。');
    expect(await other.getByTestId('milestone').first().getByTestId('milestone-mark-done').count()).toBe(0);
    await other.close();

    const page = await as(SH_DEPARTMENT);
    await openProject(page);
    const milestone = page.getByTestId('milestone').first();
    expect(await milestone.getAttribute('data-overdue')).toBe('true');
    expect(await milestone.getByTestId('milestone-description').textContent()).toBe('首批学员互访');
    expect(await milestone.getByTestId('milestone-overdue').textContent()).toBe('逾期');
    expect(await milestone.getByTestId('milestone-due').textContent()).toBe('期限 2020年6月30日');
    expect(await milestone.getByTestId('milestone-done').textContent()).toBe('未完成');
    expect(await milestone.getByTestId('milestone-mark-done').textContent()).toBe('标记完成');
    expect(await milestone.getByTestId('milestone-set-due').textContent()).toBe('设定期限');

    // Marking done proposes today, in the browser's own time zone.
    await milestone.getByTestId('milestone-mark-done').click();
    const form = milestone.getByTestId('milestone-form-done');
    await form.waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    expect(await milestone.getByTestId('milestone-date').inputValue()).toBe(today);
    // The day is checked before it is sent: a real one, and not later than today.
    const date = milestone.getByTestId('milestone-date');
    await date.fill('2026-02-30');
    await milestone.getByTestId('milestone-save').click();
    expect(await form.locator('.error-text').textContent()).toBe('请按 年-月-日 填写日期，如 2025-03-15。');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await date.fill('2100-01-01');
    await milestone.getByTestId('milestone-save').click();
    expect(await form.locator('.error-text').textContent()).toBe('完成日期不能晚于今天。');
    expect(await milestone.getByTestId('milestone-overdue').count()).toBe(1);
    await date.fill(today);
    expect(await formText(page, 'milestones')).not.toMatch(/[A-Za-z]/);
    await screenshots(page, 'project-form');
    await milestone.getByTestId('milestone-save').click();

    // The flag goes, and the done date shows.
    await expect.poll(() => milestone.getByTestId('milestone-overdue').count(), { timeout: WAIT }).toBe(0);
    const [y, m, d] = today.split('-').map(Number);
    const todayText = `${y}年${m}月${d}日`;
    expect(await milestone.getAttribute('data-overdue')).toBe('false');
    expect(await milestone.getByTestId('milestone-done').textContent()).toBe(`完成于 ${todayText}`);
    expect(await milestone.getByTestId('milestone-notice').textContent()).toBe(
      `已标记完成（${todayText}）。`,
    );
    expect(await milestone.getByTestId('milestone-mark-done').textContent()).toBe('修改完成日期');

    // A new due date, set from the same list.
    await milestone.getByTestId('milestone-set-due').click();
    await milestone.getByTestId('milestone-form-due').waitFor();
    expect(await milestone.getByTestId('milestone-date').inputValue()).toBe('2020-06-30');
    await milestone.getByTestId('milestone-date').fill('2027-01-15');
    await milestone.getByTestId('milestone-save').click();
    await expect
      .poll(() => milestone.getByTestId('milestone-due').textContent(), { timeout: WAIT })
      .toBe('期限 2027年1月15日');
    await screenshots(page, 'project-done');

    // Read again from the server, the milestone is done and not overdue.
    await page.reload();
    await page.getByTestId('milestone').first().waitFor();
    const again = page.getByTestId('milestone').first();
    expect(await again.getByTestId('milestone-overdue').count()).toBe(0);
    expect(await again.getByTestId('milestone-done').textContent()).toBe(`完成于 ${todayText}`);
    await page.close();
  });
});
