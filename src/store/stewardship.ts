/** The stewardship queue and curators' decisions in the database. */
import { placesWithin } from './place-tree.ts';
import { visibleTo, type PlaceReadScope } from './visibility.ts';
import type { Queryable } from './database.ts';
import { applyBatch, type PartnershipClaimRow } from './batch.ts';
import { resolveSources } from './writes.ts';
import { orderPair, partnershipId } from '../domain/ids.ts';
import type { SourceRef } from '../domain/registry.ts';
import type { PlaceKind } from '../domain/geo.ts';
import type {
  HeldBackRow,
  StewardshipDecisionKind,
  StewardshipItem,
  StewardshipQuestion,
} from '../domain/stewardship.ts';

const PLACE_JSON = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'nameEn', ${alias}.name_en, 'nameZh', ${alias}.name_zh, 'countryCode', ${alias}.country_code)`;

/** The fields whose sources may disagree in a way a curator settles. */
const CONFLICT_FIELDS = `('signed', 'type', 'status')`;

const CONDITION: Record<StewardshipQuestion, string> = {
  undated: `t.signed_on IS NULL`,
  untyped: `t.type = 'unknown'`,
  conflicting: `EXISTS (SELECT 1 FROM claims c WHERE c.record_type = 'partnership' AND c.record_id = t.id
     AND c.field IN ${CONFLICT_FIELDS} GROUP BY c.field HAVING count(DISTINCT c.value) > 1)`,
  namesake: `EXISTS (SELECT 1 FROM namesakes n WHERE n.id = t.id)`,
  // The distance is worked out from the list's coordinates in the service: here, every tie the lists cite.
  distant: `EXISTS (SELECT 1 FROM record_sources rs WHERE rs.record_type = 'partnership' AND rs.record_id = t.id
     AND rs.source_id LIKE 'src:wikipedia-twins-%')`,
};

/**
 * SQL (a CTE): each tie whose foreign partner another tie gives to a Chinese place of the same English
 * name, with that other tie and place (the first by id). Ties a curator withdrew hold no partner, and the
 * other tie must be one the curator may read (`visibleOther` over `o`).
 */
const namesakes = (visibleOther: string) => `china_sides AS (
    SELECT t.id, c.id AS china, lower(c.name_en) AS name, x.id AS partner
    FROM partnerships t
    JOIN places c ON c.id IN (t.place_a, t.place_b) AND c.country_code = 'CN'
    JOIN places x ON x.id IN (t.place_a, t.place_b) AND x.id <> c.id
    WHERE NOT EXISTS (SELECT 1 FROM stewardship_decisions d WHERE d.partnership_id = t.id AND d.decision = 'withdraw')
  ), namesakes AS (
    SELECT DISTINCT ON (s.id) s.id, s.partner, other.id AS other_id, other.china AS other_place
    FROM china_sides s
    JOIN china_sides other ON other.partner = s.partner AND other.name = s.name AND other.china <> s.china
    JOIN partnerships o ON o.id = other.id
    WHERE ${visibleOther}
    ORDER BY s.id, other.id
  )`;

/**
 * The ties with a Chinese side in the jurisdictions `scopes` (and the places under them), or every tie
 * with a Chinese side (`scopes` null), that `question` asks about and no curator decided, among those the
 * reader may read (a national tie is not in a city's queue): SQL over `t` with its parameters. A tie a
 * curator withdrew as attached to the wrong place raises no more questions.
 */
async function openQuestions(
  db: Queryable,
  scopes: string[] | null,
  question: StewardshipQuestion,
  readable: PlaceReadScope,
) {
  const params: unknown[] = [question];
  const param = (value: unknown) => `$${params.push(value)}`;
  let within: string;
  if (scopes) {
    const places = param(await placesWithin(db, scopes));
    within = `WITH ties AS (
        SELECT t.id FROM partnerships t WHERE t.place_a = ANY(${places}::text[])
        UNION SELECT t.id FROM partnerships t WHERE t.place_b = ANY(${places}::text[])
      )`;
  } else {
    within = `WITH ties AS (
        SELECT t.id FROM partnerships t JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b
        WHERE a.country_code = 'CN' OR b.country_code = 'CN'
      )`;
  }
  if (question === 'namesake') within += `, ${namesakes(visibleTo('partnerships', 'o', readable, param))}`;
  const where = `${CONDITION[question]} AND ${visibleTo('partnerships', 't', readable, param)}
      AND NOT EXISTS (SELECT 1 FROM stewardship_decisions d WHERE d.partnership_id = t.id
                        AND (d.question = $1 OR d.decision = 'withdraw'))`;
  return { params, within, where };
}

const ITEM_COLUMNS = `t.id AS "partnershipId", ${PLACE_JSON('a')} AS "placeA", ${PLACE_JSON('b')} AS "placeB",
       t.type, t.signed_on AS "signedOn", t.status`;

/** Open questions of one kind, a page of them, with what each question shows. */
export async function stewardshipQueue(
  db: Queryable,
  scopes: string[] | null,
  question: StewardshipQuestion,
  page: { limit: number; offset: number },
  readable: PlaceReadScope,
): Promise<{ total: number; items: Omit<StewardshipItem, 'decisions'>[] }> {
  const { params, within, where } = await openQuestions(db, scopes, question, readable);
  const [{ total }] = await db.query<{ total: number }>(
    `${within} SELECT count(*)::int AS total FROM partnerships t JOIN ties USING (id) WHERE ${where}`,
    params,
  );
  const items = await db.query<Omit<StewardshipItem, 'decisions'>>(
    `${within} SELECT $1::text AS question, ${ITEM_COLUMNS},
       CASE WHEN $1 = 'conflicting' THEN (
         SELECT json_build_object('field', f.field, 'values', json_agg(json_build_object('sourceId', c.source_id,
                  'sourceTitle', s.title, 'value', c.value, 'chosen', c.chosen) ORDER BY c.chosen DESC, c.source_id))
         FROM (SELECT c.field FROM claims c WHERE c.record_type = 'partnership' AND c.record_id = t.id
                 AND c.field IN ${CONFLICT_FIELDS} GROUP BY c.field HAVING count(DISTINCT c.value) > 1
               ORDER BY c.field LIMIT 1) f
         JOIN claims c ON c.record_type = 'partnership' AND c.record_id = t.id AND c.field = f.field
         JOIN sources s ON s.id = c.source_id
         GROUP BY f.field) END AS conflict,
       ${
         question === 'namesake'
           ? `(SELECT json_build_object('partnershipId', n.other_id, 'place', ${PLACE_JSON('np')})
                FROM namesakes n JOIN places np ON np.id = n.other_place WHERE n.id = t.id)`
           : 'NULL::json'
       } AS namesake, NULL::json AS distant
     FROM partnerships t JOIN ties USING (id)
     JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b
     WHERE ${where}
     ORDER BY ${question === 'namesake' ? '(SELECT n.partner FROM namesakes n WHERE n.id = t.id), ' : ''}t.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  return { total, items };
}

