// Values as people type them into contact spreadsheets: dates in every form and order, Excel serials, tags,
// one-field names and country names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactNameFrom,
  countryCode,
  detectDateOrder,
  excelSerialToIsoDate,
  parseDateValue,
  splitFullName,
  splitTags,
  type NameParts,
} from '../../../src-main/imports/valueParsing';

const date = (value: string) => ({ kind: 'date', value });
const INVALID = { kind: 'invalid' };
const ambiguous = (mdy: string, dmy: string) => ({
  kind: 'ambiguous',
  candidates: [
    { order: 'mdy', value: mdy },
    { order: 'dmy', value: dmy },
  ],
});

describe('parseDateValue', () => {
  it.each([
    ['1980-07-01', '1980-07-01'],
    ['1980-7-1', '1980-07-01'],
    ['1980/07/01', '1980-07-01'],
    ['1980.07.01', '1980-07-01'],
    ['19800701', '1980-07-01'],
    ['1980-07-01 00:00:00', '1980-07-01'],
    ['1980-07-01T00:00:00Z', '1980-07-01'],
    ['２０２４／０３／１５', '2024-03-15'],
    ['1980年7月1日', '1980-07-01'],
    ['1980 年 07 月 01 日', '1980-07-01'],
    ['80年7月1日', '1980-07-01'],
    ['7月1日', '--07-01'],
    ['7月1号', '--07-01'],
    ['--07-01', '--07-01'],
    ['--0701', '--07-01'],
    ['--02-29', '--02-29'],
    ['1604-07-01', '--07-01'],
    ['0000-07-01', '--07-01'],
    ['July 1, 1980', '1980-07-01'],
    ['Jul 1st 1980', '1980-07-01'],
    ['1 July 1980', '1980-07-01'],
    ['1-Jul-80', '1980-07-01'],
    ['01-Jul-1980', '1980-07-01'],
    ['Tuesday, July 1, 1980', '1980-07-01'],
    ['Sept 9, 1999', '1999-09-09'],
    ['1980-Jul-01', '1980-07-01'],
    ['July 1', '--07-01'],
    ['1 Jul', '--07-01'],
    ['12/25/1980', '1980-12-25'],
    ['25/12/1980', '1980-12-25'],
    ['25.12.1980', '1980-12-25'],
    ['05/05/1980', '1980-05-05'],
    ['12/19/1906 12:00:00 AM', '1906-12-19'],
    ['25/12', '--12-25'],
    ['80/07/15', '1980-07-15'],
  ])('reads %s as %s', (raw, value) => {
    expect(parseDateValue(raw, 'auto')).toEqual(date(value));
  });

  it.each(['', '   ', '0/0/00', '0000-00-00'])('treats %j as empty', (raw) => {
    expect(parseDateValue(raw, 'auto')).toEqual({ kind: 'empty' });
  });

  it.each([
    'yesterday',
    '1980-02-30',
    '1981-02-29',
    '13/13/1980',
    '1980',
    '12',
    'Jul 1980',
    '32 July 1980',
    '1980-13-01',
  ])('rejects %j', (raw) => {
    expect(parseDateValue(raw, 'auto')).toEqual(INVALID);
  });

  it('asks when day and month could be either way round and no order is chosen', () => {
    expect(parseDateValue('03/04/2024', 'auto')).toEqual(ambiguous('2024-03-04', '2024-04-03'));
    expect(parseDateValue('07-01', 'auto')).toEqual(ambiguous('--07-01', '--01-07'));
  });

  it('follows the chosen order', () => {
    expect(parseDateValue('03/04/2024', 'mdy')).toEqual(date('2024-03-04'));
    expect(parseDateValue('03/04/2024', 'dmy')).toEqual(date('2024-04-03'));
    expect(parseDateValue('03.04.24', 'dmy')).toEqual(date('2024-04-03'));
    expect(parseDateValue('80/07/01', 'ymd')).toEqual(date('1980-07-01'));
    expect(parseDateValue('07/01', 'ymd')).toEqual(date('--07-01'));
    // Outlook writes m/d/yyyy in the US, with 1604 for "no year".
    expect(parseDateValue('7/1/1604', 'mdy')).toEqual(date('--07-01'));
    expect(parseDateValue('12/9/1906 12:00:00 AM', 'mdy')).toEqual(date('1906-12-09'));
    // A chosen order is not second-guessed: 25/12 is no month-first date.
    expect(parseDateValue('25/12/1980', 'mdy')).toEqual(INVALID);
    // ISO and Chinese dates read the same whatever the order.
    expect(parseDateValue('1980-07-01', 'dmy')).toEqual(date('1980-07-01'));
    expect(parseDateValue('1980年7月1日', 'mdy')).toEqual(date('1980-07-01'));
  });

  it('reads two-digit years with Excel’s window (00–29 → 20xx, 30–99 → 19xx)', () => {
    expect(parseDateValue('7/1/29', 'mdy')).toEqual(date('2029-07-01'));
    expect(parseDateValue('7/1/30', 'mdy')).toEqual(date('1930-07-01'));
    expect(parseDateValue('7/1/80', 'mdy')).toEqual(date('1980-07-01'));
  });

  it('reads Excel serial dates in a plausible range', () => {
    expect(parseDateValue('29221', 'auto')).toEqual(date('1980-01-01'));
    expect(parseDateValue('29221.75', 'auto')).toEqual(date('1980-01-01'));
    expect(parseDateValue('45366', 'auto')).toEqual(date('2024-03-15'));
    expect(parseDateValue('3000', 'auto')).toEqual(date('1908-03-18'));
    expect(parseDateValue('73050', 'auto')).toEqual(date('2099-12-31'));
    expect(parseDateValue('2999', 'auto')).toEqual(INVALID);
    expect(parseDateValue('73051', 'auto')).toEqual(INVALID);
  });
});

