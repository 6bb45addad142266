// The address block on labels and envelopes: per-country line order, collapsing empty fields, user layouts,
// completeness reasons and mailing sort orders, asserted line by line on real-looking addresses.
import { describe, expect, it } from 'vitest';
import type { PostalAddress } from '@shared/domain/contact';
import { RapportError } from '@shared/api/result';
import {
  compareRecipientsByName,
  compareRecipientsByPostalCode,
  compareSortKeys,
  defaultLayoutFor,
  formatAddressBlock,
  isCompleteAddress,
  labelRecipientOfCompany,
  labelRecipientOfContact,
  postalSortKey,
  validateAddressLayout,
  type LabelRecipient,
} from '@shared/labels/addressBlock';

function address(parts: Partial<PostalAddress>): PostalAddress {
  return { label: 'work', street: '', city: '', region: '', postalCode: '', country: '', ...parts };
}

function person(
  name: { givenName?: string; familyName?: string; fullName?: string; title?: string; companyName?: string | null },
  at: Partial<PostalAddress>,
): LabelRecipient {
  return labelRecipientOfContact(
    {
      givenName: name.givenName ?? '',
      familyName: name.familyName ?? '',
      fullName: name.fullName ?? '',
      title: name.title ?? '',
      companyName: name.companyName ?? null,
    },
    address(at),
  );
}

