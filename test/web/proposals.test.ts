/// <reference lib="dom" />
/**
 * Proposals for new partnerships in the browser, in Chinese, driven through the pages by three users: the
 * Changning office drafts Changning → Yokohama in /proposals/new and sees the vetting, submits it; the
 * Shanghai reviewer finds it in the workspace's inbox and returns it with a comment; the office sees the
 * return in its inbox, edits the rationale and submits again; the reviewer forwards it, the national
 * coordinator approves it; the office records the signing, attaches the agreement file (a renamed file is
 * refused) and publishes it, and the partnership opens
 * from the proposal: internal (内部) on the office's profile once signed, public only once published. A
 * Changning department's project under the new tie falls overdue, and both the department and the
 * office see it in their inbox. A partner in a country without diplomatic relations shows the blocking warning and
 * cannot be submitted; a stale edit is refused in Chinese; an overdue milestone links to its project.
 * Screenshots at a desktop and a phone width go to /tmp.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  anonymousPage,
  createTestUser,
  pickPlace,
  newTestPage,
  screenshotsAtTwoWidths,
  signedInPage,
  startWebServer,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import { CHANGNING, SHANGHAI, YOKOHAMA, withRegistry } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { createOrganisation } from '../../src/store/writes.ts';
import { organisationInputSchema } from '../../src/domain/registry.ts';

let web: WebServer;
let context: BrowserContext;
let base: string;
/** The Changning → Yokohama proposal, once drafted. */
let proposalUrl = '';

const OFFICE = { login: 'changning.editor', name: '长宁外办' };
const REVIEWER = { login: 'shanghai.reviewer', name: '上海审核' };
const COORDINATOR = { login: 'coordinator', name: '国家协调' };
const DEPARTMENT = { login: 'changning.commerce', name: '长宁商务委' };

const state = (page: Page) => page.locator('.page-head [data-testid=proposal-state]').textContent();

const visitorPage = () => anonymousPage(context, 20_000);

/** Whether an anonymous reader of the API finds Changning's tie with Yokohama (no cookies of the browser). */
async function publicTieToYokohama(): Promise<boolean> {
  const res = await fetch(`${base}/api/partnerships?place=${encodeURIComponent(CHANGNING)}&limit=1000`);
  const body = (await res.json()) as { items: { id: string }[] };
  return body.items.some((t) => t.id === partnershipId(CHANGNING, YOKOHAMA));
}

/** The text of Changning's partner table, as the page shows it to whoever is signed in (or not). */
async function changningPartners(page: Page): Promise<string> {
  await page.goto(`${base}/place/${encodeURIComponent(CHANGNING)}`);
  const table = page.getByTestId('partner-table');
  await table.waitFor();
  return table.innerText();
}
const as = (user: { login: string; name: string }) => signedInPage(context, base, user, 20_000);
const screenshots = (page: Page, name: string) => screenshotsAtTwoWidths(page, `proposals-${name}`);

