/**
 * The registry's other records, each declared by its schemas and store functions: organisations (city
 * networks, forums, institutions, funds), events and exchanges, cooperation projects, stated figures and
 * sources.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as registry from '../../store/registry.ts';
import * as writes from '../../store/writes.ts';
import {
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PROJECT_DOMAINS,
  PROJECT_STATUSES,
  SOURCE_KINDS,
  eventInputSchema,
  observationInputSchema,
  organisationInputSchema,
  projectInputSchema,
} from '../../domain/registry.ts';
import {
  eventDetailSchema,
  eventSchema,
  observationSchema,
  organisationDetailSchema,
  organisationListItemSchema,
  projectDetailSchema,
  projectSchema,
  sourceDetailSchema,
  sourceListItemSchema,
} from '../../domain/records.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { countryParam, notFound, recordRoutes, requireReadable, yearParam } from './record-routes.ts';
import { actorOf, writeContext } from '../write-access.ts';

const placeFilter = z.string().optional().describe('id of a place taking part');

export const organisationRoutes: RoutePlugin = async (plugin) =>
  recordRoutes(withZod(plugin), '/api/organisations', {
    kind: 'organisation',
    list: {
      summary: 'City networks, forums, institutions, funds and banks',
      query: z.object({ kind: z.enum(ORGANISATION_KINDS).optional(), place: placeFilter }),
      item: organisationListItemSchema,
      list: (db, q, page) => registry.listOrganisations(db, { kind: q.kind, placeId: q.place }, page),
    },
    get: {
      summary: 'An organisation with its members, events, sources and history',
      record: organisationDetailSchema,
      get: registry.getOrganisation,
    },
    create: {
      summary: 'Record an organisation with its source',
      action: 'registry.write',
      body: organisationInputSchema,
      create: writes.createOrganisation,
    },
  });

export const eventRoutes: RoutePlugin = async (plugin) =>
  recordRoutes(withZod(plugin), '/api/events', {
    kind: 'event',
    visibility: 'events',
    list: {
      summary: 'Events and exchanges',
      query: z.object({
        kind: z.enum(EVENT_KINDS).optional(),
        place: placeFilter,
        from: yearParam.describe('starting in or after this year'),
        to: yearParam.describe('starting in or before this year'),
      }),
      item: eventSchema,
      list: (db, q, page, scope) =>
        registry.listEvents(
          db,
          { kind: q.kind, placeId: q.place, yearFrom: q.from, yearTo: q.to },
          page,
          scope,
        ),
    },
    get: {
      summary: 'An event with its participants, sources and history',
      record: eventDetailSchema,
      get: registry.getEvent,
    },
    create: {
      summary: 'Record an event with its source',
      action: 'cooperation.write',
      body: eventInputSchema,
      create: writes.createEvent,
    },
  });

export const projectRoutes: RoutePlugin = async (plugin) => {
  recordRoutes(withZod(plugin), '/api/projects', {
    kind: 'project',
    visibility: 'projects',
    list: {
      summary: 'Cooperation projects by connectivity domain, corridor, status, place',
      query: z.object({
        domain: z.enum(PROJECT_DOMAINS).optional(),
        corridor: z.string().optional().describe('id of an economic corridor'),
        status: z.enum(PROJECT_STATUSES).optional(),
        place: placeFilter,
        country: countryParam,
      }),
      item: projectSchema,
      list: (db, q, page, scope) =>
        registry.listProjects(
          db,
          {
            domain: q.domain,
            corridorId: q.corridor,
            status: q.status,
            placeId: q.place,
            countryCode: q.country,
          },
          page,
          scope,
        ),
    },
    get: {
      summary: 'A project with its places, participants, milestones, outcomes, sources and history',
      record: projectDetailSchema,
      get: registry.getProject,
    },
    create: {
      summary: 'Record a project with its source',
      action: 'cooperation.write',
      body: projectInputSchema,
      create: writes.createProject,
    },
  });

  // Those who run a project keep its milestones: when one is due, when it was done.
  writeContext(plugin, 'cooperation.write', (w) => {
    // Before the context's permission check: a project the writer may not read is answered as a missing
    // one (404), not refused with the places it names.
    const readableProject = async (request: FastifyRequest, reply: FastifyReply) => {
      await requireReadable(w, request, reply, 'projects', (request.params as { id: string }).id);
    };
    // The write context's own check answers: the page offers the controls only where a write would pass.
    w.get(
      '/api/projects/:id/milestones/access',
      {
        preValidation: readableProject,
        schema: {
          tags: ['writes'],
          summary:
            'Whether you may set this project’s milestone dates: 204, or 403 whose type says why (outside your jurisdictions, or under no tie assigned to your organisation); 404 for a project you may not read',
          params: z.object({ id: z.string().min(1) }),
          response: { 204: z.null() },
        },
      },
      async (_request, reply) => reply.header('Cache-Control', 'private, no-store').code(204).send(null),
    );
    w.put(
      '/api/projects/:id/milestones/:seq',
      {
        preValidation: readableProject,
        schema: {
          tags: ['writes'],
          summary: 'Set when a milestone is due and when it was done (null clears)',
          params: z.object({ id: z.string().min(1), seq: z.coerce.number().int().min(1).max(10_000) }),
          body: z.object({
            due: z.iso.date().nullable().optional(),
            done: z.iso.date().nullable().optional(),
          }),
          response: { 200: projectDetailSchema },
        },
      },
      async (request, reply) => {
        const { id, seq } = request.params;
        const { scope } = await requireReadable(w, request, reply, 'projects', id);
        await writes.setMilestoneDates(w.db, actorOf(request), id, seq, request.body);
        return (await registry.getProject(w.db, id, scope)) ?? notFound('project', id);
      },
    );
  });
};

export const observationRoutes: RoutePlugin = async (plugin) =>
  recordRoutes(withZod(plugin), '/api/observations', {
    kind: 'observation',
    list: {
      summary: 'Stated figures, each with its as-of date and source; conflicting figures side by side',
      query: z.object({
        place: z.string().optional(),
        country: countryParam,
        subject: z.string().optional().describe('subject text, case-insensitive'),
      }),
      item: observationSchema,
      list: (db, q, page) =>
        registry.listObservations(db, { placeId: q.place, countryCode: q.country, subject: q.subject }, page),
    },
    create: {
      summary: 'Record a stated figure with its source',
      action: 'cooperation.write',
      body: observationInputSchema,
      create: writes.createObservation,
    },
  });

export const sourceRoutes: RoutePlugin = async (plugin) =>
  recordRoutes(withZod(plugin), '/api/sources', {
    kind: 'source',
    list: {
      summary: 'Sources with the number of records citing each',
      query: z.object({ kind: z.enum(SOURCE_KINDS).optional() }),
      item: sourceListItemSchema,
      list: (db, q, page, scope) => registry.listSources(db, { kind: q.kind }, page, scope),
    },
    get: {
      summary: 'A source with the number of records of each kind citing it',
      record: sourceDetailSchema,
      get: registry.getSource,
    },
  });