describe('excelSerialToIsoDate', () => {
  it('counts from 1900-01-01 and skips the 1900-02-29 that never was', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(25569)).toBe('1970-01-01');
    expect(excelSerialToIsoDate(29221)).toBe('1980-01-01');
    expect(excelSerialToIsoDate(2958465)).toBe('9999-12-31');
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(2958466)).toBeNull();
  });

  it('agrees with a plain day count from 1899-12-30 for every serial after the phantom day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
        expect(excelSerialToIsoDate(serial)).toBe(expected);
      }),
    );
  });
});

describe('parseDateValue round trips', () => {
  const day = fc.date({
    min: new Date('1000-01-01T00:00:00Z'),
    max: new Date('2999-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('reads back every ISO date, and its m/d/y and d/m/y forms with the order given', () => {
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        if (iso.startsWith('1604-')) return; // Outlook's "no year"
        const [y, m, dd] = iso.split('-');
        expect(parseDateValue(iso, 'auto')).toEqual(date(iso));
        expect(parseDateValue(`${m}/${dd}/${y}`, 'mdy')).toEqual(date(iso));
        expect(parseDateValue(`${dd}/${m}/${y}`, 'dmy')).toEqual(date(iso));
        expect(parseDateValue(`${Number(y)}年${Number(m)}月${Number(dd)}日`, 'auto')).toEqual(date(iso));
      }),
    );
  });
});

describe('detectDateOrder', () => {
  it('decides from any day over 12', () => {
    expect(detectDateOrder(['03/04/1980', '25/12/1981', ''])).toBe('dmy');
    expect(detectDateOrder(['03/04/1980', '12/25/1981', '7/1/80'])).toBe('mdy');
  });

  it('is ambiguous when nothing decides, or the column contradicts itself', () => {
    expect(detectDateOrder(['03/04/1980', '05/06/1990'])).toBe('ambiguous');
    expect(detectDateOrder(['25/12/1980', '12/25/1981'])).toBe('ambiguous');
  });

  it('needs no order for dates that cannot be read two ways', () => {
    expect(detectDateOrder(['1980-07-01', '1985年3月8日', '--07-01', '29221', '05/05/1980', ''])).toBe('ymd');
    expect(detectDateOrder([])).toBe('ymd');
  });
});

describe('splitTags', () => {
  it('splits on ; , ::: and the Chinese list marks, trimmed and without duplicates', () => {
    expect(splitTags('VIP; Wholesale ,vip::: Trade show 2024')).toEqual(['VIP', 'Wholesale', 'Trade show 2024']);
    expect(splitTags('重要客户、华东，上海；重要客户')).toEqual(['重要客户', '华东', '上海']);
    expect(splitTags(' ; ,, ')).toEqual([]);
    expect(splitTags('one\ntwo')).toEqual(['one', 'two']);
  });

  it('drops Google’s "myContacts" system group but keeps starred and the other groups', () => {
    expect(splitTags('* myContacts ::: VIP ::: * starred')).toEqual(['VIP', 'starred']);
    expect(splitTags('* My Contacts ::: * Friends')).toEqual(['Friends']);
    expect(splitTags('System Group: My Contacts ::: System Group: Family ::: Golf')).toEqual(['Family', 'Golf']);
    // Only Google's marked system group is dropped; a tag the user named so is theirs.
    expect(splitTags('My Contacts')).toEqual(['My Contacts']);
  });
});

const name = (parts: Partial<NameParts>): NameParts => ({
  fullName: '',
  givenName: '',
  middleName: '',
  familyName: '',
  namePrefix: '',
  nameSuffix: '',
  ...parts,
});

