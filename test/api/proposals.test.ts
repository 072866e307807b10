/**
 * Proposals reviewed up the chain, on both engines: a district office drafts with the vetting attached,
 * its province-level reviewer returns and then forwards, the national coordinator approves, the office
 * signs, and the partnership appears in the public registry only once the office publishes it; and every
 * refusal on the way.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHANGNING, HANOI, PRAGUE, SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import type { Grant } from '../../src/domain/permissions.ts';
import type { ProposalDetail } from '../../src/domain/proposals.ts';

const USERS: Record<string, Grant[]> = {
  'changning.office': [{ role: 'editor', jurisdictionId: CHANGNING }],
  'shanghai.reviewer': [{ role: 'reviewer', jurisdictionId: SHANGHAI }],
  'beijing.reviewer': [{ role: 'reviewer', jurisdictionId: BEIJING }],
  'beijing.office': [{ role: 'editor', jurisdictionId: BEIJING }],
  coordinator: [{ role: 'coordinator', jurisdictionId: null }],
  'shanghai.viewer': [{ role: 'viewer', jurisdictionId: SHANGHAI }],
  'changning.reviewer': [{ role: 'reviewer', jurisdictionId: CHANGNING }],
  'shanghai.coordinator': [{ role: 'coordinator', jurisdictionId: SHANGHAI }],
};

describe.each(ENGINES)('proposals on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUsers(db, USERS);
      // Prague's country stands here for a state without diplomatic relations with China.
      await db.query(`UPDATE countries SET diplomatic_relations = false WHERE code = 'CZ'`);
    },
  );

  it('goes from draft through a return, province and national review to a signed partnership', async () => {
    const office = await signInAs(server.app, 'changning.office');
    const drafted = await office('POST', '/api/proposals', {
      placeId: CHANGNING,
      candidateId: YOKOHAMA,
      type: 'friendly_exchange',
      rationale: '港口与创新合作',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const { id } = drafted.json<{ id: string }>();
    const url = `/api/proposals/${encodeURIComponent(id)}`;

    let detail = (await office('GET', url)).json<ProposalDetail>();
    expect(detail).toMatchObject({
      state: 'draft',
      place: { id: CHANGNING },
      candidate: { id: YOKOHAMA },
      province: { id: SHANGHAI },
      editable: true,
      blocked: null,
    });
    expect(detail.availableSteps).toEqual(['submit', 'withdraw']);
    expect(detail.vetting).toMatchObject({ place: { id: YOKOHAMA } });

    // Nobody outside the chain sees it: another province's reviewer gets a 404, the public a 401.
    const beijing = await signInAs(server.app, 'beijing.reviewer');
    expectProblem(await beijing('GET', url), 404);
    expect((await beijing('GET', '/api/proposals')).json<{ items: unknown[] }>().items).toEqual([]);
    expectProblem(await server.app.inject({ method: 'GET', url }), 401);
    // The public change log does not list it either.
    const changes = await server.app.inject({ method: 'GET', url: '/api/changes?table=proposals' });
    expect(changes.json<{ total: number }>().total).toBe(0);

    // Only the office submits; a reviewer cannot act on a draft.
    const province = await signInAs(server.app, 'shanghai.reviewer');
    expectProblem(await province('POST', `${url}/steps`, { step: 'approve' }), 409);
    detail = (await office('POST', `${url}/steps`, { step: 'submit' })).json<ProposalDetail>();
    expect(detail.state).toBe('province_review');
    expect(detail.availableSteps).toEqual(['withdraw']);
    expect(detail.editable).toBe(false);
    expectProblem(await office('PATCH', url, { rationale: 'changed' }), 409);

    // The national coordinator waits for the province.
    const nation = await signInAs(server.app, 'coordinator');
    expectProblem(await nation('POST', `${url}/steps`, { step: 'approve' }), 403);

    // The proposing district's own reviewer is not the province.
    const own = await signInAs(server.app, 'changning.reviewer');
    expectProblem(await own('POST', `${url}/steps`, { step: 'approve' }), 403);

    // The province returns it with a comment (a return without one is refused).
    expectProblem(await province('POST', `${url}/steps`, { step: 'return' }), 422);
    detail = (
      await province('POST', `${url}/steps`, { step: 'return', comment: '请补充合作基础' })
    ).json<ProposalDetail>();
    expect(detail.state).toBe('returned');

    // The office edits and resubmits; the history keeps every step.
    const edited = await office('PATCH', url, { rationale: '港口、创新与青年交流合作' });
    expect(edited.statusCode, edited.body).toBe(200);
    await office('POST', `${url}/steps`, { step: 'submit' });
    detail = (
      await province('POST', `${url}/steps`, { step: 'approve', comment: '同意，报全国' })
    ).json<ProposalDetail>();
    expect(detail.state).toBe('national_review');
    expectProblem(await province('POST', `${url}/steps`, { step: 'approve' }), 403);
    detail = (await nation('POST', `${url}/steps`, { step: 'approve' })).json<ProposalDetail>();
    expect(detail.state).toBe('approved');

    // Signing needs the date and signatories; the signed agreement stays internal until it is published.
    expectProblem(await office('POST', `${url}/steps`, { step: 'sign' }), 422);
    const signed = await office('POST', `${url}/steps`, {
      step: 'sign',
      signing: {
        signed: '2026-11-28',
        signatories: '长宁区区长；横滨市市长',
        agreementTitle: '友好交流协议',
      },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    detail = signed.json<ProposalDetail>();
    expect(detail).toMatchObject({
      state: 'signed',
      signing: { signed: '2026-11-28', signedPrecision: 'day', agreementTitle: '友好交流协议' },
    });
    // Signed, the tie is in the registry at once, internal to the jurisdiction until it is published.
    expect(detail.partnershipId).toMatch(/^pt:/);
    const publicTies = async () =>
      (await server.app.inject({ method: 'GET', url: `/api/partnerships?place=${CHANGNING}` })).json<{
        items: { placeB: { id: string } }[];
      }>().items;
    expect((await publicTies()).some((t) => t.placeB.id === YOKOHAMA)).toBe(false);
    const internal = await office('GET', `/api/partnerships/${detail.partnershipId}`);
    expect(internal.json()).toMatchObject({ visibility: 'jurisdiction', status: 'active' });

    detail = (await office('POST', `${url}/steps`, { step: 'publish' })).json<ProposalDetail>();
    expect(detail.state).toBe('published');
    expect(detail.steps.map((s) => [s.step, s.toState, s.login])).toEqual([
      ['draft', 'draft', 'changning.office'],
      ['submit', 'province_review', 'changning.office'],
      ['return', 'returned', 'shanghai.reviewer'],
      ['edit', 'returned', 'changning.office'],
      ['submit', 'province_review', 'changning.office'],
      ['approve', 'national_review', 'shanghai.reviewer'],
      ['approve', 'approved', 'coordinator'],
      ['sign', 'signed', 'changning.office'],
      ['publish', 'published', 'changning.office'],
    ]);
    expect(detail.steps[2].comment).toBe('请补充合作基础');
    const tie = await server.app.inject({ method: 'GET', url: `/api/partnerships/${detail.partnershipId}` });
    expect(tie.json()).toMatchObject({
      type: 'friendly_exchange',
      signedOn: '2026-11-28',
      status: 'active',
      note: '长宁区区长；横滨市市长',
    });
    expect(tie.json<{ sources: { title: string }[] }>().sources.map((s) => s.title)).toEqual([
      '友好交流协议',
    ]);
    expect(tie.json()).toMatchObject({ visibility: 'public' });
    expect((await publicTies()).some((t) => t.placeB.id === YOKOHAMA)).toBe(true);

    // Steps are append-only like the change log.
    await expect(server.db.query(`DELETE FROM proposal_steps WHERE proposal_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('blocks the submission of a partner in a state without diplomatic relations, and flags two offices proposing one partner', async () => {
    const office = await signInAs(server.app, 'changning.office');
    const drafted = await office('POST', '/api/proposals', {
      placeId: CHANGNING,
      candidateId: PRAGUE,
      rationale: '文化交流',
    });
    const url = `/api/proposals/${encodeURIComponent(drafted.json<{ id: string }>().id)}`;
    const detail = (await office('GET', url)).json<ProposalDetail>();
    expect(detail.warnings).toContain('no-diplomatic-relations');
    expect(detail.blocked).toBeTruthy();
    const refused = expectProblem(await office('POST', `${url}/steps`, { step: 'submit' }), 422);
    expect(refused.detail).toMatch(/cannot be submitted/);

    // Two offices, one partner: each reviewer sees the other proposal.
    const first = await office('POST', '/api/proposals', {
      placeId: CHANGNING,
      candidateId: HANOI,
      rationale: '经贸',
    });
    const bj = await signInAs(server.app, 'beijing.office');
    const second = await bj('POST', '/api/proposals', {
      placeId: BEIJING,
      candidateId: HANOI,
      rationale: '经贸',
    });
    expect(second.statusCode, second.body).toBe(201);
    const firstUrl = `/api/proposals/${encodeURIComponent(first.json<{ id: string }>().id)}`;
    // The national coordinator, who reviews both, sees the other office's proposal flagged; the office
    // itself sees no proposal outside its jurisdiction.
    const nation = await signInAs(server.app, 'coordinator');
    expect(
      (await nation('GET', firstUrl)).json<ProposalDetail>().sameCandidate.map((p) => p.place.id),
    ).toEqual([BEIJING]);
    expect((await office('GET', firstUrl)).json<ProposalDetail>().sameCandidate).toEqual([]);
  });

  it('refuses what no office may propose', async () => {
    const office = await signInAs(server.app, 'changning.office');
    const domestic = expectProblem(
      await office('POST', '/api/proposals', { placeId: CHANGNING, candidateId: BEIJING, rationale: 'x' }),
      422,
    );
    expect(domestic.detail).toMatch(/must be abroad/);
    // Beijing is outside the Changning office's jurisdiction.
    expectProblem(
      await office('POST', '/api/proposals', { placeId: BEIJING, candidateId: YOKOHAMA, rationale: 'x' }),
      403,
    );
    const viewer = await signInAs(server.app, 'shanghai.viewer');
    expectProblem(
      await viewer('POST', '/api/proposals', { placeId: CHANGNING, candidateId: YOKOHAMA, rationale: 'x' }),
      403,
    );
    // A viewer in the jurisdiction reads the office's proposals but takes no step.
    const items = (await viewer('GET', '/api/proposals')).json<{ items: { place: { id: string } }[] }>()
      .items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.place.id === CHANGNING)).toBe(true);
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/proposals',
        payload: { placeId: CHANGNING, candidateId: YOKOHAMA, rationale: 'x' },
      }),
      401,
    );
  });

  it('lets nobody review a proposal they drafted or submitted', async () => {
    // The national coordinator drafts for Shanghai (province-level: national review follows) and submits.
    const nation = await signInAs(server.app, 'coordinator');
    const drafted = await nation('POST', '/api/proposals', {
      placeId: SHANGHAI,
      candidateId: YOKOHAMA,
      rationale: '港口',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const url = `/api/proposals/${encodeURIComponent(drafted.json<{ id: string }>().id)}`;
    const submitted = (await nation('POST', `${url}/steps`, { step: 'submit' })).json<ProposalDetail>();
    expect(submitted.state).toBe('national_review');
    expect(submitted.availableSteps).not.toContain('approve');
    expect(expectProblem(await nation('POST', `${url}/steps`, { step: 'approve' }), 403).detail).toMatch(
      /someone else/,
    );
    // Nor is it in the coordinator's inbox as something to review.
    const inbox = (await nation('GET', '/api/inbox')).json<{
      items: { kind: string; proposal: { id: string } | null }[];
    }>().items;
    expect(
      inbox.some((i) => i.kind === 'proposal-to-review' && url.endsWith(encodeURIComponent(i.proposal!.id))),
    ).toBe(false);
  });
});