/** A tie a twin-city list cites, with its places' coordinates and the rows of the lists that give it. */
export interface ListedTie extends Omit<
  StewardshipItem,
  'question' | 'conflict' | 'namesake' | 'distant' | 'decisions'
> {
  coordinates: Record<'a' | 'b', { kind: PlaceKind; lat: number | null; lng: number | null }>;
  locators: string[];
}

/** Every open `distant` question's tie: the ties the twin-city lists cite, for the distance to be worked out. */
export async function listedTies(
  db: Queryable,
  scopes: string[] | null,
  readable: PlaceReadScope,
): Promise<ListedTie[]> {
  const { params, within, where } = await openQuestions(db, scopes, 'distant', readable);
  return db.query<ListedTie>(
    `${within} SELECT ${ITEM_COLUMNS},
       json_build_object('a', json_build_object('kind', a.kind, 'lat', a.lat, 'lng', a.lng),
                         'b', json_build_object('kind', b.kind, 'lat', b.lat, 'lng', b.lng)) AS coordinates,
       ARRAY(SELECT rs.locator FROM record_sources rs WHERE rs.record_type = 'partnership' AND rs.record_id = t.id
               AND rs.source_id LIKE 'src:wikipedia-twins-%' ORDER BY rs.locator) AS locators
     FROM partnerships t JOIN ties USING (id)
     JOIN places a ON a.id = t.place_a JOIN places b ON b.id = t.place_b
     WHERE ${where}
     ORDER BY t.id`,
    params,
  );
}

