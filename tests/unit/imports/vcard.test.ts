// vCard import and export: real exports from phones, Google and Outlook read field for field, broken files read
// as far as they go, and Rapport's own export read back exactly for arbitrary contacts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain/contact';
import { emptyImportedAddress, emptyImportedPerson, type ImportedPerson } from '@shared/import/importedPerson';
import { decodeVCardBytes, parseVCards } from '../../../src-main/imports/vcardReader';
import { writeVCards } from '../../../src-main/exports/vcardWriter';

const fixture = (name: string) =>
  parseVCards(decodeVCardBytes(readFileSync(resolve(import.meta.dirname, '../../fixtures/vcard', name))));

/** A card's text from lines, with CRLF ends as every writer uses. */
const vcf = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const card = (...lines: string[]) => vcf('BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD');
const only = (text: string): ImportedPerson => {
  const { people } = parseVCards(text);
  expect(people).toHaveLength(1);
  return people[0]!;
};

describe('parseVCards on real exports', () => {
  it('reads an iPhone export: Apple labels, preferred values first, company cards, no-year birthdays', () => {
    const { people, warnings } = fixture('iphone-3.0.vcf');
    expect(people.map((p) => p.sourceRow)).toEqual([1, 2, 3]);
    expect(people[0]).toEqual({
      ...emptyImportedPerson(1),
      fullName: 'Dr. Johnny Quincy Appleseed Jr.',
      givenName: 'Johnny',
      familyName: 'Appleseed',
      middleName: 'Quincy',
      namePrefix: 'Dr.',
      nameSuffix: 'Jr.',
      company: 'Orchard Supply Co.',
      department: 'Purchasing',
      title: 'Head Buyer',
      phones: [
        { label: 'mobile', value: '(555) 010-1234' },
        { label: 'mobile', value: '+1 555 010 9999' },
        { label: 'Assistant', value: '+1 (555) 010-7777' },
        { label: 'fax', value: '+1 555 010 4321' },
        { label: 'main', value: '+1 555 010 0000' },
      ],
      emails: [
        { label: 'work', value: 'j.appleseed@orchard.example' },
        { label: 'other', value: 'johnny.home@example.com' },
      ],
      addresses: [
        {
          ...emptyImportedAddress('work'),
          street: '1 Orchard Way\nBuilding 2',
          city: 'Cupertino',
          region: 'CA',
          postalCode: '95014',
          country: 'United States',
        },
        {
          ...emptyImportedAddress('home'),
          street: '12 Orchard Rd',
          city: 'Springfield',
          region: 'IL',
          postalCode: '62701',
          country: 'United States',
        },
      ],
      birthday: '--07-01',
      notes: 'Met at the spring fair, booth 12.\nPrefers email; call only if urgent.',
      websites: ['https://orchard.example'],
    });
    expect(people[1]).toMatchObject({ fullName: '', givenName: '', company: 'Green Valley Farms' });
    expect(people[1]!.phones).toEqual([{ label: 'work', value: '+1 555 010 2000' }]);
    expect(people[2]).toMatchObject({ fullName: '王小明', familyName: '王', givenName: '小明' });
    expect(people[2]!.addresses[0]).toMatchObject({ street: '浦东新区世纪大道100号', city: '上海市', country: '中国' });
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: 'Photos are not imported (2 cards had one).' },
    ]);
  });

  it("reads a Google Contacts export: custom labels, escaped URLs, tags without Google's system group", () => {
    const { people, warnings } = fixture('google-3.0.vcf');
    expect(warnings).toEqual([]);
    const [maria, chen, lina] = people;
    expect(maria).toMatchObject({
      fullName: 'María García López',
      givenName: 'María',
      familyName: 'García López',
      company: 'Acme Iberia S.L.',
      title: 'Directora comercial',
      birthday: '1985-03-14',
      notes: 'Prefiere WhatsApp.\nIdioma: español',
      tags: ['Clientes VIP', 'Madrid'],
      websites: ['http://www.acme-iberia.example'],
    });
    expect(maria!.phones).toEqual([
      { label: 'mobile', value: '+34 612 345 678' },
      { label: 'work', value: '+34 91 123 45 67' },
      { label: 'Oficina Barcelona', value: '+34 600 000 111' },
    ]);
    expect(maria!.emails.map((e) => e.label)).toEqual(['home', 'work']);
    expect(maria!.addresses).toEqual([
      {
        ...emptyImportedAddress('work'),
        street: 'Calle de Alcalá, 42\n3º izquierda',
        city: 'Madrid',
        region: 'Madrid',
        postalCode: '28014',
        country: 'España',
      },
    ]);
    expect(chen).toMatchObject({ fullName: 'Chen', givenName: 'Chen', birthday: '--07-01', tags: [] });
    expect(lina).toMatchObject({ fullName: '李娜', familyName: '李', givenName: '娜', tags: ['深圳客户'] });
    expect(lina!.emails).toEqual([{ label: '', value: 'lina@example.cn' }]);
  });

  it('reads an Outlook 2.1 export in Windows-1252 with quoted-printable notes and addresses', () => {
    const { people, warnings } = fixture('outlook-2.1-windows-1252.vcf');
    expect(warnings).toEqual([]);
    expect(people[0]).toEqual({
      ...emptyImportedPerson(1),
      fullName: 'Dr. Jürgen Müller',
      givenName: 'Jürgen',
      familyName: 'Müller',
      namePrefix: 'Dr.',
      company: 'Müller & Söhne GmbH',
      department: 'Vertrieb',
      title: 'Verkaufsleiter',
      phones: [
        { label: 'work', value: '+49 30 1234567' },
        { label: 'mobile', value: '+49 170 1234567' },
        { label: 'fax', value: '+49 30 1234568' },
      ],
      emails: [
        { label: '', value: 'j.mueller@mueller-soehne.example' },
        { label: '', value: 'juergen.privat@example.de' },
      ],
      addresses: [
        {
          ...emptyImportedAddress('work'),
          street: 'Hauptstraße 5\nHinterhaus',
          city: 'Berlin',
          postalCode: '10115',
          country: 'Deutschland',
        },
      ],
      birthday: '19800701',
      notes:
        'Kennengelernt auf der Hannover Messe – Halle 7, Stand B12.\n' +
        'Bevorzugt Anrufe vormittags; Angebote bitte in € netto.',
      websites: ['http://www.mueller-soehne.example'],
    });
    expect(people[1]).toMatchObject({ fullName: 'Anaïs Dubois', company: 'Café Crème SARL' });
    expect(people[1]!.tags).toEqual(['Lieferant', 'Paris']);
  });

  it('reads an old Android 2.1 export: UTF-8 quoted-printable Chinese split mid-character across soft breaks', () => {
    const { people, warnings } = fixture('android-2.1-utf8-qp.vcf');
    expect(people[0]).toEqual({
      ...emptyImportedPerson(1),
      fullName: '张伟',
      givenName: '伟',
      familyName: '张',
      company: '北京星河贸易有限公司',
      department: '华北销售部',
      title: '销售经理',
      phones: [
        { label: 'mobile', value: '138 0013 8000' },
        { label: 'work', value: '010-6552 1234' },
        { label: 'home', value: '010-8888 6666' },
      ],
      emails: [{ label: 'work', value: 'zhangwei@xinghe-trade.example.cn' }],
      addresses: [
        {
          ...emptyImportedAddress('work'),
          street: '朝阳区建国路88号SOHO现代城5号楼1201室',
          city: '北京市',
          region: '北京',
          postalCode: '100022',
          country: '中国',
        },
      ],
      birthday: '1980-07-01',
      notes: '2023年广交会认识，对我们的春季新品很感兴趣。\n下次拜访前先发报价单；联系时间：工作日上午。',
    });
    // FN written in Western order ("娜 李"), and no FN at all: the name is family first, as a Chinese user reads it.
    expect(people[1]).toMatchObject({ fullName: '李娜', familyName: '李', givenName: '娜' });
    expect(people[1]!.phones).toEqual([
      { label: 'mobile', value: '+86 139 1234 5678' },
      { label: 'Assistant', value: '+86 21 6123 4567' },
    ]);
    expect(people[2]).toMatchObject({ fullName: '王芳', familyName: '王', givenName: '芳' });
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: 'Photos are not imported (1 card had one).' },
    ]);
  });

  it('reads quoted-printable in GB2312, Big5 and Shift_JIS, with trail bytes left as plain ASCII', () => {
    const { people, warnings } = fixture('nokia-gb2312-qp.vcf');
    expect(warnings).toEqual([]);
    expect(people[0]).toMatchObject({
      fullName: '刘德华',
      familyName: '刘',
      givenName: '德华',
      company: '天星娱乐有限公司',
      notes: '老客户，每年春节前订货。\n地址见名片。',
    });
    expect(people[0]!.phones).toEqual([
      { label: 'mobile', value: '13912345678' },
      { label: 'fax', value: '020-8765 4321' },
    ]);
    expect(people[1]).toMatchObject({ fullName: '陳大文', company: '臺北貿易股份有限公司' });
    expect(people[2]).toMatchObject({ fullName: '山田太郎', title: '営業部長' });
  });

  it('reads vCard 4.0: quoted type lists, PREF=1, tel: URIs, folded quoted parameters, --MMDD birthdays', () => {
    const { people, warnings } = fixture('vcard-4.0.vcf');
    expect(people[0]).toMatchObject({
      fullName: 'Forrest Gump',
      givenName: 'Forrest',
      familyName: 'Gump',
      namePrefix: 'Mr.',
      company: 'Bubba Gump Shrimp Co.',
      title: 'Shrimp Man',
      birthday: '--0203',
      tags: ['shrimp', 'running, mostly', 'boats'],
      notes: "Life is like a box of chocolates; you never know what you're gonna get.\nMama always said so.",
      websites: ['https://bubbagump.example'],
    });
    expect(people[0]!.phones).toEqual([
      { label: 'home', value: '+1-404-555-1212' },
      { label: 'work', value: '+1-111-555-1212' },
      { label: 'mobile', value: '+1-404-555-1213' },
    ]);
    expect(people[0]!.addresses.map((a) => [a.label, a.street])).toEqual([
      ['home', '42 Plantation St.'],
      ['work', '100 Waters Edge'],
    ]);
    expect(people[1]).toMatchObject({ fullName: '', company: 'Bubba Gump Shrimp Co.' });
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: 'Photos are not imported (1 card had one).' },
    ]);
  });

  it('reads a broken file as far as it goes and says which cards had what problem', () => {
    const { people, warnings } = fixture('malformed.vcf');
    expect(people.map((p) => [p.sourceRow, p.fullName])).toEqual([
      [1, 'Alice Good'],
      [2, 'Bob Noend'],
      [4, 'Carol Garbage'],
      [5, 'Dave Truncated'],
    ]);
    expect(people[2]!.phones).toEqual([{ label: 'work', value: '+1 555 0102' }]);
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: '1 line before card 1 was ignored.' },
      { card: 2, message: 'Card 2 has no END:VCARD line; it was read up to the start of card 3.' },
      { card: 3, message: 'Card 3 has no name, company, phone or email; it was skipped.' },
      { card: 4, message: 'Card 4: skipped 2 lines that are not vCard properties.' },
      { card: 5, message: '1 line before card 5 was ignored.' },
      { card: 5, message: 'Card 5 has no END:VCARD line; it was read up to the end of the file.' },
    ]);
    // The same, as codes and figures a screen says in its own language.
    expect(warnings.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'lines_outside_cards', params: { count: '1', where: 'before', card: '1' } },
      { code: 'card_not_ended', params: { card: '2', next: '3' } },
      { code: 'card_empty', params: { card: '3' } },
      { code: 'card_bad_lines', params: { card: '4', count: '2' } },
      { code: 'lines_outside_cards', params: { count: '1', where: 'before', card: '5' } },
      { code: 'card_not_ended', params: { card: '5', next: '' } },
    ]);
  });
});