describe('splitFullName', () => {
  it.each<[string, Partial<NameParts>]>([
    ['John Smith', { givenName: 'John', familyName: 'Smith' }],
    ['  John   Smith ', { givenName: 'John', familyName: 'Smith' }],
    ['John A. Smith', { givenName: 'John', middleName: 'A.', familyName: 'Smith' }],
    ['John Ronald Reuel Tolkien', { givenName: 'John', middleName: 'Ronald Reuel', familyName: 'Tolkien' }],
    ['Smith, John', { givenName: 'John', familyName: 'Smith' }],
    ['Smith, John A.', { givenName: 'John', middleName: 'A.', familyName: 'Smith' }],
    ['Dr. John Smith Jr.', { namePrefix: 'Dr.', givenName: 'John', familyName: 'Smith', nameSuffix: 'Jr.' }],
    ['John Smith, Jr.', { givenName: 'John', familyName: 'Smith', nameSuffix: 'Jr.' }],
    ['Smith, John, PhD', { givenName: 'John', familyName: 'Smith', nameSuffix: 'PhD' }],
    ['Mrs Jane Doe III', { namePrefix: 'Mrs', givenName: 'Jane', familyName: 'Doe', nameSuffix: 'III' }],
    ['Dr. Smith', { namePrefix: 'Dr.', familyName: 'Smith' }],
    ['Madonna', { givenName: 'Madonna' }],
    ['Vincent van Gogh', { givenName: 'Vincent', familyName: 'van Gogh' }],
    ['Maria de la Cruz', { givenName: 'Maria', familyName: 'de la Cruz' }],
    ['Van Morrison', { givenName: 'Van', familyName: 'Morrison' }],
    ['王小明', { fullName: '王小明' }],
    ['欧阳娜娜', { fullName: '欧阳娜娜' }],
    ['王 小明', { familyName: '王', givenName: '小明' }],
    ['山田 太郎', { familyName: '山田', givenName: '太郎' }],
    ['王小明 Tony', { fullName: '王小明 Tony' }],
    ['', {}],
  ])('splits %j', (full, parts) => {
    expect(splitFullName(full)).toEqual(name(parts));
  });
});

describe('contactNameFrom', () => {
  it('splits a one-field Western name and keeps a CJK one whole', () => {
    expect(contactNameFrom(name({ fullName: 'Smith, John' }))).toEqual({
      givenName: 'John',
      familyName: 'Smith',
      fullName: '',
    });
    expect(contactNameFrom(name({ fullName: '王小明' }))).toEqual({
      givenName: '',
      familyName: '',
      fullName: '王小明',
    });
  });

  it('folds the middle name into the given name', () => {
    expect(contactNameFrom(name({ givenName: 'John', middleName: 'A.', familyName: 'Smith' }))).toEqual({
      givenName: 'John A.',
      familyName: 'Smith',
      fullName: '',
    });
  });

  it('keeps a prefix or suffix in the full name, since a contact has no field for it', () => {
    expect(contactNameFrom(name({ fullName: 'Dr. Grace Hopper' }))).toEqual({
      givenName: 'Grace',
      familyName: 'Hopper',
      fullName: 'Dr. Grace Hopper',
    });
    expect(contactNameFrom(name({ namePrefix: 'Dr.', givenName: 'Grace', familyName: 'Hopper' }))).toEqual({
      givenName: 'Grace',
      familyName: 'Hopper',
      fullName: 'Dr. Grace Hopper',
    });
  });

  it('drops a full name that only repeats the parts, and keeps one that says something else', () => {
    expect(contactNameFrom(name({ fullName: 'John Smith', givenName: 'John', familyName: 'Smith' })).fullName).toBe('');
    expect(contactNameFrom(name({ fullName: 'Smith, John', givenName: 'John', familyName: 'Smith' })).fullName).toBe(
      '',
    );
    expect(contactNameFrom(name({ fullName: '王小明', givenName: '小明', familyName: '王' }))).toEqual({
      givenName: '小明',
      familyName: '王',
      fullName: '',
    });
    expect(contactNameFrom(name({ fullName: 'Johnny S.', givenName: 'John', familyName: 'Smith' })).fullName).toBe(
      'Johnny S.',
    );
  });
});

describe('countryCode', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['de', 'DE'],
    ['IS', 'IS'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['  u.s. ', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['Great Britain', 'GB'],
    ['the Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Deutschland', 'DE'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['South Korea', 'KR'],
    ['Viet Nam', 'VN'],
    ['CHN', 'CN'],
    ['中国', 'CN'],
    ['中华人民共和国', 'CN'],
    ['中國', 'CN'],
    ['美国', 'US'],
    ['英国', 'GB'],
    ['日本', 'JP'],
    ['香港', 'HK'],
    ['台湾', 'TW'],
    ['台灣', 'TW'],
    ['新加坡', 'SG'],
    ['韩国', 'KR'],
    ['Ｃｈｉｎａ', 'CN'],
    // Beyond the hand-written table, the runtime's own names.
    ['Iceland', 'IS'],
    ['冰岛', 'IS'],
    ['Bosnia and Herzegovina', 'BA'],
  ])('reads %j as %s', (raw, code) => {
    expect(countryCode(raw)).toBe(code);
  });

  it.each(['', 'Atlantis', 'EU', 'XX', '火星'])('does not know %j', (raw) => {
    expect(countryCode(raw)).toBe('');
  });
});
