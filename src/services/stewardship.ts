/**
 * The stewardship queue of a curator's jurisdictions, and their decisions. A correction, or the
 * acceptance of one side of a conflict, is written as a claim whose source is the curator, in the same
 * transaction as the decision; the claim rules then decide what is shown.
 */
import type { Database } from '../store/database.ts';
import { WriteRejected, amendPartnershipIn, lockRecord } from '../store/writes.ts';
import { partnershipPlaces } from '../store/accounts.ts';
import { placeScope, placesWithin } from '../store/place-tree.ts';
import * as store from '../store/stewardship.ts';
import { allows, jurisdictionsFor } from '../domain/permissions.ts';
import {
  DECISIONS_OF,
  HELD_BACK_DECISIONS,
  distantSide,
  type HeldBackDecision,
  type HeldBackItem,
  type StewardshipItem,
} from '../domain/stewardship.ts';
import { bundledListedSides } from '../ingest/twin-cities.ts';
import { readScopeOf } from '../domain/visibility.ts';
import { placeReadScope, type PlaceReadScope } from '../store/visibility.ts';
import type { StewardshipDecision, StewardshipQuestion } from '../domain/stewardship.ts';
import type {
  PartnershipPatch,
  PartialDate,
  PartnershipStatus,
  PartnershipType,
} from '../domain/registry.ts';
import { actorOf, type Principal } from './accounts.ts';
import { PROBLEM_TYPES } from '../domain/problems.ts';

/** Curators keep the registry of their jurisdictions. */
const CURATE = 'registry.write' as const;

/** The jurisdictions a curator keeps the registry of (null: the whole country); 403 for none. */
function curatedScopes(principal: Principal): string[] | null {
  const scopes = jurisdictionsFor(principal.grants, [CURATE]);
  if (scopes?.length === 0)
    throw new WriteRejected(
      403,
      `${principal.login} has no role that keeps registry records`,
      [],
      PROBLEM_TYPES.notPermitted,
    );
  return scopes;
}

export async function queueOf(
  db: Database,
  principal: Principal,
  question: StewardshipQuestion,
  page: { limit: number; offset: number },
) {
  const scopes = curatedScopes(principal);
  const readable = await placeReadScope(db, readScopeOf(principal.grants));
  const { total, items } =
    question === 'distant'
      ? await distantQueue(db, scopes, page, readable)
      : await store.stewardshipQueue(db, scopes, question, page, readable);
  // Each item says how it may be settled: the page offers those decisions and no others.
  return { total, items: items.map((item) => ({ ...item, decisions: [...DECISIONS_OF[question]] })) };
}

/**
 * The ties a twin-city list places far from the places attached, farthest first: the distance is worked
 * out from the bundled lists' coordinates, row by row of the lists each tie cites.
 */
async function distantQueue(
  db: Database,
  scopes: string[] | null,
  page: { limit: number; offset: number },
  readable: PlaceReadScope,
): Promise<{ total: number; items: Omit<StewardshipItem, 'decisions'>[] }> {
  const sides = bundledListedSides();
  const items: Omit<StewardshipItem, 'decisions'>[] = [];
  for (const { coordinates, locators, ...tie } of await store.listedTies(db, scopes, readable)) {
    const places = [
      { id: tie.placeA.id, ...coordinates.a },
      { id: tie.placeB.id, ...coordinates.b },
    ] as const;
    const found = locators
      .map((locator) => sides.get(locator))
      .map((listed) => (listed ? distantSide(places, listed) : null))
      .filter((d) => d !== null)
      .sort((x, y) => y.km - x.km)[0];
    if (found) items.push({ ...tie, question: 'distant', conflict: null, namesake: null, distant: found });
  }
  items.sort((x, y) => y.distant!.km - x.distant!.km || x.partnershipId.localeCompare(y.partnershipId));
  return { total: items.length, items: items.slice(page.offset, page.offset + page.limit) };
}

