// Printing labels through the contract, as the app does: recipients from a tag, each address in its country's
// order, people without a complete address named and left out, the PDF made by Chromium and read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelPrintInput, RecipientsInput } from '@shared/validation/labels';
import { person, postalAddress } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';
import { chromiumPrinter } from './host/chromiumPrinter';

let app: TestApp;
const outbox = mkdtempSync(join(tmpdir(), 'rapport-outbox-'));
const printer = chromiumPrinter({ outbox });

const recipients = (over: Partial<RecipientsInput> = {}): RecipientsInput => ({
  filter: { tags: ['Mailing'] },
  per: 'person',
  sort: 'postalCode',
  includeIncomplete: false,
  copies: 1,
  includeName: true,
  includeTitle: false,
  includeCompany: true,
  shou: true,
  senderCountry: 'US',
  ...over,
});
const print = (over: Partial<LabelPrintInput> = {}): LabelPrintInput => ({
  sheetId: 'avery-5160',
  start: { row: 1, column: 1 },
  calibration: { offsetX: 0, offsetY: 0, scale: 1 },
  style: { fontSizePt: 11, boldName: true, align: 'left', verticalCentre: true, paddingMm: 2, fontFamily: null },
  recipients: recipients(),
  ...over,
});
const address = postalAddress;

beforeAll(async () => {
  app = await createTestApp();
  app.ctx.printer = printer;
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Ada',
      familyName: 'Lovelace',
      tags: ['Mailing'],
      addresses: [address('12 St James’s Square', 'Boston', 'MA', '02134', 'US')],
    }),
  });
  await app.call('contacts.create', {
    contact: person({
      fullName: '王小明',
      tags: ['Mailing'],
      addresses: [address('世纪大道1号', '上海市', '上海市', '200120', 'CN')],
    }),
  });
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Grace',
      familyName: 'Hopper',
      tags: ['Mailing'],
      addresses: [address('1 Navy Way', 'Arlington', 'VA', '', 'US')],
    }),
  });
  await app.call('contacts.create', { contact: person({ givenName: 'Not', familyName: 'Tagged', tags: [] }) });
});
afterAll(async () => {
  await printer.close();
  await app?.cleanup();
});

