/**
 * Internal and public records, on both engines: a tie, a project or an exchange an office makes internal
 * disappears from every public list, record, search count, export, change log and analysis, stays
 * readable by the offices over its places (and nation-wide roles), and comes back when made public.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHANGNING, HCMC, PRAGUE, SHANGHAI } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { Grant } from '../../src/domain/permissions.ts';

const TIE = partnershipId(CHANGNING, PRAGUE);
const SHANGHAI_TIE = partnershipId(SHANGHAI, HCMC);

const USERS: Record<string, Grant[]> = {
  'sh.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
  'sh.viewer': [{ role: 'viewer', jurisdictionId: SHANGHAI }],
  'cn.district.viewer': [{ role: 'viewer', jurisdictionId: CHANGNING }],
  'bj.viewer': [{ role: 'viewer', jurisdictionId: BEIJING }],
  'bj.editor': [{ role: 'editor', jurisdictionId: BEIJING }],
  'nation.viewer': [{ role: 'viewer', jurisdictionId: null }],
  'nation.editor': [{ role: 'editor', jurisdictionId: null }],
  'sh.department': [{ role: 'department', jurisdictionId: SHANGHAI }],
};

type Sender = Awaited<ReturnType<typeof signInAs>>;

/** Every public place a record could show through, read anonymously. */
const PUBLIC_READS = [
  '/api/partnerships?limit=1000',
  `/api/partnerships?place=${SHANGHAI}&subdivisions=true&limit=1000`,
  '/api/partnerships?format=csv&limit=1000',
  `/api/places/${CHANGNING}`,
  '/api/changes?limit=1000',
  '/api/export/partnerships?format=csv',
  '/api/export/partnerships?format=json',
  '/api/export/claims?format=csv',
  '/api/export/record_sources?format=csv',
  '/api/analysis/network/nodes?limit=1000',
  '/api/analysis/network/export?format=graphml',
  `/api/analysis/layout?place=${SHANGHAI}&subdivisions=true`,
];

