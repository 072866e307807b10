/**
 * Everything derived from one version of the data (the newest change-log id), computed on first use and
 * shared by every request the server answers: any write makes a new version and so invalidates it.
 */
import type { Database } from '../store/database.ts';
import { dataVersion, loadDataset } from '../store/analysis-dataset.ts';
import type { Dataset } from '../domain/dataset.ts';
import {
  analyseNetworkInWorker,
  type NetworkAnalysis,
  type NetworkGraph,
} from '../analysis/network/index.ts';
import { nextTurn } from '../domain/turns.ts';
import { partnershipGraph } from '../analysis/partnership-graph.ts';
import type { MatchingPool, NeedsOffers } from '../analysis/matching/index.ts';
import { loadMatchingPool, loadNeedsOffers } from './datasets.ts';

export class AnalysisCache {
  private version = -1;
  private dataset: Promise<Dataset> | null = null;
  private memo = new Map<string, unknown>();

  constructor(private readonly db: Database) {}

  private async current(): Promise<void> {
    const version = await dataVersion(this.db);
    if (version !== this.version || !this.dataset) {
      this.version = version;
      this.memo = new Map();
      this.dataset = loadDataset(this.db);
      this.dataset.catch(() => {
        this.dataset = null;
      });
    }
  }

  async data(): Promise<Dataset> {
    await this.current();
    return this.dataset!;
  }

  /** The value of `compute` for `key` in the current data version. */
  async get<T>(key: string, compute: (dataset: Dataset) => T | Promise<T>): Promise<T> {
    const dataset = await this.data();
    if (!this.memo.has(key)) {
      const value = Promise.resolve(compute(dataset));
      this.memo.set(key, value);
      value.catch(() => this.memo.delete(key));
    }
    return this.memo.get(key) as Promise<T>;
  }

  /** Metrics of the whole partnership network, the most expensive analysis (seconds on a large graph). */
  network(): Promise<NetworkAnalysis> {
    return this.get('network', async () => {
      const graph = await this.graph();
      // Handing the graph to a worker copies it: not in the turn that built it.
      await nextTurn();
      return analyseNetworkInWorker(graph, { seed: 1 });
    });
  }

  /** The partnership network as a graph (tens of milliseconds to build: built once per version). */
  graph(): Promise<NetworkGraph> {
    return this.get('graph', (dataset) => partnershipGraph(dataset));
  }

  /** The candidate pool of partner matching (about 160k places on the full gazetteer). */
  matchingPool(): Promise<MatchingPool> {
    return this.get('matching:pool', async (dataset) => {
      const graph = await this.graph();
      await nextTurn();
      return loadMatchingPool(this.db, dataset, graph);
    });
  }

  /** Declared needs and offers by place id. */
  needsOffers(): Promise<Map<string, NeedsOffers>> {
    return this.get('matching:needs-offers', () => loadNeedsOffers(this.db));
  }

  private warmTimer: NodeJS.Timeout | null = null;

  /**
   * Computes now, in the background, what the first visitor after a start or a write would otherwise
   * wait for: the data set, the network metrics and the matching pool. Failures are left for the
   * request that asks again.
   */
  async warm(): Promise<void> {
    await Promise.all([this.network(), this.matchingPool(), this.needsOffers()]).catch(() => undefined);
  }

  /** warm() once writes have paused for `delayMs`, so an import's many writes make one warm-up. */
  warmSoon(delayMs = 2000): void {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => {
      this.warmTimer = null;
      void this.warm();
    }, delayMs);
    this.warmTimer.unref();
  }

  /** Forces a reload on the next request (tests, and writes made outside the change log). */
  invalidate(): void {
    this.version = -1;
  }
}
