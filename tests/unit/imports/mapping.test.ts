// Column mapping from real header rows (Google current and legacy, Outlook's 92 columns, Chinese WPS/Excel, a
// small-business sheet), and rows turned into people by that mapping.
import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ColumnTarget } from '@shared/import/columnMapping';
import { canonicalContactLabel } from '@shared/import/headerSynonyms';
import { mappingSignature, suggestMapping } from '@shared/import/suggestMapping';
import { mapRow } from '../../../src-main/imports/rowMapper';

/** A target in one short word, so a whole header row's expectations read as a table. */
function short(t: ColumnTarget): string {
  switch (t.kind) {
    case 'field':
      return t.field;
    case 'phone':
    case 'email':
      return `${t.kind}(${t.label})`;
    case 'address':
      return `address[${t.group}](${t.label}).${t.part}`;
    case 'label':
      return `label:${t.of}[${t.group}]`;
    default:
      return t.kind;
  }
}

const suggested = (headers: string[]) =>
  Object.fromEntries(suggestMapping(headers).map((m) => [m.header, short(m.target)]));
const headersOf = (expected: Record<string, string>) => Object.keys(expected);

const GOOGLE_CURRENT: Record<string, string> = {
  'First Name': 'givenName',
  'Middle Name': 'middleName',
  'Last Name': 'familyName',
  'Phonetic First Name': 'ignore',
  'Phonetic Middle Name': 'ignore',
  'Phonetic Last Name': 'ignore',
  'Name Prefix': 'namePrefix',
  'Name Suffix': 'nameSuffix',
  Nickname: 'note',
  'File As': 'ignore',
  'Organization Name': 'company',
  'Organization Title': 'title',
  'Organization Department': 'department',
  Birthday: 'birthday',
  Notes: 'notes',
  Photo: 'ignore',
  Labels: 'tags',
  'E-mail 1 - Label': 'label:email[1]',
  'E-mail 1 - Value': 'email()',
  'E-mail 2 - Label': 'label:email[2]',
  'E-mail 2 - Value': 'email()',
  'Phone 1 - Label': 'label:phone[1]',
  'Phone 1 - Value': 'phone()',
  'Phone 2 - Label': 'label:phone[2]',
  'Phone 2 - Value': 'phone()',
  'Address 1 - Label': 'label:address[1]',
  'Address 1 - Formatted': 'address[1]().formatted',
  'Address 1 - Street': 'address[1]().street',
  'Address 1 - City': 'address[1]().city',
  'Address 1 - PO Box': 'address[1]().street',
  'Address 1 - Region': 'address[1]().region',
  'Address 1 - Postal Code': 'address[1]().postalCode',
  'Address 1 - Country': 'address[1]().country',
  'Address 1 - Extended Address': 'address[1]().street',
  'Address 2 - Label': 'label:address[2]',
  'Address 2 - Formatted': 'address[2]().formatted',
  'Address 2 - Street': 'address[2]().street',
  'Address 2 - City': 'address[2]().city',
  'Address 2 - PO Box': 'address[2]().street',
  'Address 2 - Region': 'address[2]().region',
  'Address 2 - Postal Code': 'address[2]().postalCode',
  'Address 2 - Country': 'address[2]().country',
  'Address 2 - Extended Address': 'address[2]().street',
  'Website 1 - Label': 'ignore',
  'Website 1 - Value': 'website',
  'Website 2 - Label': 'ignore',
  'Website 2 - Value': 'website',
  'Event 1 - Label': 'note',
  'Event 1 - Value': 'note',
  'Custom Field 1 - Label': 'note',
  'Custom Field 1 - Value': 'note',
};

