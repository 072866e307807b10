/**
 * The inputs of the analyses as the API and the command line load them: the Dataset on a current schema,
 * the partner-matching pool and the declared needs and offers.
 */
import type { Database, Queryable } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { loadDataset } from '../store/analysis-dataset.ts';
import { loadMatchingCandidates } from '../store/matching-candidates.ts';
import { allNeedsOffers } from '../store/needs-offers.ts';
import type { Dataset } from '../domain/dataset.ts';
import { worldCoastIndex } from '../analysis/layout/index.ts';
import {
  prepareMatchingPoolInTurns,
  type MatchingPool,
  type NeedsOffers,
} from '../analysis/matching/index.ts';

/** The Dataset, after bringing the schema up to date (a command may be the first to open the folder). */
export async function loadCurrentDataset(db: Database): Promise<Dataset> {
  await migrate(db);
  return loadDataset(db);
}

export async function loadMatchingPool(db: Queryable, dataset: Dataset): Promise<MatchingPool> {
  return prepareMatchingPoolInTurns(dataset, await loadMatchingCandidates(db), {
    coast: worldCoastIndex(),
    coastOverrides: dataset.coastOverrides,
  });
}

export async function loadNeedsOffers(db: Queryable): Promise<Map<string, NeedsOffers>> {
  const byPlace = new Map<string, NeedsOffers>();
  for (const row of await allNeedsOffers(db)) {
    const entry = byPlace.get(row.placeId) ?? { need: [], offer: [] };
    entry[row.direction].push(row.field);
    byPlace.set(row.placeId, entry);
  }
  return byPlace;
}
