/**
 * What every route plugin finds on its Fastify instance: the database, the analysis cache and the name
 * resolver, decorated once on the root; and the type of a plugin whose schemas are zod.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../store/database.ts';
import type { AnalysisCache } from '../services/analysis-cache.ts';
import type { loadResolver } from '../ingest/resolver-loader.ts';

export type Resolver = Awaited<ReturnType<typeof loadResolver>>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    analysisCache: AnalysisCache;
    /** The name resolver over the current gazetteer and aliases, loaded on first use. */
    resolver(): Promise<Resolver>;
    /** Drops the loaded resolver after a write that adds places or names. */
    invalidateResolver(): void;
  }
  interface FastifyRequest {
    /** Who makes a write, for the change log; set by the write context's authentication. */
    actor: string | null;
  }
}

export type ZodApp = ReturnType<typeof withZod>;
export const withZod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
/** A route plugin: registered, not called, so it gets its own encapsulated context. */
export type RoutePlugin<Options extends Record<string, unknown> = Record<never, never>> =
  FastifyPluginAsync<Options>;
