// Runs backup jobs off the main thread, so the window never freezes while a 100 MB database is copied, checked,
// compressed and encrypted. One worker thread, started on the first job and ended after a quiet while; it keeps
// the process alive only while a job runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RapportError, type ApiError } from '@shared/api/result';
import type { BackupJobKind, BackupJobs } from './backupJobs';

export interface BackupRunner {
  run<K extends BackupJobKind>(kind: K, job: BackupJobs[K]['job']): Promise<BackupJobs[K]['result']>;
}

/** The worker from source, beside this file: for tests and the web host, which run the TypeScript itself. */
export const SOURCE_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'backupWorker.ts');
const IDLE_MS = 15_000;

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiError };

/**
 * `script` is the built worker (the app and the CLI pass the one their bundle emits) or, from source, the
 * TypeScript one — loaded through tsx, a development dependency that only source runs have.
 */
export function workerBackupRunner(script: string = SOURCE_WORKER): BackupRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  const failAll = (from: Worker, message: string) => {
    if (worker === from) worker = null;
    for (const job of pending.values()) job.reject(new RapportError('internal', message));
    pending.clear();
  };

  function start(): Worker {
    const started = script.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); })`,
          { eval: true },
        )
      : new Worker(script);
    started.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new RapportError(reply.error.code, reply.error.message, reply.error.issues));
      if (pending.size === 0) idle(started);
    });
    started.on('error', (error) => failAll(started, `The backup stopped: ${error.message}`));
    started.on('exit', (code) => failAll(started, `The backup stopped unexpectedly (exit code ${code}).`));
    return started;
  }

  function idle(current: Worker) {
    current.unref();
    idleTimer = setTimeout(() => {
      if (worker === current && pending.size === 0) {
        worker = null;
        void current.terminate();
      }
    }, IDLE_MS);
    idleTimer.unref();
  }

  return {
    run(kind, job) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      worker ??= start();
      worker.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker!.postMessage({ id, kind, job });
      });
    },
  };
}

/** tsx's ESM API (its "import" export, as an ES module would resolve it), whose register() loads TypeScript. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}
