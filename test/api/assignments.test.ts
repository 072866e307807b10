/**
 * Ties assigned to departments, on both engines: a department contributor records projects and exchanges
 * only under the ties the city office assigned to its organisation, and nothing else in its jurisdiction;
 * the office assigns and withdraws; the assignments are internal and logged.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, HCMC, SHANGHAI } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { createOrganisation } from '../../src/store/writes.ts';
import { organisationInputSchema } from '../../src/domain/registry.ts';
import type { Assignment } from '../../src/domain/assignments.ts';

const TIE = partnershipId(SHANGHAI, HCMC);
const source = (locator: string) => [{ source: { title: 'Bureau file', kind: 'document' }, locator }];

describe.each(ENGINES)('ties assigned to departments on %s', (engine) => {
  let commerce = '';
  let education = '';
  let network = '';
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      const department = (nameEn: string, nameZh: string) =>
        createOrganisation(
          db,
          'fixture',
          organisationInputSchema.parse({
            nameEn,
            nameZh,
            kind: 'department',
            placeId: SHANGHAI,
            sources: source(nameEn),
          }),
        );
      commerce = await department('Shanghai Municipal Commission of Commerce', '上海市商务委员会');
      education = await department('Shanghai Municipal Education Commission', '上海市教育委员会');
      network = await createOrganisation(
        db,
        'fixture',
        organisationInputSchema.parse({
          nameEn: 'Asian Port Cities Network',
          nameZh: '亚洲港口城市网络',
          kind: 'city_network',
          sources: source('network'),
        }),
      );
      await createUsers(db, {
        'sh.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
        'sh.commerce': {
          grants: [{ role: 'department', jurisdictionId: SHANGHAI }],
          organisationId: commerce,
        },
        'sh.education': {
          grants: [{ role: 'department', jurisdictionId: SHANGHAI }],
          organisationId: education,
        },
        'sh.department.alone': [{ role: 'department', jurisdictionId: SHANGHAI }],
        'bj.editor': [{ role: 'editor', jurisdictionId: BEIJING }],
      });
    },
  );
  const assignments = `/api/partnerships/${TIE}/assignments`;
  const project = (extra: object) => ({
    nameEn: 'Port skills exchange',
    domain: 'people',
    status: 'in_progress',
    sources: source('p'),
    ...extra,
  });

  it('lets a department record only under the ties assigned to its organisation', async () => {
    const editor = await signInAs(server.app, 'sh.editor');
    const bureau = await signInAs(server.app, 'sh.commerce');
    const school = await signInAs(server.app, 'sh.education');

    // Before any assignment the department records nothing, and is told why.
    const refused = expectProblem(
      await bureau('POST', '/api/projects', project({ partnershipId: TIE })),
      403,
    );
    expect(refused.detail).toMatch(/under no partnership assigned to the user’s organisation/);
    // The kind of refusal is in the problem's type, for a client to say it in the user's language.
    expect(refused.type).toBe('urn:amity:problem:not-assigned');
    expectProblem(await bureau('POST', '/api/projects', project({ placeIds: [SHANGHAI] })), 403);

    // The office assigns the tie to the commerce commission (twice: nothing changes).
    for (let i = 0; i < 2; i++) {
      const assigned = await editor('PUT', `${assignments}/${encodeURIComponent(commerce)}`);
      expect(assigned.statusCode, assigned.body).toBe(200);
      expect(assigned.json<{ items: Assignment[] }>().items).toMatchObject([
        {
          organisation: { id: commerce, nameZh: '上海市商务委员会', kind: 'department' },
          assignedBy: 'sh.editor',
        },
      ]);
    }

    // Now the commission records a project under the tie, keeps its milestones, and an exchange of both sides.
    const created = await bureau(
      'POST',
      '/api/projects',
      project({ partnershipId: TIE, milestones: [{ description: '首批学员交流', due: '2030-01-31' }] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const projectId = created.json<{ id: string }>().id;
    const milestone = await bureau('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/1`, {
      done: '2026-01-05',
    });
    expect(milestone.statusCode, milestone.body).toBe(200);
    const exchange = await bureau('POST', '/api/events', {
      kind: 'visit',
      nameEn: 'Trade delegation',
      starts: '2026-05',
      placeId: HCMC,
      participants: [{ placeId: SHANGHAI }],
      sources: source('e'),
    });
    expect(exchange.statusCode, exchange.body).toBe(201);
    // Not an exchange of Shanghai alone, a project outside the tie, or a stated figure.
    expectProblem(
      await bureau('POST', '/api/events', {
        kind: 'forum',
        nameEn: 'City forum',
        placeId: SHANGHAI,
        sources: source('f'),
      }),
      403,
    );
    expectProblem(await bureau('POST', '/api/projects', project({ placeIds: [SHANGHAI] })), 403);
    expectProblem(
      await bureau('POST', '/api/observations', {
        subjectText: 'Shanghai',
        placeId: SHANGHAI,
        measure: 'sister_cities',
        value: 90,
        sources: source('o'),
      }),
      403,
    );
    // Another department, or one of no organisation, may not touch the commission's project.
    expectProblem(
      await school('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/1`, { done: null }),
      403,
    );
    // The page asks before offering the controls, and is told the same: yes for the commission, and
    // for the other department no, because the tie is not assigned to it.
    const access = `/api/projects/${encodeURIComponent(projectId)}/milestones/access`;
    expect((await bureau('GET', access)).statusCode).toBe(204);
    expect((await editor('GET', access)).statusCode).toBe(204);
    expect(expectProblem(await school('GET', access), 403).type).toBe('urn:amity:problem:not-assigned');
    expect((await server.app.inject({ method: 'GET', url: access })).statusCode).toBe(401);
    // Another city's office is told the project is outside its jurisdiction while it is public, and
    // that there is no such project once it is internal (nor for a project that does not exist).
    const beijing = await signInAs(server.app, 'bj.editor');
    expect(expectProblem(await beijing('GET', access), 403).type).toBe(
      'urn:amity:problem:outside-jurisdiction',
    );
    const internal = await editor('PUT', `/api/projects/${encodeURIComponent(projectId)}/visibility`, {
      visibility: 'jurisdiction',
    });
    expect(internal.statusCode, internal.body).toBe(200);
    expectProblem(await beijing('GET', access), 404);
    expectProblem(
      await beijing('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/1`, { done: null }),
      404,
    );
    expectProblem(await beijing('GET', '/api/projects/pj%3Anone/milestones/access'), 404);
    const republished = await editor('PUT', `/api/projects/${encodeURIComponent(projectId)}/visibility`, {
      visibility: 'public',
    });
    expect(republished.statusCode, republished.body).toBe(200);
    const alone = await signInAs(server.app, 'sh.department.alone');
    // A department user of no organisation is told that, not that the tie is another's.
    expect(
      expectProblem(await alone('POST', '/api/projects', project({ partnershipId: TIE })), 403),
    ).toMatchObject({
      type: 'urn:amity:problem:no-organisation',
      detail: expect.stringMatching(/belongs to no organisation/),
    });
    // The office itself records anywhere in its jurisdiction, as before.
    expect((await editor('POST', '/api/projects', project({ placeIds: [SHANGHAI] }))).statusCode).toBe(201);

    // Withdrawn, the tie is closed to the commission again; withdrawing twice is a 404.
    const withdrawn = await editor('DELETE', `${assignments}/${encodeURIComponent(commerce)}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ items: [] });
    expectProblem(await editor('DELETE', `${assignments}/${encodeURIComponent(commerce)}`), 404);
    expectProblem(await bureau('POST', '/api/projects', project({ partnershipId: TIE })), 403);
  });

  it('keeps assignments internal to the offices over the tie, and refuses what is not one', async () => {
    const editor = await signInAs(server.app, 'sh.editor');
    await editor('PUT', `${assignments}/${encodeURIComponent(education)}`);
    // The public is not told; another city's office is told there is no such tie; the department sees its own.
    expectProblem(await server.app.inject({ method: 'GET', url: assignments }), 401);
    const beijing = await signInAs(server.app, 'bj.editor');
    expectProblem(await beijing('GET', assignments), 404);
    expect(
      expectProblem(await beijing('PUT', `${assignments}/${encodeURIComponent(commerce)}`), 403).type,
    ).toBe('urn:amity:problem:outside-jurisdiction');
    const school = await signInAs(server.app, 'sh.education');
    const seen = (await school('GET', assignments)).json<{
      items: Assignment[];
      assignableKinds: string[];
    }>();
    expect(seen.items.map((a) => a.organisation.id)).toEqual([education]);
    expect(seen.assignableKinds).toContain('department');
    expect(seen.assignableKinds).not.toContain('city_network');
    // A department does not assign ties, even to itself.
    expectProblem(await school('PUT', `${assignments}/${encodeURIComponent(commerce)}`), 403);
    // Nothing that is not a tie or an organisation.
    expectProblem(await editor('PUT', `${assignments}/org%3Anone`), 422);
    // A city network does not carry out a tie's projects: it is not assigned one.
    const notActor = expectProblem(await editor('PUT', `${assignments}/${encodeURIComponent(network)}`), 422);
    expect(notActor.errors?.[0]).toMatchObject({ field: 'organisationId' });
    expect(notActor.detail).toContain('city network');
    expectProblem(await editor('GET', '/api/partnerships/pt%3Anone/assignments'), 404);
    // The log names who assigned; the public change log does not show it.
    const [logged] = await server.db.query<{ actor: string }>(
      `SELECT actor FROM change_log WHERE table_name = 'partnership_assignments' ORDER BY id DESC LIMIT 1`,
    );
    expect(logged.actor).toBe('sh.editor');
    const changes = await server.app.inject({ method: 'GET', url: '/api/changes?limit=1000' });
    expect(changes.body).not.toContain('partnership_assignments');
  });
});
