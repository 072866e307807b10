/**
 * Loads the candidate pool of partner matching: every gazetteer city with a population and every
 * province or region, with only the columns the matching features read. About 130k rows on the full
 * gazetteer, so callers cache the result per data version (see AnalysisCache), and it is read in pages:
 * between them the embedded database answers other requests.
 */
import type { Queryable } from './database.ts';
import type { MatchingCandidate } from '../domain/matching.ts';
import { nextTurn } from '../domain/turns.ts';

const PAGE = 10_000;
const CITIES_PER_TURN = 20_000;

export async function loadMatchingCandidates(tx: Queryable): Promise<MatchingCandidate[]> {
  const all: MatchingCandidate[] = [];
  // Each row arrives with strings of its own: one copy of each kind, country and parent id for the whole
  // pool instead of one per row (about 390,000 strings fewer on the full gazetteer).
  const shared = new Map<string, string>();
  const one = <S extends string | null>(value: S): S => {
    if (value === null) return value;
    const known = shared.get(value);
    if (known !== undefined) return known as S;
    shared.set(value, value);
    return value;
  };
  for (let after = ''; ;) {
    const page = await tx.query<MatchingCandidate>(
      `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", kind, country_code AS "countryCode", parent_id AS "parentId",
         lat, lng, population, is_capital AS "isCapital", is_admin_seat AS "isAdminSeat", NULL::int AS "populationRank"
       FROM places
       WHERE ((kind = 'city' AND population IS NOT NULL) OR kind IN ('province', 'region')) AND id > $1
       ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    for (const row of page) {
      row.kind = one(row.kind);
      row.countryCode = one(row.countryCode);
      row.parentId = one(row.parentId);
      all.push(row);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  await rankByPopulation(all);
  return all;
}

/**
 * A city's rank by population in its country (1 the largest; equal populations share a rank), as
 * loadDataset's rank() gives it. Ranking 130k cities takes tens of milliseconds: done in turns of the
 * event loop, a few countries at a time.
 */
async function rankByPopulation(candidates: MatchingCandidate[]): Promise<void> {
  await nextTurn();
  const byCountry = new Map<string, MatchingCandidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'city' || c.population === null) continue;
    const list = byCountry.get(c.countryCode) ?? [];
    list.push(c);
    byCountry.set(c.countryCode, list);
  }
  let sinceTurn = 0;
  for (const cities of byCountry.values()) {
    if (sinceTurn > CITIES_PER_TURN) {
      await nextTurn();
      sinceTurn = 0;
    }
    sinceTurn += cities.length;
    cities.sort((a, b) => b.population! - a.population!);
    cities.forEach((c, i) => {
      c.populationRank =
        i > 0 && cities[i - 1].population === c.population ? cities[i - 1].populationRank : i + 1;
    });
  }
}