describe('parseVCards, line by line', () => {
  it('refuses an empty file and a file without vCards with a clear message', () => {
    expect(() => parseVCards('')).toThrow('The file is empty');
    expect(() => parseVCards('\uFEFF \r\n\r\n')).toThrow('The file is empty');
    expect(() => parseVCards('Name,Email\r\nAda,ada@example.com\r\n')).toThrow('no vCards');
    const binary = new TextDecoder('latin1').decode(Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    expect(() => parseVCards(binary)).toThrow('no vCards');
  });

  it('unfolds CRLF, LF and CR lines continued with a space or a tab', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ada Love\n lace\nNOTE:one \r\n\ttwo\rEND:VCARD\n';
    expect(only(text)).toMatchObject({ fullName: 'Ada Lovelace', notes: 'one two' });
  });

  it('keeps the whitespace of a folded 2.1 line, as RFC 822 folding does', () => {
    const text = vcf('BEGIN:VCARD', 'VERSION:2.1', 'FN:Ada', 'NOTE:Likes tea', ' and biscuits', 'END:VCARD');
    expect(only(text).notes).toBe('Likes tea and biscuits');
  });

  it('unescapes 3.0 text, leaving unknown backslash sequences alone', () => {
    const person = only(card('FN:A\\, B\\; C\\\\D', 'NOTE:line 1\\nline 2\\Nline 3 C:\\temp'));
    expect(person.fullName).toBe('A, B; C\\D');
    expect(person.notes).toBe('line 1\nline 2\nline 3 C:\\temp');
  });

  it('splits N and ADR only on unescaped semicolons, and reads N value lists as words', () => {
    const person = only(
      card('N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.', 'ADR:;;1\\; 2 Main St\\, Unit 4;Town;;;', 'FN:John Stevenson'),
    );
    expect(person).toMatchObject({ middleName: 'Philip Paul', namePrefix: 'Dr.', nameSuffix: 'Jr. M.D.' });
    expect(person.addresses[0]).toMatchObject({ street: '1; 2 Main St, Unit 4', city: 'Town' });
  });

  it('reads every way of writing types, and an item group label before or after its value', () => {
    const person = only(
      card(
        'FN:Types',
        'TEL;TYPE=WORK,VOICE:1',
        'TEL;TYPE=work;TYPE=cell:2',
        'TEL;type=HOME;type=FAX:3',
        'item9.X-ABLabel:_$!<Mobile>!$_',
        'item9.TEL:4',
        'ITEM2.TEL;TYPE=HOME:5',
        'item2.X-ABLabel:Holiday home',
        'TEL;TYPE=PAGER:6',
        'TEL:7',
        'EMAIL;TYPE=INTERNET,HOME:a@example.com',
        'item3.EMAIL:b@example.com',
        'item3.X-ABLabel:Work',
      ),
    );
    expect(person.phones).toEqual([
      { label: 'work', value: '1' },
      { label: 'mobile', value: '2' },
      { label: 'fax', value: '3' },
      { label: 'mobile', value: '4' },
      { label: 'Holiday home', value: '5' },
      { label: 'pager', value: '6' },
      { label: '', value: '7' },
    ]);
    expect(person.emails).toEqual([
      { label: 'home', value: 'a@example.com' },
      { label: 'work', value: 'b@example.com' },
    ]);
  });

  it('reads 2.1 bare types and encodings, and a QP continuation line that starts with a space', () => {
    const person = only(
      vcf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Jos=E9;Ana=',
        ' Mar=EDa',
        'TEL;CELL;HOME:+34 600 000 000',
        'EMAIL;PREF;INTERNET;WORK:ana@example.es',
        'END:VCARD',
      ),
    );
    expect(person).toMatchObject({ familyName: 'José', givenName: 'Ana María' });
    expect(person.phones).toEqual([{ label: 'mobile', value: '+34 600 000 000' }]);
    expect(person.emails).toEqual([{ label: 'work', value: 'ana@example.es' }]);
  });

  it('guesses UTF-8 or Windows-1252 for quoted-printable without a CHARSET, and warns about an unknown one', () => {
    const noCharset = (qp: string) =>
      only(vcf('BEGIN:VCARD', 'VERSION:2.1', `FN;ENCODING=QUOTED-PRINTABLE:${qp}`, 'END:VCARD')).fullName;
    expect(noCharset('Ren=C3=A9e')).toBe('Renée');
    expect(noCharset('Ren=E9e')).toBe('Renée');
    const { people, warnings } = parseVCards(
      vcf('BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=X-KLINGON;ENCODING=QUOTED-PRINTABLE:Worf', 'END:VCARD'),
    );
    expect(people[0]!.fullName).toBe('Worf');
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: 'Card 1: unknown character set "X-KLINGON" in FN; it was read as UTF-8.' },
    ]);
  });

  it('decodes a base64-encoded text value', () => {
    const name = Buffer.from('Zoë Ångström', 'utf8').toString('base64');
    const text = vcf('BEGIN:VCARD', 'VERSION:2.1', `FN;CHARSET=UTF-8;ENCODING=BASE64:${name.slice(0, 8)}`);
    expect(only(`${text} ${name.slice(8)}\r\n\r\nEND:VCARD\r\n`).fullName).toBe('Zoë Ångström');
  });

  it('keeps a CJK FN that is neither order of the parts, and Western names as written', () => {
    expect(only(card('N:张;伟;;;', 'FN:老张')).fullName).toBe('老张');
    expect(only(card('N:张;伟;;;', 'FN:张伟')).fullName).toBe('张伟');
    expect(only(card('N:Smith;John;;;', 'FN:John Smith')).fullName).toBe('John Smith');
    expect(only(card('N:Smith;John;;;')).fullName).toBe('');
  });

  it('skips a multi-megabyte inline photo quickly, with one warning for the file', () => {
    const base64Line = 'A'.repeat(74);
    const photo = Array.from({ length: 120_000 }, () => ` ${base64Line}`).join('\r\n'); // ~9 MB
    const text =
      card('FN:Big Photo', `PHOTO;ENCODING=b;TYPE=JPEG:${base64Line}`, photo, 'TEL:+1 555 0100') +
      card('FN:Uri Photo', 'PHOTO;VALUE=uri:https://example.com/p.jpg');
    const started = performance.now();
    const { people, warnings } = parseVCards(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(people.map((p) => p.fullName)).toEqual(['Big Photo', 'Uri Photo']);
    expect(people[0]!.phones).toEqual([{ label: '', value: '+1 555 0100' }]);
    expect(warnings.map(({ card, message }) => ({ card, message }))).toEqual([
      { card: 1, message: 'Photos are not imported (2 cards had one).' },
    ]);
  });

  it('reads a 2.1 photo whose base64 lines are not indented', () => {
    const person = only(
      vcf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ',
        'SkZJRgABAQ==',
        '',
        'FN:Ann',
        'END:VCARD',
      ),
    );
    expect(person.fullName).toBe('Ann');
  });

  it('never crashes on arbitrary text inside cards', () => {
    const piece = fc.oneof(
      fc.constantFrom('\r\n', '\n', ' ', '=', ';', ':', '\\', '"', 'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1'),
      fc.constantFrom('N;ENCODING=QUOTED-PRINTABLE;CHARSET=GBK:', 'TEL;TYPE="a,b:', 'item1.X-ABLabel:', 'PHOTO:'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { people, warnings } = parseVCards(`BEGIN:VCARD\r\n${pieces.join('')}`);
        expect(people.length + warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes a file in the encoding its CHARSET parameters name when it is not UTF-8', () => {
    const gbk = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK:'),
      Buffer.from([0xd5, 0xc5, 0xce, 0xb0]),
      Buffer.from('\r\nEND:VCARD\r\n'),
    ]);
    expect(only(decodeVCardBytes(gbk)).fullName).toBe('张伟');
    expect(only(decodeVCardBytes(Buffer.from('\uFEFF' + card('FN:李娜'), 'utf16le'))).fullName).toBe('李娜');
  });
});

