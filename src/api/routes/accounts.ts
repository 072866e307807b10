/**
 * Signing in and out, the signed-in user's own password and API tokens, the permission table, and the
 * administration of users and their roles.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  apiTokenSchema,
  languageSchema,
  loginSchema,
  newGrantSchema,
  newTokenSchema,
  newUserSchema,
  passwordSchema,
  sessionInfoSchema,
  userSchema,
  type SessionInfo,
} from '../../domain/accounts.ts';
import { ACTIONS, actionsOf, allows, PERMISSIONS, ROLES, type Action } from '../../domain/permissions.ts';
import * as accounts from '../../services/accounts.ts';
import {
  getUser,
  listTokens,
  listUsers,
  revokeToken,
  updateUser,
  userHistory,
} from '../../store/accounts.ts';
import type { Database } from '../../store/database.ts';
import { Problem } from '../http.ts';
import { PROBLEM_TYPES } from '../../domain/problems.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { actorOf, writeContext } from '../write-access.ts';
import { idParams } from './record-routes.ts';

const tags = ['accounts'];

export interface AccountRouteOptions {
  /** Login attempts per client and minute (beside the per-account lockout). */
  loginRateLimit?: { max: number; timeWindow: string };
  [key: string]: unknown;
}

const logEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  userId: z.string().nullable(),
  organisationId: z.string().nullable(),
  action: z.string(),
  tableName: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const permissionTableSchema = z.object({
  roles: z.array(z.enum(ROLES)),
  actions: z.array(
    z.object({
      action: z.enum(ACTIONS),
      roles: z.array(z.enum(ROLES)),
      reach: z.enum(['jurisdiction', 'nation', 'any']),
      en: z.string(),
      zh: z.string(),
    }),
  ),
});

