/// <reference lib="dom" />
/**
 * Accounts in the browser, in Chinese: signing in through the form and back to the page that asked, the
 * header's account menu, the account page (roles, permissions, API tokens, history), signing out, the
 * refusals of a wrong password and of a locked account, the administration of users, and a record saved
 * from the data-entry page with the session (its CSRF token sent by the app) inside and outside the
 * editor's jurisdiction. Screenshots of the new pages at a desktop and a phone width go to /tmp.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  createTestUser,
  expectNoOverflow,
  signIn,
  startWebServer,
  TEST_PASSWORD,
  type WebServer,
} from '../support/web.ts';
import { withSmallGazetteer } from '../support/databases.ts';

const SERVICE_TOKEN = 'e2e-accounts-service-token';
const SHANGHAI = 'gn:1796236';

let web: WebServer;
let context: BrowserContext;
let base: string;
let organisationId: string;
let editorId: string;

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Signs out by forgetting the session cookie (the sign-out button has its own test). */
async function forgetSession(): Promise<void> {
  await context.clearCookies();
}

async function apiLogin(login: string, password: string): Promise<number> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  return res.status;
}

describe('accounts in the web application', () => {
  beforeAll(async () => {
    web = await startWebServer({ bundledData: false, adminToken: SERVICE_TOKEN, name: 'accounts' });
    ({ base, context } = web);
    await withSmallGazetteer(web.db);
    // The administrator's organisation, made as a script would, with the service token.
    const res = await fetch(`${base}/api/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_TOKEN}` },
      body: JSON.stringify({
        nameEn: 'Shanghai Foreign Affairs Office',
        nameZh: '上海市人民政府外事办公室',
        kind: 'foreign_affairs_office',
        placeId: SHANGHAI,
        sources: [{ source: { title: 'E2E accounts', kind: 'document' }, locator: 'p. 1' }],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    organisationId = ((await res.json()) as { id: string }).id;
    await createTestUser(web.db, 'admin', [{ role: 'administrator', jurisdictionId: null }], {
      name: '王管理',
      organisationId,
    });
    editorId = (
      await createTestUser(web.db, 'shanghai.editor', [{ role: 'editor', jurisdictionId: SHANGHAI }], {
        name: '上海编辑',
      })
    ).id;
    await createTestUser(web.db, 'locked.user', [{ role: 'viewer', jurisdictionId: SHANGHAI }]);
  }, 400_000);

  afterAll(async () => {
    await web?.close();
  });

  it('signs in through the form, back to the page that asked, and shows the name in the header', async () => {
    const page = await newPage();
    await page.goto(`${base}/account`);
    expect(await page.getByTestId('sign-in-link').textContent()).toBe('登录');
    const notice = page.getByTestId('sign-in-notice');
    expect(await notice.textContent()).toContain('请登录后查看您的账户');
    await notice.getByRole('link', { name: '登录' }).click();
    await page.waitForURL('**/login?next=%2Faccount');
    await page.locator('h1').filter({ hasText: '登录' }).waitFor();
    await page.getByLabel('登录名').fill('admin');
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/account');
    expect(await page.getByTestId('account-name').textContent()).toBe('王管理');

    // Who I am, my organisation and my roles, in Chinese.
    expect(await page.getByTestId('account-user-name').textContent()).toBe('王管理');
    expect(await page.getByTestId('account-facts').textContent()).toContain('上海市人民政府外事办公室');
    expect(await page.getByTestId('account-roles').textContent()).toBe('管理员 · 全国');
    // What the roles allow: the permission table, with the administrator's actions marked.
    await page.getByTestId('permission-table').waitFor();
    expect(await page.getByTestId('allowed-users.manage').textContent()).toBe('允许（管理员）');
    expect(await page.getByTestId('allowed-proposals.review').textContent()).toBe('不允许');
    expect(await page.getByTestId('permission-table').textContent()).toContain('管理用户、角色和组织');

    // The header's menu: my account, users, sign out.
    await page.getByTestId('account-menu').click();
    expect(await page.locator('#account-menu-list').innerText()).toMatch(
      /我的账户[\s\S]*用户管理[\s\S]*退出/,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#account-menu-list').count()).toBe(0);
    await page.close();
  });

  it('creates an API token, shows its secret once, and revokes it', async () => {
    const page = await newPage();
    await page.goto(`${base}/account`);
    await page.getByTestId('token-table').or(page.locator('#account-tokens .state-empty')).waitFor();
    await page.getByTestId('token-name').fill('nightly-import');
    await page.getByTestId('token-scope-write').check();
    await page.getByRole('button', { name: '创建令牌' }).click();
    const secret = await page.getByTestId('token-secret-value').inputValue();
    expect(secret).toMatch(/^amity_/);
    expect(await page.getByTestId('token-secret').textContent()).toContain('只显示这一次');

    // The token reads as the administrator.
    const asToken = await fetch(`${base}/api/auth/session`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(((await asToken.json()) as { user: { login: string } }).user.login).toBe('admin');

    const row = page.locator('[data-testid=token-table] tr[data-token=nightly-import]');
    await expect.poll(() => row.getByTestId('token-state').textContent()).toBe('有效');
    expect(await row.locator('td').nth(1).textContent()).toBe('读取、写入');
    await row.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.getByTestId('token-revoked').textContent()).toContain('nightly-import');
    await expect.poll(() => row.getByTestId('token-state').textContent()).toBe('已撤销');
    const revoked = await fetch(`${base}/api/auth/session`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(revoked.status).toBe(401);

    // The history names the token's creation and revocation in words.
    const history = page.getByTestId('account-history-table');
    await expect.poll(() => history.textContent()).toContain('API 令牌');
    expect(await history.textContent()).toContain('新增');
    expect(await history.textContent()).toContain('修改');

    // The secret is shown once: not after a reload.
    await page.reload();
    await page.getByTestId('token-table').waitFor();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    await page.screenshot({ path: '/tmp/accounts-account-zh-1366.png', fullPage: true });
    await expectNoOverflow(page, '/account');
    await page.close();
  });

  it('signs out from the header menu', async () => {
    const page = await newPage();
    await page.goto(`${base}/account`);
    await page.getByTestId('account-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-link').waitFor();
    await page.getByTestId('sign-in-notice').waitFor();
    // The session is over on the server too.
    await page.reload();
    await page.getByTestId('sign-in-link').waitFor();
    expect(await page.getByTestId('account-name').count()).toBe(0);
    await page.close();
  });

  it('says in Chinese that the password is wrong, and when a locked account may try again', async () => {
    const page = await newPage();
    await page.goto(`${base}/login`);
    await page.locator('#login-name').fill('admin');
    await page.locator('#login-password').fill('not the password at all');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('登录名或密码错误。');
    expect(await page.locator('#login-password').inputValue()).toBe('');
    // In English, the same refusal in English.
    await page.getByTestId('lang-switch').click();
    await page.locator('#login-password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toBe('Wrong login name or password.');
    await page.getByTestId('lang-switch').click();
    await page.locator('h1').filter({ hasText: '登录' }).waitFor();

    // Five wrong passwords lock the account; the form then says until when.
    for (let i = 0; i < 5; i++) expect(await apiLogin('locked.user', `wrong password ${i}`)).toBe(401);
    await page.locator('#login-name').fill('locked.user');
    await page.locator('#login-password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('账户已被锁定');
    expect(await page.getByTestId('login-error').textContent()).toMatch(
      /请于 \d{2}:\d{2}（约 1[45] 分钟后）再试/,
    );
    expect(await page.getByTestId('account-name').count()).toBe(0);
    await page.close();
  });

  it('lets the administrator create a user with a role, grant and revoke roles, and disable them', async () => {
    const page = await newPage();
    await signIn(page, base, 'admin', { name: '王管理' });
    await page.getByTestId('account-menu').click();
    await page.getByTestId('users-link').click();
    await page.waitForURL('**/admin/users');
    const table = page.getByTestId('user-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tr[data-login=admin]').textContent()).toContain('上海市人民政府外事办公室');
    expect(
      await table.locator('tr[data-login="locked.user"] [data-testid=user-status]').textContent(),
    ).toMatch(/^锁定至/);

    await page.getByTestId('new-user').click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('登录名').fill('pudong.editor');
    await form.getByLabel('姓名').fill('浦东编辑');
    await form.locator('#user-organisation').selectOption(organisationId);
    await form.getByLabel('初始密码').fill('short');
    await form.getByTestId('create-user').click();
    expect(await form.locator('#user-password-error').textContent()).toContain('12～128 个字符');

    await form.getByLabel('初始密码').fill('pudong editor first password');
    await form.getByTestId('grant-role').selectOption('editor');
    const search = form.getByTestId('grant-place-search').getByRole('combobox');
    await search.fill('Shanghai');
    await form.locator('[data-testid=grant-place-search] [role=option]').first().waitFor();
    await search.press('Enter');
    await expect.poll(() => form.getByTestId('grant-place-chosen').textContent()).toContain('上海市');
    await form.getByTestId('grant-add').click();
    expect(await form.getByTestId('pending-roles').textContent()).toContain('编辑 · 上海市');
    await page.screenshot({ path: '/tmp/accounts-users-new-zh-1366.png', fullPage: true });
    await form.getByTestId('create-user').click();
    await expect
      .poll(() => page.getByTestId('user-created').textContent())
      .toBe('用户 pudong.editor 已创建。');
    const row = table.locator('tr[data-login="pudong.editor"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('编辑 · 上海市');
    expect(await row.getByTestId('user-status').textContent()).toBe('正常');
    expect(await apiLogin('pudong.editor', 'pudong editor first password')).toBe(200);

    // Manage: a nation-wide viewer role granted, then revoked.
    await row.getByTestId('manage-user').click();
    const panel = page.getByTestId('user-panel');
    await panel.getByTestId('grant-role').selectOption('viewer');
    await panel.getByTestId('grant-nation').check();
    await panel.getByTestId('grant-add').click();
    await expect.poll(() => panel.getByTestId('panel-done').textContent()).toBe('已授予：查阅员 · 全国。');
    await expect.poll(() => panel.getByTestId('panel-roles').textContent()).toContain('查阅员 · 全国');
    await panel.getByRole('button', { name: '撤销角色 查阅员 · 全国' }).click();
    await expect.poll(() => panel.getByTestId('panel-done').textContent()).toBe('已撤销：查阅员 · 全国。');
    await expect.poll(() => panel.getByTestId('panel-roles').textContent()).not.toContain('查阅员');

    // Disabled: the list says so, and the user can no longer sign in.
    await panel.getByTestId('disable-user').click();
    await expect.poll(() => panel.getByTestId('panel-done').textContent()).toBe('已停用浦东编辑。');
    await expect.poll(() => row.getByTestId('user-status').textContent()).toBe('已停用');
    expect(await apiLogin('pudong.editor', 'pudong editor first password')).toBe(401);
    // The user's history, in words.
    const history = panel.getByTestId('panel-history');
    await expect.poll(() => history.textContent()).toContain('角色');
    expect(await history.textContent()).toContain('用户');
    await page.screenshot({ path: '/tmp/accounts-users-panel-zh-1366.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('lets the Shanghai editor record an event with the session, and refuses one outside Shanghai', async () => {
    await forgetSession();
    const page = await newPage();
    await signIn(page, base, 'shanghai.editor', { name: '上海编辑', next: '/entry?kind=event' });
    await page.waitForURL('**/entry?kind=event');
    const writer = page.getByTestId('entry-writer');
    expect(await writer.textContent()).toContain('当前录入人：上海编辑');
    expect(await writer.textContent()).toContain('编辑 · 上海市');
    expect(await page.locator('#admin-token').count()).toBe(0);
    await page.screenshot({ path: '/tmp/accounts-entry-zh-1366.png' });

    const form = page.getByTestId('event-form');
    const pick = async (text: string, expected: string) => {
      const input = page.locator('#field-place');
      await input.fill(text);
      await page.locator('[data-testid=place-search] [role=option]').first().waitFor();
      await input.press('Enter');
      await expect.poll(() => page.getByTestId('place-chosen').textContent()).toContain(expected);
    };
    // Beijing lies outside the editor's jurisdiction: refused, in words.
    await page.locator('#field-nameEn').fill('Beijing forum');
    await pick('Beijing', '北京');
    await page.locator('#field-sourceTitle').fill('E2E event source');
    await page.locator('#field-sourceLocator').fill('p. 2');
    await form.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => page.getByTestId('entry-error').textContent())
      .toContain('您的角色无权保存这条记录。');

    await page.getByRole('button', { name: '更改' }).click();
    await page.locator('#field-nameEn').fill('Shanghai friendship forum');
    await page.locator('#field-nameZh').fill('上海友好论坛');
    await pick('Shanghai', '上海');
    await form.getByRole('button', { name: '保存' }).click();
    const link = page.getByTestId('entry-success').getByRole('link');
    await link.waitFor();
    await link.click();
    await page.waitForURL('**/events/**');
    await expect.poll(() => page.locator('h1').textContent()).toContain('上海友好论坛');

    // The change log names the editor as the writer.
    const history = await fetch(`${base}/api/users/${encodeURIComponent(editorId)}/history`, {
      headers: { authorization: `Bearer ${SERVICE_TOKEN}` },
    });
    const items = ((await history.json()) as { items: { tableName: string; action: string }[] }).items;
    expect(items.some((i) => i.tableName === 'events' && i.action === 'insert')).toBe(true);

    // The editor may not manage users: no link in the menu, and the page says why.
    await page.getByTestId('account-menu').click();
    expect(await page.getByTestId('users-link').count()).toBe(0);
    await page.goto(`${base}/admin/users`);
    await expect
      .poll(() => page.getByTestId('no-permission').textContent())
      .toBe('您没有管理用户的权限：此操作需要管理员角色。');
    await page.close();
  });

  it('lays out the sign-in, account and users pages at desktop and phone widths', async () => {
    await forgetSession();
    const page = await newPage();
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/login?next=%2Faccount`);
      await page.getByTestId('login-form').waitFor();
      await page.screenshot({ path: `/tmp/accounts-login-zh-${width}.png`, fullPage: true });
      await expectNoOverflow(page, `/login at ${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, base, 'admin', { name: '王管理' });
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/account`);
      await page.getByTestId('permission-table').waitFor();
      await page.getByTestId('token-table').waitFor();
      await page.screenshot({ path: `/tmp/accounts-account-zh-${width}.png`, fullPage: true });
      await expectNoOverflow(page, `/account at ${width}`);
      await page.goto(`${base}/admin/users`);
      await page.getByTestId('user-table').waitFor();
      await page.screenshot({ path: `/tmp/accounts-users-zh-${width}.png`, fullPage: true });
      await expectNoOverflow(page, `/admin/users at ${width}`);
      await page.getByTestId('new-user').click();
      await page.getByTestId('user-form').waitFor();
      await page.screenshot({ path: `/tmp/accounts-users-form-zh-${width}.png`, fullPage: true });
      await expectNoOverflow(page, `/admin/users form at ${width}`);
      await page.locator('tr[data-login=admin]').getByTestId('manage-user').click();
      await page.getByTestId('user-panel').waitFor();
      await page.screenshot({ path: `/tmp/accounts-users-panel-zh-${width}.png` });
      await page.keyboard.press('Escape');
      if (width < 500) {
        // The header on a phone: the account menu opens inside the screen.
        await page.getByTestId('account-menu').click();
        const box = await page.locator('#account-menu-list').boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `/tmp/accounts-menu-zh-${width}.png` });
      }
    }
    await page.close();
  });
});
