/**
 * Conditional and cached reads of the public data. An anonymous GET of a registry or analysis route
 * carries an ETag made of the data's change version, the day and the request; `If-None-Match` with it
 * answers 304, and identical requests between two writes are answered from a bounded in-memory cache
 * of reply bodies. A write anywhere changes the version, so no reply outlives the data it was read
 * from; while a write is in flight (the version is not settled) nothing is tagged or cached. Signed-in
 * readers, who may see internal records, are never served from the cache.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Database } from '../store/database.ts';
import { SharedVersionReader } from '../store/change-version.ts';
import { SESSION_COOKIE } from './sessions.ts';

export interface ResponseCacheOptions {
  /** Bytes of reply bodies kept (default 64 MB). */
  maxBytes?: number;
}

/** Routes whose replies are a function of the stored data and the URL alone. */
const CACHED_ROUTES = [
  /^\/api\/(places|partnerships|organisations|events|projects|observations|sources|countries|corridors)(\/|$)/,
  /^\/api\/analysis\//,
  /^\/api\/matching\/(candidates|vet)$/,
  /^\/api\/places\/[^/]+\/needs-offers$/,
  /^\/api\/indices(\/presets)?$/,
  /^\/api\/indices\/[^/]+(\/export)?$/,
  /^\/api\/export\//,
];

/** The reply headers a cached body is sent again with. */
const KEPT_HEADERS = ['content-type', 'content-disposition'] as const;

interface CachedReply {
  etag: string;
  body: string | Buffer;
  headers: Partial<Record<(typeof KEPT_HEADERS)[number], string>>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the reply may be cached: its ETag, made of the version it was read at. */
    cacheTag: string | null;
  }
}

function anonymous(request: FastifyRequest): boolean {
  if (request.headers.authorization) return false;
  const cookie = request.headers.cookie;
  return !cookie || !cookie.split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`));
}

function cacheable(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || !anonymous(request)) return false;
  const path = request.url.split('?')[0];
  return CACHED_ROUTES.some((pattern) => pattern.test(path));
}

/** Whether the client's `If-None-Match` names this ETag (a list, weak or strong, or `*`; weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

/** Browsers keep the reply but ask again each time, with the ETag. */
const tagHeaders = (etag: string) => ({ etag, 'cache-control': 'no-cache' });

export function registerResponseCache(
  app: FastifyInstance,
  db: Database,
  options: ResponseCacheOptions = {},
) {
  const maxSize = options.maxBytes ?? 64 * 1024 * 1024;
  const replies = new LRUCache<string, CachedReply>({
    maxSize,
    // One whole-registry export must not push out every city's partner list.
    maxEntrySize: maxSize / 8,
    sizeCalculation: (r) => Math.max(1, Buffer.byteLength(r.body) + 200),
  });
  const versions = new SharedVersionReader(db);
  app.decorateRequest('cacheTag', null);

  // After validation, so a bad request is refused as before; before the handler, which a hit skips.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    // Without a version (the database did not answer) the request goes on uncached, and fails there if it must.
    const version = await versions.read().catch(() => null);
    if (!version?.settled) return;
    // The day is part of the tag: a reply that counts up to "now" (the current year) is not kept past it.
    const day = new Date().toISOString().slice(0, 10);
    const digest = createHash('sha256').update(`${day} ${request.url}`).digest('base64url').slice(0, 16);
    // Weak: the same reply is sent compressed or not, byte for byte different, meaning the same.
    const etag = `W/"${version.id}-${digest}"`;
    // The client holds this reply already (an ETag is only ever sent with a 200).
    if (matches(request.headers['if-none-match'], etag))
      return reply.code(304).headers(tagHeaders(etag)).send();
    const hit = replies.get(request.url);
    if (hit?.etag === etag)
      return reply.headers({ ...hit.headers, ...tagHeaders(etag), 'x-cache': 'hit' }).send(hit.body);
    request.cacheTag = etag;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const tag = request.cacheTag;
    if (!tag || reply.statusCode !== 200) return payload;
    // A handler that found more than public records marked its reply private: never shared.
    if (String(reply.getHeader('cache-control') ?? '').includes('private')) return payload;
    void reply.headers(tagHeaders(tag));
    // Streams (large exports) are tagged but not kept.
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const headers: CachedReply['headers'] = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    replies.set(request.url, { etag: tag, body: payload, headers });
    return payload;
  });
}
