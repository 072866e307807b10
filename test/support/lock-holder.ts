/**
 * Child process of the data-lock test: tries to lock a data folder, prints GOT or REFUSED, and holds
 * what it got until its standard input closes, so that the test decides when every child lets go.
 *
 *   node --import tsx test/support/lock-holder.ts <data-dir>
 */
import { DatabaseInUse, lockDataDir } from '../../src/store/data-lock.ts';

const [dataDir] = process.argv.slice(2);
try {
  const lock = lockDataDir(dataDir, 'lock-holder');
  process.stdout.write('GOT\n');
  process.stdin.resume();
  process.stdin.on('end', () => lock.release());
} catch (error) {
  if (!(error instanceof DatabaseInUse)) throw error;
  process.stdout.write('REFUSED\n');
}