export const accountRoutes: RoutePlugin<AccountRouteOptions> = async (plugin, options) => {
  const app = withZod(plugin);

  /** The reply of a session read or a login; a session user gets the CSRF token their writes must send. */
  async function sessionInfo(request: FastifyRequest, reply: FastifyReply): Promise<SessionInfo> {
    void reply.header('Cache-Control', 'no-store');
    const principal = await app.principal(request);
    const actions = principal ? actionsOf(principal.grants) : [];
    if (!principal?.userId) return { user: null, actions, csrfToken: null };
    const user = await getUser(app.db, principal.userId);
    return { user, actions, csrfToken: principal.via === 'session' ? reply.generateCsrf() : null };
  }

  async function requireAction(request: FastifyRequest, action: Action) {
    const principal = await app.principal(request);
    if (!principal) throw new Problem(401, 'Unauthorized', 'sign in to see this');
    if (!allows(principal.grants, action))
      throw new Problem(
        403,
        'Forbidden',
        `${principal.login} may not ${PERMISSIONS[action].en}`,
        [],
        PROBLEM_TYPES.notPermitted,
      );
    return principal;
  }

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in, what they may do, and their CSRF token',
        response: { 200: sessionInfoSchema },
      },
    },
    (request, reply) => sessionInfo(request, reply),
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: options.loginRateLimit ?? { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Sign in: sets the session cookie (HttpOnly, SameSite=Strict)',
        body: loginSchema,
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      let userId: string;
      try {
        userId = await accounts.authenticate(app.db, request.body.login, request.body.password);
      } catch (error) {
        if (!(error instanceof accounts.LoginRefused)) throw error;
        if (error.reason === 'locked') {
          void reply.header('Retry-After', String(error.retryAfterSeconds));
          throw new Problem(429, 'Account locked', error.message);
        }
        throw new Problem(401, 'Unauthorized', error.message);
      }
      // A new session id at sign-in: a session id planted before cannot be carried over.
      await request.session.regenerate();
      request.session.set('userId', userId);
      request.principalPromise = null;
      return sessionInfo(request, reply);
    },
  );

  app.get(
    '/api/auth/permissions',
    {
      schema: {
        tags,
        summary: 'The permission table: which role may do what, and how far',
        response: { 200: permissionTableSchema },
      },
    },
    async () => ({
      roles: [...ROLES],
      actions: ACTIONS.map((action) => ({
        action,
        ...PERMISSIONS[action],
        roles: [...PERMISSIONS[action].roles],
      })),
    }),
  );

  // The signed-in user's own account: no role needed, only a writer.
  writeContext(app, null, (w) => {
    w.post(
      '/api/auth/logout',
      { schema: { tags, summary: 'Sign out: ends the session', response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.writer?.via === 'session') await request.session.destroy();
        return reply.code(204).send(null);
      },
    );

    w.put(
      '/api/auth/password',
      {
        schema: {
          tags,
          summary: 'Change your password (ends your other sessions)',
          body: z.object({ current: z.string().min(1).max(200), password: passwordSchema }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const writer = request.writer!;
        if (!writer.userId) throw new Problem(422, 'Invalid request', 'the service token has no password');
        const login = (await getUser(w.db, writer.userId))!.login;
        await accounts.authenticate(w.db, login, request.body.current).catch(() => {
          throw new Problem(403, 'Forbidden', 'body.current: the current password is wrong', [
            { field: 'body.current', reason: 'is wrong' },
          ]);
        });
        await accounts.setPassword(w.db, actorOf(request), writer.userId, request.body.password);
        if (writer.via === 'session') {
          await request.session.regenerate();
          request.session.set('userId', writer.userId);
        }
        return reply.code(204).send(null);
      },
    );

    w.get(
      '/api/auth/tokens',
      {
        schema: {
          tags,
          summary: 'Your personal API tokens',
          response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
        },
      },
      async (request) => ({
        items: request.writer!.userId ? await listTokens(w.db, request.writer!.userId) : [],
      }),
    );

    w.post(
      '/api/auth/tokens',
      {
        schema: {
          tags,
          summary: 'Create a personal API token; its secret is shown once',
          body: newTokenSchema,
          response: { 201: z.object({ token: apiTokenSchema, secret: z.string() }) },
        },
      },
      async (request, reply) => {
        const writer = request.writer!;
        if (!writer.userId) throw new Problem(422, 'Invalid request', 'the service token cannot make tokens');
        if (writer.via === 'token')
          throw new Problem(403, 'Forbidden', 'an API token cannot make other tokens; sign in to make one');
        const issued = await accounts.issueToken(w.db, actorOf(request), writer.userId, request.body);
        return reply.code(201).header('Cache-Control', 'no-store').send(issued);
      },
    );

    w.delete(
      '/api/auth/tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke one of your API tokens',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const writer = request.writer!;
        if (!writer.userId || !(await revokeToken(w.db, actorOf(request), writer.userId, request.params.id)))
          throw new Problem(404, 'Not found', `you hold no token ${request.params.id}`);
        return reply.code(204).send(null);
      },
    );
  });

  // Administration ------------------------------------------------------------------------------------

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Every user with roles (administrators)',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => {
      await requireAction(request, 'users.manage');
      return { items: await listUsers(app.db) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'A user (administrators, or the user)',
        params: idParams,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const principal = await app.principal(request);
      if (principal?.userId !== request.params.id) await requireAction(request, 'users.manage');
      return requireUserRecord(app.db, request.params.id);
    },
  );

  app.get(
    '/api/users/:id/history',
    {
      schema: {
        tags,
        summary:
          'What a user wrote and what was done to their account, newest first (administrators, or the user)',
        params: idParams,
        response: { 200: z.object({ items: z.array(logEntrySchema) }) },
      },
    },
    async (request) => {
      const principal = await app.principal(request);
      if (principal?.userId !== request.params.id) await requireAction(request, 'users.manage');
      await requireUserRecord(app.db, request.params.id);
      return { items: await userHistory(app.db, request.params.id) };
    },
  );

  writeContext(app, 'users.manage', (w) => {
    w.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Create a user with an initial password and roles',
          body: newUserSchema.extend({ roles: z.array(newGrantSchema).default([]) }),
          response: { 201: userSchema },
        },
      },
      async (request, reply) => {
        const { roles, ...user } = request.body;
        const created = await accounts.createUser(w.db, actorOf(request), user, roles);
        return reply
          .code(201)
          .header('Location', `/api/users/${encodeURIComponent(created.id)}`)
          .send(created);
      },
    );

    w.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Change a user: name, language, organisation, password, disabled',
          params: idParams,
          body: z.object({
            name: z.string().trim().min(1).max(200).optional(),
            language: languageSchema.optional(),
            organisationId: z.string().min(1).nullable().optional(),
            password: passwordSchema.optional(),
            disabled: z.boolean().optional(),
          }),
          response: { 200: userSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        const { password, disabled, ...changes } = request.body;
        const actor = actorOf(request);
        await requireUserRecord(w.db, id);
        if (changes.organisationId) await accounts.checkOrganisation(w.db, changes.organisationId);
        await updateUser(w.db, actor, id, changes);
        if (password) await accounts.setPassword(w.db, actor, id, password);
        if (disabled !== undefined) await accounts.disableUser(w.db, actor, id, disabled);
        return (await getUser(w.db, id))!;
      },
    );

    w.post(
      '/api/users/:id/roles',
      {
        schema: {
          tags,
          summary: 'Grant a role over a jurisdiction',
          params: idParams,
          body: newGrantSchema,
          response: { 200: userSchema },
        },
      },
      async (request) => {
        await requireUserRecord(w.db, request.params.id);
        return accounts.grantRole(w.db, actorOf(request), request.params.id, request.body);
      },
    );

    w.delete(
      '/api/users/:id/roles',
      {
        schema: {
          tags,
          summary: 'Take back a role over a jurisdiction',
          params: idParams,
          querystring: z.object({
            role: z.enum(ROLES),
            jurisdictionId: z.string().min(1).optional().describe('the place; none for the whole nation'),
          }),
          response: { 200: userSchema },
        },
      },
      async (request) => {
        await requireUserRecord(w.db, request.params.id);
        const { role, jurisdictionId } = request.query;
        return accounts.revokeRole(w.db, actorOf(request), request.params.id, {
          role,
          jurisdictionId: jurisdictionId ?? null,
        });
      },
    );
  });
};

async function requireUserRecord(db: Database, id: string) {
  return (await getUser(db, id)) ?? notFoundUser(id);
}

function notFoundUser(id: string): never {
  throw new Problem(404, 'Not found', `no user with id ${id}`);
}
