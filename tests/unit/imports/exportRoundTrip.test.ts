// Export, then import the same file into an empty Rapport: every field comes back exactly — in every CSV
// encoding and delimiter, and as vCard — including values a spreadsheet would otherwise run as formulas.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain/contact';
import { LIFECYCLE_STAGES } from '@shared/domain/contact';
import { contactsToCsv, type CsvExportDelimiter, type CsvExportEncoding } from '../../../src-main/exports/csvExport';
import { exportContacts } from '../../../src-main/exports/exportService';
import { commitImport, planImport } from '../../../src-main/imports/importService';
import { readImportFile } from '../../../src-main/imports/readImportFile';
import { company, person } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.cleanup();
});
const newApp = async () => {
  const a = await createTestApp();
  apps.push(a);
  return a;
};

/** What a user sees of a person, independent of database ids. */
const visible = (c: Contact) => ({
  displayName: c.displayName,
  givenName: c.givenName,
  familyName: c.familyName,
  fullName: c.fullName,
  title: c.title,
  companyName: c.companyName,
  phones: c.phones,
  emails: c.emails,
  addresses: c.addresses,
  birthday: c.birthday,
  notes: c.notes,
  tags: c.tags,
  lifecycle: c.lifecycle,
});

async function allContacts(app: TestApp): Promise<Contact[]> {
  const page = await app.call('contacts.list', {
    filter: {},
    sort: { field: 'name', direction: 'asc' },
    locale: 'en',
    offset: 0,
    limit: 500,
  });
  return Promise.all(page.rows.map((r) => app.call('contacts.get', { id: r.id })));
}

async function reimport(fileName: string, bytes: Uint8Array): Promise<Contact[]> {
  const target = await newApp();
  const read = readImportFile(fileName, bytes, { encoding: 'auto', delimiter: 'auto' });
  const plan = await planImport(target.ctx, read.source, {
    dateOrder: 'auto',
    onDuplicate: 'create',
    skipInvalid: false,
  });
  expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
  await commitImport(target.ctx, plan);
  return allContacts(target);
}

async function seed(app: TestApp) {
  const acme = await app.call('companies.create', { company: company({ name: '华信贸易 "HX", Ltd.' }) });
  await app.call('contacts.create', {
    contact: person({
      fullName: '欧阳娜娜',
      title: '总经理',
      companyId: acme.id,
      phones: [
        { label: 'mobile', value: '+86 138-0013-8000' },
        { label: 'work', value: '021-6666 8888' },
      ],
      emails: [{ label: 'work', value: 'nana@example.cn' }],
      addresses: [
        {
          label: 'work',
          street: '黄浦区南京路1号\n3楼',
          city: '上海',
          region: '上海市',
          postalCode: '200001',
          country: 'CN',
        },
      ],
      birthday: '--07-01',
      notes: '=HYPERLINK("http://evil")\n第二行, with "quotes"; and semicolons',
      tags: ['VIP', '老客户'],
      lifecycle: 'repeat',
    }),
  });
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Zoë',
      familyName: "O'Brien-Müller",
      title: '-5% discount hunter',
      phones: [{ label: '', value: '(555) 010-2000 ext 12' }],
      emails: [
        { label: 'home', value: 'zoe@example.com' },
        { label: 'custom label', value: 'zoe.work@example.org' },
      ],
      birthday: '1980-02-29',
      notes: '@mention and +plus and \ttab',
      lifecycle: 'customer',
    }),
  });
}

describe('export then import', () => {
  const csvCases: Array<[CsvExportEncoding, CsvExportDelimiter]> = [
    ['utf-8-bom', ','],
    ['utf-8', ';'],
    ['gb18030', '\t'],
    ['utf-8-bom', '\t'],
  ];
  for (const [encoding, delimiter] of csvCases) {
    it(`reproduces every field through CSV (${encoding}, ${JSON.stringify(delimiter)})`, async () => {
      const source = await newApp();
      await seed(source);
      const original = await allContacts(source);
      const { bytes } = await exportContacts(source.ctx, { format: 'csv', encoding, delimiter });
      const back = await reimport('export.csv', new Uint8Array(bytes));
      expect(back.map(visible)).toEqual(original.map(visible));
    });
  }

  it('reproduces every field through vCard', async () => {
    const source = await newApp();
    await seed(source);
    const original = await allContacts(source);
    const { bytes } = await exportContacts(source.ctx, { format: 'vcard' });
    const back = await reimport('export.vcf', new Uint8Array(bytes));
    // vCard has no lifecycle stage: everything else comes back.
    expect(back.map((c) => ({ ...visible(c), lifecycle: undefined }))).toEqual(
      original.map((c) => ({ ...visible(c), lifecycle: undefined })),
    );
  });

  it('neutralises cells a spreadsheet would run, and opens in Excel as UTF-8 (BOM)', async () => {
    const source = await newApp();
    await seed(source);
    const { bytes } = await exportContacts(source.ctx, { format: 'csv' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")`);
    expect(text).toContain("'+86 138-0013-8000");
    expect(text).toContain("'-5% discount hunter");
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('round-trips arbitrary Unicode text in every field (property)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const contactArb = fc.record({
      givenName: text.map((s) => s.trim()).filter((s) => s !== ''),
      familyName: text.map((s) => s.trim()),
      title: text.map((s) => s.trim()),
      notes: fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/\r\n?/g, '\n')),
      street: text.map((s) => s.trim()),
      lifecycle: fc.constantFrom(...LIFECYCLE_STAGES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(contactArb, { minLength: 1, maxLength: 4 }), async (drafts) => {
        const source = await newApp();
        for (const d of drafts) {
          await source.call('contacts.create', {
            contact: person({
              givenName: d.givenName,
              familyName: d.familyName,
              title: d.title,
              notes: d.notes,
              lifecycle: d.lifecycle,
              addresses: d.street
                ? [{ label: 'home', street: d.street, city: '', region: '', postalCode: '', country: '' }]
                : [],
            }),
          });
        }
        const original = await allContacts(source);
        const back = await reimport('p.csv', new Uint8Array(contactsToCsv(original, { encoding: 'utf-8-bom' })));
        expect(
          back.map(visible).sort((a, b) => (a.displayName + a.notes).localeCompare(b.displayName + b.notes)),
        ).toEqual(
          original.map(visible).sort((a, b) => (a.displayName + a.notes).localeCompare(b.displayName + b.notes)),
        );
        await Promise.all(apps.splice(0).map((a) => a.cleanup()));
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
