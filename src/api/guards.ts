/**
 * What keeps hostile or careless input from hurting the server: text that PostgreSQL cannot store or
 * that is far too long is refused before any handler runs, the admin token is compared without leaking
 * its length, and every response carries the security headers and a content security policy that the
 * web application passes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { Problem } from './http.ts';

/**
 * Longest string accepted anywhere in a query or path, and by default in a body. Routes whose bodies
 * carry whole tables as text (index builds) raise the body figure in their `config.maxBodyString`.
 */
export const MAX_QUERY_STRING = 2_000;
export const MAX_BODY_STRING = 20_000;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Longest string this route accepts in its body (default MAX_BODY_STRING). */
    maxBodyString?: number;
  }
}

/** Why PostgreSQL or a browser would choke on this text, or null when it is fine. */
export function textProblem(text: string, maxLength: number): string | null {
  if (text.length > maxLength) return `is ${text.length} characters long; at most ${maxLength} are accepted`;
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  // A high surrogate not followed by a low one, or a low one not preceded by a high one.
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains a lone surrogate (U+${code}) at position ${lone.index}: not valid Unicode text`;
  }
  return null;
}

/** The first bad string in a parsed query, path or body, with the dotted path of the field. */
export function findBadText(
  value: unknown,
  path: string,
  maxLength: number,
  depth = 0,
): { field: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = textProblem(value, maxLength);
    return reason ? { field: path, reason } : null;
  }
  // Uploaded files are bytes, checked by their own route.
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return null;
  if (depth > 64) return { field: path, reason: 'is nested too deeply' };
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const field = `${path}.${key}`;
    if (typeof key === 'string') {
      const keyReason = textProblem(key, 200);
      if (keyReason) return { field, reason: `field name ${keyReason}` };
    }
    const bad = findBadText(item, field, maxLength, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** Refuses, with a 400 naming the field, text no route should ever see. Runs before validation. */
export function checkRequestText(request: FastifyRequest): void {
  const checks: [unknown, string, number][] = [
    [request.params, 'path', 200],
    [request.query, 'query', MAX_QUERY_STRING],
    [request.body, 'body', request.routeOptions.config?.maxBodyString ?? MAX_BODY_STRING],
  ];
  for (const [value, where, max] of checks) {
    const bad = findBadText(value, where, max);
    if (bad)
      throw new Problem(where === 'body' ? 422 : 400, 'Invalid request', `${bad.field}: ${bad.reason}`, [
        bad,
      ]);
  }
}

const digestOf = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` is the token. Both sides are hashed first, so the comparison takes the same time
 * whatever the length or characters of what was sent, and never throws.
 */
export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(digestOf(given), digestOf(token));
}

/**
 * The content security policy of every page: scripts and styles from the server only (ECharts and React
 * set style attributes, hence 'unsafe-inline' for styles), images from data: and blob: URLs for the
 * chart downloads, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** Security headers on every response (nosniff, frame options, referrer policy, CSP). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: CONTENT_SECURITY_POLICY,
    },
    // The API is read from other origins by researchers' scripts; pages are not framed.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Served on localhost over plain HTTP by default; a deployment behind TLS sets HSTS at its proxy.
    strictTransportSecurity: false,
  });
}
