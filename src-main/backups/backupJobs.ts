// The jobs the backup worker thread runs, by name: what the main thread sends and what it gets back.
import { createBackupFile, type BackupJob, type BackupJobResult } from './createBackupFile';
import { prepareRestore, swapIn, type PrepareRestoreJob, type PreparedRestore, type SwapJob } from './restoreJobs';

export interface BackupJobs {
  backup: { job: BackupJob; result: BackupJobResult };
  prepareRestore: { job: PrepareRestoreJob; result: PreparedRestore };
  swapIn: { job: SwapJob; result: { counts: PreparedRestore['counts'] } };
}
export type BackupJobKind = keyof BackupJobs;

const JOBS: { [K in BackupJobKind]: (job: BackupJobs[K]['job']) => Promise<BackupJobs[K]['result']> } = {
  backup: createBackupFile,
  prepareRestore,
  swapIn,
};

export function runBackupJob<K extends BackupJobKind>(
  kind: K,
  job: BackupJobs[K]['job'],
): Promise<BackupJobs[K]['result']> {
  return JOBS[kind](job);
}