/** An open row a list held back: the name it could not place, and the side it placed (`partner`). */
export interface HeldBackRowOpen extends Omit<HeldBackRow, 'partnerId'> {
  partner: { id: string; nameEn: string; nameZh: string | null; countryCode: string };
}

/**
 * The rows held back by the latest import of each twin-city list file that no curator decided, with a
 * Chinese side (the place placed, or the country of the name held back); those of one name when given.
 */
export async function heldBackRows(db: Queryable, name?: string): Promise<HeldBackRowOpen[]> {
  return db.query<HeldBackRowOpen>(
    `WITH latest AS (
       SELECT DISTINCT ON (file_name) report->'heldBack' AS rows, finished_at, id FROM imports
       WHERE kind = 'twin-cities' AND jsonb_typeof(report->'heldBack') = 'array'
       ORDER BY file_name, finished_at DESC, id DESC
     ), held AS (
       -- A row two files' reports hold (one list imported under two names): the latest report's.
       SELECT DISTINCT ON (r."sourceId", r.locator, r.name, r."partnerId") r.*
       FROM latest, jsonb_to_recordset(latest.rows) AS r("sourceId" text, locator text, name text,
         country text, "countryCode" text, status text, reason text, candidates jsonb, "partnerId" text)
       ORDER BY r."sourceId", r.locator, r.name, r."partnerId", latest.finished_at DESC, latest.id DESC
     )
     SELECT h."sourceId", h.locator, h.name, h.country, h."countryCode", h.status, h.reason,
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(h.candidates, '[]'))) AS candidates,
       ${PLACE_JSON('p')} AS partner
     FROM held h JOIN places p ON p.id = h."partnerId"
     WHERE (p.country_code = 'CN' OR h."countryCode" = 'CN')
       AND ($1::text IS NULL OR h.name = $1)
       AND NOT EXISTS (SELECT 1 FROM stewardship_decisions d WHERE d.question = 'heldBack'
                         AND d.source_id = h."sourceId" AND d.held_name = h.name
                         AND d.held_country = h.country AND d.partner_id = h."partnerId")
     ORDER BY h.name, h.country, h."sourceId", h.locator`,
    [name ?? null],
  );
}

/** Places by id as a held-back name's candidates show them: kind and parent tell namesakes apart. */
export async function candidatePlaces(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.query<{
    id: string;
    nameEn: string;
    nameZh: string | null;
    countryCode: string;
    kind: string;
    parent: { nameEn: string; nameZh: string | null } | null;
    lat: number | null;
    lng: number | null;
  }>(
    `SELECT p.id, p.name_en AS "nameEn", p.name_zh AS "nameZh", p.country_code AS "countryCode", p.kind, p.lat, p.lng,
       CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('nameEn', u.name_en, 'nameZh', u.name_zh) END AS parent
     FROM places p LEFT JOIN places u ON u.id = p.parent_id WHERE p.id = ANY($1::text[])`,
    [ids],
  );
}

/**
 * Makes each held-back row the tie it names, now that a curator said which place its name means: a claim
 * citing the row of its list and one citing the curator; and, for a name no place bears, teaches the
 * resolver the name (with the curator as source) so the next import of any list places it too.
 */
