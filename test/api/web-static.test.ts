/** The web application's files and deep links: every page address opens the application, a missing file is a 404. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerWebApp } from '../../src/api/web-static.ts';

let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'amity-web-static-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  app = Fastify();
  expect(await registerWebApp(app, dist)).toBe(true);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the web application’s files', () => {
  it('opens pages whose record id ends like a file name (a dataset version)', async () => {
    for (const url of [
      '/sources/src%3Aaiddata-geocoded-china-1.1.0',
      '/sources/src:aiddata-geocoded-china-1.1.0',
      '/place/gn:1796236',
      '/events/ev%3Aexpo.2010?tab=history',
    ]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<title>app</title>');
    }
  });

  it('serves built files and answers 404 for a missing asset or top-level file', async () => {
    expect((await app.inject('/assets/main-abc123.js')).statusCode).toBe(200);
    expect((await app.inject('/favicon.svg')).body).toBe('<svg/>');
    for (const url of ['/assets/main-gone.js', '/robots.txt', '/assets/deep/x.css', '/%2e%2e%2fpasswd.txt'])
      expect((await app.inject(url)).statusCode, url).toBe(404);
    // A path out of the folder is only ever a page address: the application answers, not the file.
    expect((await app.inject('/%2e%2e/etc/passwd')).body).toContain('<title>app</title>');
  });
});
