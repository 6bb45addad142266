// quick_check of a backup's snapshot on a thread of its own: SQLite reads the whole copy through (about a second for
// the 231 MB benchmark database) while the backup's thread compresses that same copy, so the two take two cores at
// once instead of one after the other. The thread is a few lines evaluated on the spot and needs nothing but
// better-sqlite3, resolved from here: the very module the app's bundle loads, with no entry file of its own to ship.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { problemsIn, quickCheck, type QuickCheckRows } from './databaseFacts';

const CHECK_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.sqlite);
const db = new SQLite(workerData.file, { readonly: true, fileMustExist: true });
try {
  parentPort.postMessage({ rows: db.pragma('quick_check') });
} catch (error) {
  // quick_check itself fails on a file too damaged to walk: that is a finding, not a failure of the check.
  parentPort.postMessage({ failed: String((error && error.message) || error) });
} finally {
  db.close();
}`;

const betterSqlite3 = () => createRequire(import.meta.url).resolve('better-sqlite3');

export interface QuickCheckRun {
  /** What quick_check found wrong, or null when it says "ok". */
  result: Promise<string | null>;
  /** Ends the thread if it is still checking (when the backup failed in another way). */
  stop(): Promise<void>;
}

export function quickCheckInThread(file: string): QuickCheckRun {
  let worker: Worker | null = null;
  let stopped = false;
  const inThread = new Promise<string | null>((resolve, reject) => {
    worker = new Worker(CHECK_THREAD, { eval: true, workerData: { sqlite: betterSqlite3(), file } });
    worker.once('message', (found: { rows?: QuickCheckRows; failed?: string }) =>
      resolve(found.rows ? problemsIn(found.rows) : (found.failed ?? 'quick_check gave no answer')),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check's thread stopped (exit code ${code})`)));
  });
  // No thread to be had (a runtime that refuses one, or it died): check here after all — slower, never skipped.
  const result = inThread.catch((error: unknown) => {
    if (stopped) throw error;
    return quickCheckHere(file);
  });
  result.catch(() => undefined); // awaited by the backup when it gets that far; this keeps an early failure quiet
  return {
    result,
    stop: async () => {
      stopped = true;
      await worker?.terminate();
    },
  };
}

function quickCheckHere(file: string): string | null {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return quickCheck(sqlite);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    sqlite.close();
  }
}
