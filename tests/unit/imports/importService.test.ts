// Importing end to end through the services on real SQLite files: plan, commit, duplicates, undo, history,
// and that nothing is half-written when an import stops.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  commitImport,
  importHistory,
  planImport,
  undoImport,
  type ImportOptions,
} from '../../../src-main/imports/importService';
import { readImportFile } from '../../../src-main/imports/readImportFile';
import { person } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

let app: TestApp;
beforeEach(async () => (app = await createTestApp()));
afterEach(async () => app.cleanup());

const OPTIONS: ImportOptions = { dateOrder: 'auto', onDuplicate: 'skip', skipInvalid: true };
const csv = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

async function importText(text: string, options: Partial<ImportOptions> = {}, fileName = 'customers.csv') {
  const read = readImportFile(fileName, csv(text), { encoding: 'auto', delimiter: 'auto' });
  const plan = await planImport(app.ctx, read.source, { ...OPTIONS, ...options });
  return { plan, summary: await commitImport(app.ctx, plan) };
}

const everyone = async () =>
  (
    await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 100,
    })
  ).rows;

describe('import', () => {
  it('creates people and their companies from an English sheet, with phones, emails, tags and addresses', async () => {
    const { summary } = await importText(
      [
        'First Name,Last Name,Company,Job Title,Mobile Phone,E-mail Address,Business City,Business Country/Region,Birthday,Categories,Notes',
        'Ada,Lovelace,Analytical Engines,Owner,+44 20 7946 0958,ada@example.com,London,United Kingdom,1815-12-10,VIP;Newsletter,"Likes tea, not coffee"',
        'Grace,Hopper,Analytical Engines,,(555) 010-2000,grace@example.com,Arlington,USA,,VIP,',
      ].join('\r\n'),
    );
    expect(summary).toMatchObject({
      rowsRead: 2,
      created: 2,
      updated: 0,
      skipped: 0,
      rejected: 0,
      companiesCreated: 1,
    });
    const [ada] = await app.call('search.global', { q: 'lovelace', limit: 1 });
    const contact = await app.call('contacts.get', { id: ada!.id });
    expect(contact).toMatchObject({
      givenName: 'Ada',
      familyName: 'Lovelace',
      companyName: 'Analytical Engines',
      title: 'Owner',
      phones: [{ value: '+44 20 7946 0958' }],
      emails: [{ value: 'ada@example.com' }],
      addresses: [{ city: 'London', country: 'GB' }],
      birthday: '1815-12-10',
      tags: ['Newsletter', 'VIP'],
      notes: 'Likes tea, not coffee',
    });
    expect(
      (
        await app.call('companies.list', {
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          locale: 'en',
          offset: 0,
          limit: 10,
        })
      ).total,
    ).toBe(1);
  });

  it('reads a Chinese sheet in GB18030 (Chinese Excel) and keeps full names whole', async () => {
    const text =
      '姓名,公司,手机,邮箱,地址,备注\r\n张三,华信贸易,138-0013-8000,zhang@example.cn,上海市南京路1号,老客户\r\n';
    const read = readImportFile('客户.csv', new Uint8Array(iconv.encode(text, 'gb18030')), {
      encoding: 'auto',
      delimiter: 'auto',
    });
    expect(read.source.encoding).toBe('gb18030');
    const plan = await planImport(app.ctx, read.source, OPTIONS);
    await commitImport(app.ctx, plan);
    const [hit] = await app.call('search.global', { q: 'zs', limit: 5 });
    expect(await app.call('contacts.get', { id: hit!.id })).toMatchObject({
      fullName: '张三',
      companyName: '华信贸易',
      phones: [{ value: '138-0013-8000' }],
      emails: [{ value: 'zhang@example.cn' }],
      notes: '老客户',
    });
  });

  it('lists each bad row with its row number, column and reason, and imports only the good ones', async () => {
    const { summary } = await importText(
      [
        'Name,Email,Birthday',
        'Good Person,good@example.com,1990-05-17',
        'Bad Email,bob@,',
        'Bad Date,x@example.com,31/31/1990',
        ',lonely@example.com,',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ created: 1, rejected: 3 });
    expect(summary.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 3,
          column: 'Email',
          field: 'email',
          severity: 'error',
          message: expect.stringContaining('Not a valid email address'),
        }),
        expect.objectContaining({ row: 4, column: 'Birthday', field: 'birthday', severity: 'error' }),
        expect.objectContaining({ row: 5, field: 'name', message: 'This row has no name and no company.' }),
      ]),
    );
    expect((await everyone()).map((r) => r.displayName)).toEqual(['Good Person']);
  });

  it('refuses the whole file when bad rows are not to be skipped, writing nothing', async () => {
    const read = readImportFile('x.csv', csv('Name,Email\nA,a@example.com\nB,nope\n'), {
      encoding: 'auto',
      delimiter: 'auto',
    });
    const plan = await planImport(app.ctx, read.source, { ...OPTIONS, skipInvalid: false });
    await expect(commitImport(app.ctx, plan)).rejects.toThrow(
      /1 row cannot be imported \(first: row 3.*Nothing was imported/,
    );
    expect(await everyone()).toEqual([]);
    expect(await importHistory(app.ctx)).toEqual([]);
  });

  it('finds people already in Rapport by email, phone digits or name + company, and follows the chosen policy', async () => {
    const acme = await app.call('companies.create', {
      company: { name: 'Acme', website: '', industry: '', phones: [], addresses: [], notes: '', tags: [] },
    });
    const existing = await app.call('contacts.create', {
      contact: person({
        givenName: 'Ann',
        familyName: 'Lee',
        companyId: acme.id,
        emails: [{ label: '', value: 'ann@example.com' }],
        phones: [{ label: '', value: '555-123-4567' }],
      }),
    });
    const sheet = [
      'Name,Company,Email,Phone,Job Title',
      'Ann Lee,Acme,ANN@example.com,,Buyer',
      'Someone Else,,,+1 (555) 123-4567,',
      'Ann Lee,Acme,,,',
    ].join('\n');

    const skip = await importText(sheet, { onDuplicate: 'skip' });
    expect(skip.summary).toMatchObject({ created: 0, skipped: 3 });
    expect(skip.summary.duplicates).toEqual([
      { row: 2, existingId: existing.id, existingName: 'Ann Lee', earlierRow: null, reason: 'email' },
      { row: 3, existingId: existing.id, existingName: 'Ann Lee', earlierRow: null, reason: 'phone' },
      { row: 4, existingId: existing.id, existingName: 'Ann Lee', earlierRow: null, reason: 'name' },
    ]);

    const update = await importText(sheet, { onDuplicate: 'update' });
    expect(update.summary).toMatchObject({ created: 0, updated: 3 });
    const updated = await app.call('contacts.get', { id: existing.id });
    expect(updated.title).toBe('Buyer'); // was empty: filled
    expect(updated.displayName).toBe('Ann Lee'); // not renamed by "Someone Else"
    expect(updated.phones.map((p) => p.value)).toEqual(['555-123-4567']); // the same number, written differently
    expect(updated.emails.map((e) => e.value)).toEqual(['ann@example.com']); // already there, not doubled

    const create = await importText(sheet, { onDuplicate: 'create' });
    expect(create.summary).toMatchObject({ created: 3 });
  });

  it('treats a repeated row inside the file as a duplicate of the earlier row', async () => {
    const { summary } = await importText(['Name,Email', 'Ann,ann@example.com', 'Ann again,ANN@EXAMPLE.COM'].join('\n'));
    expect(summary).toMatchObject({ created: 1, skipped: 1 });
    expect(summary.duplicates).toEqual([
      { row: 3, existingId: null, existingName: 'Ann', earlierRow: 2, reason: 'email' },
    ]);
  });

  it('undoes an import: created people and companies go, updated people come back as they were', async () => {
    const existing = await app.call('contacts.create', {
      contact: person({ givenName: 'Ann', emails: [{ label: '', value: 'ann@example.com' }], notes: 'Original' }),
    });
    const { summary } = await importText(
      ['Name,Email,Company,Notes', 'Ann,ann@example.com,,Overwritten', 'Bob,bob@example.com,Bob & Co,'].join('\n'),
      {
        onDuplicate: 'overwrite',
      },
    );
    expect(summary).toMatchObject({ created: 1, updated: 1, companiesCreated: 1 });
    expect((await app.call('contacts.get', { id: existing.id })).notes).toBe('Overwritten');

    const history = await importHistory(app.ctx);
    expect(history[0]).toMatchObject({
      id: summary.batchId,
      fileName: 'customers.csv',
      created: 1,
      updated: 1,
      undoneAt: null,
    });
    expect(await undoImport(app.ctx, summary.batchId!)).toEqual({ removed: 2, restored: 1 });
    expect((await everyone()).map((r) => r.displayName)).toEqual(['Ann']);
    expect((await app.call('contacts.get', { id: existing.id })).notes).toBe('Original');
    expect(await app.call('search.global', { q: 'bob', limit: 5 })).toEqual([]);
    await expect(undoImport(app.ctx, summary.batchId!)).rejects.toThrow(/already undone/);
  });

  it('writes nothing when an import is cancelled part-way', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Person ${i},p${i}@example.com`);
    const read = readImportFile('big.csv', csv(['Name,Email', ...rows].join('\n')), {
      encoding: 'auto',
      delimiter: 'auto',
    });
    const plan = await planImport(app.ctx, read.source, OPTIONS);
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      commitImport(app.ctx, plan, {
        signal: controller.signal,
        progressEveryMs: 0,
        onProgress: (done) => {
          progress.push(done);
          if (done >= 100) controller.abort();
        },
      }),
    ).rejects.toThrow(/cancelled\. Nothing was imported/);
    expect(progress.length).toBeGreaterThan(50);
    expect(await everyone()).toEqual([]);
    expect(await importHistory(app.ctx)).toEqual([]);
  });

  it('takes the date order from the column when one date settles it', async () => {
    const { summary } = await importText('Name,Birthday\nA,03/04/1990\nB,25/12/1991\n');
    expect(summary.created).toBe(2);
    const [a] = await app.call('search.global', { q: 'a', limit: 1 });
    expect((await app.call('contacts.get', { id: a!.id })).birthday).toBe('1990-04-03');
  });

  it('asks for the date order when dates could be read two ways', async () => {
    const read = readImportFile('d.csv', csv('Name,Birthday\nA,03/04/1990\nB,05/06/1991\n'), {
      encoding: 'auto',
      delimiter: 'auto',
    });
    const plan = await planImport(app.ctx, read.source, OPTIONS);
    expect(plan.needsDateOrder).toBe(true);
    const dmy = await planImport(app.ctx, read.source, { ...OPTIONS, dateOrder: 'dmy' });
    await commitImport(app.ctx, dmy);
    const [a] = await app.call('search.global', { q: 'a', limit: 1 });
    expect((await app.call('contacts.get', { id: a!.id })).birthday).toBe('1990-04-03');
  });
});
