/**
 * Loads the candidate pool of partner matching: every gazetteer city with a population and every
 * province or region, with only the columns the matching features read. One query; about 160k rows on
 * the full gazetteer, so callers cache the result per data version (see AnalysisCache).
 */
import type { Queryable } from './database.ts';
import type { MatchingCandidate } from '../domain/matching.ts';

export async function loadMatchingCandidates(tx: Queryable): Promise<MatchingCandidate[]> {
  return tx.query<MatchingCandidate>(
    `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", kind, country_code AS "countryCode", parent_id AS "parentId",
       lat, lng, population, is_capital AS "isCapital", is_admin_seat AS "isAdminSeat",
       CASE WHEN kind = 'city' AND population IS NOT NULL
         THEN (rank() OVER (PARTITION BY country_code, kind = 'city' AND population IS NOT NULL ORDER BY population DESC))::int
       END AS "populationRank"
     FROM places
     WHERE (kind = 'city' AND population IS NOT NULL) OR kind IN ('province', 'region')
     ORDER BY id`,
  );
}
