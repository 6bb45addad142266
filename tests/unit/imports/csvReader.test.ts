// Reading CSV: every fixture reads back exactly with its delimiter found; each bad file gets its own error code
// and a message naming the row; any table written with proper quoting reads back identically.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {
  CsvReadError,
  DELIMITERS,
  detectDelimiter,
  readCsv,
  readCsvBytes,
  type CsvReadErrorCode,
  type Delimiter,
} from '../../../src-main/imports/csvReader';
import {
  FIXTURE_DIR,
  GOOD_FIXTURES,
  NUL_LINES,
  RAGGED_LONG_LINE,
  RAGGED_SHORT_LINE,
  UNBALANCED_QUOTE_LINE,
  toCsv,
} from '../../fixtures/make-csv-fixtures';

const fixtureBytes = (file: string) => readFileSync(FIXTURE_DIR + file);

/** The error a read throws, so its code, row and message can all be checked. */
function readError(read: () => unknown): CsvReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvReadError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

/** Where each row starts when cells hold line breaks: the header on line 1, then one line per break. */
function expectedRowNumbers(rows: string[][]): number[] {
  let line = 1;
  return rows.map((row) => {
    const start = line;
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return start;
  });
}

describe('the good fixtures', () => {
  it.each(GOOD_FIXTURES.map((f) => [f.file, f] as const))('%s reads back exactly', (_file, fixture) => {
    const { detection, encoding, table } = readCsvBytes(fixtureBytes(fixture.file));
    expect(detection.encoding).toBe(fixture.encoding);
    expect(encoding).toBe(fixture.encoding);
    expect(table.delimiter).toBe(fixture.delimiter);
    expect(table.rows).toEqual(fixture.rows);
    expect(table.rowNumbers).toEqual(expectedRowNumbers(fixture.rows));
    expect(table.warnings).toEqual([]);
  });

  it('decodes with the encoding the user picked, whatever was detected', () => {
    const result = readCsvBytes(fixtureBytes('contacts-gb18030.csv'), { encoding: 'big5' });
    expect(result.detection.encoding).toBe('gb18030');
    expect(result.encoding).toBe('big5');
    expect(result.table.rows[0]).not.toEqual(['姓名', '公司', '手机', '邮箱', '地址', '备注']);
  });
});

