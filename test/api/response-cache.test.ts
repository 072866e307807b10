/**
 * Anonymous reads carry an ETag of the data's version: `If-None-Match` answers 304, identical requests
 * between writes come from the cache, and every write (through the API or straight into the database
 * by another process) changes the ETag and the body. Signed-in readers and errors are never cached.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { ADMIN, registryServer } from '../support/api.ts';
import { SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { orderPair, partnershipId } from '../../src/domain/ids.ts';

const TIE = partnershipId(...orderPair(SHANGHAI, YOKOHAMA));
const TIE_URL = `/api/partnerships/${encodeURIComponent(TIE)}`;
const LIST_URL = `/api/partnerships?place=${encodeURIComponent(SHANGHAI)}`;

describe.each(ENGINES)('response cache on %s', (engine) => {
  const server = registryServer(engine);
  const get = (url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers });
  const setEndReason = (reason: string) =>
    server.db.transaction('test', (tx) =>
      tx.query(`UPDATE partnerships SET end_reason = $1 WHERE id = $2`, [reason, TIE]),
    );

  it('tags a read, answers 304 to its ETag and serves the same body again from the cache', async () => {
    const first = await get(LIST_URL);
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"\d+-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['x-cache']).toBeUndefined();

    const again = await get(LIST_URL);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.body).toBe(first.body);

    const unchanged = await get(LIST_URL, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect((await get(LIST_URL, { 'if-none-match': `"other", ${etag.slice(2)}` })).statusCode).toBe(304);
    // Another request has its own ETag; CSV and XLSX of the same list are replies of their own.
    const csv = await get(`${LIST_URL}&format=csv`);
    expect(csv.headers.etag).not.toBe(etag);
    expect((await get(`${LIST_URL}&format=csv`)).body).toBe(csv.body);
    const xlsx = await get(`${LIST_URL}&format=xlsx`);
    const cachedXlsx = await get(`${LIST_URL}&format=xlsx`);
    expect(cachedXlsx.headers['x-cache']).toBe('hit');
    expect(cachedXlsx.headers['content-disposition']).toBe(xlsx.headers['content-disposition']);
    expect(cachedXlsx.rawPayload.equals(xlsx.rawPayload)).toBe(true);
  });

  it('compresses for a client that accepts it, from the cache as well, under the same ETag', async () => {
    const plain = await get(LIST_URL);
    for (const [encoding, decode] of [
      ['gzip', gunzipSync],
      ['br', brotliDecompressSync],
    ] as const) {
      const packed = await get(LIST_URL, { 'accept-encoding': encoding });
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.headers.etag).toBe(plain.headers.etag);
      expect(packed.headers['x-cache']).toBe('hit');
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(decode(packed.rawPayload).toString('utf8')).toBe(plain.body);
    }
  });

  it('changes the ETag and the body after a write through the API', async () => {
    const before = await get(TIE_URL);
    const etag = String(before.headers.etag);
    const res = await server.app.inject({
      method: 'PATCH',
      url: TIE_URL,
      headers: ADMIN,
      payload: {
        ended: '2023-05',
        endReason: 'not renewed',
        sources: [{ source: { title: 'Office notice, 2023', kind: 'document' }, locator: 'item 4' }],
      },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const after = await get(TIE_URL, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json()).toMatchObject({ status: 'ended', endReason: 'not renewed' });
    // The lists that hold the tie changed with it.
    const ended = (await get('/api/partnerships?status=ended&limit=100')).json();
    expect(ended.items.map((p: { id: string }) => p.id)).toContain(TIE);
  });

  it('changes the ETag after a write straight into the database, as another process makes it', async () => {
    const before = await get(TIE_URL);
    await get(TIE_URL); // now cached
    await setEndReason('changed elsewhere');
    const after = await get(TIE_URL, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers['x-cache']).toBeUndefined();
    expect(after.json().endReason).toBe('changed elsewhere');
  });

  it('never caches signed-in reads, errors or refused requests', async () => {
    await get(TIE_URL);
    const signedIn = await get(TIE_URL, ADMIN);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers.etag).toBeUndefined();
    expect(signedIn.headers['x-cache']).toBeUndefined();
    const withCookie = await get(TIE_URL, { cookie: 'amity_session=whatever' });
    expect(withCookie.headers['x-cache']).toBeUndefined();

    for (let i = 0; i < 2; i++) {
      const missing = await get('/api/partnerships/pt%3Anone');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers.etag).toBeUndefined();
      expect(missing.headers['x-cache']).toBeUndefined();
      const bad = await get('/api/partnerships?limit=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['x-cache']).toBeUndefined();
    }
    // Health and status are not the data's: never tagged.
    expect((await get('/api/health')).headers.etag).toBeUndefined();
  });
});

// PGlite runs one transaction at a time, so only a server has reads beside a write in flight.
if (ENGINES.includes('postgres'))
  describe('response cache on postgres, beside a transaction', () => {
    const server = registryServer('postgres');
    const get = (url: string) => server.app.inject({ method: 'GET', url });

    it('neither tags nor caches while a write is in flight', async () => {
      await get(TIE_URL);
      await server.db.transaction('test', async (tx) => {
        await tx.query(`UPDATE partnerships SET end_reason = 'in flight' WHERE id = $1`, [TIE]);
        const during = await get(TIE_URL);
        expect(during.statusCode).toBe(200);
        expect(during.headers.etag).toBeUndefined();
        expect(during.headers['x-cache']).toBeUndefined();
        expect(during.json().endReason).not.toBe('in flight');
      });
      const after = await get(TIE_URL);
      expect(after.json().endReason).toBe('in flight');
      expect((await get(TIE_URL)).headers['x-cache']).toBe('hit');
    });
  });
