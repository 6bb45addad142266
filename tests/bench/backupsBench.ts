// Backups of the benchmark database (100,000 contacts with activities and the search index): the whole backup —
// online-backup snapshot, counts, quick_check beside brotli (each block checked to decompress to the snapshot),
// AES-256-GCM, writing, reading back — in the built worker thread, beside a bare fs.copyFile of the same file in
// the same run. Also the process's peak memory above its resting size while one runs (the container is streamed:
// it must not hold the database in memory).
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { workerBackupRunner } from '../../src-main/backups/backupRunner';
import { makeBackup, restoreBackup, type BackupDeps } from '../../src-main/backups/backupsService';
import { noSecretStore } from '../../src-main/ports';
import { BENCH_NOW } from './dataset';
import { ms } from './stats';

const BUILT_WORKER = join(import.meta.dirname, '../../out/cli/backupWorker.mjs');
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runBackupsBench(dbFile: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-backups-'));
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const size = statSync(dbFile).size;
  const deps: BackupDeps = {
    dbFile,
    db: null,
    clock: { now: () => BENCH_NOW, zone: () => 'UTC' },
    appVersion: 'bench',
    runner: workerBackupRunner(BUILT_WORKER),
    secrets: noSecretStore,
  };
  console.log(`\nBackups of the benchmark database (${mb(size)}), median of ${RUNS}, in the built worker thread`);

  const copy = median(
    Array.from({ length: RUNS }, (_, i) => {
      const t = performance.now();
      copyFileSync(dbFile, join(dir, `copy-${i}.db`));
      return performance.now() - t;
    }),
  );

  // The worker is started once and kept between jobs: the first run pays for it, so it is run and not counted.
  await makeBackup(deps, { folder: join(dir, 'warm-up'), passphrase: null });
  const kinds = {
    compressed: { label: 'compressed (brotli), verified', compress: true, passphrase: null },
    uncompressed: { label: 'uncompressed, verified', compress: false, passphrase: null },
    encrypted: { label: 'compressed + AES-256-GCM, verified', compress: true, passphrase: 'correct horse battery' },
  };
  type Kind = keyof typeof kinds;
  const results = {} as Record<Kind, { ms: number; bytes: number; peakMb: number; file: string }>;
  for (const [name, kind] of Object.entries(kinds) as Array<[Kind, (typeof kinds)[Kind]]>) {
    const times: number[] = [];
    let bytes = 0;
    let peak = 0;
    let file = '';
    for (let i = 0; i < RUNS; i++) {
      global.gc?.();
      const resting = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - resting)), 20);
      const t = performance.now();
      const made = await makeBackup(deps, {
        folder: join(dir, `${kind.label}-${i}`),
        compress: kind.compress,
        passphrase: kind.passphrase,
      }).catch((error: unknown) => {
        clearInterval(sampler);
        throw error;
      });
      times.push(performance.now() - t);
      clearInterval(sampler);
      bytes = made.bytes;
      file = made.file;
    }
    results[name] = { ms: median(times), bytes, peakMb: peak / 1024 / 1024, file };
  }

  const restoreTarget = join(dir, 'restored.db');
  const t = performance.now();
  await restoreBackup({ ...deps, dbFile: restoreTarget }, { file: results.compressed.file, passphrase: null });
  const restore = performance.now() - t;

  console.log(`  ${'fs.copyFile (no consistency, no check)'.padEnd(36)} ${ms(copy).padStart(9)}`);
  for (const [name, r] of Object.entries(results) as Array<[Kind, (typeof results)[Kind]]>) {
    console.log(
      `  ${kinds[name].label.padEnd(36)} ${ms(r.ms).padStart(9)}  (×${(r.ms / copy).toFixed(1)} the copy)  ${mb(r.bytes).padStart(9)}  peak memory +${r.peakMb.toFixed(0)} MB`,
    );
  }
  console.log(`  restoring the compressed backup into a new file (decode, check, swap in): ${ms(restore)}`);
  rmSync(dir, { recursive: true, force: true });
  return { copy, ...results, restore };
}