// ---------------------------------------------------------------------------------------------------------

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 1,
  givenName: '',
  familyName: '',
  fullName: '',
  displayName: '',
  title: '',
  companyId: null,
  companyName: null,
  phones: [],
  emails: [],
  addresses: [],
  birthday: null,
  notes: '',
  tags: [],
  lifecycle: 'customer',
  lastActivityAt: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

describe('writeVCards', () => {
  it('writes a 3.0 card that Apple, Google and Outlook read: types, Apple labels, escaping, CRLF', () => {
    const text = writeVCards([
      contact({
        givenName: 'Ada',
        familyName: 'Lovelace',
        title: 'Analyst',
        companyName: 'Babbage, Lovelace & Co; Ltd',
        phones: [
          { label: 'mobile', value: '+44 20 7946 0958' },
          { label: 'fax', value: '+44 20 7946 0959' },
          { label: 'main', value: '+44 20 7946 0000' },
          { label: 'Assistant', value: '+44 20 7946 0001' },
        ],
        emails: [{ label: 'work', value: 'ada@example.com' }],
        addresses: [
          {
            label: 'home',
            street: '12 St James’s Sq\nFlat 2',
            city: 'London',
            region: '',
            postalCode: 'SW1Y 4JH',
            country: 'GB',
          },
        ],
        birthday: '--12-10',
        notes: 'Poetical science; see notes\\drafts, vol. 2',
        tags: ['vip', 'math'],
      }),
      contact({ fullName: '张伟', phones: [{ label: '', value: '138 0013 8000' }] }),
    ]);
    expect(text).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//Rapport//Rapport CRM//EN',
        'N:Lovelace;Ada;;;',
        'FN:Ada Lovelace',
        'X-RAPPORT-NAME:parts',
        'ORG:Babbage\\, Lovelace & Co\\; Ltd',
        'TITLE:Analyst',
        'TEL;TYPE=CELL,VOICE,PREF:+44 20 7946 0958',
        'TEL;TYPE=FAX:+44 20 7946 0959',
        'item1.TEL;TYPE=VOICE:+44 20 7946 0000',
        'item1.X-ABLabel:_$!<Main>!$_',
        'item2.TEL;TYPE=VOICE:+44 20 7946 0001',
        'item2.X-ABLabel:Assistant',
        'EMAIL;TYPE=INTERNET,WORK:ada@example.com',
        'ADR;TYPE=HOME:;;12 St James’s Sq\\nFlat 2;London;;SW1Y 4JH;GB',
        'BDAY:--12-10',
        'NOTE:Poetical science\\; see notes\\\\drafts\\, vol. 2',
        'CATEGORIES:vip,math',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//Rapport//Rapport CRM//EN',
        'N:;张伟;;;',
        'FN:张伟',
        'X-RAPPORT-NAME:full',
        'TEL;TYPE=VOICE:138 0013 8000',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('writes and reads labels that are names of object properties as plain text', () => {
    const c = contact({
      fullName: 'Proto',
      phones: [{ label: '__proto__', value: '+1 555 0100' }],
      emails: [{ label: 'constructor', value: 'p@example.com' }],
    });
    const back = only(writeVCards([c]));
    expect(back.phones).toEqual([{ label: '__proto__', value: '+1 555 0100' }]);
    expect(back.emails).toEqual([{ label: 'constructor', value: 'p@example.com' }]);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const notes = '长'.repeat(100) + 'é'.repeat(50) + '😀'.repeat(40) + 'x'.repeat(100);
    const text = writeVCards([contact({ fullName: 'Fold', notes })]);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDFFF]/u); // a lone surrogate would mean a split emoji
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    expect(only(text).notes).toBe(notes);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Round trip: whatever a contact holds, writing and reading it gives it back.

/** Text a person could type: any Unicode, weighted toward what breaks vCards (, ; \ : newlines, CJK, emoji). */
const anyText = (maxLength: number, multiline: boolean) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(',', ';', '\\', ':', '=', '"', ' ', '\\n', '\\,', ...(multiline ? ['\n'] : [])),
        fc.constantFrom('张', '伟', '欧阳', 'é', 'ß', 'Ω', '😀', '👩‍👩‍👧', 'ﬁ', '\u00a0'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength,
    })
    // Control characters are not text anyone types (the writer drops them); line breaks come back as "\n".
    .map((s) => s.replace(/[^\P{Cc}\n]/gu, ''));
const field = (maxLength = 30) => anyText(maxLength, true).map((s) => s.trim());
const nonEmptyField = field().filter((s) => s !== '');
const phoneLabel = fc.oneof(fc.constantFrom('mobile', 'work', 'home', 'main', 'fax', 'other', ''), nonEmptyField);
const placeLabel = fc.oneof(fc.constantFrom('work', 'home', 'other', ''), nonEmptyField);
/**
 * A custom label stays as written, except one that spells a label key in another way ("Work", "Cell",
 * Apple's "_$!<Work>!$_"): the reader reads those as the key, on purpose.
 */
const LABEL_KEYS = ['mobile', 'work', 'home', 'main', 'fax', 'other'];
const LABEL_ALIASES = ['cell', 'iphone', 'homefax', 'workfax', 'otherfax'];
const keepsItsText = (label: string) =>
  LABEL_KEYS.includes(label) ||
  (![...LABEL_KEYS, ...LABEL_ALIASES].includes(label.toLowerCase()) && !/^_\$!<.*>!\$_$/.test(label));

const phone = fc.record({
  label: phoneLabel.filter(keepsItsText),
  value: fc
    .tuple(fc.constantFrom('+1 ', '+86 ', '(0)', ''), fc.stringMatching(/^[0-9][0-9 ()-]{5,14}[0-9]$/))
    .map(([a, b]) => a + b),
});
const email = fc.record({ label: placeLabel.filter(keepsItsText), value: fc.emailAddress() });
const address = fc.record({
  label: placeLabel.filter(keepsItsText),
  street: anyText(60, true).map((s) => s.trim()),
  city: field(),
  region: field(),
  postalCode: fc.stringMatching(/^[0-9A-Z -]{0,10}$/).map((s) => s.trim()),
  country: fc.constantFrom('', 'US', 'CN', 'DE', 'GB'),
});
const birthday = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }).map((d) => {
    const iso = d.toISOString().slice(0, 10);
    return d.getUTCDay() === 0 ? `--${iso.slice(5)}` : iso;
  }),
);
const name = fc
  .record({ givenName: field(), familyName: field(), fullName: field() })
  .filter((n) => n.givenName !== '' || n.familyName !== '' || n.fullName !== '');