const GOOGLE_LEGACY: Record<string, string> = {
  Name: 'fullName',
  'Given Name': 'givenName',
  'Additional Name': 'middleName',
  'Family Name': 'familyName',
  'Yomi Name': 'ignore',
  'Given Name Yomi': 'ignore',
  'Additional Name Yomi': 'ignore',
  'Family Name Yomi': 'ignore',
  'Name Prefix': 'namePrefix',
  'Name Suffix': 'nameSuffix',
  Initials: 'ignore',
  Nickname: 'note',
  'Short Name': 'ignore',
  'Maiden Name': 'note',
  Birthday: 'birthday',
  Gender: 'ignore',
  Location: 'ignore',
  'Billing Information': 'ignore',
  'Directory Server': 'ignore',
  Mileage: 'ignore',
  Occupation: 'note',
  Hobby: 'note',
  Sensitivity: 'ignore',
  Priority: 'ignore',
  Subject: 'ignore',
  Notes: 'notes',
  Language: 'ignore',
  Photo: 'ignore',
  'Group Membership': 'tags',
  'E-mail 1 - Type': 'label:email[1]',
  'E-mail 1 - Value': 'email()',
  'E-mail 2 - Type': 'label:email[2]',
  'E-mail 2 - Value': 'email()',
  'Phone 1 - Type': 'label:phone[1]',
  'Phone 1 - Value': 'phone()',
  'Phone 2 - Type': 'label:phone[2]',
  'Phone 2 - Value': 'phone()',
  'Address 1 - Type': 'label:address[1]',
  'Address 1 - Formatted': 'address[1]().formatted',
  'Address 1 - Street': 'address[1]().street',
  'Address 1 - City': 'address[1]().city',
  'Address 1 - PO Box': 'address[1]().street',
  'Address 1 - Region': 'address[1]().region',
  'Address 1 - Postal Code': 'address[1]().postalCode',
  'Address 1 - Country': 'address[1]().country',
  'Address 1 - Extended Address': 'address[1]().street',
  'Organization 1 - Type': 'ignore',
  'Organization 1 - Name': 'company',
  'Organization 1 - Yomi Name': 'ignore',
  'Organization 1 - Title': 'title',
  'Organization 1 - Department': 'department',
  'Organization 1 - Symbol': 'ignore',
  'Organization 1 - Location': 'ignore',
  'Organization 1 - Job Description': 'ignore',
  'Organization 2 - Name': 'note',
  'Website 1 - Type': 'ignore',
  'Website 1 - Value': 'website',
};

// Outlook desktop's export, all 92 columns in the order it writes them.
const OUTLOOK: Record<string, string> = {
  Title: 'namePrefix',
  'First Name': 'givenName',
  'Middle Name': 'middleName',
  'Last Name': 'familyName',
  Suffix: 'nameSuffix',
  Company: 'company',
  Department: 'department',
  'Job Title': 'title',
  'Business Street': 'address[work](work).street',
  'Business Street 2': 'address[work](work).street',
  'Business Street 3': 'address[work](work).street',
  'Business City': 'address[work](work).city',
  'Business State': 'address[work](work).region',
  'Business Postal Code': 'address[work](work).postalCode',
  'Business Country/Region': 'address[work](work).country',
  'Home Street': 'address[home](home).street',
  'Home Street 2': 'address[home](home).street',
  'Home Street 3': 'address[home](home).street',
  'Home City': 'address[home](home).city',
  'Home State': 'address[home](home).region',
  'Home Postal Code': 'address[home](home).postalCode',
  'Home Country/Region': 'address[home](home).country',
  'Other Street': 'address[other](other).street',
  'Other Street 2': 'address[other](other).street',
  'Other Street 3': 'address[other](other).street',
  'Other City': 'address[other](other).city',
  'Other State': 'address[other](other).region',
  'Other Postal Code': 'address[other](other).postalCode',
  'Other Country/Region': 'address[other](other).country',
  "Assistant's Phone": 'note',
  'Business Fax': 'phone(fax)',
  'Business Phone': 'phone(work)',
  'Business Phone 2': 'phone(work)',
  Callback: 'phone(other)',
  'Car Phone': 'phone(other)',
  'Company Main Phone': 'phone(work)',
  'Home Fax': 'phone(fax)',
  'Home Phone': 'phone(home)',
  'Home Phone 2': 'phone(home)',
  ISDN: 'phone(other)',
  'Mobile Phone': 'phone(mobile)',
  'Other Fax': 'phone(fax)',
  'Other Phone': 'phone(other)',
  Pager: 'phone(other)',
  'Primary Phone': 'phone(main)',
  'Radio Phone': 'phone(other)',
  'TTY/TDD Phone': 'phone(other)',
  Telex: 'ignore',
  Account: 'ignore',
  Anniversary: 'note',
  "Assistant's Name": 'note',
  'Billing Information': 'ignore',
  Birthday: 'birthday',
  'Business Address PO Box': 'address[work](work).street',
  Categories: 'tags',
  Children: 'note',
  'Directory Server': 'ignore',
  'E-mail Address': 'email()',
  'E-mail Type': 'ignore',
  'E-mail Display Name': 'ignore',
  'E-mail 2 Address': 'email()',
  'E-mail 2 Type': 'ignore',
  'E-mail 2 Display Name': 'ignore',
  'E-mail 3 Address': 'email()',
  'E-mail 3 Type': 'ignore',
  'E-mail 3 Display Name': 'ignore',
  Gender: 'ignore',
  'Government ID Number': 'ignore',
  Hobby: 'note',
  'Home Address PO Box': 'address[home](home).street',
  Initials: 'ignore',
  'Internet Free Busy': 'ignore',
  Keywords: 'ignore',
  Language: 'ignore',
  Location: 'ignore',
  "Manager's Name": 'note',
  Mileage: 'ignore',
  Notes: 'notes',
  'Office Location': 'note',
  'Organizational ID Number': 'ignore',
  'Other Address PO Box': 'address[other](other).street',
  Priority: 'ignore',
  Private: 'ignore',
  Profession: 'note',
  'Referred By': 'note',
  Sensitivity: 'ignore',
  Spouse: 'note',
  'User 1': 'note',
  'User 2': 'note',
  'User 3': 'note',
  'User 4': 'note',
  'Web Page': 'website',
};

