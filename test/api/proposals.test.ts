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

    // From the tie back to its proposal (its signing and agreement files), for the proposal's readers only.
    const byTie = `/api/proposals?partnership=${encodeURIComponent(detail.partnershipId!)}`;
    const proposalsOf = async (as: typeof office) =>
      (await as('GET', byTie)).json<{ items: { id: string; signing: unknown }[] }>().items;
    expect(await proposalsOf(office)).toMatchObject([{ id, signing: { agreementTitle: '友好交流协议' } }]);
    expect((await proposalsOf(nation)).map((p) => p.id)).toEqual([id]);
    expect(await proposalsOf(await signInAs(server.app, 'beijing.office'))).toEqual([]);
    expectProblem(await server.app.inject({ method: 'GET', url: byTie }), 401);
    expect((await office('GET', '/api/proposals?partnership=pt%3Anone')).json()).toEqual({ items: [] });

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

  it('keeps the agreement’s files once the proposal is approved, for its readers only', async () => {
    const office = await signInAs(server.app, 'beijing.office');
    const drafted = await office('POST', '/api/proposals', {
      placeId: BEIJING,
      candidateId: YOKOHAMA,
      rationale: '城市治理交流',
    });
    const url = `/api/proposals/${encodeURIComponent(drafted.json<{ id: string }>().id)}`;
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const name = encodeURIComponent('北京—横滨 友好交流协议书.pdf');
    const attach = (body: Buffer | object, type: string, fileName = name, as = office) =>
      as('POST', `${url}/files?name=${fileName}`, body, { 'content-type': type });

    // Not before the approval.
    expect(expectProblem(await attach(pdf, 'application/pdf'), 409).detail).toMatch(/once it is approved/);
    await office('POST', `${url}/steps`, { step: 'submit' });
    const nation = await signInAs(server.app, 'coordinator');
    expect((await nation('POST', `${url}/steps`, { step: 'approve' })).json<ProposalDetail>().state).toBe(
      'approved',
    );
    expect((await office('GET', url)).json<ProposalDetail>()).toMatchObject({ files: [], mayAttach: true });

    const added = await attach(pdf, 'application/pdf');
    expect(added.statusCode, added.body).toBe(201);
    const file = added.json<{
      id: string;
      name: string;
      bytes: number;
      sha256: string;
      uploadedBy: string;
    }>();
    expect(file).toMatchObject({
      name: '北京—横滨 友好交流协议书.pdf',
      mediaType: 'application/pdf',
      bytes: pdf.length,
      uploadedBy: 'beijing.office',
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(added.headers.location).toBe(`${url}/files/${encodeURIComponent(file.id)}`);
    const text = await attach(
      Buffer.from('第一条　双方同意建立友好交流关系。\n'),
      'text/plain; charset=utf-8',
      'annex.txt',
    );
    expect(text.statusCode, text.body).toBe(201);
    expect((await office('GET', url)).json<ProposalDetail>().files.map((f) => f.name)).toEqual([
      '北京—横滨 友好交流协议书.pdf',
      'annex.txt',
    ]);

    // The download is the file as sent, under its own name, never run as a page of the site.
    const download = await office('GET', `${url}/files/${encodeURIComponent(file.id)}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_____ _______.pdf"; filename*=UTF-8''${encodeURIComponent('北京—横滨 友好交流协议书.pdf')}`,
    );
    expect(download.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(download.headers['cache-control']).toBe('private, no-store');
    // RFC 9530: the digest of the file as stored, to check a copy against.
    expect(download.headers['repr-digest']).toBe(
      `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    // The coordinator reads it; another province's office and the public do not learn it exists.
    expect((await nation('GET', `${url}/files/${encodeURIComponent(file.id)}`)).statusCode).toBe(200);
    const shanghai = await signInAs(server.app, 'changning.office');
    expectProblem(await shanghai('GET', `${url}/files/${encodeURIComponent(file.id)}`), 404);
    expectProblem(
      await server.app.inject({ method: 'GET', url: `${url}/files/${encodeURIComponent(file.id)}` }),
      401,
    );
    expectProblem(await office('GET', `${url}/files/file%3Anone`), 404);

    // Refused: a reviewer attaching, a script declared as a PDF, a web page, JSON, a bad name, too many bytes.
    expectProblem(
      await attach(pdf, 'application/pdf', name, await signInAs(server.app, 'beijing.reviewer')),
      403,
    );
    const disguised = expectProblem(
      await attach(Buffer.from('<script>alert(1)</script>'), 'application/pdf'),
      422,
    );
    expect(disguised.detail).toMatch(/^file: the contents are not a PDF file/);
    expectProblem(await attach(Buffer.from('<html><script>alert(1)</script></html>'), 'text/html'), 415);
    expectProblem(await attach({ name: 'x' }, 'application/json'), 415);
    expectProblem(await attach(Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/plain'), 422);
    expectProblem(await attach(pdf, 'application/pdf', encodeURIComponent('../../etc/passwd')), 400);
    expectProblem(await attach(pdf, 'application/pdf', 'a%00.pdf'), 400);
    expectProblem(await attach(pdf, 'application/pdf', ''), 400);
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    huge.write('%PDF-1.7');
    expectProblem(await attach(huge, 'application/pdf'), 413);
    expect((await office('GET', url)).json<ProposalDetail>().files).toHaveLength(2);

    // Signed and published, the office may still add the signed scan; the files stay internal.
    await office('POST', `${url}/steps`, {
      step: 'sign',
      signing: { signed: '2026-12-01', signatories: '北京市市长；横滨市市长' },
    });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await attach(png, 'image/png', 'scan.png')).statusCode).toBe(201);
    // A file once attached is part of the record: the database refuses to change or remove it.
    await expect(server.db.query(`DELETE FROM agreement_files WHERE id = $1`, [file.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      server.db.query(`UPDATE agreement_files SET name = 'x' WHERE id = $1`, [file.id]),
    ).rejects.toThrow(/append-only/);
  });
});
