// The backup worker thread's entry (its own bundle: out/main/backupWorker.js, out/cli/backupWorker.mjs): runs the
// jobs the main thread sends, each answered by its id with the result or the error as data (a RapportError's code,
// message and issues survive the trip).
import { parentPort } from 'node:worker_threads';
import { RapportError } from '@shared/api/result';
import { runBackupJob, type BackupJobKind } from './backupJobs';

parentPort!.on('message', async ({ id, kind, job }: { id: number; kind: BackupJobKind; job: never }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: await runBackupJob(kind, job) });
  } catch (error) {
    parentPort!.postMessage({
      id,
      ok: false,
      error:
        error instanceof RapportError
          ? { code: error.code, message: error.message, issues: error.issues }
          : { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    });
  }
});
