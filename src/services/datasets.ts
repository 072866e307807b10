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
import { communitiesInWorker, type NetworkGraph } from '../analysis/network/index.ts';
import { partnershipGraph } from '../analysis/partnership-graph.ts';
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

/**
 * The pool, built in turns of the event loop; the network's communities are found meanwhile in a worker
 * thread (Louvain on the whole network is a few hundred milliseconds in one piece).
 */
export async function loadMatchingPool(
  db: Queryable,
  dataset: Dataset,
  graph: NetworkGraph = partnershipGraph(dataset),
): Promise<MatchingPool> {
  const [candidates, communities] = await Promise.all([
    loadMatchingCandidates(db),
    communitiesInWorker(graph, 1, 1),
  ]);
  return prepareMatchingPoolInTurns(dataset, candidates, {
    coast: worldCoastIndex(),
    coastOverrides: dataset.coastOverrides,
    communities,
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
