/**
 * Proposals for new partnerships, reviewed up the chain. Internal records: every route needs a signed-in
 * reader, and a proposal outside the reader's jurisdictions answers 404 like a missing one.
 */
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import {
  PROPOSAL_STATES,
  proposalDetailSchema,
  proposalInputSchema,
  proposalPatchSchema,
  proposalSchema,
  proposalStepInputSchema,
} from '../../domain/proposals.ts';
import * as proposals from '../../services/proposals.ts';
import { MatchingInputError, vetCandidateInTurns } from '../../analysis/matching/index.ts';
import { Problem } from '../http.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { writeContext } from '../write-access.ts';
import { createdSchema, idParams } from './record-routes.ts';

const tags = ['proposals'];

export const proposalRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  const cache = app.analysisCache;

  /** The balanced vetting the matching page shows for this pair. */
  const vet: proposals.Vetter = async (placeId, candidateId) => {
    const [dataset, pool, needsOffers] = await Promise.all([
      cache.data(),
      cache.matchingPool(),
      cache.needsOffers(),
    ]);
    try {
      return await vetCandidateInTurns(
        pool,
        dataset,
        { seekerId: placeId, preset: 'balanced', benchmark: { kind: 'urban-population' }, needsOffers },
        candidateId,
      );
    } catch (error) {
      // A pair the matching module does not rank (a place outside its pool) is proposed without vetting.
      if (error instanceof MatchingInputError) return null;
      throw error;
    }
  };

  async function reader(request: FastifyRequest) {
    const principal = await app.principal(request);
    if (!principal) throw new Problem(401, 'Unauthorized', 'proposals are internal: sign in to see them');
    return principal;
  }

  app.get(
    '/api/proposals',
    {
      schema: {
        tags,
        summary: 'Proposals in your jurisdictions, latest first',
        querystring: z.object({
          state: z.enum(PROPOSAL_STATES).optional(),
          place: z.string().min(1).optional().describe('proposals of this place only'),
        }),
        response: { 200: z.object({ items: z.array(proposalSchema) }) },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'private, no-store');
      const items = await proposals.listReadableProposals(app.db, await reader(request), {
        state: request.query.state,
        placeId: request.query.place,
      });
      return { items };
    },
  );

  app.get(
    '/api/proposals/:id',
    {
      schema: {
        tags,
        summary:
          'A proposal with its vetting, its steps, other offices proposing the same partner, and what you may do',
        params: idParams,
        response: { 200: proposalDetailSchema },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'private, no-store');
      return proposals.proposalDetail(app.db, await reader(request), request.params.id);
    },
  );

  // Each write checks the proposal's own rules (the office or the reviewer at its stage) in the service.
  writeContext(app, null, (w) => {
    w.post(
      '/api/proposals',
      {
        schema: {
          tags,
          summary: 'Draft a proposal for a new partnership; the vetting is attached',
          body: proposalInputSchema,
          response: { 201: createdSchema },
        },
      },
      async (request, reply) => {
        const id = await proposals.createProposal(w.db, request.writer!, request.body, vet);
        return reply
          .code(201)
          .header('Location', `/api/proposals/${encodeURIComponent(id)}`)
          .send({ id });
      },
    );

    w.patch(
      '/api/proposals/:id',
      {
        schema: {
          tags,
          summary: 'Edit a draft or returned proposal (candidate, type, rationale); the vetting is renewed',
          params: idParams,
          body: proposalPatchSchema,
          response: { 200: proposalDetailSchema },
        },
      },
      async (request) => {
        await proposals.editProposal(w.db, request.writer!, request.params.id, request.body, vet);
        return proposals.proposalDetail(w.db, request.writer!, request.params.id);
      },
    );

    w.post(
      '/api/proposals/:id/steps',
      {
        // A signing may carry the agreement's whole text.
        config: { maxBodyString: 200_000 },
        schema: {
          tags,
          summary:
            'Take a step: submit, approve (forward), return, reject, withdraw, sign (kept internal), or publish (writes the public partnership)',
          params: idParams,
          body: proposalStepInputSchema,
          response: { 200: proposalDetailSchema },
        },
      },
      async (request) => {
        await proposals.takeStep(w.db, request.writer!, request.params.id, request.body, vet);
        return proposals.proposalDetail(w.db, request.writer!, request.params.id);
      },
    );
  });
};