// A customer list as Chinese Excel or WPS users keep it.
const CHINESE_WPS: Record<string, string> = {
  序号: 'ignore',
  姓名: 'fullName',
  性别: 'ignore',
  公司名称: 'company',
  部门: 'department',
  职务: 'title',
  手机号码: 'phone(mobile)',
  办公电话: 'phone(work)',
  传真: 'phone(fax)',
  电子邮箱: 'email()',
  省份: 'address[main]().region',
  城市: 'address[main]().city',
  区县: 'address[main]().district',
  详细地址: 'address[main]().street',
  邮编: 'address[main]().postalCode',
  国家: 'address[main]().country',
  出生日期: 'birthday',
  标签: 'tags',
  备注: 'notes',
  网址: 'website',
  客户来源: 'note',
  微信: 'note',
};

const SMALL_BUSINESS: Record<string, string> = {
  '#': 'ignore',
  'Customer Name': 'fullName',
  Company: 'company',
  Position: 'title',
  'Email Address': 'email()',
  Phone: 'phone()',
  Mobile: 'phone(mobile)',
  'Work Phone': 'phone(work)',
  Fax: 'phone(fax)',
  Address: 'address[main]().street',
  'City/Town': 'address[main]().city',
  'State/Province': 'address[main]().region',
  'ZIP/Postal Code': 'address[main]().postalCode',
  Country: 'address[main]().country',
  DOB: 'birthday',
  Tags: 'tags',
  Comments: 'notes',
  Website: 'website',
  'Last Order': 'note',
  '': 'ignore',
};

