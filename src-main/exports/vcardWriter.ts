// Writes contacts as one vCard 3.0 file, the version Apple Contacts, Google Contacts and Outlook all import:
// CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped, UTF-8 with no
// BOM (iCloud refuses a BOM). Labels that vCard has no type for travel the way Apple writes them, as an
// "itemN.X-ABLabel" line, which Google reads too. vcardReader.ts reads all of this back field for field.
import type { Contact, PostalAddress } from '@shared/domain/contact';
import { displayNameOf } from '@shared/domain/names';

const MAX_LINE_OCTETS = 75;

// Maps, not object literals: a label is user text, and "__proto__" or "constructor" must not find anything.
/** Rapport's label keys that vCard 3.0 has a TYPE for. */
const PHONE_TYPES = new Map([
  ['mobile', 'CELL'],
  ['work', 'WORK'],
  ['home', 'HOME'],
  ['fax', 'FAX'],
]);
const PLACE_TYPES = new Map([
  ['work', 'WORK'],
  ['home', 'HOME'],
]);
/** Labels Apple spells in its own "_$!<…>!$_" form, so Apple and Google show them translated. */
const APPLE_LABELS = new Map([
  ['main', '_$!<Main>!$_'],
  ['other', '_$!<Other>!$_'],
]);

/** The contacts as the text of one .vcf file. */
export function writeVCards(contacts: Contact[]): string {
  return contacts.map(cardOf).join('');
}

function cardOf(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Rapport//Rapport CRM//EN'];
  lines.push(...nameLines(contact));
  if (contact.companyName) lines.push(`ORG:${escapeText(contact.companyName)}`);
  if (contact.title !== '') lines.push(`TITLE:${escapeText(contact.title)}`);

  let group = 0;
  // A label with no vCard type goes on an "itemN." group's X-ABLabel line next to the value.
  const labelled = (property: string, types: string[], label: string, value: string) => {
    const typeParam = types.length > 0 ? `;TYPE=${types.join(',')}` : '';
    const custom = label === '' ? undefined : (APPLE_LABELS.get(label.toLowerCase()) ?? label);
    if (custom === undefined) return [`${property}${typeParam}:${value}`];
    group++;
    return [`item${group}.${property}${typeParam}:${value}`, `item${group}.X-ABLabel:${escapeText(custom)}`];
  };
  const withPref = (types: string[], index: number, count: number) =>
    // The first value is the one Rapport shows; PREF tells the other apps so (and keeps the order on re-import).
    index === 0 && count > 1 ? [...types, 'PREF'] : types;

  contact.phones.forEach((phone, i) => {
    const type = PHONE_TYPES.get(phone.label.toLowerCase());
    // VOICE on every number but a fax: old Outlook drops a TEL with no type at all.
    const types = type === undefined ? ['VOICE'] : type === 'FAX' ? [type] : [type, 'VOICE'];
    const label = type === undefined ? phone.label : '';
    lines.push(...labelled('TEL', withPref(types, i, contact.phones.length), label, escapeText(phone.value)));
  });
  contact.emails.forEach((email, i) => {
    const type = PLACE_TYPES.get(email.label.toLowerCase());
    const types = withPref(type === undefined ? ['INTERNET'] : ['INTERNET', type], i, contact.emails.length);
    lines.push(...labelled('EMAIL', types, type === undefined ? email.label : '', escapeText(email.value)));
  });
  contact.addresses.forEach((address, i) => {
    const type = PLACE_TYPES.get(address.label.toLowerCase());
    const types = withPref(type === undefined ? [] : [type], i, contact.addresses.length);
    lines.push(...labelled('ADR', types, type === undefined ? address.label : '', addressValue(address)));
  });

  // "YYYY-MM-DD", or "--MM-DD" for a birthday without a year (ISO 8601's truncated form, as Google writes it).
  if (contact.birthday) lines.push(`BDAY:${escapeText(contact.birthday)}`);
  if (contact.notes !== '') lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * N, FN and X-RAPPORT-NAME. N comes from the stored family and given names when there are any. A one-field
 * name ("张伟", "Madonna") is not split by guesswork — a Chinese family name can be two characters, and a wrong
 * guess would come back as a wrong given name. It goes whole into N's given-name part, because Apple Contacts
 * builds the name it shows from N alone (an empty N shows as "No Name"); Google and Outlook show FN.
 * X-RAPPORT-NAME says which fields the name came from ("full", "parts" or "both"), which the other apps ignore
 * and vcardReader.ts uses to give back exactly those fields.
 */
function nameLines(contact: Contact): string[] {
  const { givenName, familyName, fullName } = contact;
  const hasParts = givenName !== '' || familyName !== '';
  const shown = displayNameOf(contact);
  // 3.0 requires a non-empty FN; a contact always has a name, but an export never writes an invalid card.
  const formatted = shown !== '' ? shown : (contact.companyName ?? contact.emails[0]?.value ?? '');
  const structured = hasParts ? [familyName, givenName, '', '', ''] : ['', fullName, '', '', ''];
  const lines = [`N:${structured.map(escapeText).join(';')}`, `FN:${escapeText(formatted)}`];
  const source = hasParts ? (fullName !== '' ? 'both' : 'parts') : fullName !== '' ? 'full' : null;
  if (source !== null) lines.push(`X-RAPPORT-NAME:${source}`);
  return lines;
}

/** ADR: pobox; extended; street; locality; region; postal code; country (the ISO code Rapport stores). */
function addressValue(a: PostalAddress): string {
  return ['', '', a.street, a.city, a.region, a.postalCode, a.country].map(escapeText).join(';');
}

/**
 * 3.0 text escaping. Control characters other than tab and line breaks are dropped: no vCard reader accepts
 * them, and some refuse the whole file.
 */
function escapeText(value: string): string {
  return value
    .replace(/[^\P{Cc}\t\n\r]/gu, '')
    .replace(/[\\,;]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a line into pieces of at most 75 octets (a continuation's leading space included), whole characters only. */
function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