function needed(field: string): never {
  throw new WriteRejected(422, `values.${field}: a correction of this question states the ${field}`, [
    { field: `values.${field}`, reason: 'is required with decision correct' },
  ]);
}

export async function decide(db: Database, principal: Principal, input: StewardshipDecision): Promise<void> {
  if (!DECISIONS_OF[input.question].includes(input.decision))
    throw new WriteRejected(
      422,
      `decision: a ${input.question} question is settled by ${DECISIONS_OF[input.question].join(', ')}`,
      [{ field: 'decision', reason: `not one of ${DECISIONS_OF[input.question].join(', ')}` }],
    );
  // Public data leaves public view only with a reason anyone above can read.
  if (input.decision === 'withdraw' && !input.note)
    throw new WriteRejected(422, 'note: a withdrawal says why (where the tie belongs)', [
      { field: 'note', reason: 'is required with decision withdraw' },
    ]);
  const places = await partnershipPlaces(db, input.partnershipId);
  if (!places.length) throw new WriteRejected(404, `no partnership with id ${input.partnershipId}`);
  if (!allows(principal.grants, CURATE, await placeScope(db, places)))
    throw new WriteRejected(
      403,
      `${principal.login} may not curate ${input.partnershipId}: it lies outside their jurisdictions`,
      [],
      PROBLEM_TYPES.outsideJurisdiction,
    );

  let patch: Omit<PartnershipPatch, 'sources'> | null = null;
  if (input.decision === 'correct') {
    const v = input.values ?? {};
    if (input.question === 'undated') patch = { signed: v.signed ?? needed('signed') };
    else if (input.question === 'untyped') patch = { type: v.type ?? needed('type') };
    else {
      const conflict = await store.conflictOf(db, input.partnershipId);
      if (!conflict) throw new WriteRejected(409, `the sources of ${input.partnershipId} no longer disagree`);
      if (conflict.field === 'signed') patch = { signed: v.signed ?? needed('signed') };
      else if (conflict.field === 'type') patch = { type: v.type ?? needed('type') };
      else patch = { status: v.status ?? needed('status') };
    }
  } else if (input.decision === 'accept' && input.question === 'conflicting') {
    // Accepting a conflict confirms the shown value, which the curator's claim then carries.
    const conflict = await store.conflictOf(db, input.partnershipId);
    if (!conflict) throw new WriteRejected(409, `the sources of ${input.partnershipId} no longer disagree`);
    if (conflict.field === 'signed') patch = { signed: conflict.value as PartialDate };
    else if (conflict.field === 'type') patch = { type: conflict.value as PartnershipType };
    else patch = { status: conflict.value as PartnershipStatus };
  }

  if (input.question === 'namesake' && !(await store.hasNamesake(db, input.partnershipId)))
    throw new WriteRejected(
      409,
      `no other place of the same name holds the partner of ${input.partnershipId}`,
    );
  // Accepting a namesake or a distant side confirms the tie as attached: the curator becomes a source of it.
  const confirms =
    (input.question === 'namesake' || input.question === 'distant') && input.decision === 'accept';

  const day = new Date().toISOString().slice(0, 10);
  await db.transaction(actorOf(principal), async (tx) => {
    // A tie attached to the wrong place leaves public view; its record and history stay for the offices.
    if (input.decision === 'withdraw') await store.withdrawFromPublic(tx, input.partnershipId);
    if (patch || confirms)
      await amendPartnershipIn(tx, input.partnershipId, {
        ...patch,
        sources: [
          {
            source: { title: `Curator ${principal.login}`, kind: 'user' },
            locator: `stewardship: ${input.question}, ${day}${input.note ? ` (${input.note.slice(0, 200)})` : ''}`,
          },
        ],
      });
    await store.insertDecision(tx, {
      question: input.question,
      partnershipId: input.partnershipId,
      decision: input.decision,
      note: input.note ?? null,
      login: principal.login,
      userId: principal.userId,
      organisationId: principal.organisationId,
    });
  });
}

