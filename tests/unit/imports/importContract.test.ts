// The import screen's calls through the contract: open a file, change how it is read, commit with progress,
// undo — and a refusal for a file that is too big to send.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { createTestApp, type TestApp } from '../../support/testApp';

let app: TestApp;
beforeEach(async () => (app = await createTestApp()));
afterEach(async () => app.cleanup());

const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');

describe('imports through the contract', () => {
  it('opens a GB18030 file, shows mojibake when read as UTF-8, and imports with progress events', async () => {
    const text = '姓名,手机,邮箱\r\n张三,13800138000,zs@example.cn\r\n李四,13900139000,bad-email\r\n';
    const opened = await app.call('imports.open', {
      fileName: '客户.csv',
      contentBase64: b64(iconv.encode(text, 'gb18030')),
    });
    expect(opened).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      delimiter: ',',
      headers: ['姓名', '手机', '邮箱'],
    });
    expect(opened.preview[1]).toEqual(['张三', '13800138000', 'zs@example.cn']);
    expect(opened.mapping.map((m) => m.target.kind)).toEqual(['field', 'phone', 'email']);
    expect(opened.summary).toMatchObject({ created: 1, rejected: 1, dryRun: true });
    expect(opened.summary.issues[0]).toMatchObject({ row: 3, column: '邮箱', field: 'email' });

    const garbled = await app.call('imports.configure', {
      sessionId: opened.sessionId,
      settings: { encoding: 'utf-8' },
    });
    expect(garbled.preview[1]![0]).not.toBe('张三');
    const fixed = await app.call('imports.configure', {
      sessionId: opened.sessionId,
      settings: { encoding: 'gb18030' },
    });
    expect(fixed.preview[1]![0]).toBe('张三');

    const rejected = await app.call('imports.rejectedCsv', { sessionId: opened.sessionId });
    expect(rejected.fileName).toBe('客户-rejected.csv');
    expect(Buffer.from(rejected.contentBase64, 'base64').toString('utf8')).toContain(
      '李四,13900139000,bad-email,Not a valid email address',
    );

    await expect(app.call('imports.commit', { sessionId: opened.sessionId, skipInvalid: false })).rejects.toMatchObject(
      { code: 'invalid_input' },
    );
    const summary = await app.call('imports.commit', { sessionId: opened.sessionId, skipInvalid: true });
    expect(summary).toMatchObject({ created: 1, rejected: 1, batchId: expect.any(Number) });
    expect(app.events.some((e) => e.event === 'import.progress')).toBe(true);
    expect(app.events).toContainEqual({
      event: 'data.changed',
      payload: { entities: ['contact', 'company', 'activity'] },
    });

    const history = await app.call('imports.history', {});
    expect(history).toEqual([
      expect.objectContaining({ id: summary.batchId, fileName: '客户.csv', created: 1, rejected: 1 }),
    ]);
    expect(await app.call('imports.undo', { batchId: summary.batchId! })).toEqual({ removed: 1, restored: 0 });
    expect((await app.call('app.info', {})).counts.contacts).toBe(0);
    // The session is gone once committed.
    await expect(app.call('imports.configure', { sessionId: opened.sessionId, settings: {} })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('keeps answering the other screens (with the data as it was) while a long import is being written', async () => {
    const rows = ['Name,Email', ...Array.from({ length: 6000 }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n');
    const opened = await app.call('imports.open', { fileName: 'many.csv', contentBase64: b64(Buffer.from(rows)) });
    let finished = false;
    const commit = app.call('imports.commit', { sessionId: opened.sessionId, skipInvalid: true }).then((r) => {
      finished = true;
      return r;
    });
    await vi.waitFor(() => expect(app.events.some((e) => e.event === 'import.progress')).toBe(true), {
      timeout: 20_000,
      interval: 5,
    });
    const during = await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(finished).toBe(false);
    expect(during.total).toBe(0); // nothing is visible until the import commits: all or nothing
    expect((await commit).created).toBe(6000);
    const after = await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(after.total).toBe(6000);
  }, 60_000);

  it('finds the header under a title row, and lets the user say which row it is', async () => {
    const csv = b64(Buffer.from('2024年客户名单,,\n姓名,手机,邮箱\n张三,13800138000,zs@example.cn\n'));
    const opened = await app.call('imports.open', { fileName: 't.csv', contentBase64: csv });
    expect(opened).toMatchObject({ headerRow: 1, headers: ['姓名', '手机', '邮箱'] });
    expect(opened.summary).toMatchObject({ rowsRead: 1, created: 1 });
    expect(opened.preview[0]).toEqual(['2024年客户名单', '', '']);
    const asFirst = await app.call('imports.configure', { sessionId: opened.sessionId, settings: { headerRow: 0 } });
    expect(asFirst).toMatchObject({ headerRow: 0, headers: ['2024年客户名单', '', ''] });
    expect(asFirst.summary.rowsRead).toBe(2);
    const back = await app.call('imports.configure', { sessionId: opened.sessionId, settings: { headerRow: 'auto' } });
    expect(back.headerRow).toBe(1);
    const summary = await app.call('imports.commit', { sessionId: opened.sessionId, skipInvalid: true });
    expect(summary.issues).toEqual([]);
    const [hit] = await app.call('search.global', { q: 'zs', limit: 1 });
    expect((await app.call('contacts.get', { id: hit!.id })).phones[0]?.value).toBe('13800138000');
  });

  it('remembers a changed mapping for the next file with the same headers', async () => {
    const csv = b64(Buffer.from('Who,Where\nAda,London\n'));
    const first = await app.call('imports.open', { fileName: 'a.csv', contentBase64: csv });
    expect(first.mappingRemembered).toBe(false);
    const mapping = first.mapping.map((m) =>
      m.header === 'Who'
        ? { ...m, target: { kind: 'field' as const, field: 'fullName' as const } }
        : { ...m, target: { kind: 'address' as const, group: '1', label: 'home', part: 'city' as const } },
    );
    await app.call('imports.configure', { sessionId: first.sessionId, settings: { mapping } });
    await app.call('imports.commit', { sessionId: first.sessionId, skipInvalid: true });
    const second = await app.call('imports.open', {
      fileName: 'b.csv',
      contentBase64: b64(Buffer.from('Who,Where\nBob,Paris\n')),
    });
    expect(second.mappingRemembered).toBe(true);
    expect(second.mapping).toEqual(mapping);
  });

  it('exports everyone or a saved view as a file to download', async () => {
    await app.call('sample.load', {});
    const view = await app.call('views.save', {
      entity: 'contact',
      name: 'VIP',
      filter: { tags: ['VIP'] },
      sort: { field: 'name', direction: 'asc' },
    });
    const all = await app.call('exports.contacts', { format: 'csv' });
    const vip = await app.call('exports.contacts', { format: 'vcard', viewId: view.id });
    expect(all.fileName).toBe('Rapport contacts 2026-11-22.csv');
    expect(all.count).toBe(300);
    expect(vip.count).toBeLessThan(300);
    expect(
      Buffer.from(vip.contentBase64, 'base64')
        .toString('utf8')
        .match(/BEGIN:VCARD/g),
    ).toHaveLength(vip.count);
  });
});