describe.each(ENGINES)('internal and public records on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUsers(db, USERS);
    },
  );
  const as = (() => {
    const senders = new Map<string, Sender>();
    return async (login: string) => {
      if (!senders.has(login)) senders.set(login, await signInAs(server.app, login));
      return senders.get(login)!;
    };
  })();
  const anonymous = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url });
  /** `login` decides who may read the suite's tie. */
  const decide = async (login: string, visibility: string) =>
    (await as(login))('PUT', `/api/partnerships/${TIE}/visibility`, { visibility });

  it('hides an internal tie from the public everywhere and shows it to the offices over it', async () => {
    const app = server.app;
    // Before: the tie is public and shows everywhere.
    for (const url of PUBLIC_READS) {
      const res = await anonymous(app, url);
      expect(res.statusCode, url).toBe(200);
    }
    const searchBefore = (await anonymous(app, '/api/places?q=Changning')).json<{
      items: { id: string; partnerships: number }[];
    }>();
    expect(searchBefore.items.find((p) => p.id === CHANGNING)?.partnerships).toBe(1);
    type Countries = { items: { code: string; partnerships: number }[] };
    const czBefore = (await anonymous(app, '/api/countries')).json<Countries>();
    const statusBefore = (await anonymous(app, '/api/status')).json<{ counts: Record<string, number> }>();

    // Outside Shanghai, or without a writing role, nobody may decide it.
    expectProblem(await decide('bj.editor', 'jurisdiction'), 403);
    expectProblem(await decide('sh.viewer', 'jurisdiction'), 403);
    expectProblem(await decide('sh.editor', 'secret'), 422);
    const made = await decide('sh.editor', 'jurisdiction');
    expect(made.statusCode, made.body).toBe(200);

    // The public sees it nowhere: not its id, not its partner, not in a count.
    for (const url of PUBLIC_READS) {
      const res = await anonymous(app, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(TIE);
      if (!url.startsWith('/api/places/')) expect(res.body, url).not.toContain(PRAGUE);
    }
    expectProblem(await anonymous(app, `/api/partnerships/${TIE}`), 404);
    const searchAfter = (await anonymous(app, '/api/places?q=Changning')).json<{
      items: { id: string; partnerships: number }[];
    }>();
    expect(searchAfter.items.find((p) => p.id === CHANGNING)?.partnerships).toBe(0);
    const czAfter = (await anonymous(app, '/api/countries')).json<Countries>();
    const cz = (list: Countries) => list.items.find((c) => c.code === 'CZ')!.partnerships;
    expect(cz(czAfter)).toBe(cz(czBefore) - 1);
    const statusAfter = (await anonymous(app, '/api/status')).json<{ counts: Record<string, number> }>();
    expect(statusAfter.counts.partnerships).toBe(statusBefore.counts.partnerships - 1);
    const shanghaiChildren = (await anonymous(app, `/api/places/${SHANGHAI}`)).json<{
      children: { id: string; partnerships: number }[];
    }>();
    expect(shanghaiChildren.children.find((c) => c.id === CHANGNING)?.partnerships ?? 0).toBe(0);

    // The offices over Changning (the district, the city) and nation-wide readers see it, marked internal.
    for (const login of ['sh.viewer', 'cn.district.viewer', 'nation.viewer', 'sh.editor', 'sh.department']) {
      const reader = await as(login);
      const detail = await reader('GET', `/api/partnerships/${TIE}`);
      expect(detail.statusCode, login).toBe(200);
      expect(detail.json<{ visibility: string }>().visibility).toBe('jurisdiction');
      expect(String(detail.headers['cache-control'])).toContain('private');
      const list = await reader('GET', `/api/partnerships?place=${CHANGNING}`);
      expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(TIE);
      const changes = await reader('GET', `/api/changes?record=${encodeURIComponent(TIE)}`);
      expect(changes.json<{ total: number }>().total, login).toBeGreaterThan(0);
    }
    // Another city's office does not: as if the record did not exist.
    const beijing = await as('bj.viewer');
    expectProblem(await beijing('GET', `/api/partnerships/${TIE}`), 404);
    expect(
      (await beijing('GET', `/api/partnerships?place=${CHANGNING}`)).json<{ total: number }>().total,
    ).toBe(0);
    expect(
      (await beijing('GET', `/api/changes?record=${encodeURIComponent(TIE)}`)).json<{ total: number }>()
        .total,
    ).toBe(0);

    // National: only nation-wide roles decide it, and only nation-wide readers see it.
    expectProblem(await decide('sh.editor', 'national'), 403);
    const national = await decide('nation.editor', 'national');
    expect(national.statusCode, national.body).toBe(200);
    expectProblem(await (await as('sh.viewer'))('GET', `/api/partnerships/${TIE}`), 404);
    // Shanghai's editor can no longer read it, so may not decide on it either: as if it did not exist.
    expectProblem(await decide('sh.editor', 'public'), 404);
    // Nor write to it (a PATCH or a decision answered 500 once it had written).
    const before = await server.db.query(`SELECT count(*)::int AS n FROM claims WHERE record_id = $1`, [TIE]);
    expectProblem(
      await (
        await as('sh.editor')
      )('PATCH', `/api/partnerships/${TIE}`, {
        note: 'x',
        sources: [{ source: { title: 'Office note', kind: 'user' } }],
      }),
      404,
    );
    expectProblem(
      await (
        await as('sh.editor')
      )('POST', `/api/partnerships/${TIE}/lifecycle`, {
        status: 'dormant',
        on: '2025',
        reason: 'x',
      }),
      404,
    );
    expect(
      await server.db.query(`SELECT count(*)::int AS n FROM claims WHERE record_id = $1`, [TIE]),
    ).toEqual(before);
    // Nor does Shanghai's review queue list it.
    const queue = await (await as('sh.editor'))('GET', '/api/stewardship?question=undated&limit=200');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.body).not.toContain(TIE);
    expect((await (await as('nation.viewer'))('GET', `/api/partnerships/${TIE}`)).statusCode).toBe(200);

    // Public again: back everywhere, with its history.
    await decide('nation.editor', 'public');
    const back = await anonymous(app, `/api/partnerships/${TIE}`);
    expect(back.statusCode).toBe(200);
    const history = back.json<{ history: { after: { visibility?: string } | null }[] }>().history;
    expect(history.map((h) => h.after?.visibility)).toEqual(
      expect.arrayContaining(['jurisdiction', 'national', 'public']),
    );
    expect((await anonymous(app, '/api/places?q=Changning')).body).toContain('"partnerships":1');
  });

  it('keeps the sources only internal records cite from the public, and the change log whole', async () => {
    const app = server.app;
    const editor = await as('sh.editor');
    const created = await editor('POST', '/api/partnerships', {
      placeA: CHANGNING,
      placeB: HCMC,
      type: 'friendly_exchange',
      visibility: 'jurisdiction',
      sources: [{ source: { title: '长宁—胡志明市友好交流协议（内部）', kind: 'document' }, locator: '' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const url of [
      '/api/sources?limit=1000',
      '/api/export/sources?format=csv',
      '/api/export/record_sources?format=csv',
      '/api/changes?limit=1000',
    ]) {
      const res = await anonymous(app, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain('长宁—胡志明市友好交流协议');
    }
    expect((await editor('GET', '/api/sources?limit=1000')).body).toContain('长宁—胡志明市友好交流协议');
    // Rows about no record (bulk loads) stay in the public change log whatever is internal.
    const [{ n }] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM change_log WHERE record_id IS NULL AND table_name <> 'users'`,
    );
    expect(n, 'the fixture holds rows about no record (the gazetteer load)').toBeGreaterThan(0);
    const withoutRecord = await anonymous(app, '/api/changes?limit=1000');
    expect(
      withoutRecord.json<{ items: { recordId: string | null }[] }>().items.filter((i) => i.recordId === null)
        .length,
    ).toBe(Math.min(n, 1000));
    await editor('PUT', `/api/partnerships/${created.json<{ id: string }>().id}/visibility`, {
      visibility: 'public',
    });
    expect((await anonymous(app, '/api/sources?limit=1000')).body).toContain('长宁—胡志明市友好交流协议');
  });

  it('keeps internal projects and exchanges, and projects under an internal tie, from the public', async () => {
    const app = server.app;
    const editor = await as('sh.editor');
    const created = await editor('POST', '/api/projects', {
      nameEn: 'Internal port study',
      nameZh: '港口内部研究',
      domain: 'facilities',
      status: 'planned',
      placeIds: [SHANGHAI],
      visibility: 'jurisdiction',
      sources: [{ source: { title: 'Office file', kind: 'document' }, locator: '1' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect((await anonymous(app, '/api/projects?limit=1000')).body).not.toContain(id);
    expectProblem(await anonymous(app, `/api/projects/${id}`), 404);
    expect((await anonymous(app, '/api/export/projects?format=csv')).body).not.toContain(id);
    expect((await anonymous(app, '/api/export/project_places?format=csv')).body).not.toContain(id);
    expect((await (await as('sh.viewer'))('GET', `/api/projects/${id}`)).statusCode).toBe(200);
    expectProblem(await (await as('bj.viewer'))('GET', `/api/projects/${id}`), 404);

    // A public project that runs under a tie made internal is as internal as its tie.
    const underTie = await editor('POST', '/api/projects', {
      nameEn: 'Public project under a tie',
      domain: 'people',
      status: 'in_progress',
      partnershipId: SHANGHAI_TIE,
      sources: [{ source: { title: 'Office file', kind: 'document' }, locator: '2' }],
    });
    expect(underTie.statusCode, underTie.body).toBe(201);
    const projectId = underTie.json<{ id: string }>().id;
    expect((await anonymous(app, `/api/projects/${projectId}`)).statusCode).toBe(200);
    await editor('PUT', `/api/partnerships/${SHANGHAI_TIE}/visibility`, { visibility: 'jurisdiction' });
    expectProblem(await anonymous(app, `/api/projects/${projectId}`), 404);
    expect((await anonymous(app, '/api/projects?limit=1000')).body).not.toContain(projectId);
    expect((await editor('GET', `/api/projects/${projectId}`)).statusCode).toBe(200);
    await editor('PUT', `/api/partnerships/${SHANGHAI_TIE}/visibility`, { visibility: 'public' });

    // A national project with a milestone overdue: in the nation's inbox, not in the Shanghai office's.
    const nationalProject = await (
      await as('nation.editor')
    )('POST', '/api/projects', {
      nameEn: 'National port programme',
      domain: 'facilities',
      status: 'in_progress',
      placeIds: [SHANGHAI],
      visibility: 'national',
      milestones: [{ description: 'first review', due: '2020-01-31' }],
      sources: [{ source: { title: 'Office file', kind: 'document' }, locator: '3' }],
    });
    expect(nationalProject.statusCode, nationalProject.body).toBe(201);
    const inbox = async (login: string) => (await (await as(login))('GET', '/api/inbox')).body;
    expect(await inbox('nation.viewer')).toContain('National port programme');
    expect(await inbox('sh.viewer')).not.toContain('National port programme');

    // An exchange: hidden from the events list, the event and its organiser's page.
    const event = 'ev:test-forum';
    const hidden = await editor('PUT', `/api/events/${event}/visibility`, { visibility: 'jurisdiction' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect((await anonymous(app, '/api/events?limit=1000')).body).not.toContain(event);
    expectProblem(await anonymous(app, `/api/events/${event}`), 404);
    expect((await editor('GET', `/api/events/${event}`)).json<{ visibility: string }>().visibility).toBe(
      'jurisdiction',
    );
    await editor('PUT', `/api/events/${event}/visibility`, { visibility: 'public' });
    expect((await anonymous(app, `/api/events/${event}`)).statusCode).toBe(200);
  });
});