/** One question a name and country: lists that write the country differently ("Ireland", "Republic of Ireland") ask it once. */
const nameKey = (r: store.HeldBackRowOpen) => `${r.name}\u0000${r.countryCode ?? r.country}`;

/**
 * The names lists held back beside places of the curator's jurisdictions (or, for a name in China, with a
 * candidate there), one item a name and country with its rows; the names held back most often first.
 */
export async function heldBackQueue(
  db: Database,
  principal: Principal,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: HeldBackItem[] }> {
  const scopes = curatedScopes(principal);
  const within = scopes ? new Set(await placesWithin(db, scopes)) : null;
  const rows = (await store.heldBackRows(db)).filter(
    (r) => !within || within.has(r.partner.id) || r.candidates.some((c) => within.has(c)),
  );
  const byName = new Map<string, store.HeldBackRowOpen[]>();
  for (const r of rows) {
    const key = nameKey(r);
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  const groups = [...byName.values()].sort(
    (x, y) =>
      y.length - x.length || x[0].name.localeCompare(y[0].name) || x[0].country.localeCompare(y[0].country),
  );
  const shown = groups.slice(page.offset, page.offset + page.limit);
  const places = new Map(
    (await store.candidatePlaces(db, [...new Set(shown.flatMap((g) => g.flatMap((r) => r.candidates)))])).map(
      (p) => [p.id, p],
    ),
  );
  const items = shown.map((group): HeldBackItem => {
    const [first] = group;
    return {
      name: first.name,
      country: first.country,
      countryCode: first.countryCode,
      // One row ambiguous is enough: the name has several places, and no alias may pick one for every list.
      status: group.some((r) => r.status === 'ambiguous') ? 'ambiguous' : 'unresolved',
      reason: first.reason,
      candidates: [...new Set(group.flatMap((r) => r.candidates))].flatMap((id) => places.get(id) ?? []),
      rows: group.map((r) => ({ sourceId: r.sourceId, locator: r.locator, partner: r.partner })),
      decisions: [...HELD_BACK_DECISIONS],
    };
  });
  return { total: groups.length, items };
}

/**
 * A curator's decision on a held-back name, for each of its rows (or those given) they may curate: a
 * correction makes each row the tie it names (citing the list's row and the curator) and, for a name no
 * place bears, teaches the resolver the name where the curator keeps the place's reference data; a
 * dismissal closes the rows. Decisions on one name queue behind one another, so two curators deciding it
 * at once see each other's rows decided.
 */
export async function decideHeldBack(
  db: Database,
  principal: Principal,
  input: HeldBackDecision,
): Promise<{ rows: number; partnershipIds: string[]; aliasAdded: boolean }> {
  const scopes = curatedScopes(principal);
  const placeId = input.decision === 'correct' ? input.placeId : undefined;
  if (input.decision === 'correct' && !placeId)
    throw new WriteRejected(422, 'placeId: a correction names the place the name means', [
      { field: 'placeId', reason: 'is required with decision correct' },
    ]);
  const within = scopes ? new Set(await placesWithin(db, scopes)) : null;
  const inJurisdiction = (id: string) => !within || within.has(id);

  return db.transaction(actorOf(principal), async (tx) => {
    await lockRecord(tx, `held-back:${input.name}`);
    const named = await store.heldBackRows(tx, input.name);
    const asked = named.find((r) => r.country === input.country);
    const all = asked ? named.filter((r) => nameKey(r) === nameKey(asked)) : [];
    if (!all.length)
      throw new WriteRejected(404, `no open question about the name ${input.name} (${input.country})`);
    const rowKey = (r: { sourceId: string; locator: string }) => `${r.sourceId}\u0000${r.locator}`;
    const open = new Set(all.map(rowKey));
    const notOpen = (input.rows ?? []).filter((r) => !open.has(rowKey(r)));
    if (notOpen.length)
      throw new WriteRejected(
        422,
        `rows: ${notOpen.map((r) => r.locator).join(', ')} is no open row of the name ${input.name}`,
        notOpen.map((r) => ({
          field: 'rows',
          reason: `${r.sourceId} ${r.locator} is no open row of this name`,
        })),
      );
    const chosenRows = new Set((input.rows ?? []).map(rowKey));
    const rows = input.rows ? all.filter((r) => chosenRows.has(rowKey(r))) : all;

    const [place] = placeId ? await store.candidatePlaces(tx, [placeId]) : [];
    if (placeId && !place)
      throw new WriteRejected(422, `placeId: no place with id ${placeId}`, [
        { field: 'placeId', reason: `no place with id ${placeId}` },
      ]);
    // A list's country may be wrong or read wrongly (its "Congo" is Kinshasa's, Brazzaville lies in the
    // other): a place elsewhere is taken, with a note saying why.
    const countryCode = all[0].countryCode;
    if (place && countryCode && place.countryCode !== countryCode && !input.note)
      throw new WriteRejected(
        422,
        `note: ${place.id} lies in ${place.countryCode}, not in ${input.country} as the list says; a note says why`,
        [{ field: 'note', reason: `is required for a place outside ${countryCode}` }],
      );

    // A row is the curator's as the queue shows it: a correction's tie has every Chinese side in their
    // jurisdictions (as a new tie must); a dismissed row has its placed side or a candidate there.
    const mine = rows.filter((r) =>
      place
        ? [
            { id: r.partner.id, countryCode: r.partner.countryCode },
            { id: place.id, countryCode: place.countryCode },
          ]
            .filter((p) => p.countryCode === 'CN')
            .every((p) => inJurisdiction(p.id)) &&
          (within === null || [r.partner.id, place.id].some(inJurisdiction))
        : inJurisdiction(r.partner.id) || r.candidates.some(inJurisdiction),
    );
    if (!mine.length)
      throw new WriteRejected(
        403,
        `${principal.login} may not curate the name ${input.name} (${input.country}) as asked: its rows or the place lie outside their jurisdictions`,
        [],
        PROBLEM_TYPES.outsideJurisdiction,
      );
    if (place && mine.some((r) => r.partner.id === place.id))
      throw new WriteRejected(422, `placeId: ${place.id} is the other side of the row`, [
        { field: 'placeId', reason: 'same place as the side placed' },
      ]);

    // Taught only what holds for every list: a name no other place bears, of a place in the list's
    // country, all of whose rows mean it, by a curator who keeps that place's reference data.
    const aliasAdded =
      !!place &&
      mine.length === all.length &&
      all.every((r) => r.status === 'unresolved') &&
      (!countryCode || place.countryCode === countryCode) &&
      allows(principal.grants, 'reference.write', await placeScope(tx, [place.id])) &&
      !(await store.heldBackMeantElsewhere(tx, input.name, countryCode, place.id));
    const day = new Date().toISOString().slice(0, 10);
    const partnershipIds = place
      ? await store.tieHeldBackRows(
          tx,
          mine.map((r) => ({
            placeId: place.id,
            partnerId: r.partner.id,
            sourceId: r.sourceId,
            locator: r.locator,
          })),
          {
            source: { title: `Curator ${principal.login}`, kind: 'user' },
            locator: `stewardship: heldBack, ${day}${input.note ? ` (${input.note.slice(0, 200)})` : ''}`,
          },
          aliasAdded ? { name: input.name, placeId: place.id } : null,
        )
      : [];
    for (const r of mine)
      await store.insertHeldBackDecision(tx, {
        sourceId: r.sourceId,
        locator: r.locator,
        name: r.name,
        country: r.country,
        partnerId: r.partner.id,
        decision: input.decision,
        placeId: place?.id ?? null,
        note: input.note ?? null,
        login: principal.login,
        userId: principal.userId,
        organisationId: principal.organisationId,
      });
    return { rows: mine.length, partnershipIds, aliasAdded };
  });
}