const janeInSanFrancisco = person(
  { givenName: 'Jane', familyName: 'Doe', title: 'Director of Operations', companyName: 'Acme Corp' },
  { street: '1 Market St\nSuite 300', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
);

describe('address block by destination country', () => {
  it('writes a US address with the title, city and state in capitals, and no country line at home', () => {
    expect(formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', includeTitle: true })).toEqual([
      'Jane Doe',
      'Director of Operations',
      'Acme Corp',
      '1 Market St',
      'Suite 300',
      'SAN FRANCISCO, CA 94105',
    ]);
  });

  it('adds the country in English capitals when the mail goes abroad, and leaves the title out by default', () => {
    expect(formatAddressBlock(janeInSanFrancisco, { senderCountry: 'CN' })).toEqual([
      'Jane Doe',
      'Acme Corp',
      '1 Market St',
      'Suite 300',
      'SAN FRANCISCO, CA 94105',
      'UNITED STATES',
    ]);
  });

  it('writes a UK address with the post town in capitals and the postcode on its own line', () => {
    const oliver = person(
      { givenName: 'Oliver', familyName: 'Smith', companyName: 'Smith & Sons Ltd' },
      { street: '221B Baker Street', city: 'London', postalCode: 'nw1 6xe', country: 'GB' },
    );
    expect(formatAddressBlock(oliver, { senderCountry: 'US' })).toEqual([
      'Oliver Smith',
      'Smith & Sons Ltd',
      '221B Baker Street',
      'LONDON',
      'NW1 6XE',
      'UNITED KINGDOM',
    ]);
  });

  it('writes a German business address company first, then "postcode city"', () => {
    const max = person(
      { givenName: 'Max', familyName: 'Mustermann', companyName: 'Muster GmbH' },
      { street: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE' },
    );
    expect(formatAddressBlock(max, { senderCountry: 'DE' })).toEqual([
      'Muster GmbH',
      'Max Mustermann',
      'Hauptstraße 5',
      '10115 Berlin',
    ]);
  });

  it('writes a French address with the locality in capitals', () => {
    const marie = person(
      { givenName: 'Marie', familyName: 'Dupont', companyName: 'Société Exemple' },
      { street: '12 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
    );
    expect(formatAddressBlock(marie, { senderCountry: 'US' })).toEqual([
      'Société Exemple',
      'Marie Dupont',
      '12 rue de la Paix',
      '75002 PARIS',
      'FRANCE',
    ]);
  });

  const wangWei = person(
    { givenName: '伟', familyName: '王', title: '经理', companyName: '深圳市星河科技有限公司' },
    {
      street: '南山区科技园路1号\n2栋301室',
      city: '深圳市',
      region: '广东省',
      postalCode: '518057',
      country: 'CN',
    },
  );

  it('writes a Chinese address postcode first, province-city-street run together, the name last with 收', () => {
    expect(formatAddressBlock(wangWei, { senderCountry: 'CN', shou: true })).toEqual([
      '518057',
      '广东省深圳市南山区科技园路1号',
      '2栋301室',
      '深圳市星河科技有限公司',
      '王伟 收',
    ]);
    expect(formatAddressBlock(wangWei, { senderCountry: 'CN', shou: true, includeTitle: true }).at(-1)).toBe(
      '王伟 经理 收',
    );
    expect(formatAddressBlock(wangWei, { senderCountry: 'CN' }).at(-1)).toBe('王伟');
  });

  it('ends a Chinese address sent from abroad with the country line', () => {
    expect(formatAddressBlock(wangWei, { senderCountry: 'US', shou: true })).toEqual([
      '518057',
      '广东省深圳市南山区科技园路1号',
      '2栋301室',
      '深圳市星河科技有限公司',
      '王伟 收',
      'CHINA',
    ]);
  });

  it('prints a Chinese place once when the region repeats the city or the street already names it', () => {
    const shanghai = person(
      { familyName: '李', givenName: '娜' },
      { street: '浦东新区世纪大道100号', city: '上海', region: '上海市', postalCode: '200120', country: 'CN' },
    );
    expect(formatAddressBlock(shanghai, { senderCountry: 'CN', shou: true })).toEqual([
      '200120',
      '上海市浦东新区世纪大道100号',
      '李娜 收',
    ]);
    const typedInStreet = person(
      { fullName: '赵敏' },
      { street: '北京市海淀区中关村大街27号', city: '北京市', region: '北京市', country: 'CN' },
    );
    expect(formatAddressBlock(typedInStreet, { senderCountry: 'CN' })).toEqual(['北京市海淀区中关村大街27号', '赵敏']);
  });

  it('writes a Chinese address typed in Latin letters in the international order', () => {
    const latin = person(
      { givenName: 'Wei', familyName: 'Wang', companyName: 'Xinghe Tech Co., Ltd.' },
      {
        street: 'No. 1 Kejiyuan Road, Nanshan District',
        city: 'Shenzhen',
        region: 'Guangdong',
        postalCode: '518057',
        country: 'CN',
      },
    );
    expect(formatAddressBlock(latin, { senderCountry: 'US', shou: true })).toEqual([
      'Wei Wang',
      'Xinghe Tech Co., Ltd.',
      'No. 1 Kejiyuan Road, Nanshan District',
      'Shenzhen',
      'GUANGDONG, 518057',
      'CHINA',
    ]);
  });

  it('writes a Japanese address with 〒 before the postcode', () => {
    const tanaka = person(
      { familyName: '田中', givenName: '太郎' },
      { street: '丸の内1-1-1', city: '千代田区', region: '東京都', postalCode: '100-0005', country: 'JP' },
    );
    expect(formatAddressBlock(tanaka, { senderCountry: 'JP' })).toEqual([
      '〒100-0005',
      '東京都千代田区',
      '丸の内1-1-1',
      '田中太郎',
    ]);
  });

  it('leaves out the company line for a person without a company', () => {
    const john = person(
      { givenName: 'John', familyName: 'Smith' },
      { street: '350 Fifth Avenue', city: 'New York', region: 'NY', postalCode: '10118', country: 'US' },
    );
    expect(formatAddressBlock(john, { senderCountry: 'US' })).toEqual([
      'John Smith',
      '350 Fifth Avenue',
      'NEW YORK, NY 10118',
    ]);
  });

  it('writes a company label without a person', () => {
    const acme = labelRecipientOfCompany(
      { name: 'Acme Corp' },
      address({ street: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' }),
    );
    expect(formatAddressBlock(acme, { senderCountry: 'US', shou: true, includeTitle: true })).toEqual([
      'Acme Corp',
      '1 Market St',
      'SAN FRANCISCO, CA 94105',
    ]);
  });

  it('leaves out the name or the company lines when the user says so', () => {
    expect(formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', includeName: false })[0]).toBe('Acme Corp');
    expect(formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', includeCompany: false })).toEqual([
      'Jane Doe',
      '1 Market St',
      'Suite 300',
      'SAN FRANCISCO, CA 94105',
    ]);
  });

  it('drops the separators around an empty state or ZIP code', () => {
    const noState = person(
      { givenName: 'Ann', familyName: 'Lee' },
      { street: '100 Main St', city: 'Springfield', postalCode: '62701', country: 'US' },
    );
    expect(formatAddressBlock(noState, { senderCountry: 'US' }).at(-1)).toBe('SPRINGFIELD 62701');
    const noZip = person(
      { givenName: 'Ann', familyName: 'Lee' },
      { street: '100 Main St', city: 'Springfield', region: 'IL', country: 'US' },
    );
    expect(formatAddressBlock(noZip, { senderCountry: 'US' }).at(-1)).toBe('SPRINGFIELD, IL');
    const noCity = person(
      { givenName: 'Ann', familyName: 'Lee' },
      { street: '100 Main St', region: 'IL', postalCode: '62701', country: 'US' },
    );
    expect(formatAddressBlock(noCity, { senderCountry: 'US' }).at(-1)).toBe('IL 62701');
  });

  it('takes an address without a country to be in the sender’s country', () => {
    const noCountry = person(
      { givenName: 'Max', familyName: 'Mustermann' },
      { street: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115' },
    );
    expect(formatAddressBlock(noCountry, { senderCountry: 'DE' })).toEqual([
      'Max Mustermann',
      'Hauptstraße 5',
      '10115 Berlin',
    ]);
  });

  it('prints the country on a return-address sheet for international mail when asked', () => {
    const sender = labelRecipientOfCompany(
      { name: 'Rapport Trading Ltd' },
      address({ street: '1 High Street', city: 'Oxford', postalCode: 'OX1 4AA', country: 'GB' }),
    );
    expect(formatAddressBlock(sender, { senderCountry: 'GB', countryLine: 'always' })).toEqual([
      'Rapport Trading Ltd',
      '1 High Street',
      'OXFORD',
      'OX1 4AA',
      'UNITED KINGDOM',
    ]);
  });
});

describe('user layouts', () => {
  it('fills the placeholders and collapses empty ones', () => {
    const layout = '{name}\n{company}\n{street}\n{postalCode} {city}\n{COUNTRY}';
    const noCompanyNoPostcode = person(
      { givenName: 'Ines', familyName: 'García' },
      { street: 'Calle Mayor 1', city: 'Madrid', country: 'ES' },
    );
    expect(formatAddressBlock(noCompanyNoPostcode, { senderCountry: 'DE', layouts: { '*': layout } })).toEqual([
      'Ines García',
      'Calle Mayor 1',
      'Madrid',
      'SPAIN',
    ]);
  });

  it('keeps text written around values and trims separators next to empty ones', () => {
    const layout = 'Attn: {name}, {title}\n{FAMILYNAME}, {givenName}\n{street}\n{city} ({region})\nPAR AVION';
    const lines = formatAddressBlock(
      person(
        { givenName: 'Marie', familyName: 'Dupont' },
        { street: '12 rue de la Paix', city: 'Paris', country: 'FR' },
      ),
      { senderCountry: 'FR', includeTitle: true, layouts: { FR: layout } },
    );
    expect(lines).toEqual(['Attn: Marie Dupont', 'DUPONT, Marie', '12 rue de la Paix', 'Paris', 'PAR AVION']);
    const withRegion = formatAddressBlock(
      person({ fullName: 'Marie Dupont' }, { street: '1 rue X', city: 'Paris', region: 'IDF', country: 'FR' }),
      { senderCountry: 'FR', layouts: { FR: '{name} ({title})\n{city} ({region})' } },
    );
    expect(withRegion).toEqual(['Marie Dupont', 'Paris (IDF)']);
  });

  it('uses a country’s own user layout before the one for every other country', () => {
    const layouts = { US: '{NAME}\n{street}', '*': '{name}' };
    expect(formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', layouts })).toEqual([
      'JANE DOE',
      '1 Market St',
      'Suite 300',
    ]);
  });

  it('refuses an unknown placeholder with a message that names it', () => {
    expect(validateAddressLayout('{name}\n{street}\n{postalCode} {cty}')).toEqual([
      {
        code: 'unknownPlaceholder',
        line: 3,
        placeholder: 'cty',
        suggestion: '{city}',
        message: 'Unknown placeholder {cty} on line 3: did you mean {city}?',
      },
    ]);
    expect(validateAddressLayout('{zip}')[0]?.message).toBe(
      'Unknown placeholder {zip} on line 1: did you mean {postalCode}?',
    );
    // One letter off a name people reach for.
    expect(validateAddressLayout('{postcod}')[0]?.message).toBe(
      'Unknown placeholder {postcod} on line 1: did you mean {postalCode}?',
    );
    expect(validateAddressLayout('{STATE}')[0]?.message).toBe(
      'Unknown placeholder {STATE} on line 1: did you mean {REGION}?',
    );
    expect(validateAddressLayout('{wibble}')[0]?.message).toMatch(
      /^Unknown placeholder \{wibble\} on line 1: use one of \{name\}, /,
    );
    expect(() => formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', layouts: { US: '{nmae}' } })).toThrow(
      RapportError,
    );
    expect(() => formatAddressBlock(janeInSanFrancisco, { senderCountry: 'US', layouts: { US: '{nmae}' } })).toThrow(
      'Unknown placeholder {nmae} on line 1: did you mean {name}?',
    );
  });

  it('refuses an unmatched brace and an empty layout', () => {
    expect(validateAddressLayout('{name}\n{city')).toEqual([
      {
        code: 'unmatchedBrace',
        line: 2,
        message: 'Line 2 has a "{" without its partner: placeholders are written {name}',
      },
    ]);
    expect(validateAddressLayout(' \n ')[0]?.code).toBe('emptyLayout');
  });

  it('shows every default layout in the same language, and they are all valid', () => {
    expect(defaultLayoutFor('US')).toBe(
      '{name}\n{title}\n{company}\n{street}\n{CITY}, {REGION} {postalCode}\n{COUNTRY}',
    );
    expect(defaultLayoutFor('CN')).toBe(
      '{postalCode}\n{region}{city}{street}\n{company}\n{name} {title} {shou}\n{COUNTRY}',
    );
    for (const country of [
      'US',
      'CA',
      'GB',
      'IE',
      'DE',
      'FR',
      'NL',
      'IT',
      'ES',
      'AU',
      'CN',
      'TW',
      'JP',
      'KR',
      'HK',
      'BR',
      '',
    ]) {
      expect(validateAddressLayout(defaultLayoutFor(country, 'local'))).toEqual([]);
      expect(validateAddressLayout(defaultLayoutFor(country, 'latin'))).toEqual([]);
    }
  });
});

describe('complete addresses', () => {
  it('says what is missing, by the destination country’s rules', () => {
    expect(isCompleteAddress(null, 'US')).toEqual({
      complete: false,
      missing: ['address'],
      reason: 'no postal address',
    });
    expect(isCompleteAddress(janeInSanFrancisco.address, 'US')).toEqual({ complete: true });
    expect(
      isCompleteAddress(address({ street: '1 Market St', city: 'San Francisco', region: 'CA', country: 'US' }), 'US'),
    ).toEqual({ complete: false, missing: ['postalCode'], reason: 'missing postcode' });
    expect(isCompleteAddress(address({ street: '221B Baker Street', country: 'GB' }), 'US')).toEqual({
      complete: false,
      missing: ['city', 'postalCode'],
      reason: 'missing city and postcode',
    });
    expect(isCompleteAddress(address({ street: '1 Market St', postalCode: '94105', country: 'US' }), 'US')).toEqual({
      complete: false,
      missing: ['city', 'region'],
      reason: 'missing city and state or province',
    });
    expect(isCompleteAddress(address({ city: 'Berlin' }), 'DE')).toEqual({
      complete: false,
      missing: ['street', 'postalCode'],
      reason: 'missing street and postcode',
    });
  });

  it('does not ask for a postcode where there is none, or where the post does without', () => {
    expect(
      isCompleteAddress(address({ street: '1 Queen’s Road Central', region: 'Hong Kong Island', country: 'HK' }), 'US'),
    ).toEqual({
      complete: true,
    });
    expect(isCompleteAddress(address({ street: '南山区科技园路1号', city: '深圳市', country: 'CN' }), 'CN')).toEqual({
      complete: true,
    });
    expect(isCompleteAddress(address({ street: '南山区科技园路1号', region: '广东省', country: 'CN' }), 'CN')).toEqual({
      complete: false,
      missing: ['city'],
      reason: 'missing city',
    });
    expect(isCompleteAddress(address({ street: '12 Main Street', city: 'Galway', country: 'IE' }), 'GB')).toEqual({
      complete: true,
    });
  });
});

describe('mailing order', () => {
  const at = (postalCode: string, country: string, familyName = 'X') =>
    person({ givenName: 'A', familyName }, { street: '1 Main St', city: 'Town', postalCode, country });
  const codes = (recipients: LabelRecipient[]) => recipients.map((r) => `${r.address.country}:${r.address.postalCode}`);

  it('sorts US ZIP codes as numbers, a dropped leading zero and ZIP+4 included', () => {
    const sorted = [at('94105', 'US'), at('10001', 'US'), at('94105-1234', 'US'), at('2135', 'US'), at('02134', 'US')]
      .map((r) => r.address)
      .sort((a, b) => compareSortKeys(postalSortKey(a, 'US'), postalSortKey(b, 'US')))
      .map((a) => a.postalCode);
    expect(sorted).toEqual(['02134', '2135', '10001', '94105', '94105-1234']);
  });

  it('sorts UK postcodes district by district, with or without the space', () => {
    const sorted = [
      at('SW10 9NL', 'GB'),
      at('W1T 1JY', 'GB'),
      at('SW1A1AA', 'GB'),
      at('EC1A 1BB', 'GB'),
      at('E1 6AN', 'GB'),
      at('W2 1AA', 'GB'),
    ].sort(compareRecipientsByPostalCode('GB', 'en'));
    expect(codes(sorted)).toEqual(['GB:E1 6AN', 'GB:EC1A 1BB', 'GB:SW1A1AA', 'GB:SW10 9NL', 'GB:W1T 1JY', 'GB:W2 1AA']);
  });

  it('puts the sender’s country first, groups the others, and addresses without a postcode last', () => {
    const sorted = [
      at('10115', 'DE'),
      at('', 'US'),
      at('94105', 'US'),
      at('518057', 'CN'),
      at('02134', ''),
      at('NW1 6XE', 'GB'),
      at('01067', 'DE'),
    ].sort(compareRecipientsByPostalCode('US', 'en'));
    // The address without a country is taken to be in the sender's country.
    expect(codes(sorted)).toEqual([':02134', 'US:94105', 'US:', 'CN:518057', 'DE:01067', 'DE:10115', 'GB:NW1 6XE']);
  });

  it('breaks ties on a postcode by name', () => {
    const sorted = [at('10001', 'US', 'Young'), at('10001', 'US', 'Adams')].sort(
      compareRecipientsByPostalCode('US', 'en'),
    );
    expect(sorted.map((r) => r.familyName)).toEqual(['Adams', 'Young']);
  });

  it('sorts by name family name first, companies by their name', () => {
    const recipients = [
      person({ givenName: 'Zoe', familyName: 'Baker' }, {}),
      labelRecipientOfCompany({ name: 'Acme Corp' }, address({})),
      person({ givenName: 'Adam', familyName: 'Young' }, {}),
      person({ givenName: 'Émile', familyName: 'Carré' }, {}),
    ];
    expect(recipients.sort(compareRecipientsByName('en')).map((r) => r.familyName || r.companyName)).toEqual([
      'Acme Corp',
      'Baker',
      'Carré',
      'Young',
    ]);
  });
});
