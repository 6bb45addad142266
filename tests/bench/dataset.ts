// The benchmark database: 100,000 generated contacts (mixed English and Chinese) with companies and
// activities, written through the real services and cached between runs (delete .cache to regenerate).
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from '../../src-main/openApp';
import { generateSampleData } from '../../src-main/sample/sampleData';
import { loadSampleData } from '../../src-main/sample/sampleService';

export const BENCH_NOW = new Date('2026-11-22T10:00:00.000Z');
const GENERATOR_VERSION = 2;

export async function benchDatabase(contacts: number): Promise<string> {
  const dir = join(import.meta.dirname, '.cache');
  mkdirSync(dir, { recursive: true });
  const cached = join(dir, `contacts-${contacts}-v${GENERATOR_VERSION}.db`);
  if (!existsSync(cached)) {
    const building = `${cached}.building`;
    rmSync(building, { force: true });
    const t = Date.now();
    process.stdout.write(`Generating ${contacts.toLocaleString('en')} contacts (once; cached in ${dir})… `);
    const app = await openApp(building, { clock: { now: () => BENCH_NOW } });
    const data = generateSampleData({ contacts, seed: 42, now: BENCH_NOW, activitiesPerContact: 1 });
    await loadSampleData(app.ctx, data);
    app.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    app.handle.sqlite.exec('analyze');
    await app.close();
    renameSync(building, cached);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  // Each run works on a copy, so the cached file stays pristine.
  const copy = join(dir, `run-${process.pid}.db`);
  copyFileSync(cached, copy);
  return copy;
}