export async function tieHeldBackRows(
  tx: Queryable,
  rows: readonly { placeId: string; partnerId: string; sourceId: string; locator: string }[],
  curator: SourceRef,
  alias: { name: string; placeId: string } | null,
): Promise<string[]> {
  const { sources, links } = await resolveSources(tx, [curator]);
  const partnerships: PartnershipClaimRow[] = rows.flatMap((r) => {
    const [placeA, placeB] = orderPair(r.placeId, r.partnerId);
    return [
      { placeA, placeB, sourceId: r.sourceId, locator: r.locator },
      { placeA, placeB, ...links[0] },
    ];
  });
  const aliases = alias ? [{ alias: alias.name, placeId: alias.placeId, sourceId: links[0].sourceId }] : [];
  await applyBatch(tx, { sources, partnerships, aliases });
  return [...new Set(rows.map((r) => partnershipId(r.placeId, r.partnerId)))];
}

/** Whether a curator already said a held-back name (in this country) means another place than `placeId`. */
export async function heldBackMeantElsewhere(
  db: Queryable,
  name: string,
  countryCode: string | null,
  placeId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM stewardship_decisions d JOIN places p ON p.id = d.place_id
     WHERE d.question = 'heldBack' AND d.decision = 'correct' AND d.held_name = $1 AND d.place_id <> $3
       AND ($2::text IS NULL OR p.country_code = $2) LIMIT 1`,
    [name, countryCode, placeId],
  );
  return rows.length > 0;
}

/** A curator's decision on a held-back row (a correction names the place meant). */
export async function insertHeldBackDecision(
  tx: Queryable,
  row: {
    sourceId: string;
    locator: string;
    name: string;
    country: string;
    partnerId: string;
    decision: 'correct' | 'dismiss';
    placeId: string | null;
    note: string | null;
    login: string;
    userId: string | null;
    organisationId: string | null;
  },
) {
  await tx.query(
    `INSERT INTO stewardship_decisions (question, source_id, locator, held_name, held_country, partner_id, place_id,
       decision, note, login, user_id, organisation_id)
     VALUES ('heldBack', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      row.sourceId,
      row.locator,
      row.name,
      row.country,
      row.partnerId,
      row.placeId,
      row.decision,
      row.note,
      row.login,
      row.userId,
      row.organisationId,
    ],
  );
}

export async function insertDecision(
  tx: Queryable,
  row: {
    question: StewardshipQuestion;
    partnershipId: string;
    decision: StewardshipDecisionKind;
    note: string | null;
    login: string;
    userId: string | null;
    organisationId: string | null;
  },
) {
  await tx.query(
    `INSERT INTO stewardship_decisions (question, partnership_id, decision, note, login, user_id, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.question, row.partnershipId, row.decision, row.note, row.login, row.userId, row.organisationId],
  );
}

/** The field and shown value of a tie's first conflict, for an acceptance. */
export async function conflictOf(db: Queryable, partnershipId: string) {
  const [row] = await db.query<{ field: string; value: unknown }>(
    `SELECT c.field, (SELECT value FROM claims k WHERE k.record_type = 'partnership' AND k.record_id = $1
                        AND k.field = c.field AND k.chosen LIMIT 1) AS value
     FROM claims c WHERE c.record_type = 'partnership' AND c.record_id = $1 AND c.field IN ${CONFLICT_FIELDS}
     GROUP BY c.field HAVING count(DISTINCT c.value) > 1 ORDER BY c.field LIMIT 1`,
    [partnershipId],
  );
  return row ?? null;
}

/** Whether another tie gives the partner of `partnershipId` to a Chinese place of the same name. */
export async function hasNamesake(db: Queryable, partnershipId: string): Promise<boolean> {
  const rows = await db.query(`WITH ${namesakes('true')} SELECT 1 FROM namesakes WHERE id = $1`, [
    partnershipId,
  ]);
  return rows.length > 0;
}

/**
 * A public tie becomes internal to its jurisdiction (and those above it): withdrawn from public lists,
 * maps and analysis, kept with its history. A tie already internal keeps its visibility.
 */
export async function withdrawFromPublic(tx: Queryable, partnershipId: string): Promise<void> {
  await tx.query(
    `UPDATE partnerships SET visibility = 'jurisdiction' WHERE id = $1 AND visibility = 'public'`,
    [partnershipId],
  );
}