describe('detectDelimiter', () => {
  it.each(GOOD_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    expect(detectDelimiter(toCsv(fixture.rows, fixture.delimiter))).toBe(fixture.delimiter);
  });

  it.each([
    ['semicolons with decimal commas (European Excel)', 'Name;Amount;City\r\nBob;1,5;Paris\r\nAnn;2,75;Lyon\r\n', ';'],
    ['tabs with commas in unquoted addresses', 'Name\tAddress\r\nBob\t1 Main St, Springfield\r\nAnn\tOak Rd\r\n', '\t'],
    ['commas, with semicolons inside quoted cells', 'a,b,c\r\n"x;y;z",2,3\r\n"p;q",5,6\r\n', ','],
    ['pipes', 'Name|Email\r\nBob|bob@example.com\r\n', '|'],
    ['a single column (nothing to split)', 'Name\r\nBob\r\nAnn\r\n', ','],
    ['a quoted header holding the other delimiters', '"Name, full";"Tel; home"\r\nBob;1\r\nAnn;2\r\n', ';'],
  ] as const)('%s', (_what, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('bad input', () => {
  it.each([
    ['bad-empty.csv', 'empty'],
    ['bad-binary-png.csv', 'binary'],
    ['bad-xlsx-renamed.csv', 'binary'],
    ['bad-unbalanced-quote.csv', 'unbalanced_quote'],
  ] as const)('%s is refused as %s', (file, code: CsvReadErrorCode) => {
    expect(readError(() => readCsvBytes(fixtureBytes(file))).code).toBe(code);
  });

  it('tells the user a renamed .xlsx is a workbook to save as CSV', () => {
    const error = readError(() => readCsvBytes(fixtureBytes('bad-xlsx-renamed.csv')));
    expect(error.message).toMatch(/Excel \.xlsx workbook/);
    expect(error.message).toMatch(/save it as CSV/);
    // Also when the bytes were already decoded (the text path).
    const text = iconv.decode(fixtureBytes('bad-xlsx-renamed.csv'), 'windows1252');
    expect(readError(() => readCsv(text)).message).toMatch(/\.xlsx workbook/);
  });

  it('refuses a binary file even without a known signature, from its control characters', () => {
    const withoutSignature = fixtureBytes('bad-binary-png.csv').subarray(16);
    const error = readError(() => readCsvBytes(withoutSignature));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/not text/);
  });

  it('calls a blank file empty', () => {
    expect(readError(() => readCsv('\r\n\r\n   \r\n')).code).toBe('empty');
    expect(readError(() => readCsv(',,,\r\n,,,\r\n')).code).toBe('empty');
  });

  it('gives a header-only file just its header (the caller says "no data rows")', () => {
    const { table } = readCsvBytes(fixtureBytes('bad-header-only.csv'));
    expect(table.rows).toEqual([['Name', 'Company', 'Phone', 'Email']]);
    expect(table.rowNumbers).toEqual([1]);
  });

  it('names the row where an unclosed quote starts', () => {
    const error = readError(() => readCsvBytes(fixtureBytes('bad-unbalanced-quote.csv')));
    expect(error.row).toBe(UNBALANCED_QUOTE_LINE);
    expect(error.message).toMatch(new RegExp(`^Row ${UNBALANCED_QUOTE_LINE}: a quoted field .*unbalanced quotes`));
  });

  it('names the row of a quote left open to the end of the file', () => {
    const error = readError(() => readCsv('Name,Notes\r\nBob,ok\r\n\r\nAnn,"runs on\r\nCid,x\r\n'));
    expect(error).toMatchObject({ code: 'unbalanced_quote', row: 4 });
    expect(error.message).toMatch(/^Row 4: a quoted field is never closed \(unbalanced quotes\)/);
  });

  it('catches an unclosed quote even in a file that needed lenient quoting', () => {
    const text = 'Name,Notes\r\nBob,5\'11" tall\r\nAnn,"open\r\nCid,"fine",x\r\n';
    const error = readError(() => readCsv(text));
    expect(error).toMatchObject({ code: 'unbalanced_quote', row: 3 });
  });

  it('reads a quote inside an unquoted cell as written, with a warning', () => {
    const table = readCsv('Name,Height\r\nBob,5\'11"\r\nAnn,"5\'2"""\r\n');
    expect(table.rows).toEqual([
      ['Name', 'Height'],
      ['Bob', '5\'11"'],
      ['Ann', '5\'2"'],
    ]);
    expect(table.warnings).toEqual([expect.objectContaining({ code: 'stray_quote', row: 2 })]);
  });

  it('pads short rows and keeps long rows, warning with each row number', () => {
    const { table } = readCsvBytes(fixtureBytes('bad-ragged.csv'));
    const short = table.rows[table.rowNumbers.indexOf(RAGGED_SHORT_LINE)];
    const long = table.rows[table.rowNumbers.indexOf(RAGGED_LONG_LINE)];
    expect(short).toEqual(['Person 3', 'Firm 2', '', '']);
    expect(long).toEqual(['Person 6', 'Firm 5', '555-0105', 'p6@example.com', 'extra', 'more']);
    expect(table.warnings.map((w) => [w.code, w.row])).toEqual([
      ['ragged_row', RAGGED_SHORT_LINE],
      ['ragged_row', RAGGED_LONG_LINE],
    ]);
    expect(table.warnings[0]!.message).toMatch(new RegExp(`^Row ${RAGGED_SHORT_LINE}: 2 cells where the header has 4`));
    expect(table.rows).toHaveLength(9);
  });

  it('drops the empty cells a trailing delimiter leaves, silently', () => {
    const table = readCsv('a,b\r\n1,2,,\r\n');
    expect(table.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('says how many more rows are ragged instead of listing thousands', () => {
    const table = readCsv('a,b,c\r\n' + '1,2\r\n'.repeat(250));
    expect(table.warnings).toHaveLength(101);
    expect(table.warnings[100]).toMatchObject({ code: 'more_warnings' });
    expect(table.warnings[100]!.message).toMatch(/150 more rows/);
  });

  it('removes stray NUL bytes with a warning naming their rows', () => {
    const { table } = readCsvBytes(fixtureBytes('bad-nul-bytes.csv'));
    expect(table.rows.flat().join('')).not.toContain('\0');
    expect(table.rows[2]).toEqual(['Person 2', 'Firm 1', '555-0101', 'p2@example.com']);
    expect(table.warnings).toHaveLength(1);
    expect(table.warnings[0]).toMatchObject({ code: 'nul_bytes_removed' });
    expect(table.warnings[0]!.message).toContain(`rows ${NUL_LINES.join(', ')}`);
  });

  it('ignores the NUL padding an interrupted save leaves at the end', () => {
    const table = readCsv('a,b\r\n1,2\r\n' + '\0'.repeat(4096));
    expect(table.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(table.warnings[0]!.message).toMatch(/ends with 4,096 NUL bytes/);
  });

  it('refuses UTF-16 read as a one-byte encoding, pointing at the encoding list', () => {
    const bytes = iconv.encode('Name\tCompany\r\nBob\tAcme\r\n', 'utf16le');
    const error = readError(() => readCsvBytes(bytes, { encoding: 'windows-1252' }));
    expect(error.code).toBe('nul_bytes');
    expect(error.message).toMatch(/Choose UTF-16/);
  });

  it('refuses a cell over the limit, naming its row and column', () => {
    const text = `Name,Notes\r\nBob,short\r\n\r\nAnn,"${'é'.repeat(600)}"\r\n`; // 1,200 UTF-8 bytes
    const error = readError(() => readCsv(text, { maxCellBytes: 1000 }));
    expect(error).toMatchObject({ code: 'cell_too_large', row: 4, column: 1 });
    expect(error.message).toMatch(/^Row 4, column 2: a cell is larger than 1,000 bytes/);
  });

  it('refuses an 11 MB cell by default', () => {
    const error = readError(() => readCsv(`Name,Notes\r\nBob,${'x'.repeat(11 * 1024 * 1024)}\r\n`));
    expect(error).toMatchObject({ code: 'cell_too_large', row: 2, column: 1 });
    expect(error.message).toMatch(/larger than 10 MB/);
  });

  it('stops a runaway quote at the size limit instead of reading the whole file into one cell', () => {
    const text = 'Name,Notes\r\nBob,"never closed\r\n' + 'Ann,fine\r\n'.repeat(500);
    const error = readError(() => readCsv(text, { maxCellBytes: 1000 }));
    expect(error).toMatchObject({ code: 'cell_too_large', row: 2 });
    expect(error.message).toMatch(/quote that is never closed/);
  });
});

describe('row numbers', () => {
  it('are the physical lines where records start, across blank lines and multi-line cells', () => {
    const table = readCsv('a,b\r\n\r\n1,"x\r\ny\r\nz"\n2,3\r4,5\r\n');
    expect(table.rows).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny\r\nz'],
      ['2', '3'],
      ['4', '5'],
    ]);
    expect(table.rowNumbers).toEqual([1, 3, 6, 7]);
  });
});

describe('round trip (property)', () => {
  // Cells mix arbitrary Unicode text with everything CSV must quote. NUL and other control codes are left out
  // (they are stripped or refused, by design), and so is U+FEFF (at the very start it is read as a BOM).
  const special = fc.constantFrom('"', '""', ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', 'é', '张三', '😀', '€');
  const droppedOnReading = (ch: string) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127 || code === 0xfeff;
  };
  const text = fc.string({ unit: 'grapheme' }).map((s) => [...s].filter((ch) => !droppedOnReading(ch)).join(''));
  const cell = fc.array(fc.oneof(text, special), { maxLength: 4 }).map((parts) => parts.join(''));
  // Rows whose cells are all blank are skipped on reading (Excel writes ",,," for empty formatted rows).
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.array(
      fc.array(cell, { minLength: width, maxLength: width }).filter((row) => row.some((c) => /\S/.test(c))),
      { minLength: 1, maxLength: 8 },
    ),
  );

  it.each(DELIMITERS.map((d) => [JSON.stringify(d), d] as const))(
    'any table written with %s reads back identically',
    (_name, delimiter: Delimiter) => {
      fc.assert(
        fc.property(table, fc.constantFrom('\r\n', '\n'), (rows, lineEnd) => {
          const read = readCsv(toCsv(rows, delimiter, lineEnd), { delimiter });
          expect(read.rows).toEqual(rows);
          expect(read.rowNumbers).toEqual(expectedRowNumbers(rows));
          expect(read.warnings).toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
  );
});
