// What the readers say about a file's structure must reach a Chinese screen in Chinese: every warning the CSV
// and vCard readers raise on real broken files carries a code and figures, and both languages have words for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '@shared/import/importReport';
import { readImportFile } from '../../../src-main/imports/readImportFile';
import { en } from '../../../src-renderer/i18n/en';
import { zhCN } from '../../../src-renderer/i18n/zhCN';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function issuesOf(name: string, bytes: Uint8Array): ImportIssue[] {
  return readImportFile(name, bytes, { encoding: 'auto', delimiter: 'auto' }).source.readIssues;
}

const text = (s: string) => new TextEncoder().encode(s);

const VCARDS = [
  'a stray line before the first card',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ada Lovelace',
  'this line is not a property',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'NOTE:nothing to import here',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=X-MADE-UP;ENCODING=QUOTED-PRINTABLE:Li;Lei',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Grace Hopper',
].join('\r\n');

const files: Array<[string, Uint8Array]> = [
  ['bad-ragged.csv', readFileSync(join(FIXTURES, 'csv/bad-ragged.csv'))],
  ['bad-nul-bytes.csv', readFileSync(join(FIXTURES, 'csv/bad-nul-bytes.csv'))],
  ['stray-quote.csv', text('Name,Height\r\nAda,5\'11" tall\r\n')],
  ['trailing-nul.csv', text('Name,Email\r\nAda,ada@example.com\r\n\0\0\0')],
  ['many-ragged.csv', text(['Name,Phone,Email', ...Array.from({ length: 120 }, (_, i) => `P${i}`)].join('\r\n'))],
  ['broken.vcf', text(VCARDS)],
];

describe('warnings about the file itself', () => {
  const raised = files.flatMap(([name, bytes]) => issuesOf(name, bytes).map((issue) => ({ name, issue })));

  it('are raised for each kind of broken file, each with a code of its own', () => {
    expect(new Set(raised.map((r) => r.issue.code))).toEqual(
      new Set([
        'rowTooShort',
        'rowTooLong',
        'nulBytesRemoved',
        'strayQuote',
        'trailingNulBytes',
        'moreRowWarnings',
        'linesBeforeCard',
        'cardBadLines',
        'photosSkipped',
        'cardEmpty',
        'unknownCharset',
        'cardNotEnded',
        'cardNotEndedAtEnd',
      ]),
    );
  });

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('read in full in %s, every figure filled in', async (lng, messages) => {
    const t = await i18next.createInstance().init({
      lng,
      resources: { [lng]: { translation: messages } },
      interpolation: { escapeValue: false },
    });
    for (const { name, issue } of raised) {
      const params = { ...issue.params, ...(issue.params.count ? { count: Number(issue.params.count) } : {}) };
      const said = t(`imports.issues.${issue.code}`, params);
      expect(said, `${name}: ${issue.code}`).not.toContain('imports.issues');
      expect(said, `${name}: ${issue.code}`).not.toMatch(/\{\{/);
      for (const figure of ['card', 'cells', 'width', 'charset'] as const)
        if (issue.params[figure])
          expect(said, `${name}: ${issue.code} names its ${figure}`).toContain(issue.params[figure]);
    }
  });

  it('says the same figures in English for the command line', () => {
    const ragged = raised.find((r) => r.issue.code === 'rowTooShort')!.issue;
    expect(ragged.message).toContain(`${ragged.params.cells} cells where the header has ${ragged.params.width}`);
  });
});