describe('suggestMapping', () => {
  it.each([
    ['Google Contacts (current)', GOOGLE_CURRENT],
    ['Google Contacts (legacy)', GOOGLE_LEGACY],
    ["Outlook's 92 columns", OUTLOOK],
    ['a Chinese WPS/Excel sheet', CHINESE_WPS],
    ['an English small-business sheet', SMALL_BUSINESS],
  ])('maps every column of %s', (_name, expected) => {
    expect(suggested(headersOf(expected))).toEqual(expected);
  });

  it('writes out all 92 Outlook columns', () => {
    expect(headersOf(OUTLOOK)).toHaveLength(92);
  });

  it('groups Google columns by their number', () => {
    const mapping = suggestMapping(['Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value']);
    expect(mapping.map((m) => m.target)).toEqual([
      { kind: 'label', of: 'phone', group: '1' },
      { kind: 'phone', group: '1', label: '' },
      { kind: 'label', of: 'phone', group: '2' },
      { kind: 'phone', group: '2', label: '' },
    ]);
  });

  it('gives every Outlook phone and email column a group of its own', () => {
    const groups = suggestMapping(headersOf(OUTLOOK)).flatMap(({ target: t }) =>
      t.kind === 'phone' || t.kind === 'email' ? [`${t.kind}:${t.group}`] : [],
    );
    expect(groups).toHaveLength(20);
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('ignores case, spacing and punctuation, full-width letters and a BOM', () => {
    expect(suggested(['\uFEFFFIRST_NAME', 'last-name', ' e mail ', 'ＥＭＡＩＬ', 'Phone #', '手机：'])).toEqual({
      '\uFEFFFIRST_NAME': 'givenName',
      'last-name': 'familyName',
      ' e mail ': 'email()',
      ＥＭＡＩＬ: 'email()',
      'Phone #': 'phone()',
      '手机：': 'phone(mobile)',
    });
  });

  it('reads Traditional Chinese headers', () => {
    expect(suggested(['姓名', '公司', '職稱', '手機', '電話', '郵箱', '地址', '備註', '標籤'])).toEqual({
      姓名: 'fullName',
      公司: 'company',
      職稱: 'title',
      手機: 'phone(mobile)',
      電話: 'phone(work)',
      郵箱: 'email()',
      地址: 'address[main]().formatted',
      備註: 'notes',
      標籤: 'tags',
    });
  });

  it('reads a lone address column as the whole address, and as the street beside its parts', () => {
    expect(suggested(['姓名', '地址'])['地址']).toBe('address[main]().formatted');
    expect(suggested(['姓名', '省', '市', '区/县', '地址'])).toEqual({
      姓名: 'fullName',
      省: 'address[main]().region',
      市: 'address[main]().city',
      '区/县': 'address[main]().district',
      地址: 'address[main]().street',
    });
    expect(suggested(['Home Address', 'Work Address'])).toEqual({
      'Home Address': 'address[home](home).formatted',
      'Work Address': 'address[work](work).formatted',
    });
  });

  it('reads "Title" as a job title unless a "Job Title" column is there too', () => {
    expect(suggested(['Name', 'Title'])['Title']).toBe('title');
    expect(suggested(['Title', 'First Name', 'Job Title'])['Title']).toBe('namePrefix');
  });

  it('reads "Name" beside a surname column as the given name', () => {
    expect(suggested(['Name', 'Surname'])).toEqual({ Name: 'givenName', Surname: 'familyName' });
    expect(suggested(['姓', '名字'])).toEqual({ 姓: 'familyName', 名字: 'givenName' });
    expect(suggested(['名字', '电话'])['名字']).toBe('fullName');
    expect(suggested(['姓', '名'])).toEqual({ 姓: 'familyName', 名: 'givenName' });
  });

  it('understands numbered, bracketed and slash-separated variants', () => {
    const mapping = suggestMapping(['手机', '手机2', 'Email 2', '手机(必填)', '省/直辖市', 'Phone/Mobile']);
    expect(mapping.map((m) => short(m.target))).toEqual([
      'phone(mobile)',
      'phone(mobile)',
      'email()',
      'phone(mobile)',
      'address[main]().region',
      'phone()',
    ]);
    const [first, second] = mapping;
    expect(
      first?.target.kind === 'phone' && second?.target.kind === 'phone' && first.target.group !== second.target.group,
    ).toBe(true);
  });

  it('takes a label from brackets and ignores other bracketed remarks', () => {
    expect(suggested(['Email (work)', 'Phone (Home)', '手机(必填)', 'Address (Home)', 'City (Home)'])).toEqual({
      'Email (work)': 'email(work)',
      'Phone (Home)': 'phone(home)',
      '手机(必填)': 'phone(mobile)',
      'Address (Home)': 'address[home](home).street',
      'City (Home)': 'address[home](home).city',
    });
  });

  it('keeps unknown columns as notes and ignores columns without a header', () => {
    expect(suggested(['Favourite colour', '', '  ', '---'])).toEqual({
      'Favourite colour': 'note',
      '': 'ignore',
      '  ': 'ignore',
      '---': 'ignore',
    });
  });

  it('numbers columns from 0 and keeps the header as written', () => {
    expect(suggestMapping(['Name', 'E-mail'])).toEqual([
      { column: 0, header: 'Name', target: { kind: 'field', field: 'fullName' } },
      { column: 1, header: 'E-mail', target: { kind: 'email', group: 'email', label: '' } },
    ]);
  });
});

describe('mappingSignature', () => {
  it('is the same for the same headers however they are spaced or cased', () => {
    expect(mappingSignature(['\uFEFFName', ' E-mail  Address'])).toBe(mappingSignature(['name', 'e-mail address']));
  });

  it('differs when the columns differ, are reordered or added', () => {
    const base = mappingSignature(['Name', 'Email', 'Phone']);
    expect(mappingSignature(['Name', 'Phone', 'Email'])).not.toBe(base);
    expect(mappingSignature(['Name', 'Email', 'Phone', ''])).not.toBe(base);
    expect(mappingSignature(['Name', 'Email', 'Mobile'])).not.toBe(base);
    expect(mappingSignature(['姓名', '邮箱'])).not.toBe(mappingSignature(['姓名', '手机']));
  });
});

describe('canonicalContactLabel', () => {
  it('reduces the words files use to the form’s labels and keeps custom ones', () => {
    expect(
      ['Mobile', '* Work', 'Business', '手机', 'Home Fax', 'Main', '其他', 'WeChat'].map(canonicalContactLabel),
    ).toEqual(['mobile', 'work', 'work', 'mobile', 'fax', 'main', 'other', 'WeChat']);
  });
});

/** Maps one row under the suggested mapping of `headers`. */
function personFrom(headers: string[], row: string[], sourceRow = 2) {
  return mapRow(row, suggestMapping(headers), sourceRow);
}

describe('mapRow', () => {
  it('reads a Google Contacts row: labels, " ::: " multi-values, two addresses, system labels', () => {
    const headers = headersOf(GOOGLE_CURRENT);
    const cell: Record<string, string> = {
      'First Name': 'Ada',
      'Middle Name': 'King',
      'Last Name': 'Lovelace',
      'Organization Name': 'Analytical Engines Ltd',
      'Organization Title': 'Programmer',
      Birthday: '--12-10',
      Notes: 'Met at the Babbage lecture.\r\nPrefers letters.',
      Labels: '* myContacts ::: VIP ::: * starred',
      'E-mail 1 - Label': '* Work',
      'E-mail 1 - Value': 'ada@engines.example ::: ada.lovelace@engines.example',
      'E-mail 2 - Label': 'Home',
      'E-mail 2 - Value': 'ada@home.example',
      'Phone 1 - Label': 'Mobile',
      'Phone 1 - Value': '+44 7700 900123 ::: +44 7700 900456',
      'Phone 2 - Label': 'Work Fax',
      'Phone 2 - Value': '+44 20 7946 0000',
      'Address 1 - Label': 'Home',
      'Address 1 - Formatted': '12 St James Sq\nLondon SW1Y 4JH\nUK',
      'Address 1 - Street': '12 St James Sq',
      'Address 1 - City': 'London',
      'Address 1 - Postal Code': 'SW1Y 4JH',
      'Address 1 - Country': 'UK',
      'Address 1 - Extended Address': 'Flat 2',
      'Address 2 - Label': 'Work',
      'Address 2 - City': 'Cambridge',
      'Website 1 - Label': 'Profile',
      'Website 1 - Value': 'https://ada.example',
      'Event 1 - Label': 'Anniversary',
      'Event 1 - Value': '1835-07-08',
    };
    const person = personFrom(
      headers,
      headers.map((h) => cell[h] ?? ''),
      7,
    );
    expect(person).toMatchObject({
      sourceRow: 7,
      givenName: 'Ada',
      middleName: 'King',
      familyName: 'Lovelace',
      company: 'Analytical Engines Ltd',
      title: 'Programmer',
      birthday: '--12-10',
      notes: 'Met at the Babbage lecture.\nPrefers letters.',
      tags: ['VIP', 'starred'],
      websites: ['https://ada.example'],
      extraNotes: ['Event 1 - Label: Anniversary', 'Event 1 - Value: 1835-07-08'],
    });
    expect(person.emails).toEqual([
      { label: 'work', value: 'ada@engines.example' },
      { label: 'work', value: 'ada.lovelace@engines.example' },
      { label: 'home', value: 'ada@home.example' },
    ]);
    expect(person.phones).toEqual([
      { label: 'mobile', value: '+44 7700 900123' },
      { label: 'mobile', value: '+44 7700 900456' },
      { label: 'fax', value: '+44 20 7946 0000' },
    ]);
    expect(person.addresses).toEqual([
      {
        label: 'home',
        street: '12 St James Sq\nFlat 2',
        district: '',
        city: 'London',
        region: '',
        postalCode: 'SW1Y 4JH',
        country: 'UK',
        formatted: '12 St James Sq\nLondon SW1Y 4JH\nUK',
      },
      {
        label: 'work',
        street: '',
        district: '',
        city: 'Cambridge',
        region: '',
        postalCode: '',
        country: '',
        formatted: '',
      },
    ]);
  });

  it('pairs " ::: "-joined labels with " ::: "-joined values', () => {
    const person = personFrom(['Phone 1 - Label', 'Phone 1 - Value'], ['Mobile ::: Work', '111 ::: 222']);
    expect(person.phones).toEqual([
      { label: 'mobile', value: '111' },
      { label: 'work', value: '222' },
    ]);
  });

  it('splits several " ::: "-joined addresses of one group', () => {
    const person = personFrom(['Address 1 - Label', 'Address 1 - City'], ['Home', 'Paris ::: Lyon']);
    expect(person.addresses.map((a) => [a.label, a.city])).toEqual([
      ['home', 'Paris'],
      ['home', 'Lyon'],
    ]);
  });

  it('reads an Outlook row: three addresses, labelled phones, repeated numbers once, notes for Outlook-only facts', () => {
    const headers = headersOf(OUTLOOK);
    const cell: Record<string, string> = {
      Title: 'Dr.',
      'First Name': 'Grace',
      'Last Name': 'Hopper',
      Company: 'US Navy',
      'Job Title': 'Rear Admiral',
      'Business Street': '1 Navy Way',
      'Business Street 2': 'Building 4',
      'Business City': 'Arlington',
      'Business State': 'VA',
      'Business Postal Code': '22202',
      'Business Country/Region': 'United States of America',
      'Home City': 'New York',
      'Business Phone': '(703) 555-0100',
      'Mobile Phone': '+1 703 555 0199',
      'Primary Phone': '+1 (703) 555-0199',
      'Business Fax': '(703) 555-0101',
      'E-mail Address': 'grace@navy.example',
      'E-mail Type': 'SMTP',
      'E-mail Display Name': 'Grace Hopper (grace@navy.example)',
      'E-mail 2 Address': 'grace@home.example',
      Birthday: '12/9/1906',
      Anniversary: '0/0/00',
      Spouse: 'Vincent',
      Categories: 'Pioneers;VIP',
      'Web Page': 'navy.example/grace',
      Gender: 'Unspecified',
      Priority: 'Normal',
      Sensitivity: 'Normal',
      Private: 'False',
    };
    const person = personFrom(
      headers,
      headers.map((h) => cell[h] ?? ''),
    );
    expect(person).toMatchObject({
      namePrefix: 'Dr.',
      givenName: 'Grace',
      familyName: 'Hopper',
      company: 'US Navy',
      title: 'Rear Admiral',
      birthday: '12/9/1906',
      tags: ['Pioneers', 'VIP'],
      websites: ['navy.example/grace'],
      extraNotes: ['Anniversary: 0/0/00', 'Spouse: Vincent'],
    });
    expect(person.phones).toEqual([
      { label: 'fax', value: '(703) 555-0101' },
      { label: 'work', value: '(703) 555-0100' },
      { label: 'mobile', value: '+1 703 555 0199' },
    ]);
    expect(person.emails).toEqual([
      { label: '', value: 'grace@navy.example' },
      { label: '', value: 'grace@home.example' },
    ]);
    expect(person.addresses).toEqual([
      {
        label: 'work',
        street: '1 Navy Way\nBuilding 4',
        district: '',
        city: 'Arlington',
        region: 'VA',
        postalCode: '22202',
        country: 'United States of America',
        formatted: '',
      },
      {
        label: 'home',
        street: '',
        district: '',
        city: 'New York',
        region: '',
        postalCode: '',
        country: '',
        formatted: '',
      },
    ]);
  });

  it('reads a Chinese row: several numbers in one cell, district, notes from unknown columns', () => {
    const headers = headersOf(CHINESE_WPS);
    const cell: Record<string, string> = {
      序号: '17',
      姓名: ' 王小明 ',
      性别: '男',
      公司名称: '上海明达贸易有限公司',
      职务: '采购经理',
      手机号码: '13800138000、13900139000',
      办公电话: '021-6288 8888 转 801',
      电子邮箱: 'wangxm@mingda.example；xiaoming@mail.example',
      省份: '上海市',
      城市: '上海市',
      区县: '浦东新区',
      详细地址: '世纪大道 100 号\n20 楼',
      邮编: '200120',
      国家: '中国',
      出生日期: '1985年3月8日',
      标签: '重要客户，华东、重要客户',
      备注: '  喜欢喝茶  ',
      客户来源: '展会',
      微信: 'wxm_1985',
    };
    const person = personFrom(
      headers,
      headers.map((h) => cell[h] ?? ''),
    );
    expect(person).toMatchObject({
      fullName: '王小明',
      company: '上海明达贸易有限公司',
      title: '采购经理',
      birthday: '1985年3月8日',
      tags: ['重要客户', '华东'],
      notes: '喜欢喝茶',
      extraNotes: ['客户来源: 展会', '微信: wxm_1985'],
    });
    expect(person.phones).toEqual([
      { label: 'mobile', value: '13800138000' },
      { label: 'mobile', value: '13900139000' },
      { label: 'work', value: '021-6288 8888 转 801' },
    ]);
    expect(person.emails.map((e) => e.value)).toEqual(['wangxm@mingda.example', 'xiaoming@mail.example']);
    expect(person.addresses).toEqual([
      {
        label: '',
        street: '世纪大道 100 号\n20 楼',
        district: '浦东新区',
        city: '上海市',
        region: '上海市',
        postalCode: '200120',
        country: '中国',
        formatted: '',
      },
    ]);
  });

  it('skips empty cells, short rows and label-only groups, and trims single-line values', () => {
    const headers = ['Name', 'Company', 'Phone 1 - Label', 'Phone 1 - Value', 'Address 1 - Label', 'Address 1 - City'];
    const person = personFrom(headers, ['  Ada\n Lovelace ', '', 'Mobile', '   ', 'Home']);
    expect(person).toEqual({
      ...personFrom([], [], 2),
      fullName: 'Ada Lovelace',
    });
  });

  it('keeps a second, different value for a single field as a note', () => {
    const person = personFrom(['Company', '单位'], ['Acme', 'Acme Bakery']);
    expect(person.company).toBe('Acme');
    expect(person.extraNotes).toEqual(['单位: Acme Bakery']);
  });

  it('follows a mapping the user changed, whatever the headers say', () => {
    const mapping: ColumnMapping[] = [
      { column: 0, header: 'Col A', target: { kind: 'field', field: 'familyName' } },
      { column: 1, header: 'Col B', target: { kind: 'phone', group: 'x', label: 'home' } },
      { column: 2, header: 'Col C', target: { kind: 'ignore' } },
      { column: 3, header: 'Col D', target: { kind: 'note' } },
    ];
    const person = mapRow(['Smith', '555-0100; 555-0101', 'secret', 'line 1\r\nline 2'], mapping, 3);
    expect(person).toMatchObject({
      familyName: 'Smith',
      phones: [
        { label: 'home', value: '555-0100' },
        { label: 'home', value: '555-0101' },
      ],
      extraNotes: ['Col D: line 1\nline 2'],
    });
    expect(JSON.stringify(person)).not.toContain('secret');
  });
});
