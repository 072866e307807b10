/**
 * Writes live in their own encapsulated contexts. Before anything is parsed, an `onRequest` hook finds
 * who writes (a session, a personal token with the write scope, or the service token) and, for a
 * session, checks the CSRF token. Once the body is parsed, a `preHandler` checks the permission table:
 * the context's action (or the route's own) over every Chinese place the write names, each with the
 * places above it, against the writer's roles and their jurisdictions.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from './http.ts';
import { PROBLEM_TYPES, type ProblemType } from '../domain/problems.ts';
import { withZod, type ZodApp } from './context.ts';
import { allows, needsAssignedTie, PERMISSIONS, type Action } from '../domain/permissions.ts';
import { actorOf as actorOfPrincipal, type Principal } from '../services/accounts.ts';
import type { Actor, Queryable } from '../store/database.ts';
import { eventPlaces, partnershipPlaces, projectPlaces } from '../store/accounts.ts';
import { placeScopes } from '../store/place-tree.ts';
import { assignedTieAmong, isAssigned, projectPartnership } from '../store/assignments.ts';
import { stateOf } from '../domain/geo.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a write needs, when not its context's. */
    action?: Action;
  }
  interface FastifyRequest {
    /** The authenticated writer inside a write context. */
    writer: Principal | null;
  }
}

/** The body fields that name places; a write's jurisdiction is where these lie. */
const PLACE_FIELDS = ['placeA', 'placeB', 'placeId', 'parentId', 'successorId'] as const;

/**
 * The places a write touches: those its body names, the place of a `/api/places/:id/…` path, the
 * places of a `/api/projects/:id/…` project or a `/api/events/:id/…` event, and the two places of the partnership a path or a
 * `partnershipId` names.
 */
export async function recordPlaces(db: Queryable, request: FastifyRequest): Promise<string[]> {
  const ids = new Set<string>();
  const body = (request.body ?? {}) as Record<string, unknown>;
  for (const field of PLACE_FIELDS) if (typeof body[field] === 'string') ids.add(body[field]);
  if (Array.isArray(body.placeIds)) for (const id of body.placeIds) if (typeof id === 'string') ids.add(id);
  if (Array.isArray(body.participants))
    for (const p of body.participants as { placeId?: unknown }[])
      if (typeof p?.placeId === 'string') ids.add(p.placeId);
  const url = request.routeOptions.url ?? '';
  const { id } = (request.params ?? {}) as { id?: string };
  if (url.startsWith('/api/places/:id') && id) ids.add(id);
  if (url.startsWith('/api/projects/:id') && id)
    for (const place of await projectPlaces(db, id)) ids.add(place);
  if (url.startsWith('/api/events/:id') && id) for (const place of await eventPlaces(db, id)) ids.add(place);
  const partnership = url.startsWith('/api/partnerships/:id') ? id : body.partnershipId;
  if (typeof partnership === 'string')
    for (const place of await partnershipPlaces(db, partnership)) ids.add(place);
  return [...ids];
}

/**
 * Whether the write lies under a tie assigned to the writer's organisation: a project under such a tie
 * (the body's `partnershipId`, or the project a `/api/projects/:id/…` path names), or an exchange whose
 * places include both sides of one.
 */
async function underAssignedTie(db: Queryable, request: FastifyRequest, organisationId: string | null) {
  if (!organisationId) return false;
  const body = (request.body ?? {}) as Record<string, unknown>;
  const url = request.routeOptions.url ?? '';
  const { id } = (request.params ?? {}) as { id?: string };
  const tie =
    url.startsWith('/api/projects/:id') && id ? await projectPartnership(db, id) : body.partnershipId;
  if (typeof tie === 'string' && (await isAssigned(db, tie, organisationId))) return true;
  if (url.startsWith('/api/events'))
    return assignedTieAmong(db, organisationId, await recordPlaces(db, request));
  return false;
}

export function registerWriteAccess(app: FastifyInstance): void {
  app.decorateRequest('writer', null);
}

/**
 * Registers `routes` in a child context whose every request is authenticated first and checked against
 * `action` (or the route's `config.action`) once its body is parsed; `null` checks only who writes.
 */
