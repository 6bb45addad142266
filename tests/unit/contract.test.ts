// The contract is complete on every side: each method has a schema, a handler and a preload entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '@shared/api/contract';
import { EVENT_NAMES, METHOD_NAMES, methodChannel } from '@shared/api/names';
import { handlers } from '../../src-main/api/handlers';
import { createTestApp, type TestApp } from '../support/testApp';

describe('contract', () => {
  it('lists the same methods in the contract, the name list and the handler map', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('preload exposes exactly one function per method, each bound to its own channel, and nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
    }));
    await import('../../src-main/preload/index');
    vi.doUnmock('electron');
    expect(Object.keys(exposed)).toEqual(['rapport']);
    const bridge = exposed.rapport as Record<string, Record<string, (i: unknown) => Promise<unknown>> | unknown>;
    const exposedMethods = Object.entries(bridge)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, actions]) => Object.keys(actions as object).map((a) => `${domain}.${a}`));
    expect(exposedMethods.sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) {
      const [domain, action] = name.split('.') as [string, string];
      await (bridge[domain] as Record<string, (i: unknown) => Promise<unknown>>)[action]!({ probe: name });
      expect(invoke).toHaveBeenLastCalledWith(methodChannel(name), { probe: name });
    }
    expect(typeof bridge.on).toBe('function');
    expect(() => (bridge.on as (e: string, l: () => void) => void)('not.an.event', () => undefined)).toThrow(
      /Unknown event/,
    );
    expect(EVENT_NAMES.length).toBeGreaterThan(0);
  });

  it('registers one IPC handler per method in the Electron adapter (checked in its source)', () => {
    const source = readFileSync(join(__dirname, '../../src-main/electron/ipc.ts'), 'utf8');
    expect(source).toMatch(/for \(const name of METHOD_NAMES\)/);
    expect(source).toMatch(/ipcMain\.handle\(methodChannel\(name\)/);
    // The renderer never gets a generic invoke: preload is the only file that touches ipcRenderer.
    const offenders = readdirSync(join(__dirname, '../../src-renderer'), { recursive: true })
      .map(String)
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .filter((f) =>
        /ipcRenderer|from ['"]electron['"]/.test(readFileSync(join(__dirname, '../../src-renderer', f), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

describe('dispatch', () => {
  let app: TestApp;
  beforeEach(async () => (app = await createTestApp()));
  afterEach(async () => app.cleanup());

  it('refuses an unknown method with a clear code', async () => {
    const { dispatch } = await import('../../src-main/api/dispatch');
    const r = await dispatch(app.ctx, 'contacts.dropTable', {});
    expect(r).toEqual({ ok: false, error: { code: 'unknown_method', message: 'No such method: contacts.dropTable' } });
  });

  it('answers bad input with invalid_input, the field paths, and changes nothing', async () => {
    const { dispatch } = await import('../../src-main/api/dispatch');
    const before = await app.call('app.info', {});
    const r = await dispatch(app.ctx, 'contacts.create', {
      contact: {
        givenName: 'Ann',
        familyName: '',
        fullName: '',
        title: '',
        companyId: null,
        phones: [{ label: '', value: 'call me maybe' }],
        emails: [{ label: '', value: 'ann@' }],
        addresses: [],
        birthday: '2024-02-30',
        notes: '',
        tags: [],
        lifecycle: 'lead',
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'contact.phones.0.value', message: 'validation.phone' },
        { path: 'contact.emails.0.value', message: 'validation.email' },
        { path: 'contact.birthday', message: 'validation.date' },
      ]),
    );
    expect(r.error.message).toContain('contact.emails.0.value: Not a valid email address');
    expect(await app.call('app.info', {})).toEqual(before);
  });

  it('validates every method: a wrong-typed input is refused for each one', async () => {
    const { dispatch } = await import('../../src-main/api/dispatch');
    for (const name of METHOD_NAMES) {
      const r = await dispatch(app.ctx, name, 'not an object');
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code, name).toBe('invalid_input');
    }
  });

  it('announces every successful write to all windows, and nothing for reads or failed writes', async () => {
    await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 1,
    });
    expect(app.events).toEqual([]);
    await expect(app.call('contacts.get', { id: 1 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(app.call('activities.delete', { id: 1 })).rejects.toMatchObject({ code: 'not_found' });
    expect(app.events).toEqual([]);
    await app.call('views.save', {
      entity: 'contact',
      name: 'All',
      filter: {},
      sort: { field: 'name', direction: 'asc' },
    });
    expect(app.events).toEqual([{ event: 'data.changed', payload: { entities: ['view'] } }]);
    // Every method that writes says what it changes.
    const writers = Object.entries(contract)
      .filter(([, m]) => m.changes.length > 0)
      .map(([name]) => name);
    expect(writers.sort()).toEqual(
      METHOD_NAMES.filter((n) =>
        /\.(create|update|delete|save|restore|empty|load|commit|undo|moveOccurrence|cancelOccurrence|setDone|importIcs|snooze|dismiss|move|setArchived|saveSheet|deleteSheet|importSheet|saveCalibration|runNow|setPassphrase|deleteOldCopy|refund|acceptSuggestion|ignoreSuggestion)$/.test(
          n,
        ),
      ).sort(),
    );
  });

  it('reports a missing record as not_found', async () => {
    const { dispatch } = await import('../../src-main/api/dispatch');
    const r = await dispatch(app.ctx, 'contacts.get', { id: 999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
