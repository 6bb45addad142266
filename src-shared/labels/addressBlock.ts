// The address block of a mailing label or envelope: which lines, in which order, for the destination country;
// the layout language users can edit ("{name}\n{company}\n{street}\n{postalCode} {CITY}"); what makes an address
// complete enough to mail; and the sort keys for a mailing (by postcode for bulk-mail discounts, or by name).
//
// Sources for the per-country conventions:
// - Google's address metadata (chromium-i18n.appspot.com/ssl-address), as kept by commerceguys/addressing
//   (src/AddressFormat/AddressFormatRepository.php): line order, which fields are written in capitals, which
//   fields are required, and which countries have no postcodes (data read at commit e90fe20, 2026-04-15). Our
//   default layouts follow it, with the deviations noted at each one. National norms named below (Royal Mail,
//   La Poste's NF Z 10-011, DIN 5008, Canada Post) are for the reader; what was checked is Google's data.
// - The UPU's addressing guidance, as issue 6 cites it: the destination country on the last line, in capitals,
//   in the sending country's language or English. We always use English, so one label serves any sender.
//
// One layout language serves both the built-in defaults and what the user edits, so the UI can show a default
// and let the user change it.
import { RapportError } from '../api/result';
import type { PostalAddress } from '../domain/contact';
import { displayNameOf, sortOrderNameParts } from '../domain/names';
import { manyLines, oneLine } from '../validation/fields';

/** Who a label is addressed to: a person (optionally at a company) or a company alone, at one address. */
export interface LabelRecipient {
  givenName: string;
  familyName: string;
  /** One-field name as written; wins over given/family (see domain/names.ts). '' for a company label. */
  fullName: string;
  /** Job title; '' when none. */
  title: string;
  /** '' when none. */
  companyName: string;
  address: PostalAddress;
}

export function labelRecipientOfContact(
  contact: { givenName: string; familyName: string; fullName: string; title: string; companyName: string | null },
  address: PostalAddress,
): LabelRecipient {
  return {
    givenName: contact.givenName,
    familyName: contact.familyName,
    fullName: contact.fullName,
    title: contact.title,
    companyName: contact.companyName ?? '',
    address,
  };
}

export function labelRecipientOfCompany(company: { name: string }, address: PostalAddress): LabelRecipient {
  return { givenName: '', familyName: '', fullName: '', title: '', companyName: company.name, address };
}

export interface AddressBlockOptions {
  /**
   * The sender's ISO country code, '' when unknown. Mail within that country leaves out the country line, and
   * an address without a country is taken to be in it. When it is '' every address with a country gets its
   * country line: one too many on domestic mail is harmless, one missing on foreign mail loses the letter.
   */
  senderCountry: string;
  /** Name line(s). Default true. */
  includeName?: boolean;
  /** Job title. Default false. */
  includeTitle?: boolean;
  /** Company line. Default true. */
  includeCompany?: boolean;
  /** Fill {shou} with "收" (for the person named, on Chinese-language blocks). Default false. */
  shou?: boolean;
  /** 'whenAbroad' (default); 'always' e.g. for a return-address sheet used on international mail. */
  countryLine?: 'whenAbroad' | 'always' | 'never';
  /**
   * User layouts by destination country code; '*' for every country not listed. Missing: the defaults below.
   * Check them with validateAddressLayout first: formatAddressBlock refuses an invalid one.
   */
  layouts?: Readonly<Record<string, string>>;
}

// ---- The layout language ----------------------------------------------------------------------------------

