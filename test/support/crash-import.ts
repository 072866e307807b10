/**
 * Child process of the crash-safety test: opens a database (a PGlite data folder or a PostgreSQL URL)
 * and runs one large import through runImport. It prints BEGIN right before the import's transaction,
 * WROTE after the first statement inside it has run, and DONE if the import finishes. The test sends
 * SIGKILL after WROTE.
 *
 *   node --import tsx test/support/crash-import.ts <pglite-dir | postgres://…> <places>
 */
import { openDatabase, type Database, type Queryable } from '../../src/store/database.ts';
import { runImport } from '../../src/ingest/run.ts';
import type { PartnershipClaimRow, UserPlaceRow } from '../../src/store/batch.ts';

const [target, count = '20000'] = process.argv.slice(2);
const n = Number(count);
const db = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });

/** Announces the first statement that runs inside the import's transaction. */
const announcing: Database = {
  engine: db.engine,
  query: (sql, params) => db.query(sql, params),
  exec: (sql) => db.exec(sql),
  close: () => db.close(),
  transaction: (actor, fn) =>
    db.transaction(actor, (tx) => {
      let announced = false;
      const wrapped: Queryable = {
        exec: (sql) => tx.exec(sql),
        query: async (sql, params) => {
          const rows = await tx.query(sql, params);
          if (!announced) {
            announced = true;
            process.stdout.write('WROTE\n');
          }
          return rows as never;
        },
      };
      return fn(wrapped);
    }),
};

const places: UserPlaceRow[] = [];
const partnerships: PartnershipClaimRow[] = [];
for (let i = 0; i < n; i++) {
  const id = `u:crash-${String(i).padStart(6, '0')}`;
  places.push({
    id,
    kind: 'city',
    nameEn: `Crash Town ${i}`,
    countryCode: 'VN',
    searchKeys: [`crashtown${i}`],
  });
  partnerships.push({ placeA: 'gn:1796236', placeB: id, sourceId: 'src:crash', type: 'sister_city' });
  if (i > 0)
    partnerships.push({
      placeA: places[i - 1].id,
      placeB: id,
      sourceId: 'src:crash',
      signed: { date: '2001-01-01', precision: 'year' },
    });
}

await runImport(announcing, {
  kind: 'crash-test',
  fileName: 'synthetic.csv',
  content: `synthetic ${n}`,
  actor: 'crash-test',
  build: () => {
    process.stdout.write('BEGIN\n');
    return {
      sources: [{ id: 'src:crash', title: 'Synthetic crash-test data', kind: 'dataset' }],
      places,
      partnerships,
    };
  },
});
process.stdout.write('DONE\n');
await db.close();
