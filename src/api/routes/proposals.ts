/**
 * Proposals for new partnerships, reviewed up the chain. Internal records: every route needs a signed-in
 * reader, and a proposal outside the reader's jurisdictions answers 404 like a missing one.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  PROPOSAL_STATES,
  proposalDetailSchema,
  proposalInputSchema,
  proposalPatchSchema,
  proposalSchema,
  proposalStepInputSchema,
} from '../../domain/proposals.ts';
import {
  AGREEMENT_FILE_MAX_BYTES,
  AGREEMENT_MEDIA_TYPES,
  agreementFileName,
  agreementFileSchema,
} from '../../domain/agreement-files.ts';
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

  const reader = (request: FastifyRequest, reply: FastifyReply) =>
    app.internalReader(request, reply, 'proposals are internal: sign in to see them');

  app.get(
    '/api/proposals',
    {
      schema: {
        tags,
        summary: 'Proposals in your jurisdictions, latest first',
        querystring: z.object({
          state: z.enum(PROPOSAL_STATES).optional(),
          place: z.string().min(1).optional().describe('proposals of this place only'),
          partnership: z
            .string()
            .min(1)
            .optional()
            .describe('the proposal whose signing made this partnership (its agreement and files)'),
        }),
        response: { 200: z.object({ items: z.array(proposalSchema) }) },
      },
    },
    async (request, reply) => {
      const items = await proposals.listReadableProposals(app.db, await reader(request, reply), {
        state: request.query.state,
        placeId: request.query.place,
        partnershipId: request.query.partnership,
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
      return proposals.proposalDetail(app.db, await reader(request, reply), request.params.id);
    },
  );

  app.get(
    '/api/proposals/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'A file of the proposal’s agreement, as a download',
        params: z.object({ id: z.string().min(1), fileId: z.string().min(1) }),
        response: {
          200: {
            description: 'the file as it was attached, with its media type',
            content: Object.fromEntries(
              AGREEMENT_MEDIA_TYPES.map((type) => [type, { schema: z.string().describe('the file') }]),
            ),
          },
        },
      },
    },
    async (request, reply) => {
      const { id, fileId } = request.params;
      const file = await proposals.readAgreementFile(app.db, await reader(request, reply), id, fileId);
      // Bytes with a file's content type are sent as they are, not serialised. Never shown inline as a
      // page of this site: a sandbox keeps any script in an uploaded file from running with its origin.
      return reply
        .type(file.mediaType)
        .header('Content-Security-Policy', "sandbox; default-src 'none'")
        .header('Content-Disposition', contentDisposition(file.name))
        .header('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(Buffer.from(file.content) as never);
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

    // An agreement file comes as the request's body, with its media type as the Content-Type: the bytes
    // as they are, no multipart form to decode. Its own context keeps the byte parsers off the other routes.
    void w.register(async (files) => {
      const f = withZod(files);
      f.removeContentTypeParser('text/plain');
      f.addContentTypeParser(
        AGREEMENT_MEDIA_TYPES,
        { parseAs: 'buffer', bodyLimit: AGREEMENT_FILE_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      f.post(
        '/api/proposals/:id/files',
        {
          bodyLimit: AGREEMENT_FILE_MAX_BYTES,
          schema: {
            tags,
            summary: `Attach a file of the agreement once the proposal is approved: the body is the file, the Content-Type its type (${AGREEMENT_MEDIA_TYPES.join(', ')}), at most ${AGREEMENT_FILE_MAX_BYTES / 1024 / 1024} MiB`,
            params: idParams,
            querystring: z.object({ name: agreementFileName }),
            response: { 201: agreementFileSchema },
          },
        },
        async (request, reply) => {
          const body = request.body;
          if (!(body instanceof Uint8Array))
            throw new Problem(
              415,
              'Unsupported Media Type',
              `send the file as the body with its type as the Content-Type: one of ${AGREEMENT_MEDIA_TYPES.join(', ')}`,
            );
          const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
          const file = await proposals.attachAgreementFile(f.db, request.writer!, request.params.id, {
            name: request.query.name,
            mediaType,
            content: body,
          });
          return reply
            .code(201)
            .header(
              'Location',
              `/api/proposals/${encodeURIComponent(request.params.id)}/files/${encodeURIComponent(file.id)}`,
            )
            .send(file);
        },
      );
    });
  });
};

/**
 * Content-Disposition for a download named `name`: an ASCII fallback for old clients and the exact name
 * in UTF-8 (RFC 6266, RFC 8187), so 友好城市协议书.pdf downloads under its own name.
 */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
