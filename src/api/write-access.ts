/**
 * Writes live in their own encapsulated context: an `onRequest` hook authenticates the writer before
 * anything is parsed, and every route in the context is documented as needing it. Accounts and roles
 * replace the one hook; the routes do not change.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from './http.ts';
import { tokenMatches } from './guards.ts';
import { withZod, type ZodApp } from './context.ts';

export interface WriteAccessOptions {
  /** Writes need `Authorization: Bearer <adminToken>`; without a token, writes are refused. */
  adminToken?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Authenticates a writer or throws the problem that says why not; sets `request.actor`. */
    authenticateWriter(request: FastifyRequest): Promise<void>;
  }
}

export function decorateWriteAccess(app: FastifyInstance, { adminToken }: WriteAccessOptions): void {
  app.decorateRequest('actor', null);
  app.decorate('authenticateWriter', async (request: FastifyRequest) => {
    if (!adminToken)
      throw new Problem(
        403,
        'Writes disabled',
        'the server was started without an admin token (AMITY_ADMIN_TOKEN)',
      );
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!tokenMatches(given, adminToken))
      throw new Problem(401, 'Unauthorized', 'writes need the header Authorization: Bearer <admin token>');
    request.actor = `admin@${request.ip}`;
  });
}

/** Registers `routes` in a child context whose every request is authenticated first. */
export function writeContext(app: FastifyInstance, routes: (writes: ZodApp) => void | Promise<void>): void {
  void app.register(async (writes) => {
    writes.addHook('onRequest', (request) => writes.authenticateWriter(request));
    writes.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, security: [{ admin: [] }] };
    });
    await routes(withZod(writes));
  });
}

/** The authenticated writer of a request inside a write context. */
export function actorOf(request: FastifyRequest): string {
  if (!request.actor) throw new Problem(401, 'Unauthorized', 'this write was not authenticated');
  return request.actor;
}
