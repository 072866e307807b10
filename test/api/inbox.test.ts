/**
 * The inbox on both engines: a proposal awaiting review reaches the reviewer at its stage only; a
 * return reaches the office with its comment; a department's project milestone that falls overdue
 * reaches the department and the city office, not another city; marking it done clears it.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHANGNING, PRAGUE, SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { createOrganisation } from '../../src/store/writes.ts';
import { organisationInputSchema } from '../../src/domain/registry.ts';
import { assign } from '../../src/store/assignments.ts';

/** The district's tie whose projects the department records. */
const TIE = partnershipId(CHANGNING, PRAGUE);
import type { Grant } from '../../src/domain/permissions.ts';
import type { InboxItem } from '../../src/domain/inbox.ts';

const USERS: Record<string, Grant[]> = {
  office: [{ role: 'editor', jurisdictionId: CHANGNING }],
  reviewer: [{ role: 'reviewer', jurisdictionId: SHANGHAI }],
  coordinator: [{ role: 'coordinator', jurisdictionId: null }],
  department: [{ role: 'department', jurisdictionId: SHANGHAI }],
  'beijing.office': [{ role: 'editor', jurisdictionId: BEIJING }],
};

async function as(app: FastifyInstance, login: string) {
  const send = await signInAs(app, login);
  const inbox = async () => (await send('GET', '/api/inbox')).json<{ items: InboxItem[] }>().items;
  return { send, inbox };
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(ENGINES)('inbox on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      // The department belongs to the district's commerce bureau, which records under the ties given to it.
      const bureau = await createOrganisation(
        db,
        'fixture',
        organisationInputSchema.parse({
          nameEn: 'Changning District Commission of Commerce',
          nameZh: '长宁区商务委员会',
          kind: 'department',
          placeId: CHANGNING,
          sources: [{ source: { title: 'Bureau file', kind: 'document' } }],
        }),
      );
      await createUsers(db, { ...USERS, department: { grants: USERS.department, organisationId: bureau } });
      await db.transaction('fixture', (tx) => assign(tx, TIE, bureau, 'office'));
    },
  );

  it('brings a proposal to the reviewer at its stage and its return to the office', async () => {
    const office = await as(server.app, 'office');
    const reviewer = await as(server.app, 'reviewer');
    const coordinator = await as(server.app, 'coordinator');
    const { id } = (
      await office.send('POST', '/api/proposals', {
        placeId: CHANGNING,
        candidateId: YOKOHAMA,
        rationale: '港口合作',
      })
    ).json<{ id: string }>();
    const steps = `/api/proposals/${encodeURIComponent(id)}/steps`;
    expect(await reviewer.inbox()).toEqual([]);

    await office.send('POST', steps, { step: 'submit' });
    const waiting = await reviewer.inbox();
    expect(waiting.map((i) => [i.kind, i.proposal?.id])).toEqual([['proposal-to-review', id]]);
    // The nation waits for the province: nothing for the coordinator yet.
    expect((await coordinator.inbox()).filter((i) => i.kind === 'proposal-to-review')).toEqual([]);

    await reviewer.send('POST', steps, { step: 'return', comment: '请补充合作基础' });
    expect(await reviewer.inbox()).toEqual([]);
    const returned = await office.inbox();
    expect(returned).toMatchObject([
      { kind: 'proposal-returned', comment: '请补充合作基础', proposal: { id } },
    ]);

    await office.send('POST', steps, { step: 'submit' });
    await reviewer.send('POST', steps, { step: 'approve' });
    expect((await coordinator.inbox()).map((i) => i.kind)).toContain('proposal-to-review');
    await coordinator.send('POST', steps, { step: 'approve' });
    expect((await office.inbox()).map((i) => i.kind)).toEqual(['proposal-approved']);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/inbox' }), 401);
  });

  it('flags a milestone that falls overdue to the department and the city, until it is done', async () => {
    const department = await as(server.app, 'department');
    const office = await as(server.app, 'office');
    const beijing = await as(server.app, 'beijing.office');
    const created = await department.send('POST', '/api/projects', {
      nameEn: 'Port skills exchange',
      nameZh: '港口技能交流',
      domain: 'people',
      partnershipId: TIE,
      placeIds: [CHANGNING, PRAGUE],
      milestones: [
        { description: '第一批学员交流', due: daysFromNow(-3) },
        { description: '结项评估', due: daysFromNow(60) },
        { description: '成果发布' },
      ],
      sources: [{ source: { title: '长宁区商务委项目记录', kind: 'document' } }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const projectId = created.json<{ id: string }>().id;

    for (const user of [department, office]) {
      const overdue = (await user.inbox()).filter((i) => i.kind === 'milestone-overdue');
      expect(overdue).toMatchObject([
        { milestone: { projectId, seq: 1, description: '第一批学员交流', dueOn: daysFromNow(-3) } },
      ]);
    }
    expect((await beijing.inbox()).filter((i) => i.kind === 'milestone-overdue')).toEqual([]);
    const detail = (
      await server.app.inject({ method: 'GET', url: `/api/projects/${encodeURIComponent(projectId)}` })
    ).json<{
      milestones: { seq: number; overdue: boolean; dueOn: string | null }[];
    }>();
    // A milestone without a due date is never overdue.
    expect(detail.milestones.map((m) => m.overdue)).toEqual([true, false, false]);

    // Beijing's office may not touch a Shanghai project's milestones.
    expectProblem(
      await beijing.send('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/1`, {
        done: daysFromNow(0),
      }),
      403,
    );
    const done = await department.send('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/1`, {
      done: daysFromNow(0),
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await office.inbox()).filter((i) => i.kind === 'milestone-overdue')).toEqual([]);
    expectProblem(
      await department.send('PUT', `/api/projects/${encodeURIComponent(projectId)}/milestones/9`, {
        done: null,
      }),
      404,
    );
  });
});