const arbitraryContact = fc
  .record({
    name,
    title: field(),
    companyName: fc.option(nonEmptyField, { nil: null }),
    phones: fc.array(phone, { maxLength: 4 }),
    emails: fc.array(email, { maxLength: 3 }),
    addresses: fc.array(address, { maxLength: 2 }),
    birthday,
    notes: anyText(200, true),
    tags: fc.uniqueArray(nonEmptyField, { maxLength: 5 }),
  })
  .map(({ name, ...rest }) => contact({ ...name, ...rest }))
  // An address with no parts at all is not an address; there is nothing to write or read back.
  .map((c) => ({
    ...c,
    addresses: c.addresses.filter((a) => [a.street, a.city, a.region, a.postalCode, a.country].some((p) => p !== '')),
  }));

/** What a contact looks like as an ImportedPerson; vCard has no separate district or one-line address. */
const asImported = (c: Contact, sourceRow: number): ImportedPerson => ({
  ...emptyImportedPerson(sourceRow),
  fullName: c.fullName,
  givenName: c.givenName,
  familyName: c.familyName,
  company: c.companyName ?? '',
  title: c.title,
  phones: c.phones,
  emails: c.emails,
  addresses: c.addresses.map(({ label, ...parts }) => ({ ...emptyImportedAddress(label), ...parts })),
  birthday: c.birthday ?? '',
  notes: c.notes,
  tags: c.tags,
});

describe('vCard round trip', () => {
  it('gives back every field of any contact exactly', () => {
    fc.assert(
      fc.property(fc.array(arbitraryContact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const { people, warnings } = parseVCards(writeVCards(contacts));
        expect(warnings).toEqual([]);
        expect(people).toEqual(contacts.map((c, i) => asImported(c, i + 1)));
      }),
      { numRuns: 300 },
    );
  });
});