/**
 * The placeholders a layout may use. Each also has an upper-case form, written in capitals ({CITY},
 * {POSTALCODE}, {COUNTRY}), that upper-cases its value.
 *
 * - name: the name as Rapport shows it (Chinese names family name first, no space); givenName, familyName: parts
 * - title: job title; company: company name
 * - street: the street lines (may be several: each becomes its own line; text before {street} joins its first
 *   line, text after it its last)
 * - city, region (state, province, county), postalCode
 * - country: the destination country in English, only when the country line is wanted (abroad), else empty
 * - shou: "收" when that option is on and a name is printed, else empty
 *
 * Empty values collapse: a line whose placeholders are all empty disappears (a line without placeholders is
 * printed as written), and a separator (spaces and , ; : / | · - – — ， 、) is printed only between two values
 * that are both there: "{city}, {REGION} {postalCode}" gives "BOSTON 02134" without a region and "MA 02134"
 * without a city. Brackets go with the value they enclose: "{name} ({title})" gives "Jane Doe" without a
 * title. Any other text on a line is printed as written. Blank lines are dropped. Braces are reserved.
 */
export const LAYOUT_PLACEHOLDERS = [
  'name',
  'givenName',
  'familyName',
  'title',
  'company',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'shou',
] as const;
export type LayoutPlaceholder = (typeof LAYOUT_PLACEHOLDERS)[number];

export type LayoutIssue =
  | { code: 'emptyLayout'; message: string }
  | { code: 'unknownPlaceholder'; line: number; placeholder: string; suggestion: string | null; message: string }
  | { code: 'unmatchedBrace'; line: number; message: string };

const PLACEHOLDER = /\{([^{}]*)\}/g;

// Names people reach for, mapped to ours, so the message can say what to write instead.
const PLACEHOLDER_ALIASES: Readonly<Record<string, LayoutPlaceholder>> = {
  fullname: 'name',
  firstname: 'givenName',
  given: 'givenName',
  lastname: 'familyName',
  surname: 'familyName',
  family: 'familyName',
  jobtitle: 'title',
  position: 'title',
  organization: 'company',
  organisation: 'company',
  org: 'company',
  address: 'street',
  streetaddress: 'street',
  town: 'city',
  locality: 'city',
  state: 'region',
  province: 'region',
  county: 'region',
  zip: 'postalCode',
  zipcode: 'postalCode',
  postcode: 'postalCode',
  postal: 'postalCode',
  plz: 'postalCode',
  收: 'shou',
};

interface PlaceholderRef {
  key: LayoutPlaceholder;
  upper: boolean;
}

function resolvePlaceholder(written: string): PlaceholderRef | null {
  for (const key of LAYOUT_PLACEHOLDERS) {
    if (written === key) return { key, upper: false };
    if (written === key.toUpperCase()) return { key, upper: true };
  }
  return null;
}

