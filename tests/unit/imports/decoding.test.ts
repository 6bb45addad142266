// Encoding detection and decoding: every fixture's default guess is right and decodes to the exact text written;
// short and awkward samples still land on the right code page; streaming decoding survives any chunking.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import {
  ENCODING_NAMES,
  SUPPORTED_ENCODINGS,
  createDecoder,
  decodeBytes,
  detectEncoding,
  type SupportedEncoding,
} from '../../../src-main/imports/textDecoding';
import { FIXTURE_DIR, GOOD_FIXTURES, toCsv } from '../../fixtures/make-csv-fixtures';

const fixtureBytes = (file: string) => readFileSync(FIXTURE_DIR + file);

describe('detectEncoding on the fixtures', () => {
  it.each(GOOD_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    const bytes = fixtureBytes(fixture.file);
    const detection = detectEncoding(bytes);
    expect(detection.encoding).toBe(fixture.encoding);
    expect(detection.bom).toBe(fixture.bom);
    expect(detection.candidates[0]).toBe(fixture.encoding);
    expect(detection.confidence).toBe(fixture.bom ? 'certain' : 'likely');
    expect(decodeBytes(bytes, detection.encoding)).toBe(toCsv(fixture.rows, fixture.delimiter));
  });
});

describe('detectEncoding on short samples, as Excel in each locale saves them', () => {
  // [expected, what the writing program uses (iconv-lite name), text]
  const samples: [SupportedEncoding, string, string][] = [
    ['gb18030', 'gb18030', '姓名,公司,手机,邮箱,地址,备注\r\n'],
    ['gb18030', 'gb18030', '张三,138\r\n'],
    ['gb18030', 'gb18030', '欧阳娜娜\r\n'],
    ['gb18030', 'gb18030', '客户名称,联系人,联系电话,所在城市\r\n'],
    ['gb18030', 'gb18030', '龚鹏飞,璐璐,翟羽,邝嫣,阚琰,蔺熠\r\n'],
    ['gb18030', 'gb18030', 'Name,Email,City\r\nJohn Smith,john@x.com,深圳\r\n'],
    ['big5', 'cp950', '姓名,公司,手機,電子郵件,地址,備註\r\n'],
    ['big5', 'cp950', '陳大文,0912\r\n'],
    ['big5', 'cp950', '溫馨提示：請於每週五前提交報表。謝謝配合！\r\n'],
    ['big5', 'cp950', 'Name,Email,City\r\nJohn Smith,john@x.com,臺北\r\n'],
    ['shift_jis', 'cp932', '氏名,会社名,携帯電話,メールアドレス,住所,備考\r\n'],
    ['shift_jis', 'cp932', '山田太郎,090\r\n'],
    ['shift_jis', 'cp932', 'ｺﾊﾞﾔｼ ｼｮｳ\r\n'],
    ['shift_jis', 'cp932', '東京都港区六本木,大阪府堺市\r\n'],
    ['windows-1252', 'windows1252', 'Name;Firma\r\nJosé;Café\r\n'],
    ['windows-1252', 'windows1252', 'Müller\r\n'],
    ['windows-1252', 'windows1252', '“Quoted” – text…\r\n'],
    ['windows-1252', 'windows1252', 'Price: 5 €\r\n'],
    ['windows-1252', 'windows1252', 'Æsop,Ørsted,Ålesund,Þórr\r\n'],
    ['windows-1252', 'windows1252', 'naïve café résumé façade\r\n'],
  ];
  it.each(samples)('%s (written as %s): %j', (expected, writer, text) => {
    const bytes = iconv.encode(text, writer);
    const detection = detectEncoding(bytes);
    expect(detection.encoding).toBe(expected);
    expect(decodeBytes(bytes, detection.encoding)).toBe(text);
  });

  it('calls pure ASCII UTF-8 for certain when it has seen all of it', () => {
    expect(detectEncoding(Buffer.from('Name,Email\r\nBob,bob@example.com\r\n'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 'certain',
      bom: false,
    });
  });

  it('keeps UTF-8 for a UTF-8 file with one corrupt byte, but only as a guess', () => {
    const text = '姓名,公司\r\n' + '张三,北京星辰科技有限公司\r\n'.repeat(5);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from('李四\r\n')]);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', confidence: 'guess' });
  });

  it('finds UTF-16 BE without a BOM from where the NUL bytes fall', () => {
    const bytes = iconv.encode('Name\tCompany\r\nJosé\tAcme\r\n', 'utf16be');
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-16be', bom: false, confidence: 'likely' });
  });
});

describe('detectEncoding on big files', () => {
  it('looks only at the start, so a 64 MB file takes no longer than a small one', () => {
    const line = iconv.encode('张三,北京星辰科技有限公司,13800138000\r\n', 'gb18030');
    const bytes = Buffer.alloc(64 * 1024 * 1024);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) line.copy(bytes, at);
    const started = performance.now();
    expect(detectEncoding(bytes).encoding).toBe('gb18030');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never judges a sample by half a character cut at its end', () => {
    // 64 KB is not a multiple of 3: the sample boundary falls inside a UTF-8 character on a line with no break.
    const utf8 = Buffer.from('张'.repeat(40_000));
    expect(detectEncoding(utf8)).toMatchObject({ encoding: 'utf-8', confidence: 'likely' });
    const gb = iconv.encode('a' + '北京市朝阳区建国路'.repeat(5000), 'gb18030');
    expect(detectEncoding(gb).encoding).toBe('gb18030');
  });
});

describe('decodeBytes', () => {
  it('reads 0x80–0x9F as Windows-1252 punctuation, not as control codes', () => {
    expect(decodeBytes(Uint8Array.from([0x80, 0x84, 0x85, 0x93, 0x94, 0x96, 0x99, 0x9f]), 'windows-1252')).toBe(
      '€„…“”–™Ÿ',
    );
  });

  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf, 0x41]],
    ['utf-16le', [0xff, 0xfe, 0x41, 0x00]],
    ['utf-16be', [0xfe, 0xff, 0x00, 0x41]],
  ] as const)('strips the %s byte order mark', (encoding, bytes) => {
    expect(decodeBytes(Uint8Array.from(bytes), encoding)).toBe('A');
  });

  it('decodes GB18030 four-byte sequences (characters outside GBK)', () => {
    const text = 'Zoë 𠀀 ё';
    expect(decodeBytes(iconv.encode(text, 'gb18030'), 'gb18030')).toBe(text);
  });
});

describe('createDecoder', () => {
  it.each(GOOD_FIXTURES.map((f) => [f.file, f] as const))('decodes %s the same in any chunking', (_file, fixture) => {
    const bytes = fixtureBytes(fixture.file);
    const whole = decodeBytes(bytes, fixture.encoding);
    for (const chunkSize of [1, 2, 3, 5, 7, 64]) {
      const decoder = createDecoder(fixture.encoding);
      let text = '';
      for (let at = 0; at < bytes.length; at += chunkSize) text += decoder.write(bytes.subarray(at, at + chunkSize));
      text += decoder.end();
      expect(text).toBe(whole);
    }
  });
});

describe('the encoding list', () => {
  it('names every supported encoding for the picker', () => {
    expect(Object.keys(ENCODING_NAMES).sort()).toEqual([...SUPPORTED_ENCODINGS].sort());
    expect(ENCODING_NAMES.gb18030).toMatch(/GB18030.*Chinese Excel/);
  });
});