export function writeContext(
  app: FastifyInstance,
  action: Action | null,
  routes: (writes: ZodApp) => void | Promise<void>,
): void {
  void app.register(async (writes) => {
    writes.addHook('onRequest', async (request, reply) => {
      const principal = await writes.principal(request);
      if (!principal)
        throw new Problem(
          401,
          'Unauthorized',
          'sign in, or send Authorization: Bearer <API token>, to write',
        );
      if (!principal.scopes.includes('write'))
        throw new Problem(
          403,
          'Forbidden',
          'this API token may read only (scope read); writes need scope write',
          [],
          PROBLEM_TYPES.readOnlyToken,
        );
      // A read in a write context (your own tokens) changes nothing, so it needs no CSRF token.
      if (principal.via === 'session' && request.method !== 'GET') await writes.checkCsrf(request, reply);
      request.writer = principal;
    });
    writes.addHook('preHandler', async (request) => {
      const config = request.routeOptions.config;
      const needed = config.action ?? action;
      // A context without an action (a user's own tokens and password) needs only a signed-in writer.
      if (!needed) return;
      const principal = request.writer!;
      const reach = PERMISSIONS[needed].reach;
      // A department reaches a record only under a tie given to its organisation.
      const assigned =
        needsAssignedTie(principal.grants, needed) &&
        (await underAssignedTie(writes.db, request, principal.organisationId));
      // Refused only for want of an assigned tie: the department is told that, not that it is outside.
      const lacksOnlyAssignment = (scope: readonly string[]) =>
        !allows(principal.grants, needed, scope, assigned) && allows(principal.grants, needed, scope, true);
      const notAssigned = () =>
        principal.organisationId
          ? forbidden(
              principal.login,
              needed,
              ': the record is under no partnership assigned to the user’s organisation',
              PROBLEM_TYPES.notAssigned,
            )
          : forbidden(
              principal.login,
              needed,
              ': the user belongs to no organisation, and a department records only under the ties assigned to its organisation',
              PROBLEM_TYPES.noOrganisation,
            );
      // No role of the user has the action anywhere: not a question of where.
      if (!principal.grants.some((g) => PERMISSIONS[needed].roles.includes(g.role)))
        throw forbidden(principal.login, needed, '', PROBLEM_TYPES.notPermitted);
      if (reach !== 'jurisdiction') {
        if (!allows(principal.grants, needed))
          throw forbidden(principal.login, needed, '', PROBLEM_TYPES.notPermitted);
        return;
      }
      // Every Chinese place the write names must lie in the writer's jurisdictions (the foreign side of
      // a tie is the partner, not theirs); a write naming no Chinese place needs a nation-wide role.
      const places = await chinesePlaces(writes.db, await recordPlaces(writes.db, request));
      if (places.length === 0) {
        if (allows(principal.grants, needed, [], assigned)) return;
        if (lacksOnlyAssignment([])) throw notAssigned();
        throw forbidden(
          principal.login,
          needed,
          ': the record names no Chinese place, so a role over the whole nation is needed',
          PROBLEM_TYPES.outsideJurisdiction,
        );
      }
      const scopes = await placeScopes(writes.db, places);
      const scopeOf = (id: string) => scopes.get(id) ?? [id];
      const outside = places.filter((id) => !allows(principal.grants, needed, scopeOf(id), assigned));
      if (outside.length === 0) return;
      if (outside.every((id) => lacksOnlyAssignment(scopeOf(id)))) throw notAssigned();
      throw forbidden(
        principal.login,
        needed,
        ` for ${outside.join(', ')}: outside the jurisdictions of the user's roles`,
        PROBLEM_TYPES.outsideJurisdiction,
      );
    });
    writes.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, security: [{ session: [] }, { bearer: [] }] };
    });
    await routes(withZod(writes));
  });
}

function forbidden(login: string, action: Action, why: string, type: ProblemType): Problem {
  return new Problem(403, 'Forbidden', `${login} may not ${PERMISSIONS[action].en}${why}`, [], type);
}

/** The places among `ids` that are in China (its regions included). */
async function chinesePlaces(db: Queryable, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query<{ id: string; countryCode: string }>(
    `SELECT id, country_code AS "countryCode" FROM places WHERE id = ANY($1::text[])`,
    [ids],
  );
  return rows.filter((r) => stateOf(r.countryCode) === 'CN').map((r) => r.id);
}

/** The change log's actor of a request inside a write context. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.writer) throw new Problem(401, 'Unauthorized', 'this write was not authenticated');
  return actorOfPrincipal(request.writer);
}