function suggestPlaceholder(written: string): string | null {
  const folded = written.toLowerCase().replace(/[\s_-]/g, '');
  const shout = /\p{L}/u.test(written) && written === written.toUpperCase();
  const spell = (key: LayoutPlaceholder) => `{${shout ? key.toUpperCase() : key}}`;
  const exact = LAYOUT_PLACEHOLDERS.find((key) => key.toLowerCase() === folded);
  if (exact) return spell(exact);
  const alias = PLACEHOLDER_ALIASES[folded];
  if (alias) return spell(alias);
  const near = LAYOUT_PLACEHOLDERS.find((key) => editDistance(key.toLowerCase(), folded) <= 2);
  if (near) return spell(near);
  // A typo of a name people reach for ("postcod", "surnme"): one letter off a longer alias.
  const nearAlias = Object.keys(PLACEHOLDER_ALIASES).find(
    (name) => name.length >= 5 && editDistance(name, folded) <= 1,
  );
  return nearAlias ? spell(PLACEHOLDER_ALIASES[nearAlias]!) : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** What is wrong with a layout the user wrote; [] when it can be used. */
export function validateAddressLayout(layout: string): LayoutIssue[] {
  const lines = normaliseNewlines(layout).split('\n');
  if (lines.every((line) => line.trim() === '')) {
    return [{ code: 'emptyLayout', message: 'The layout is empty: write at least one line, e.g. {name}' }];
  }
  const issues: LayoutIssue[] = [];
  const known = LAYOUT_PLACEHOLDERS.map((key) => `{${key}}`).join(', ');
  lines.forEach((text, index) => {
    const line = index + 1;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const written = match[1] ?? '';
      if (resolvePlaceholder(written)) continue;
      const suggestion = suggestPlaceholder(written);
      const hint = suggestion ? `did you mean ${suggestion}?` : `use one of ${known}`;
      issues.push({
        code: 'unknownPlaceholder',
        line,
        placeholder: written,
        suggestion,
        message: `Unknown placeholder {${written}} on line ${line}: ${hint}`,
      });
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (rest.includes('{') || rest.includes('}')) {
      issues.push({
        code: 'unmatchedBrace',
        line,
        message: `Line ${line} has a "${rest.includes('{') ? '{' : '}'}" without its partner: placeholders are written {name}`,
      });
    }
  });
  return issues;
}

// ---- Default layouts, per destination country ---------------------------------------------------------------

/** CJK countries have two: 'local' for an address written in the country's script, 'latin' for one in Latin letters. */
export type LayoutScript = 'local' | 'latin';

interface Convention {
  local: string;
  latin?: string;
}

const lines = (...parts: string[]) => parts.join('\n');

// Name first, then company (Google: US and most of the English-speaking world).
const US = lines('{name}', '{title}', '{company}', '{street}', '{CITY}, {REGION} {postalCode}', '{COUNTRY}');
// Canada Post wants the last line in capitals (Google upper-cases every field; we leave names as written).
const CA = lines('{name}', '{title}', '{company}', '{street}', '{CITY} {REGION} {POSTALCODE}', '{COUNTRY}');
// Royal Mail: post town in capitals, postcode on a line of its own; no county.
const GB = lines('{name}', '{title}', '{company}', '{street}', '{CITY}', '{POSTALCODE}', '{COUNTRY}');
const IE = lines('{name}', '{title}', '{company}', '{street}', '{city}', '{region}', '{POSTALCODE}', '{COUNTRY}');
// Company first, then the person (Google; Germany's DIN 5008 and the Nordic posts write business addresses so).
// The issue sketched "name, company" for Europe; the national conventions win.
const COMPANY_FIRST = lines('{company}', '{name}', '{title}', '{street}', '{postalCode} {city}', '{COUNTRY}');
// La Poste (NF Z 10-011): company first, and the last line "postcode LOCALITY" in capitals.
const FR = lines('{company}', '{name}', '{title}', '{street}', '{postalCode} {CITY}', '{COUNTRY}');
const NAME_FIRST = lines('{name}', '{title}', '{company}', '{street}', '{postalCode} {city}', '{COUNTRY}');
// Italy and Spain: the province after the locality, both in capitals ("20121 MILANO MI").
const IT_ES = lines('{name}', '{title}', '{company}', '{street}', '{postalCode} {CITY} {REGION}', '{COUNTRY}');
const AU = lines('{company}', '{name}', '{title}', '{street}', '{CITY} {REGION} {postalCode}', '{COUNTRY}');
// China and Taiwan written in Chinese: postcode; then province, city and street run together as Chinese
// addresses are written (Rapport keeps the district at the head of the street, as imports put it); company;
// the name last, with its title and 收. Google puts the street on a line of its own; the single line follows the
// issue and is how a Chinese envelope is written. Foreign senders need nothing more than the country line,
// which the sending post office reads.
const CN_LOCAL = lines('{postalCode}', '{region}{city}{street}', '{company}', '{name} {title} {shou}', '{COUNTRY}');
const CN_LATIN = lines('{name}', '{title}', '{company}', '{street}', '{city}', '{REGION}, {postalCode}', '{COUNTRY}');
const TW_LATIN = lines('{name}', '{title}', '{company}', '{street}', '{city}, {region} {postalCode}', '{COUNTRY}');
// Japan (Google): 〒postcode; prefecture and city; the street; company; name.
const JP_LOCAL = lines('〒{postalCode}', '{region}{city}', '{street}', '{company}', '{name} {title}', '{COUNTRY}');
const JP_LATIN = lines('{name}', '{title}', '{company}', '{street}', '{city}, {REGION}', '{postalCode}', '{COUNTRY}');
// Korea (Google): province and city; street; company; name; postcode last.
const KR_LOCAL = lines('{region} {city}', '{street}', '{company}', '{name} {title}', '{postalCode}', '{COUNTRY}');
const KR_LATIN = lines('{name}', '{title}', '{company}', '{street}', '{city}', '{region}', '{postalCode}', '{COUNTRY}');
// Hong Kong has no postcodes (Google): area, district, street, company, name; reversed in English.
const HK_LOCAL = lines('{region}', '{city}', '{street}', '{company}', '{name} {title} {shou}', '{COUNTRY}');
const HK_LATIN = lines('{name}', '{title}', '{company}', '{street}', '{city}', '{REGION}', '{COUNTRY}');
// Everywhere else: "postcode LOCALITY" is the most common last line in Google's data, and the UPU asks for the
// locality in capitals on international mail; the region, when there is one, on the line after.
const INTERNATIONAL = lines(
  '{name}',
  '{title}',
  '{company}',
  '{street}',
  '{postalCode} {CITY}',
  '{region}',
  '{COUNTRY}',
);

/** The same value for each of the space-separated country codes. */
function eachCountry<T>(codes: string, value: T): Array<[string, T]> {
  return codes.split(' ').map((code) => [code, value]);
}

const CONVENTIONS: ReadonlyMap<string, Convention> = new Map([
  ...eachCountry('US PR', { local: US }),
  ...eachCountry('CA', { local: CA }),
  ...eachCountry('GB GG JE IM', { local: GB }),
  ...eachCountry('IE', { local: IE }),
  ...eachCountry('DE AT CH LI NL BE LU SE FI AX', { local: COMPANY_FIRST }),
  ...eachCountry('FR GP MQ GF RE YT PM BL MF NC WF', { local: FR }),
  ...eachCountry('DK NO IS FO GL SJ PL PT CZ SK GR CY HR SI BA RS ME MK XK MD AD MC SM VA', { local: NAME_FIRST }),
  ...eachCountry('IT ES', { local: IT_ES }),
  ...eachCountry('AU', { local: AU }),
  ...eachCountry('CN', { local: CN_LOCAL, latin: CN_LATIN }),
  ...eachCountry('TW', { local: CN_LOCAL, latin: TW_LATIN }),
  ...eachCountry('JP', { local: JP_LOCAL, latin: JP_LATIN }),
  ...eachCountry('KR', { local: KR_LOCAL, latin: KR_LATIN }),
  ...eachCountry('HK', { local: HK_LOCAL, latin: HK_LATIN }),
]);

/** The built-in layout for mail to `country` ('' or unlisted: the international one), in the layout language. */
export function defaultLayoutFor(country: string, script: LayoutScript = 'local'): string {
  const convention = CONVENTIONS.get(country.toUpperCase());
  if (!convention) return INTERNATIONAL;
  return script === 'latin' ? (convention.latin ?? convention.local) : convention.local;
}

/** Whether the country has a second layout for addresses written in Latin letters. */
export function hasLatinLayout(country: string): boolean {
  return CONVENTIONS.get(country.toUpperCase())?.latin !== undefined;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** 'local' when the address is written (partly) in Chinese, Japanese or Korean characters. */
export function scriptOfAddress(address: PostalAddress): LayoutScript {
  return CJK.test(address.street) || CJK.test(address.city) || CJK.test(address.region) ? 'local' : 'latin';
}

// ---- Country names ------------------------------------------------------------------------------------------

// ICU's display names are for screens ("Hong Kong SAR China"); a postal line names the place as its post does.
const POSTAL_COUNTRY_NAMES: Readonly<Record<string, string>> = { HK: 'Hong Kong', MO: 'Macao' };
let englishRegionNames: Intl.DisplayNames | undefined;

/** The country's English name ("Germany"), or the code itself when it is not a known region. */
export function englishCountryName(code: string): string {
  const upper = code.toUpperCase();
  const postal = POSTAL_COUNTRY_NAMES[upper];
  if (postal) return postal;
  englishRegionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    return englishRegionNames.of(upper) ?? upper;
  } catch {
    return upper; // not a well-formed region code
  }
}

// ---- Formatting ---------------------------------------------------------------------------------------------

/** The destination country: the address's, or the sender's when the address has none. */
function destinationOf(address: PostalAddress, senderCountry: string): string {
  return (address.country.trim() || senderCountry.trim()).toUpperCase();
}

/** The lines of the address block, top to bottom, for the recipient's destination country. */
export function formatAddressBlock(recipient: LabelRecipient, options: AddressBlockOptions): string[] {
  const address = recipient.address;
  const destination = destinationOf(address, options.senderCountry);
  const script = scriptOfAddress(address);
  const layout = options.layouts?.[destination] ?? options.layouts?.['*'] ?? defaultLayoutFor(destination, script);
  const issues = validateAddressLayout(layout);
  if (issues.length > 0) {
    const first = issues[0];
    throw new RapportError(
      'invalid_input',
      first ? first.message : 'Invalid layout',
      issues.map((issue) => ({ path: 'layout', message: issue.message })),
    );
  }
  return renderLayout(layout, placeholderValues(recipient, destination, script, options));
}

function placeholderValues(
  recipient: LabelRecipient,
  destination: string,
  script: LayoutScript,
  options: AddressBlockOptions,
): Record<LayoutPlaceholder, string> {
  const { address } = recipient;
  const withName = options.includeName ?? true;
  const name = withName ? oneLine(displayNameOf(recipient)) : '';
  const street = manyLines(address.street)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const place = withoutRepeatedPlace(destination, script, {
    street,
    city: oneLine(address.city),
    region: oneLine(address.region),
  });
  const sender = options.senderCountry.trim().toUpperCase();
  const countryLine = options.countryLine ?? 'whenAbroad';
  const printCountry =
    destination !== '' && (countryLine === 'always' || (countryLine === 'whenAbroad' && destination !== sender));
  return {
    name,
    givenName: withName ? oneLine(recipient.givenName) : '',
    familyName: withName ? oneLine(recipient.familyName) : '',
    title: (options.includeTitle ?? false) ? oneLine(recipient.title) : '',
    company: (options.includeCompany ?? true) ? oneLine(recipient.companyName) : '',
    street: place.street,
    city: place.city,
    region: place.region,
    postalCode: oneLine(address.postalCode),
    country: printCountry ? englishCountryName(destination) : '',
    shou: (options.shou ?? false) && name !== '' ? '收' : '',
  };
}

// Where the region is optional and often a repeat of the city ("上海市" / "上海", "MADRID" / "MADRID"), or the
// street already starts with them (a whole Chinese address typed into the street), print each place once.
const REPEATED_PLACE_COUNTRIES = new Set(['CN', 'TW', 'JP', 'KR', 'HK', 'IT', 'ES']);

function withoutRepeatedPlace(
  destination: string,
  script: LayoutScript,
  place: { street: string; city: string; region: string },
): { street: string; city: string; region: string } {
  if (!REPEATED_PLACE_COUNTRIES.has(destination)) return place;
  let { city, region } = place;
  const same = (a: string, b: string) => a.replace(/市$/u, '').toLowerCase() === b.replace(/市$/u, '').toLowerCase();
  if (city !== '' && region !== '' && same(city, region)) {
    // Keep the fuller form: "上海市" over "上海".
    if (region.length >= city.length) city = '';
    else region = '';
  }
  if (script === 'local') {
    if (region !== '' && place.street.startsWith(region)) region = '';
    if (city !== '' && place.street.startsWith(city)) city = '';
  }
  return { street: place.street, city, region };
}

const SEPARATOR_ONLY = /^[\s,;:/|·\-–—，、]*$/u;
// An opening bracket at the end of a literal belongs to the value after it, a closing one at the start to the
// value before it.
const CLOSERS_AT_START = /^[)\]）】」』]*/u;
const OPENERS_AT_END = /[([（【「『]*$/u;

function renderLayout(layout: string, values: Record<LayoutPlaceholder, string>): string[] {
  const out: string[] = [];
  for (const template of normaliseNewlines(layout).split('\n')) {
    const literals = template.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
    const refs = [...template.matchAll(PLACEHOLDER)].map((m) => resolvePlaceholder(m[1] ?? ''));
    const filled = refs.map((ref) => {
      if (!ref) return '';
      const value = values[ref.key];
      return ref.upper ? value.toUpperCase() : value;
    });
    if (refs.length > 0 && filled.every((value) => value === '')) continue;
    let text = '';
    filled.forEach((value, i) => {
      text += literalBefore(literals[i] ?? '', filled, i) + value;
    });
    text += literalBefore(literals[filled.length] ?? '', filled, filled.length);
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed !== '') out.push(trimmed);
    }
  }
  return out;
}

