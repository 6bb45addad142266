// Test setup shared by unit, UI and end-to-end tests: a real SQLite file in a fresh temp folder, opened and
// migrated the way the app does it, with a frozen clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src-main/api/dispatch';
import { openApp, type OpenedApp } from '../../src-main/openApp';
import type { Clock, EventSink } from '../../src-main/ports';
import type { MethodName, MethodInput, MethodOutput } from '@shared/api/contract';

export const FROZEN_NOW = new Date('2026-11-22T10:00:00.000Z');

export function frozenClock(at: Date = FROZEN_NOW): Clock & { set(d: Date): void } {
  let now = at;
  return { now: () => now, set: (d: Date) => (now = d) };
}

export interface TestApp extends OpenedApp {
  dir: string;
  file: string;
  events: Array<{ event: string; payload: unknown }>;
  /** Calls a contract method through the real dispatcher and returns its value (throws on an error envelope). */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'rapport-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function createTestApp(options: { clock?: Clock; file?: string } = {}): Promise<TestApp> {
  const dir = tempDir();
  const file = options.file ?? join(dir, 'rapport.db');
  const events: TestApp['events'] = [];
  const sink: EventSink = { emit: (event, payload) => events.push({ event, payload }) };
  const app = await openApp(file, { clock: options.clock ?? frozenClock(), events: sink });
  return {
    ...app,
    dir,
    file,
    events,
    async call(method, input) {
      const result = await dispatch(app.ctx, method, input);
      if (!result.ok)
        throw Object.assign(new Error(result.error.message), { code: result.error.code, issues: result.error.issues });
      return result.value as never;
    },
    async cleanup() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
