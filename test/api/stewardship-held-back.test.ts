/**
 * Names a twin-city list held back, on both engines. A list's rows name Shanghai and Beijing beside a
 * place no gazetteer knows, and a Taizhou of which China has two: each row becomes a question for the
 * curators of the side placed (or, for Taizhou, of the places it may mean). A curator names the place
 * meant: the row becomes a tie citing the list's row and the curator, and a name no place bears is taught
 * to the resolver, so the next import of the list places the other office's row too. A curator dismisses
 * a name that is no place. Nobody decides outside their jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHANGNING, HANOI, PRAGUE, SHANGHAI } from '../support/registry-fixtures.ts';
import { HELD_BACK_LIST, heldBackPlaces, importHeldBackList } from '../support/held-back-list.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { HeldBackItem } from '../../src/domain/stewardship.ts';

const PLACE = { taizhouSh: '', taizhouBj: '', nowhere: '' };

async function as(app: FastifyInstance, login: string) {
  const send = await signInAs(app, login);
  return {
    queue: async () => {
      const res = await send('GET', '/api/stewardship/held-back');
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ total: number; items: HeldBackItem[] }>();
    },
    decide: (payload: object) => send('POST', '/api/stewardship/held-back/decisions', payload),
  };
}

describe.each(ENGINES)('held-back names on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUsers(db, {
        'sh.curator': [{ role: 'editor', jurisdictionId: SHANGHAI }],
        'bj.curator': [{ role: 'editor', jurisdictionId: BEIJING }],
        'sh.viewer': [{ role: 'viewer', jurisdictionId: SHANGHAI }],
        coordinator: [{ role: 'coordinator', jurisdictionId: null }],
      });
      Object.assign(PLACE, await heldBackPlaces(db));
      await importHeldBackList(db);
    },
  );

  it('asks each office about the names held back beside its places, never guessing them', async () => {
    const sh = await (await as(server.app, 'sh.curator')).queue();
    expect(sh.items.map((i) => [i.name, i.country, i.status])).toEqual([
      ['Nowhereville', 'Japan', 'unresolved'],
      ['Taizhou', 'China', 'ambiguous'],
    ]);
    const nowhere = sh.items[0];
    expect(nowhere.rows.map((r) => r.partner.id)).toEqual([SHANGHAI]);
    expect(nowhere.rows[0]).toMatchObject({ sourceId: 'src:wikipedia-twins-china' });
    expect(nowhere.decisions).toEqual(['correct', 'dismiss']);
    // Taizhou is Shanghai's question because one of the places it may mean lies there.
    const taizhou = sh.items[1];
    expect(taizhou.rows.map((r) => r.partner.id)).toEqual([PRAGUE]);
    expect(taizhou.candidates.map((c) => c.id).sort()).toEqual([PLACE.taizhouSh, PLACE.taizhouBj].sort());
    expect(taizhou.candidates.find((c) => c.id === PLACE.taizhouBj)?.parent?.nameEn).toBe('Beijing');

    const bj = await (await as(server.app, 'bj.curator')).queue();
    expect(bj.items.map((i) => i.name)).toEqual(['Nowhereville', 'Oz', 'Taizhou']);
    expect(bj.total).toBe(3);
    // Japan and JP are one country: one question with both of Beijing's rows.
    expect(bj.items[0].rows.map((r) => r.partner.id)).toEqual([BEIJING, BEIJING]);
    // A row with no Chinese side (Prague and Atlantis) is no Chinese office's question.
    expect(bj.items.some((i) => i.name === 'Atlantis')).toBe(false);
  });

  it('keeps the queue internal and its decisions to curators', async () => {
    expectProblem(await server.app.inject('/api/stewardship/held-back'), 401);
    const viewer = await as(server.app, 'sh.viewer');
    expectProblem(await viewer.decide({ name: 'Nowhereville', country: 'Japan', decision: 'dismiss' }), 403);
  });

  it('refuses a correction that names no place, or a place in another country', async () => {
    const sh = await as(server.app, 'sh.curator');
    const missing = expectProblem(
      await sh.decide({ name: 'Nowhereville', country: 'Japan', decision: 'correct' }),
      422,
    );
    expect(missing.errors?.[0].field).toBe('placeId');
    expectProblem(
      await sh.decide({ name: 'Nowhereville', country: 'Japan', decision: 'correct', placeId: 'gn:0' }),
      422,
    );
    // A place outside the list's country needs a note saying why.
    const abroad = expectProblem(
      await sh.decide({ name: 'Nowhereville', country: 'Japan', decision: 'correct', placeId: HANOI }),
      422,
    );
    expect(abroad.detail).toMatch(/lies in VN, not in Japan/);
    expect(abroad.errors?.[0].field).toBe('note');
    const otherRow = expectProblem(
      await sh.decide({
        name: 'Nowhereville',
        country: 'Japan',
        decision: 'correct',
        placeId: PLACE.nowhere,
        rows: [{ sourceId: 'src:wikipedia-twins-china', locator: 'twin_cities_raw.csv row 99' }],
      }),
      422,
    );
    expect(otherRow.errors?.[0].field).toBe('rows');
    expectProblem(await sh.decide({ name: 'Atlantis', country: 'Japan', decision: 'dismiss' }), 404);
    // Beijing's row is not Shanghai's, though the place named lies in Shanghai.
    const beijings = expectProblem(
      await sh.decide({ name: 'Oz', country: 'Japan', decision: 'correct', placeId: CHANGNING, note: 'x' }),
      403,
    );
    expect(beijings.type).toBe('urn:amity:problem:outside-jurisdiction');
    expectProblem(
      await sh.decide({ name: '<script>alert(1)</script>', country: 'Japan', decision: 'dismiss' }),
      404,
    );
    const nul = expectProblem(
      await sh.decide({ name: 'Nowhere\u0000ville', country: 'Japan', decision: 'dismiss' }),
      422,
    );
    expect(nul.errors?.[0].field).toBe('body.name');
  });

  it('makes the row a tie citing the list and the curator; a national coordinator teaches the name', async () => {
    const sh = await as(server.app, 'sh.curator');
    const res = await sh.decide({
      name: 'Nowhereville',
      country: 'Japan',
      decision: 'correct',
      placeId: PLACE.nowhere,
      note: 'Nishi-Nowhere, as the agreement names it',
    });
    expect(res.statusCode, res.body).toBe(200);
    const tie = partnershipId(SHANGHAI, PLACE.nowhere);
    // Beijing's rows are Beijing's office's: only Shanghai's is decided here. A city office keeps no
    // reference data of a Japanese city, so the resolver learns nothing from it.
    expect(res.json()).toEqual({ rows: 1, partnershipIds: [tie], aliasAdded: false });

    const detail = await server.app.inject(`/api/partnerships/${encodeURIComponent(tie)}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const sources = await server.db.query<{ source_id: string; locator: string }>(
      `SELECT source_id, locator FROM record_sources WHERE record_type = 'partnership' AND record_id = $1
       ORDER BY source_id`,
      [tie],
    );
    expect(sources.map((s) => s.source_id)).toContain('src:wikipedia-twins-china');
    expect(sources.find((s) => s.source_id.startsWith('src:user-'))?.locator).toMatch(
      /^stewardship: heldBack, .*Nishi-Nowhere/,
    );
    const aliases = () =>
      server.db.query<{ place_id: string; source_id: string }>(
        `SELECT place_id, source_id FROM place_aliases WHERE alias = 'Nowhereville'`,
      );
    expect(await aliases()).toEqual([]);

    expect((await sh.queue()).items.map((i) => i.name)).toEqual(['Taizhou']);
    const bj = await as(server.app, 'bj.curator');
    expect((await bj.queue()).items.map((i) => i.name)).toContain('Nowhereville');

    // The national coordinator settles the rest, all meaning the same place: the resolver learns the name.
    const coordinator = await as(server.app, 'coordinator');
    const taught = await coordinator.decide({
      name: 'Nowhereville',
      country: 'Japan',
      decision: 'correct',
      placeId: PLACE.nowhere,
    });
    expect(taught.statusCode, taught.body).toBe(200);
    expect(taught.json()).toEqual({
      rows: 2,
      partnershipIds: [partnershipId(BEIJING, PLACE.nowhere)],
      aliasAdded: true,
    });
    expect(await aliases()).toEqual([
      { place_id: PLACE.nowhere, source_id: expect.stringMatching(/^src:user-/) },
    ]);

    // The list read again with what the coordinator taught places the name: nothing of it is held back.
    const again = await importHeldBackList(server.db, `${HELD_BACK_LIST}\n`);
    expect(again.heldBack.map((r) => r.name).sort()).toEqual(['Atlantis', 'Oz', 'Taizhou']);
    const beijingTie = await server.app.inject(
      `/api/partnerships/${encodeURIComponent(partnershipId(BEIJING, PLACE.nowhere))}`,
    );
    expect(beijingTie.statusCode).toBe(200);
    expect((await bj.queue()).items.map((i) => i.name)).toEqual(['Oz', 'Taizhou']);
  });

  it('ties an ambiguous name only where the curator may, and teaches the resolver nothing', async () => {
    const bj = await as(server.app, 'bj.curator');
    // Shanghai's Taizhou is not Beijing's to choose.
    expectProblem(
      await bj.decide({ name: 'Taizhou', country: 'China', decision: 'correct', placeId: PLACE.taizhouSh }),
      403,
    );
    const res = await bj.decide({
      name: 'Taizhou',
      country: 'China',
      decision: 'correct',
      placeId: PLACE.taizhouBj,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      rows: 1,
      partnershipIds: [partnershipId(PLACE.taizhouBj, PRAGUE)],
      aliasAdded: false,
    });
    expect(await server.db.query(`SELECT 1 FROM place_aliases WHERE alias = 'Taizhou'`)).toHaveLength(0);
    // Decided once, the row stays decided though the list still holds it back.
    await importHeldBackList(server.db, `${HELD_BACK_LIST}\n\n`);
    expect((await (await as(server.app, 'sh.curator')).queue()).total).toBe(0);
  });

  it('dismisses a name that is no place, for good', async () => {
    const bj = await as(server.app, 'bj.curator');
    const res = await bj.decide({ name: 'Oz', country: 'Japan', decision: 'dismiss', note: 'a novel' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 1, partnershipIds: [], aliasAdded: false });
    expect((await bj.queue()).total).toBe(0);
    expectProblem(await bj.decide({ name: 'Oz', country: 'Japan', decision: 'dismiss' }), 404);
    const logged = await server.db.query<{ decision: string; note: string; login: string }>(
      `SELECT decision, note, login FROM stewardship_decisions WHERE question = 'heldBack' AND place_id IS NULL`,
    );
    expect(logged).toEqual([{ decision: 'dismiss', note: 'a novel', login: 'bj.curator' }]);
    // A line added at the top moves every row down: the dismissed name stays dismissed, and only the
    // name the edited list adds is asked.
    const [header, ...lines] = HELD_BACK_LIST.trim().split('\n');
    await importHeldBackList(
      server.db,
      [header, 'Shanghai,China,Prague,Czechia', ...lines, 'Beijing,China,Lilliput,Japan'].join('\n'),
    );
    expect((await bj.queue()).items.map((i) => i.name)).toEqual(['Lilliput']);
  });

  it('lets only one of two curators deciding a name at once decide it', async () => {
    const bj = await as(server.app, 'bj.curator');
    const coordinator = await as(server.app, 'coordinator');
    const replies = await Promise.all([
      bj.decide({ name: 'Lilliput', country: 'Japan', decision: 'dismiss' }),
      coordinator.decide({ name: 'Lilliput', country: 'Japan', decision: 'dismiss' }),
    ]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 404]);
    const logged = await server.db.query(
      `SELECT 1 FROM stewardship_decisions WHERE question = 'heldBack' AND held_name = 'Lilliput'`,
    );
    expect(logged).toHaveLength(1);
    // A row nobody asked about no office may settle.
    expectProblem(await coordinator.decide({ name: 'Atlantis', country: 'Japan', decision: 'dismiss' }), 404);
  });
});
