// A window.rapport for jsdom UI tests backed by the REAL main-process services on a temp SQLite file, so a
// component under test goes through the same validation and SQL as in the app.
import { buildBridge, type RapportBridge } from '@shared/api/client';
import { METHOD_NAMES } from '@shared/api/names';
import { dispatch } from '../../src-main/api/dispatch';
import { createTestApp, type TestApp } from './testApp';

export async function createTestBridge(): Promise<{ bridge: RapportBridge; app: TestApp; close(): Promise<void> }> {
  const app = await createTestApp();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  app.ctx.events = {
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
  };
  const bridge = buildBridge(
    // A structured clone, as IPC would do: the component never shares objects with main.
    async (method, input) => structuredClone(await dispatch(app.ctx, method, structuredClone(input))),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    METHOD_NAMES,
  );
  return { bridge, app, close: () => app.cleanup() };
}