describe('proposals in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, name: 'proposals' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    await withRegistry(web.db);
    // Prague's country stands here for a state without diplomatic relations with China.
    await web.db.query(`UPDATE countries SET diplomatic_relations = false WHERE code = 'CZ'`);
    // A milestone of the Shanghai port project long overdue: it shows in the inbox of Shanghai's reviewer.
    await web.db.query(
      `UPDATE project_milestones SET due_on = '2020-06-30' WHERE project_id = 'pj:test-port'`,
    );
    await createTestUser(web.db, OFFICE.login, [{ role: 'editor', jurisdictionId: CHANGNING }], {
      name: OFFICE.name,
    });
    await createTestUser(web.db, REVIEWER.login, [{ role: 'reviewer', jurisdictionId: SHANGHAI }], {
      name: REVIEWER.name,
    });
    await createTestUser(web.db, COORDINATOR.login, [{ role: 'coordinator', jurisdictionId: null }], {
      name: COORDINATOR.name,
    });
    // The department user works for the district's commerce commission.
    const commission = await createOrganisation(
      web.db,
      'test',
      organisationInputSchema.parse({
        nameEn: 'Changning District Commission of Commerce',
        nameZh: '长宁区商务委员会',
        kind: 'department',
        placeId: CHANGNING,
        sources: [{ source: { title: '长宁区机构名录', kind: 'document' } }],
      }),
    );
    await createTestUser(web.db, DEPARTMENT.login, [{ role: 'department', jurisdictionId: CHANGNING }], {
      name: DEPARTMENT.name,
      organisationId: commission,
    });
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('lets the office draft Changning → Yokohama with the vetting shown, and submit it', async () => {
    const page = await as(OFFICE);
    // The workspace is the first entry of the account menu.
    await page.getByTestId('account-menu').click();
    expect(await page.locator('#account-menu-list a').first().textContent()).toBe('我的工作台');
    await page.getByTestId('workspace-link').click();
    await page.waitForURL('**/workspace');
    await page.locator('h1').filter({ hasText: '我的工作台' }).waitFor();
    await page.getByTestId('no-proposals').waitFor();
    // The inbox loads on its own: wait for its answer, not its loading line.
    await expect.poll(() => page.locator('#workspace-inbox').textContent()).toContain('暂无待办事项');

    await page.getByRole('link', { name: '新建友好关系申请' }).click();
    await page.waitForURL('**/proposals/new');
    // The proposing place defaults to the office's jurisdiction; the vetting waits for the partner.
    await expect.poll(() => page.getByTestId('proposal-place-chosen').textContent()).toContain('长宁区');
    await page.getByTestId('vetting-pick').waitFor();
    expect(await page.getByTestId('find-partners').getAttribute('href')).toBe(
      `/place/${encodeURIComponent(CHANGNING)}/partners`,
    );
    expect(await page.getByTestId('find-partners').textContent()).toBe('为长宁区寻找伙伴');

    // Saving without a partner or a rationale says what is missing.
    await page.getByTestId('proposal-save').click();
    expect(await page.getByTestId('proposal-form').textContent()).toContain('请选择拟结好对象。');
    expect(await page.getByTestId('proposal-form').textContent()).toContain('请填写申请理由。');

    await pickPlace(page, 'proposal-candidate', '横滨');
    await expect.poll(() => page.getByTestId('proposal-candidate-chosen').textContent()).toContain('横滨');
    // The vetting shows at once: score, rank among all candidates and the explanation, in Chinese.
    const vetting = page.getByTestId('vetting');
    await vetting.waitFor();
    expect(await page.getByTestId('vetting-rank').textContent()).toMatch(/^第 \d+ 名，共 \d+ 个$/);
    const reasons = page.locator('[data-testid=vetting-explanation] tbody tr');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByTestId('vetting-blocking').count()).toBe(0);

    await page.getByTestId('proposal-type').selectOption('friendly_exchange');
    await page.getByTestId('proposal-rationale').fill('港口与创新合作');
    await screenshots(page, 'new');

    await page.getByTestId('proposal-save').click();
    await page.waitForURL(/\/proposals\/proposal(:|%3A)[0-9a-f-]+$/);
    proposalUrl = page.url();
    await expect.poll(() => page.getByTestId('proposal-notice').textContent()).toContain('草稿已保存');
    expect(await state(page)).toBe('草稿');
    expect(await page.getByTestId('proposal-title').textContent()).toBe('长宁区 → 横滨');
    expect(await page.getByTestId('proposal-facts').textContent()).toContain('友好交流');
    expect(await page.getByTestId('proposal-facts').textContent()).toContain('上海市');
    expect(await page.locator('[data-testid=proposal-stepper] [aria-current=step]').textContent()).toContain(
      '起草',
    );
    // Only the office's own steps are offered.
    expect(await page.locator('[data-testid=step-buttons] button').allTextContents()).toEqual([
      '提交审核',
      '撤回申请',
    ]);
    await page.getByTestId('step-submit').click();
    await expect.poll(() => state(page)).toBe('省级审核中');
    expect(await page.getByTestId('proposal-notice').textContent()).toBe('已提交审核。');
    expect(await page.locator('[data-testid=proposal-stepper] [aria-current=step]').textContent()).toContain(
      '省级审核',
    );
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    await page.close();
  });

  it('puts it in the Shanghai reviewer’s inbox, who returns it with a comment', async () => {
    const page = await as(REVIEWER);
    await page.goto(`${base}/workspace`);
    const item = page.locator('[data-testid=inbox-item][data-kind=proposal-to-review]');
    await item.waitFor();
    expect(await item.textContent()).toContain('待审核');
    expect(await item.getByTestId('inbox-link').textContent()).toBe('长宁区 → 横滨');
    expect(await page.getByTestId('group-review').textContent()).toContain('长宁区 → 横滨');
    // The overdue milestone links to its project.
    const milestone = page.locator('[data-testid=inbox-item][data-kind=milestone-overdue]');
    expect(await milestone.textContent()).toMatch(
      /里程碑逾期港口合作试点应于 2020年6月30日 完成第 \d+ 项里程碑：first berth/,
    );
    expect(await milestone.getByTestId('inbox-link').getAttribute('href')).toBe(
      `/projects/${encodeURIComponent('pj:test-port')}`,
    );
    await screenshots(page, 'workspace');

    await item.getByTestId('inbox-link').click();
    await page.waitForURL(proposalUrl);
    await expect.poll(() => state(page)).toBe('省级审核中');
    expect(await page.locator('[data-testid=step-buttons] button').allTextContents()).toEqual([
      '同意并上报',
      '退回',
      '否决',
    ]);
    await page.getByTestId('vetting').waitFor();
    await screenshots(page, 'review');

    // A return needs a comment.
    await page.getByTestId('step-return').click();
    await page.getByTestId('step-confirm').click();
    expect(await page.getByTestId('panel-return').textContent()).toContain('退回或否决申请须填写意见。');
    await page.getByTestId('step-comment').fill('请补充合作基础和经费安排');
    await page.getByTestId('step-confirm').click();
    await expect.poll(() => state(page)).toBe('已退回');
    expect(await page.getByTestId('proposal-notice').textContent()).toBe('已退回申请单位。');
    expect(await page.getByTestId('nothing-to-do').textContent()).toBe('此阶段无需您办理。');
    expect(await page.getByTestId('proposal-history').textContent()).toContain('请补充合作基础和经费安排');
    await page.close();
  });

  it('shows the return in the office’s inbox; the office edits the rationale and submits again', async () => {
    const page = await as(OFFICE);
    await page.goto(`${base}/workspace`);
    const item = page.locator('[data-testid=inbox-item][data-kind=proposal-returned]');
    await item.waitFor();
    expect(await item.getByTestId('inbox-comment').textContent()).toContain('请补充合作基础和经费安排');
    expect(await page.getByTestId('group-mine').textContent()).toContain('已退回');
    await item.getByTestId('inbox-link').click();
    await page.waitForURL(proposalUrl);
    await expect.poll(() => state(page)).toBe('已退回');
    expect(await page.locator('[data-testid=proposal-stepper] [aria-current=step]').textContent()).toContain(
      '已退回',
    );

    await page.getByTestId('proposal-edit').click();
    await page.waitForURL(`${proposalUrl}/edit`);
    const rationale = page.getByTestId('proposal-rationale');
    await expect.poll(() => rationale.inputValue()).toBe('港口与创新合作');
    // The vetting of the saved pair shows while editing too.
    await page.getByTestId('vetting').waitFor();
    await rationale.fill('港口、创新与青年交流合作；经费由双方分担');
    await page.getByTestId('proposal-save').click();
    await page.waitForURL(proposalUrl);
    await expect.poll(() => page.getByTestId('proposal-notice').textContent()).toBe('已保存。');
    expect(await page.getByTestId('proposal-rationale').textContent()).toBe(
      '港口、创新与青年交流合作；经费由双方分担',
    );
    await page.getByTestId('step-submit').click();
    await expect.poll(() => state(page)).toBe('省级审核中');
    await page.close();
  });

  it('is forwarded by the province and approved by the national coordinator', async () => {
    const reviewer = await as(REVIEWER);
    await reviewer.goto(proposalUrl);
    await expect.poll(() => state(reviewer)).toBe('省级审核中');
    await reviewer.getByTestId('step-approve').click();
    await reviewer.getByTestId('step-comment').fill('同意，报国家审核');
    await reviewer.getByTestId('step-confirm').click();
    await expect.poll(() => state(reviewer)).toBe('国家审核中');
    expect(await reviewer.getByTestId('proposal-notice').textContent()).toBe('已同意并上报国家审核。');
    expect(await reviewer.getByTestId('nothing-to-do').count()).toBe(1);
    await reviewer.close();

    const nation = await as(COORDINATOR);
    await nation.goto(`${base}/workspace`);
    const item = nation.locator('[data-testid=inbox-item][data-kind=proposal-to-review]');
    await item.waitFor();
    await item.getByTestId('inbox-link').click();
    await nation.waitForURL(proposalUrl);
    await expect.poll(() => nation.getByTestId('step-approve').textContent()).toBe('批准');
    await nation.getByTestId('step-approve').click();
    await nation.getByTestId('step-confirm').click();
    await expect.poll(() => state(nation)).toBe('已批准');
    await nation.close();
  });

  it('lets the office record the signing and publish the partnership, which then opens', async () => {
    const page = await as(OFFICE);
    await page.goto(`${base}/workspace`);
    await page.locator('[data-testid=inbox-item][data-kind=proposal-approved]').waitFor();
    const row = page.getByTestId('group-signing').getByRole('link', { name: '长宁区 → 横滨' });
    await row.click();
    await page.waitForURL(proposalUrl);
    await expect.poll(() => state(page)).toBe('已批准');

    // The signing needs a date and the signatories.
    await page.getByTestId('step-sign').click();
    await page.getByTestId('sign-date').fill('2026-13');
    await page.getByTestId('step-confirm').click();
    const panel = page.getByTestId('panel-sign');
    expect(await panel.textContent()).toContain(
      '请按 年-月-日、年-月或年份填写日期，如 2015-06-18、2015-06、2015。',
    );
    expect(await panel.textContent()).toContain('请填写签署人。');
    await screenshots(page, 'sign');
    await page.getByTestId('sign-date').fill('2026-05-20');
    await page.getByTestId('sign-signatories').fill('长宁区区长；横滨市市长');
    await page.getByTestId('sign-title').fill('友好交流协议');
    await page.getByTestId('step-confirm').click();
    await expect.poll(() => state(page)).toBe('已签署');
    expect(await page.getByTestId('proposal-signing').textContent()).toContain('2026年5月20日');
    expect(await page.getByTestId('proposal-signing').textContent()).toContain('长宁区区长；横滨市市长');
    // The agreement file: a renamed file is refused in Chinese, the real one is kept and downloads as sent.
    const files = page.getByTestId('agreement-files');
    expect(await files.textContent()).toContain('尚未上传文件。');
    const upload = files.getByTestId('agreement-upload');
    await upload.locator('input[type=file]').setInputFiles({
      name: '协议书.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await upload.getByRole('button', { name: '上传' }).click();
    await expect
      .poll(() => files.getByTestId('agreement-problem').textContent())
      .toContain('文件内容与其类型不符');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await upload.locator('input[type=file]').setInputFiles({
      name: '长宁—横滨友好交流协议书.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    expect(await files.getByTestId('agreement-problem').count()).toBe(0);
    await upload.getByRole('button', { name: '上传' }).click();
    await files.getByTestId('agreement-file').waitFor();
    expect(await page.getByTestId('proposal-notice').textContent()).toBe(
      '已上传 长宁—横滨友好交流协议书.pdf。',
    );
    expect(await files.getByTestId('agreement-file').textContent()).toContain('办理人：changning.editor');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('link', { name: '长宁—横滨友好交流协议书.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('长宁—横滨友好交流协议书.pdf');
    expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);
    await screenshots(page, 'agreement-file');
    // Signed, the tie is in the office's registry, marked internal, and not yet public.
    expect(await changningPartners(page)).toMatch(/横滨[\s\S]*内部/);
    expect(await publicTieToYokohama()).toBe(false);
    await page.goto(proposalUrl);
    await expect.poll(() => state(page)).toBe('已签署');

    // Publishing asks first: the tie becomes public.
    await page.getByTestId('step-publish').click();
    expect(await page.getByTestId('panel-publish').textContent()).toContain('任何人都能在公共数据库中查阅');
    await page.getByTestId('step-confirm').click();
    await expect.poll(() => state(page)).toBe('已公开');
    expect(await page.getByTestId('proposal-notice').textContent()).toContain('已公开');
    expect(
      await page
        .locator('[data-testid=proposal-stepper] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-status'))),
    ).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    // The whole history, in words.
    expect(await page.locator('[data-testid=proposal-history] .history-step').allTextContents()).toEqual([
      '起草',
      '提交审核',
      '退回',
      '修改',
      '提交审核',
      '同意并上报',
      '批准',
      '登记签署',
      '公开',
    ]);
    expect(await page.getByTestId('proposal-history').textContent()).toContain('办理人：shanghai.reviewer');

    await screenshots(page, 'published');
    await page.getByTestId('open-partnership').click();
    await page.waitForURL('**/partnership/**');
    await expect
      .poll(() => page.locator('main').textContent())
      .toMatch(/长宁区[\s\S]*横滨|横滨[\s\S]*长宁区/);
    // The tie's page leads its office to the signed agreement, its file and the proposal behind it.
    const agreement = page.getByTestId('tie-agreement');
    await agreement.waitFor();
    expect(await agreement.locator('h3').textContent()).toBe('协议');
    expect(await agreement.getByTestId('proposal-signing').textContent()).toContain('签署日期');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      agreement.getByRole('link', { name: '长宁—横滨友好交流协议书.pdf' }).click(),
    ]);
    expect(readFileSync((await again.path())!).equals(pdf)).toBe(true);
    await screenshots(page, 'tie-agreement');
    // The office gives the tie to the district's commerce commission, whose staff then record its projects.
    const assignments = page.getByTestId('tie-assignments');
    expect(await assignments.textContent()).toContain('尚未交办给任何单位。');
    await assignments.getByLabel('交办给').selectOption({ label: '长宁区商务委员会 · 职能部门' });
    await assignments.getByRole('button', { name: '交办' }).click();
    await expect
      .poll(() => assignments.getByTestId('tie-assignment').textContent())
      .toMatch(/^长宁区商务委员会 职能部门 changning\.editor 于 .+ 交办/);
    await screenshots(page, 'tie-assigned');
    const tieUrl = page.url();
    await agreement.getByRole('link', { name: '查看申请及审批记录' }).click();
    await page.waitForURL(proposalUrl);
    await page.close();
    // Published, it is on the public profile; the proposal and its agreement file stay internal.
    expect(await publicTieToYokohama()).toBe(true);
    const visitor = await visitorPage();
    expect(await changningPartners(visitor)).toContain('横滨');
    await visitor.goto(tieUrl);
    await visitor.getByTestId('partnership-detail').waitFor();
    expect(await visitor.getByTestId('tie-agreement').count()).toBe(0);
    await visitor.close();
  });

  it('shows the overdue milestone of a department’s project under the new tie in the department’s and the office’s inbox', async () => {
    const page = await as(DEPARTMENT);
    // The department records its project under the tie, as the data entry does: with the session's CSRF token.
    const status = await page.evaluate(
      async (tie) => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const res = await fetch('/api/projects', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            nameEn: 'Youth exchange with Yokohama',
            nameZh: '长宁—横滨青少年交流',
            domain: 'people',
            status: 'in_progress',
            started: `${new Date().getUTCFullYear()}-03`,
            partnershipId: tie,
            placeIds: ['cn:310105'],
            milestones: [{ description: '首批学员互访', due: '2026-06-30' }],
            sources: [{ source: { title: '长宁区商务委工作计划', kind: 'document' } }],
          }),
        });
        return res.status;
      },
      partnershipId(CHANGNING, YOKOHAMA),
    );
    expect(status).toBe(201);
    for (const user of [DEPARTMENT, OFFICE]) {
      const inbox = user === DEPARTMENT ? page : await as(user);
      await inbox.goto(`${base}/workspace`);
      const milestone = inbox
        .locator('[data-testid=inbox-item][data-kind=milestone-overdue]')
        .filter({ hasText: '长宁—横滨青少年交流' });
      await milestone.waitFor();
      expect(await milestone.textContent()).toMatch(/里程碑逾期长宁—横滨青少年交流应于 2026年6月30日/);
      await inbox.close();
    }
    // The tie's page counts the project against the exchanges of the last five years.
    const office = await as(OFFICE);
    await office.goto(`${base}/partnership/${encodeURIComponent(partnershipId(CHANGNING, YOKOHAMA))}`);
    const cooperation = office.getByTestId('cooperation-partnership');
    await cooperation.waitFor();
    expect(await cooperation.getByTestId('cooperation-verdict').textContent()).toBe(
      '只有项目，没有交流记录。',
    );
    const thisYear = cooperation.locator('tbody tr').last();
    expect(await thisYear.locator('th').textContent()).toBe(`${new Date().getUTCFullYear()}年`);
    expect(await thisYear.locator('td').allTextContents()).toEqual(['0', '1']);
    await screenshots(office, 'tie-cooperation');
    await office.close();
  });

  it('shows a partner without diplomatic relations as blocking, and no submission succeeds', async () => {
    const page = await as(OFFICE);
    await page.goto(`${base}/proposals/new`);
    await expect.poll(() => page.getByTestId('proposal-place-chosen').textContent()).toContain('长宁区');
    await pickPlace(page, 'proposal-candidate', '布拉格');
    const blocking = page.getByTestId('vetting-blocking');
    await blocking.waitFor();
    expect(await blocking.textContent()).toContain('不可提交');
    expect(await blocking.textContent()).toContain('捷克未与中华人民共和国建交');
    // The draft may be kept; the proposal page says it cannot go further.
    await page.getByTestId('proposal-rationale').fill('文化交流');
    await page.getByTestId('proposal-save').click();
    await page.waitForURL(/\/proposals\/proposal(:|%3A)[0-9a-f-]+$/);
    const url = page.url();
    await page.getByTestId('proposal-blocked').waitFor();
    expect(await page.getByTestId('proposal-blocked').textContent()).toContain('捷克未与中华人民共和国建交');
    expect(await page.getByTestId('step-submit').isDisabled()).toBe(true);
    expect(await page.locator('#proposal-blocked-why').textContent()).toContain('未与中华人民共和国建交');
    // Nor does the server take a submission sent around the page.
    const status = await page.evaluate(
      async (path) => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const res = await fetch(`${path}/steps`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ step: 'submit' }),
        });
        return res.status;
      },
      `/api${new URL(url).pathname}`,
    );
    expect(status).toBe(422);
    await page.reload();
    await expect.poll(() => state(page)).toBe('草稿');

    // An edit made stale by a step taken in another tab (of the same browser session) is refused in words.
    const editor = await newTestPage(page.context(), 20_000);
    await editor.goto(`${url}/edit`);
    await expect.poll(() => editor.getByTestId('proposal-rationale').inputValue()).toBe('文化交流');
    await page.getByTestId('step-withdraw').click();
    await page.getByTestId('step-confirm').click();
    await expect.poll(() => state(page)).toBe('已撤回');
    expect(
      await page.locator('[data-testid=proposal-stepper] [data-status=stopped]').textContent(),
    ).toContain('已撤回');
    await editor.getByTestId('proposal-rationale').fill('文化与教育交流');
    await editor.getByTestId('proposal-save').click();
    await expect
      .poll(() => editor.getByTestId('proposal-error').textContent())
      .toBe('申请已不是草稿或退回状态，现在不能修改。');
    await editor.close();
    await page.close();
  });

  it('keeps proposals from visitors who are not signed in', async () => {
    const page = await visitorPage();
    await page.goto(proposalUrl);
    expect(await page.getByTestId('sign-in-notice').textContent()).toContain('请登录后查看和起草申请');
    await page.goto(`${base}/workspace`);
    expect(await page.getByTestId('sign-in-notice').textContent()).toContain('请登录后查看您的工作台');
    await page.close();
  });
});
