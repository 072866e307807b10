/** The stewardship queue of a curator's jurisdictions and their decisions (internal). */
import { z } from 'zod';
import {
  heldBackDecisionSchema,
  heldBackItemSchema,
  STEWARDSHIP_QUESTIONS,
  stewardshipDecisionSchema,
  stewardshipItemSchema,
} from '../../domain/stewardship.ts';
import * as stewardship from '../../services/stewardship.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { writeContext } from '../write-access.ts';

const tags = ['stewardship'];

export const stewardshipRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);

  app.get(
    '/api/stewardship',
    {
      schema: {
        tags,
        summary:
          'Open data questions about the ties of your jurisdictions: undated, untyped, conflicting sources',
        querystring: z.object({
          question: z.enum(STEWARDSHIP_QUESTIONS).default('conflicting'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ total: z.number(), items: z.array(stewardshipItemSchema) }) },
      },
    },
    async (request, reply) => {
      const principal = await app.internalReader(
        request,
        reply,
        'the stewardship queue is internal: sign in to see it',
      );
      const { question, limit, offset } = request.query;
      return stewardship.queueOf(app.db, principal, question, { limit, offset });
    },
  );

  app.get(
    '/api/stewardship/held-back',
    {
      schema: {
        tags,
        summary:
          'Names the twin-city lists held back beside places of your jurisdictions: no place bears the name, or several do',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ total: z.number(), items: z.array(heldBackItemSchema) }) },
      },
    },
    async (request, reply) => {
      const principal = await app.internalReader(
        request,
        reply,
        'the stewardship queue is internal: sign in to see it',
      );
      return stewardship.heldBackQueue(app.db, principal, request.query);
    },
  );

  // The decisions check the jurisdiction of the tie (or of the row) in the service.
  writeContext(app, null, (w) => {
    w.post(
      '/api/stewardship/held-back/decisions',
      {
        schema: {
          tags,
          summary:
            'Say which place a held-back name means (each of its rows becomes a tie citing its list and you), or dismiss it',
          body: heldBackDecisionSchema,
          response: {
            200: z.object({
              rows: z.number().int().describe('the rows decided: those of the name in your jurisdictions'),
              partnershipIds: z.array(z.string()).describe('the ties the rows became'),
              aliasAdded: z
                .boolean()
                .describe('whether the resolver learned the name, which no other place bears'),
            }),
          },
        },
      },
      async (request) => {
        const outcome = await stewardship.decideHeldBack(w.db, request.writer!, request.body);
        // A name the resolver learnt resolves from the next request on.
        if (outcome.aliasAdded) w.invalidateResolver();
        return outcome;
      },
    );

    w.post(
      '/api/stewardship/decisions',
      {
        schema: {
          tags,
          summary:
            'Accept, correct or dismiss a question; an acceptance or a correction is a claim with you as its source',
          body: stewardshipDecisionSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await stewardship.decide(w.db, request.writer!, request.body);
        return reply.code(204).send(null);
      },
    );
  });
};
