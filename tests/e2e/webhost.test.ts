// The web host answers the contract exactly like the Electron IPC loop, with the same security policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startWebHost, type WebHost } from './host/webHost';
import { person } from '../support/fixtures';
import { tempDir } from '../support/testApp';

let host: WebHost;
beforeAll(async () => (host = await startWebHost({ dbFile: join(tempDir(), 'host.db') })));
afterAll(async () => host.close());

const call = async (method: string, body: unknown) =>
  (await fetch(new URL(`/__rapport/call/${method}`, host.url), { method: 'POST', body: JSON.stringify(body) })).json();

describe('web host', () => {
  it('serves the app with a strict Content-Security-Policy and the bridge shim first', async () => {
    const res = await fetch(host.url);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    const html = await res.text();
    expect(html.indexOf('/__rapport/shim.js')).toBeGreaterThan(-1);
    expect(html.indexOf('/__rapport/shim.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('answers calls in the envelope, refusing bad input, unknown methods and non-JSON bodies', async () => {
    const created = await call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    expect(created).toMatchObject({ ok: true, value: { displayName: 'Ann' } });
    expect(await call('contacts.get', { id: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'id' }] },
    });
    expect(await call('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const raw = await fetch(new URL('/__rapport/call/app.info', host.url), { method: 'POST', body: '{not json' });
    expect(await raw.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(new URL('/..%2f..%2fpackage.json', host.url));
    expect(await res.text()).not.toContain('"devDependencies"');
  });
});
