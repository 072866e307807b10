/**
 * `amity users` as an administrator runs it on a fresh data folder: add the first administrator with the
 * password from standard input or an environment variable, grant a scoped role, issue a token, disable;
 * and `serve` creating the first administrator from AMITY_ADMIN_LOGIN and AMITY_ADMIN_PASSWORD.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { amity, CLI, ROOT } from '../support/cli.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { withSmallGazetteer } from '../support/databases.ts';
import { authenticate, LoginRefused, principalOfToken } from '../../src/services/accounts.ts';
import { findUserByLogin } from '../../src/store/accounts.ts';

const SHANGHAI = 'gn:1796236';
const PASSWORD = 'a password long enough';

describe('amity users', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'amity-users-'));
  const dataDir = path.join(tmp, 'pglite');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Nine CLI processes, each starting TypeScript and the embedded database: minutes on a busy machine.
  it('adds users, grants scoped roles, issues tokens and disables accounts', async () => {
    const db = await openDatabase({ dataDir });
    await migrate(db);
    await withSmallGazetteer(db);
    await db.close();
    const dir = ['--data-dir', dataDir];

    const added = await amity(
      ['users', 'add', 'chief', '--name', '管理员', '--role', 'administrator', '--password-stdin', ...dir],
      `${PASSWORD}\n`,
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^added chief {2}管理员 {2}\[administrator\]/);

    const short = await amity(['users', 'add', 'weak', '--name', 'W', '--password-stdin', ...dir], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: must be at least 12 characters long/);

    const fromEnv = await amity(
      [
        'users',
        'add',
        'sh.editor',
        '--name',
        '上海外办',
        '--role',
        `editor@${SHANGHAI}`,
        '--password-env',
        'PW',
        ...dir,
      ],
      undefined,
      { PW: PASSWORD },
    );
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    const badPlace = await amity(['users', 'role', 'sh.editor', '--add', 'viewer@gn:0', ...dir]);
    expect(badPlace.stderr).toMatch(/no place with id gn:0/);
    const role = await amity(['users', 'role', 'sh.editor', '--add', 'reviewer@' + SHANGHAI, ...dir]);
    expect(role.stdout).toContain(`[editor@${SHANGHAI}, reviewer@${SHANGHAI}]`);

    const token = await amity([
      'users',
      'token',
      'sh.editor',
      '--name',
      'nightly import',
      '--scope',
      'read,write',
      ...dir,
    ]);
    expect(token.code, token.stderr).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^amity_[A-Za-z0-9_-]{40,}$/);
    expect(token.stderr).toMatch(/not shown again/);

    const lastAdmin = await amity(['users', 'disable', 'chief', ...dir]);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toMatch(/last active administrator/);
    const disabled = await amity(['users', 'disable', 'sh.editor', ...dir]);
    expect(disabled.stdout).toMatch(/sh\.editor \(disabled\)/);

    const listed = await amity(['users', 'list', ...dir]);
    expect(listed.stdout.split('\n').filter(Boolean)).toHaveLength(2);

    const check = await openDatabase({ dataDir });
    try {
      const chief = (await findUserByLogin(check, 'chief'))!;
      expect(await authenticate(check, 'chief', PASSWORD)).toBe(chief.id);
      await expect(authenticate(check, 'sh.editor', PASSWORD)).rejects.toBeInstanceOf(LoginRefused);
      // A disabled user's tokens stop working with the account.
      expect(await principalOfToken(check, secret)).toBeNull();
      const [logged] = await check.query<{ actor: string }>(
        `SELECT actor FROM change_log WHERE table_name = 'users' AND action = 'insert' LIMIT 1`,
      );
      expect(logged.actor).toBe('command-line');
    } finally {
      await check.close();
    }
  }, 300_000);

  it('creates the first administrator at first start from the environment, and only then', async () => {
    const folder = path.join(tmp, 'first');
    const env = { AMITY_ADMIN_LOGIN: 'first.admin', AMITY_ADMIN_PASSWORD: PASSWORD };
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', CLI, 'serve', '--port', '0', '--no-bundled-data', '--data-dir', folder],
          {
            cwd: ROOT,
            env: { ...process.env, AMITY_LOG_LEVEL: 'silent', ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Amity is serving')) child.kill('SIGTERM');
        });
        child.on('error', reject);
        child.on('exit', () => resolve(out));
      });
    expect(await run()).toContain('Created the first administrator, first.admin.');
    expect(await run()).not.toContain('Created the first administrator');
    const db = await openDatabase({ dataDir: folder });
    try {
      const user = (await findUserByLogin(db, 'first.admin'))!;
      expect(user.roles).toEqual([
        { role: 'administrator', jurisdictionId: null, jurisdictionNameEn: null, jurisdictionNameZh: null },
      ]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
