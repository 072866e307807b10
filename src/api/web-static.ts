/**
 * Serves the built web application (web/dist) at `/`: hashed assets with long caching, and index.html for
 * every other GET outside /api so that the browser's router handles deep links. /api/* keeps the API's
 * problem+json 404.
 */
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Registers the web application when it has been built; returns whether it was. */
export async function registerWebApp(app: FastifyInstance, dist: string = WEB_DIST): Promise<boolean> {
  if (!existsSync(path.join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    // @fastify/static 10 passes the reply here.
    setHeaders: (reply: { header: (name: string, value: string) => unknown }, filePath: string) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0];
    if (url.startsWith('/api/') || url === '/api') return reply.callNotFound();
    if (/\.[a-z0-9]+$/i.test(url)) {
      // A file built after the server started (a rebuild). A missing asset or top-level file is a real 404;
      // a deeper path is a page whose record id merely ends like a file name (a dataset version, 1.1.0).
      const file = builtFile(dist, url);
      if (file) return reply.sendFile(file);
      if (url.startsWith('/assets/') || url.lastIndexOf('/') === 0) return reply.callNotFound();
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return true;
}

/** The path of a file inside dist named by a URL path, relative to dist, or null. */
function builtFile(dist: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = path.normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  } catch {
    return null;
  }
  const full = path.join(dist, relative);
  if (!full.startsWith(dist + path.sep) || !existsSync(full) || !statSync(full).isFile()) return null;
  return relative;
}
