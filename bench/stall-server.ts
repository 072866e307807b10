/**
 * The server of `amity serve`, started the same way (open the PGlite folder, load the bundled data,
 * one AnalysisCache, network metrics computed in the background after listening), but with the
 * per-client rate limits of the heavy routes and of logins turned off. `amity serve` has no switch for them, and a
 * flood from one loopback client would otherwise only measure the rate limiter: with it off, the 50
 * connections of bench/stall.ts stand for 50 clients and reach the HeavyWork limiter. Bench use only.
 *
 *   node --import tsx bench/stall-server.ts --data-dir DIR --port PORT [--users N]   (AMITY_ADMIN_TOKEN for writes)
 *
 * `--users N` makes sure users bench.user.1 … N exist (password BENCH_PASSWORD, editor over Shanghai)
 * for the logged-in load of bench/accounts.ts.
 *
 * Prints `Amity is serving http://127.0.0.1:PORT` once it listens, like `amity serve`; SIGTERM stops it.
 */
import { openDatabase } from '../src/store/database.ts';
import { bootstrap } from '../src/ingest/bootstrap.ts';
import { buildServer } from '../src/api/server.ts';
import { AnalysisCache } from '../src/services/analysis-cache.ts';
import { createUser } from '../src/services/accounts.ts';
import { loginRecord } from '../src/store/accounts.ts';
import { benchArgs } from './args.ts';

/** The password of the bench users (bench/accounts.ts signs in with it). */
const BENCH_PASSWORD = 'bench password long enough';

const args = benchArgs();
const dataDir = args.get('data-dir');
if (!dataDir) {
  console.error('usage: bench/stall-server.ts --data-dir DIR [--port PORT]');
  process.exit(2);
}

const db = await openDatabase({ dataDir, owner: 'bench/stall-server.ts (amity serve without rate limits)' });
await bootstrap(db);
const users = Number(args.get('users') ?? 0);
for (let i = 1; i <= users; i++) {
  if (await loginRecord(db, `bench.user.${i}`)) continue;
  await createUser(db, 'bench', { login: `bench.user.${i}`, name: `Bench ${i}`, password: BENCH_PASSWORD }, [
    { role: 'editor', jurisdictionId: 'gn:1796236' },
  ]);
}
const analysisCache = new AnalysisCache(db);
const app = await buildServer({
  db,
  adminToken: process.env.AMITY_ADMIN_TOKEN,
  analysisCache,
  warmAfterWrites: true,
  rateLimit: false,
  // The 50 clients of bench/accounts.ts all sign in from 127.0.0.1.
  loginRateLimit: { max: 1_000_000, timeWindow: '1 minute' },
});
// Loopback only: this server exists to be flooded by the benchmark on the same machine.
const address = await app.listen({ port: Number(args.get('port') ?? 0), host: '127.0.0.1' });
const shutdown = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
process.stdout.write(`Amity is serving ${address} (database: ${db.engine}; rate limits off)\n`);
void analysisCache.warm();
