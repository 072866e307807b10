/**
 * `amity users`: accounts from the command line, for the first administrator and for scripts. Passwords
 * come from standard input or an environment variable, never from an argument (which `ps` would show).
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Database } from '../store/database.ts';
import { listUsers, userHistory } from '../store/accounts.ts';
import { migrate } from '../store/migrate.ts';
import * as accounts from '../services/accounts.ts';
import { ROLES, type Grant, type Role } from '../domain/permissions.ts';
import type { User } from '../domain/accounts.ts';

interface PasswordOptions {
  passwordStdin?: boolean;
  passwordEnv?: string;
}

/** `editor@place:cn-js-suzhou` or `coordinator` (the whole nation). */
export function parseGrant(text: string): Grant {
  const at = text.indexOf('@');
  const role = (at < 0 ? text : text.slice(0, at)) as Role;
  if (!ROLES.includes(role)) throw new Error(`role ${role}: one of ${ROLES.join(', ')}`);
  const jurisdictionId = at < 0 ? null : text.slice(at + 1);
  if (jurisdictionId === '')
    throw new Error(`role ${text}: a place id after @, or no @ for the whole nation`);
  return { role, jurisdictionId };
}

async function readPassword(options: PasswordOptions): Promise<string> {
  if (options.passwordEnv) {
    const value = process.env[options.passwordEnv];
    if (!value) throw new Error(`--password-env: the variable ${options.passwordEnv} is not set`);
    return value;
  }
  if (options.passwordStdin || !process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    throw new Error('no password on standard input');
  }
  throw new Error('give the password with --password-stdin or --password-env VAR');
}

const describeGrant = (g: { role: string; jurisdictionId: string | null }) =>
  g.jurisdictionId ? `${g.role}@${g.jurisdictionId}` : g.role;

function describeUser(user: User): string {
  const roles = user.roles.map(describeGrant).join(', ') || 'no role';
  const state = user.disabled ? ' (disabled)' : user.lockedUntil ? ' (locked)' : '';
  return `${user.login}${state}  ${user.name}  [${roles}]${user.organisationId ? `  ${user.organisationId}` : ''}  ${user.id}`;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerUsersCommands(
  program: Command,
  open: (options: object) => Promise<Database>,
  /** Adds the --database-url and --data-dir options. */
  withDb: (command: Command) => Command,
): void {
  const users = program
    .command('users')
    .description('accounts: add users, grant roles, disable, issue API tokens');
  const withOpen = async <T>(options: object, fn: (db: Database) => Promise<T>) => {
    const db = await open(options);
    try {
      await migrate(db);
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  const actor = 'command-line';

  withDb(users.command('list'))
    .description('every user with roles')
    .action((o: object) =>
      withOpen(o, async (db) => {
        for (const user of await listUsers(db)) process.stdout.write(describeUser(user) + '\n');
      }),
    );

  withDb(users.command('add <login>'))
    .description('add a user; roles as role or role@placeId (repeat --role)')
    .requiredOption('--name <name>', 'the person’s name')
    .option('--organisation <id>', 'the organisation they act for (an org:… id)')
    .option('--language <zh|en>', 'interface language', 'zh')
    .option('--role <role[@place]>', `${ROLES.join(' | ')}, over a place or the nation`, collect, [])
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--password-env <VAR>', 'read the password from this environment variable')
    .action(
      (
        login: string,
        o: PasswordOptions & { name: string; organisation?: string; language: string; role: string[] },
      ) =>
        withOpen(o, async (db) => {
          const grants = o.role.map(parseGrant);
          const password = await readPassword(o);
          const user = await accounts.createUser(
            db,
            actor,
            {
              login,
              name: o.name,
              organisationId: o.organisation ?? null,
              language: o.language as 'zh' | 'en',
              password,
            },
            grants,
          );
          process.stdout.write(`added ${describeUser(user)}\n`);
        }),
    );

  withDb(users.command('role <login>'))
    .description('grant or take back roles (role or role@placeId)')
    .option('--add <role[@place]>', 'grant', collect, [])
    .option('--remove <role[@place]>', 'take back', collect, [])
    .action((login: string, o: { add: string[]; remove: string[] }) =>
      withOpen(o, async (db) => {
        if (!o.add.length && !o.remove.length) throw new Error('give --add or --remove');
        let user = await accounts.requireUser(db, login);
        for (const grant of o.add.map(parseGrant)) user = await accounts.grantRole(db, actor, user.id, grant);
        for (const grant of o.remove.map(parseGrant))
          user = await accounts.revokeRole(db, actor, user.id, grant);
        process.stdout.write(describeUser(user) + '\n');
      }),
    );

  withDb(users.command('disable <login>'))
    .description('disable an account (its sessions end); --enable turns it back on')
    .option('--enable', 'enable instead')
    .action((login: string, o: { enable?: boolean }) =>
      withOpen(o, async (db) => {
        const user = await accounts.requireUser(db, login);
        process.stdout.write(describeUser(await accounts.disableUser(db, actor, user.id, !o.enable)) + '\n');
      }),
    );

  withDb(users.command('password <login>'))
    .description('set a new password (the user’s sessions end)')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--password-env <VAR>', 'read the password from this environment variable')
    .action((login: string, o: PasswordOptions) =>
      withOpen(o, async (db) => {
        const user = await accounts.requireUser(db, login);
        await accounts.setPassword(db, actor, user.id, await readPassword(o));
        process.stdout.write(`password of ${user.login} changed\n`);
      }),
    );

  withDb(users.command('token <login>'))
    .description('issue a personal API token; its secret is printed once')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scope <scopes>', 'read, write or read,write', 'read')
    .option('--days <n>', 'days until it expires (at most 366)', '90')
    .action((login: string, o: { name: string; scope: string; days: string }) =>
      withOpen(o, async (db) => {
        const user = await accounts.requireUser(db, login);
        const { token, secret } = await accounts.issueToken(db, actor, user.id, {
          name: o.name,
          scopes: o.scope.split(',').map((s) => s.trim()) as ('read' | 'write')[],
          days: Number(o.days),
        });
        process.stdout.write(`${secret}\n`);
        process.stderr.write(
          `token ${token.id} (${token.scopes.join(',')}) expires ${token.expiresAt}; the secret above is not shown again\n`,
        );
      }),
    );

  withDb(users.command('history <login>'))
    .description('what the user wrote and what was done to their account, newest first')
    .action((login: string, o: object) =>
      withOpen(o, async (db) => {
        const user = await accounts.requireUser(db, login);
        for (const entry of await userHistory(db, user.id))
          process.stdout.write(
            `${entry.at}  ${entry.actor}  ${entry.action} ${entry.tableName} ${entry.recordId ?? ''}\n`,
          );
      }),
    );
}