describe('printing labels', () => {
  it('tells who will get a label and who is left out, and why', async () => {
    const preview = await app.call('labels.recipients', { recipients: recipients(), locale: 'en' });
    expect(preview.recipients).toBe(2);
    expect(preview.leftOut).toEqual([
      expect.objectContaining({ name: 'Grace Hopper', reason: 'missing postcode', missing: ['postalCode'] }),
    ]);
    // Sorted by postcode, the sender's country first: Boston before Shanghai; the Chinese block in its order.
    expect(preview.blocks).toEqual([
      ['Ada Lovelace', '12 St James’s Square', 'BOSTON, MA 02134'],
      ['200120', '上海市世纪大道1号', '王小明 收', 'CHINA'],
    ]);
    // The name is the line set in bold: first in the US block, third in the Chinese one (not the postcode).
    expect(preview.nameLines).toEqual([0, 2]);
    const all = await app.call('labels.recipients', {
      recipients: recipients({ includeIncomplete: true, copies: 2 }),
      locale: 'en',
    });
    expect([all.recipients, all.labels, all.leftOut]).toEqual([3, 6, []]);
    // A later page of the preview asks for its own labels: here labels 3 to 5 of the six (copies side by side;
    // by postcode the sender's country first, an address without a postcode last within it, then China).
    const window = await app.call('labels.recipients', {
      recipients: recipients({ includeIncomplete: true, copies: 2 }),
      locale: 'en',
      window: { from: 3, count: 3 },
    });
    expect(window.from).toBe(3);
    expect(window.blocks.map((b) => b.find((line) => /Hopper|王小明|Lovelace/.test(line)))).toEqual([
      'Grace Hopper',
      '王小明 收',
      '王小明 收',
    ]);
  });

  it('prints them to a PDF of the sheet’s page size, from the start position', async () => {
    const result = await app.call('labels.pdf', { print: print({ start: { row: 10, column: 3 } }), locale: 'en' });
    expect(result).toMatchObject({ pages: 2, labels: 2, clipped: 0 });
    expect(result.fileName).toMatch(/^Rapport labels 5160 \d{4}-\d{2}-\d{2}\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-labels-')), 'labels.pdf');
    writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('王小明 收');
    expect(text).not.toContain('Grace Hopper');
  });

  it('sends the same pages to a printer: the sheet’s size, no margins, and only a printer that exists', async () => {
    expect(await app.call('labels.printers', {})).toEqual([
      { name: 'rapport-outbox', displayName: 'Print to files (web host)', isDefault: true },
    ]);
    const job = { kind: 'labels' as const, print: print({ start: { row: 10, column: 3 } }) };
    const printed = await app.call('labels.print', { job, printer: 'rapport-outbox', locale: 'en' });
    expect(printed).toMatchObject({ printed: true, pages: 2, labels: 2, clipped: 0 });
    const sent = printer.jobs.at(-1)!;
    expect(sent.printer).toBe('rapport-outbox');
    expect(sent.page.widthMm).toBeCloseTo(215.9, 6);
    expect(sent.page.heightMm).toBeCloseTo(279.4, 6);
    expect(sent.jobName).toMatch(/^Rapport labels 5160 /);
    // Word for word and place for place what "Save PDF" makes.
    const saved = await app.call('labels.pdf', { print: job.print, locale: 'en' });
    const savedFile = join(outbox, 'saved.pdf');
    writeFileSync(savedFile, Buffer.from(saved.contentBase64, 'base64'));
    const boxes = (file: string) =>
      execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).replace(/<head>[\s\S]*?<\/head>/, '');
    expect(boxes(sent.file)).toBe(boxes(savedFile));
    expect(readFileSync(sent.file).subarray(0, 5).toString()).toBe('%PDF-');
    // Any print of the screens goes the same way: the calibration page too.
    const calibration = await app.call('labels.print', {
      job: { kind: 'calibration', sheetId: 'avery-l7160', calibration: { offsetX: 0, offsetY: 0, scale: 1 } },
      printer: null,
      locale: 'en',
    });
    expect(calibration).toMatchObject({ printed: true, pages: 1 });
    expect(printer.jobs.at(-1)!.page).toEqual({ widthMm: 210, heightMm: 297 });
    await expect(app.call('labels.print', { job, printer: 'Office LaserJet', locale: 'en' })).rejects.toThrow(
      /No printer called “Office LaserJet”/,
    );
  });

  it('follows the address layouts the user wrote, and refuses one that would not print, naming the line', async () => {
    await app.call('settings.update', {
      addressLayouts: { US: '{name}\n{street}\n{city} {REGION} {postalCode}\nUSA' },
    });
    const preview = await app.call('labels.recipients', { recipients: recipients(), locale: 'en' });
    expect(preview.blocks[0]).toEqual(['Ada Lovelace', '12 St James’s Square', 'Boston MA 02134', 'USA']);
    // China keeps its built-in convention.
    expect(preview.blocks[1]).toEqual(['200120', '上海市世纪大道1号', '王小明 收', 'CHINA']);
    await expect(app.call('settings.update', { addressLayouts: { US: '{name}\n{zip} {city}' } })).rejects.toThrow(
      /US: Unknown placeholder \{zip\} on line 2: did you mean \{postalCode\}\?/,
    );
    await app.call('settings.update', { addressLayouts: {} });
  });

  it('refuses a start position the sheet does not have, and an empty mailing, saying why', async () => {
    await expect(
      app.call('labels.pdf', { print: print({ start: { row: 11, column: 1 } }), locale: 'en' }),
    ).rejects.toThrow(/5160 has 10 rows and 3 columns/);
    await expect(
      app.call('labels.pdf', {
        print: print({ recipients: recipients({ filter: { tags: ['Nobody'] } }) }),
        locale: 'en',
      }),
    ).rejects.toThrow(/Nobody to print a label for/);
  });

  it('prints on a sheet the user measured, and a calibration page of outlines for it', async () => {
    const custom = await app.call('labels.saveSheet', {
      id: null,
      sheet: {
        name: 'A5 stickers',
        unit: 'mm',
        paper: 'custom',
        pageWidth: 148,
        pageHeight: 210,
        columns: 2,
        rows: 4,
        labelWidth: 70,
        labelHeight: 50,
        leftMargin: 4,
        topMargin: 5,
      },
    });
    const labels = await app.call('labels.pdf', { print: print({ sheetId: custom.id }), locale: 'en' });
    expect(labels).toMatchObject({ pages: 1, labels: 2 });
    const calibration = await app.call('labels.calibrationPdf', {
      sheetId: custom.id,
      calibration: { offsetX: 1, offsetY: 1, scale: 1 },
    });
    for (const { contentBase64 } of [labels, calibration]) {
      const file = join(mkdtempSync(join(tmpdir(), 'rapport-labels-')), 'out.pdf');
      writeFileSync(file, Buffer.from(contentBase64, 'base64'));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      // 148 × 210 mm = 419.5 × 595.3 pt; Chromium rounds the page box to about half a point.
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Math.abs(Number(width) - 419.53)).toBeLessThan(0.6);
      expect(Math.abs(Number(height) - 595.28)).toBeLessThan(0.6);
    }
  });

  it('prints envelopes: DL landscape, the return address top-left, the recipient in the window', async () => {
    const result = await app.call('labels.envelopesPdf', {
      print: {
        size: 'dl',
        returnAddress: ['Rapport Ltd', '1 Market Street', 'Boston, MA 02108'],
        style: { fontSizePt: 11, boldName: true, align: 'left', verticalCentre: false, paddingMm: 2, fontFamily: null },
        recipients: recipients(),
      },
      locale: 'en',
    });
    expect(result).toMatchObject({ pages: 2, labels: 2, clipped: 0 });
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-envelopes-')), 'envelopes.pdf');
    writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
    const mm = 25.4 / 72;
    const words = [
      ...execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ text: m[5]!, x0: +m[1]! * mm, y0: +m[2]! * mm, x1: +m[3]! * mm, y1: +m[4]! * mm }));
    const within = (w: (typeof words)[number], x: number, y: number, width: number, height: number) =>
      w.x0 >= x - 0.3 && w.y0 >= y - 0.3 && w.x1 <= x + width + 0.3 && w.y1 <= y + height + 0.3;
    const sender = words.filter((w) => ['Rapport', 'Market', '02108'].includes(w.text));
    const recipient = words.filter((w) => ['Ada', 'Lovelace', 'BOSTON,', '02134'].includes(w.text));
    expect(sender).toHaveLength(3);
    expect(recipient).toHaveLength(4);
    // The return block in its 10 mm corner box; the address in the DIN 5008 window (20, 45; 90 × 45 mm).
    for (const w of sender) expect(within(w, 10, 10, 80, 30), w.text).toBe(true);
    for (const w of recipient) expect(within(w, 20 + 2, 45 + 2, 90 - 4, 45 - 4), w.text).toBe(true);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(width) - 623.6)).toBeLessThan(0.6);
    expect(Math.abs(Number(height) - 311.8)).toBeLessThan(0.6);
  });

  it('prints a sheet of return-address labels: the sender’s address on every label from the start position', async () => {
    const { recipients: _recipients, ...sheet } = print({ start: { row: 4, column: 1 } });
    const result = await app.call('labels.returnAddressPdf', {
      print: { ...sheet, lines: ['Rapport Ltd', '1 Market Street', 'Boston, MA 02108'], count: 21 },
    });
    expect(result).toMatchObject({ pages: 1, labels: 21, clipped: 0 });
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-return-')), 'return.pdf');
    writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.match(/Market Street/g)).toHaveLength(21);
  });
});
