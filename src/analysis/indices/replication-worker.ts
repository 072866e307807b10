/** Worker thread running slices of replications with the shared kernel; results are bit-identical to in-thread runs. */
import { parentPort, workerData } from 'node:worker_threads';
import { runReplicationSlice, type ReplicationModel, type ReplicationPlan } from './replication-kernel.ts';
import { lowerThreadPriority } from '../../domain/workers.ts';

lowerThreadPriority();

const { model, plan } = workerData as { model: ReplicationModel; plan: ReplicationPlan };

parentPort!.on('message', (task: { start: number; end: number }) => {
  const len = (task.end - task.start) * model.nUnits;
  const scores = new Float64Array(len);
  const ranks = new Float64Array(len);
  runReplicationSlice(model, plan, task.start, task.end, scores, ranks);
  parentPort!.postMessage({ start: task.start, end: task.end, scores, ranks }, [scores.buffer, ranks.buffer]);
});
parentPort!.postMessage({ ready: true });
