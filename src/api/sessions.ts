/**
 * Signed-in users: a server-side session in the database behind an HttpOnly, SameSite=Strict cookie
 * (@fastify/session), CSRF tokens bound to the session for cookie-authenticated writes
 * (@fastify/csrf-protection), and the principal of a request, whether it comes by cookie, by personal
 * API token or by the server's service token.
 */
import type * as Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import session, { type SessionStore } from '@fastify/session';
import csrf from '@fastify/csrf-protection';
import type { Database } from '../store/database.ts';
import { readMeta } from '../store/meta.ts';
import { deleteSession, pruneSessions, readSession, writeSession } from '../store/accounts.ts';
import {
  isPersonalToken,
  principalOf,
  principalOfToken,
  SERVICE_PRINCIPAL,
  type Principal,
} from '../services/accounts.ts';
import { Problem } from './http.ts';
import { readScopeOf } from '../domain/visibility.ts';
import { placeReadScope, PUBLIC_ONLY, type PlaceReadScope } from '../store/visibility.ts';
import { tokenMatches } from './guards.ts';

export const SESSION_COOKIE = 'amity_session';
/** A session lasts eight hours of a working day after the last request that touched it. */
export const SESSION_HOURS = 8;
/**
 * However busy, a session ends this long after sign-in (OWASP ASVS 3.3.2: re-authentication while in
 * use), so a cookie left in a shared office browser or copied from one cannot be kept alive by use.
 */
export const SESSION_LIFETIME_HOURS = 12;

declare module 'fastify' {
  interface Session {
    userId?: string;
    _csrf?: string;
  }
  interface FastifyRequest {
    /** Memo of `principalOf(request)`. */
    principalPromise: Promise<Principal | null> | null;
    /** Memo of `readScope(request)`. */
    readScopePromise: Promise<PlaceReadScope> | null;
  }
  interface FastifyInstance {
    /** Who sends this request, or null for an anonymous one; throws 401 for a bad bearer token. */
    principal(request: FastifyRequest): Promise<Principal | null>;
    /**
     * The signed-in sender of a request for internal records, whose reply no shared cache may keep;
     * `unauthorised` is the 401's detail for an anonymous request ("… internal: sign in to see …").
     */
    internalReader(request: FastifyRequest, reply: FastifyReply, unauthorised: string): Promise<Principal>;
    /**
     * Which records beyond the public ones the sender may read (public only for anonymous requests). A
     * reply that shows more than public records is marked private, so no shared cache keeps it.
     */
    readScope(request: FastifyRequest, reply: FastifyReply): Promise<PlaceReadScope>;
    /** Refuses a cookie-authenticated write that lacks the session's CSRF token. */
    checkCsrf(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

/** The key that signs session cookies: made by the schema, kept in the database so sessions survive a restart. */
async function sessionSecret(db: Database): Promise<string> {
  const stored = await readMeta<string>(db, 'session_secret');
  if (!stored) throw new Error('the database has no session_secret: run the migrations first');
  return stored;
}

/** @fastify/session's store over the `sessions` table. */
function databaseStore(db: Database): SessionStore {
  return {
    set(id, data, done) {
      const plain = JSON.parse(JSON.stringify(data)) as Record<string, unknown> & {
        cookie?: { expires?: string | null };
      };
      const expires = plain.cookie?.expires
        ? new Date(plain.cookie.expires)
        : new Date(Date.now() + SESSION_HOURS * 3_600_000);
      writeSession(db, id, data.userId ?? null, plain, expires).then(() => done(), done);
    },
    get(id, done) {
      readSession(db, id, SESSION_LIFETIME_HOURS).then(
        (data) => done(null, data as Fastify.Session | null),
        done,
      );
    },
    destroy(id, done) {
      deleteSession(db, id).then(() => done(), done);
    },
  };
}

export interface SessionOptions {
  /** The service token: `Authorization: Bearer <token>` acts as a nation-wide administrator. */
  serviceToken?: string;
  /** Send the cookie over HTTPS only (AMITY_SECURE_COOKIES=1 behind TLS). */
  secureCookies?: boolean;
}

export async function registerSessions(app: FastifyInstance, db: Database, options: SessionOptions) {
  await pruneSessions(db, SESSION_LIFETIME_HOURS);
  await app.register(cookie);
  await app.register(session, {
    secret: await sessionSecret(db),
    cookieName: SESSION_COOKIE,
    // Nothing is stored for anonymous readers: a session exists once someone signs in.
    saveUninitialized: false,
    rolling: true,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // Plain HTTP on localhost; a deployment behind TLS sets secureCookies. (The plugin's 'auto' would
      // drop SameSite to Lax on HTTP.)
      secure: options.secureCookies ?? false,
      maxAge: SESSION_HOURS * 3_600_000,
    },
    store: databaseStore(db),
  });
  await app.register(csrf, { sessionPlugin: '@fastify/session' });

  app.decorateRequest('principalPromise', null);
  app.decorate('principal', (request: FastifyRequest) => {
    request.principalPromise ??= resolvePrincipal(db, request, options.serviceToken);
    return request.principalPromise;
  });
  app.decorate(
    'internalReader',
    async (request: FastifyRequest, reply: FastifyReply, unauthorised: string) => {
      const principal = await app.principal(request);
      if (!principal) throw new Problem(401, 'Unauthorized', unauthorised);
      void reply.header('Cache-Control', 'private, no-store');
      return principal;
    },
  );
  app.decorateRequest('readScopePromise', null);
  app.decorate('readScope', async (request: FastifyRequest, reply: FastifyReply) => {
    request.readScopePromise ??= app
      .principal(request)
      .then((principal) => (principal ? placeReadScope(db, readScopeOf(principal.grants)) : PUBLIC_ONLY));
    const scope = await request.readScopePromise;
    if (scope.kind !== 'public') void reply.header('Cache-Control', 'private, no-store');
    return scope;
  });
  app.decorate(
    'checkCsrf',
    (request: FastifyRequest, reply: FastifyReply) =>
      new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      }),
  );
}

async function resolvePrincipal(
  db: Database,
  request: FastifyRequest,
  serviceToken: string | undefined,
): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (given && isPersonalToken(given)) {
      const principal = await principalOfToken(db, given);
      if (principal) return principal;
      throw new Problem(401, 'Unauthorized', 'the API token is unknown, expired or revoked');
    }
    if (serviceToken && tokenMatches(given, serviceToken)) return SERVICE_PRINCIPAL;
    throw new Problem(401, 'Unauthorized', 'the Authorization header holds no valid bearer token');
  }
  const userId = request.session?.get('userId');
  if (!userId) return null;
  const principal = await principalOf(db, userId, 'session');
  // The account was disabled or removed since: the session ends.
  if (!principal) await request.session.destroy();
  return principal;
}