/**
 * The text before value `i` (or after the last one): brackets only around a value that is there, separators
 * only between two values that are there, other text as written.
 */
function literalBefore(literal: string, filled: string[], i: number): string {
  const previousThere = i > 0 && filled[i - 1] !== '';
  const nextThere = i < filled.length && filled[i] !== '';
  const closers = CLOSERS_AT_START.exec(literal)?.[0] ?? '';
  const rest = literal.slice(closers.length);
  const openers = OPENERS_AT_END.exec(rest)?.[0] ?? '';
  const middle = rest.slice(0, rest.length - openers.length);
  const somethingBefore = filled.slice(0, i).some((value) => value !== '');
  const keepMiddle = !SEPARATOR_ONLY.test(middle) || (somethingBefore && nextThere);
  return (previousThere ? closers : '') + (keepMiddle ? middle : '') + (nextThere ? openers : '');
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// ---- Completeness -------------------------------------------------------------------------------------------

export type AddressRequirement = 'street' | 'city' | 'region' | 'postalCode' | 'cityOrRegion';
export type MissingAddressPart = AddressRequirement | 'address';

export type AddressCompleteness =
  { complete: true } | { complete: false; missing: MissingAddressPart[]; reason: string };

// Countries whose addresses have no postcode: the ones without one in Google's address formats, and those it
// has no format for at all.
const NO_POSTCODE = new Set(
  (
    'AE AG AO AQ AW BF BI BJ BO BQ BS BV BW BZ CD CF CG CI CK CM CP CW DG DJ DM EA ER FJ GA GD GH GM GQ GY HK ' +
    'IC JM KI KM KN LC LY ML MO MR MS MW NR NU PA PS QA RW SB SC SL SR SS ST SX SY TD TF TG TK TL TO TT TV UG ' +
    'VU WS YE ZW'
  ).split(' '),
);

// Required parts where they differ from "street, city, and the postcode where the country has postcodes".
// From Google's required fields, except: China needs no postcode or province (China Post delivers on province-
// less city addresses and postcodes are widely left off); Korea and Taiwan need no region (Rapport has no
// district field, so Seoul or Taipei is usually typed as the city and the region left blank); Ireland's Eircode
// is optional for delivery.
const REQUIREMENTS: ReadonlyMap<string, readonly AddressRequirement[]> = new Map([
  ...eachCountry<readonly AddressRequirement[]>('US CA AU IT ES', ['street', 'city', 'region', 'postalCode']),
  ...eachCountry<readonly AddressRequirement[]>('CN IE', ['street', 'city']),
  ...eachCountry<readonly AddressRequirement[]>('JP', ['street', 'region', 'postalCode']),
  ...eachCountry<readonly AddressRequirement[]>('KR TW', ['street', 'city', 'postalCode']),
  ...eachCountry<readonly AddressRequirement[]>('HK', ['street', 'cityOrRegion']),
]);

function requirementsFor(country: string): readonly AddressRequirement[] {
  const listed = REQUIREMENTS.get(country);
  if (listed) return listed;
  if (country === '' || NO_POSTCODE.has(country)) return ['street', 'city'];
  return ['street', 'city', 'postalCode'];
}

const PART_WORDS: Readonly<Record<AddressRequirement, string>> = {
  street: 'street',
  city: 'city',
  region: 'state or province',
  postalCode: 'postcode',
  cityOrRegion: 'city or region',
};

/**
 * Whether the address has what its country's mail needs, and if not, what is missing (for the list of people
 * left out of a mailing). An address without a country is judged by the sender's country's rules.
 */
export function isCompleteAddress(address: PostalAddress | null, senderCountry: string): AddressCompleteness {
  if (address === null) return { complete: false, missing: ['address'], reason: 'no postal address' };
  const has = {
    street: address.street.trim() !== '',
    city: address.city.trim() !== '',
    region: address.region.trim() !== '',
    postalCode: address.postalCode.trim() !== '',
  };
  const missing = requirementsFor(destinationOf(address, senderCountry)).filter((part) =>
    part === 'cityOrRegion' ? !has.city && !has.region : !has[part],
  );
  if (missing.length === 0) return { complete: true };
  return { complete: false, missing, reason: `missing ${listInWords(missing.map((part) => PART_WORDS[part]))}` };
}

function listInWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// ---- Sorting ------------------------------------------------------------------------------------------------

const UK_POSTCODE_COUNTRIES = new Set(['GB', 'GG', 'JE', 'IM']);
const NO_POSTCODE_KEY = '\uffff';

/**
 * A key that sorts a mailing by postcode, as bulk-mail discounts want: the sender's own country first, then the
 * other countries grouped by code; within a country, postcodes in order with runs of digits compared as numbers
 * (so a ZIP whose leading zero a spreadsheet dropped, "2134", still sorts as 02134), and addresses without a
 * postcode last. Compare keys by code units (a < b), not with localeCompare.
 */
export function postalSortKey(address: PostalAddress, senderCountry: string): string {
  const country = destinationOf(address, senderCountry);
  const group = country === senderCountry.trim().toUpperCase() ? '0' : `1${country}`;
  return `${group}\u0001${postcodeKey(address.postalCode, country)}`;
}

function postcodeKey(postalCode: string, country: string): string {
  let code = oneLine(postalCode).toUpperCase();
  if (code === '') return NO_POSTCODE_KEY;
  if (UK_POSTCODE_COUNTRIES.has(country)) {
    // "SW1A1AA" and "SW1A 1AA" are one postcode: the inward code is always the last three characters.
    const compact = code.replace(/\s/g, '');
    if (/^[A-Z0-9]{5,7}$/.test(compact)) code = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }
  return code.replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** Code-unit order, for postalSortKey's keys. */
export function compareSortKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text a recipient sorts by: the name family name first, or the company for a company label. */
export function nameSortText(recipient: LabelRecipient): string {
  const person = sortOrderNameParts(recipient)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  return person !== '' ? person : oneLine(recipient.companyName);
}

/**
 * Recipients by name in the UI language. src-shared has no sort keys of its own (the contacts list's pinyin
 * keys are built in src-main with pinyin-pro), so this is Intl.Collator: in zh-CN it sorts Chinese names by
 * pinyin but puts them before Latin ones, where the contacts list interleaves them; in English, Latin names
 * first as in the list. Code that sorts contacts read from the database should use their stored sort keys.
 */
export function compareRecipientsByName(locale: string): (a: LabelRecipient, b: LabelRecipient) => number {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return (a, b) => collator.compare(nameSortText(a), nameSortText(b));
}

/** Recipients by postcode (see postalSortKey), then by name. */
export function compareRecipientsByPostalCode(
  senderCountry: string,
  locale: string,
): (a: LabelRecipient, b: LabelRecipient) => number {
  const byName = compareRecipientsByName(locale);
  return (a, b) =>
    compareSortKeys(postalSortKey(a.address, senderCountry), postalSortKey(b.address, senderCountry)) || byName(a, b);
}
