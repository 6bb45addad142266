// Reads .vcf files — vCard 2.1, 3.0 and 4.0, many cards per file — into ImportedPerson rows, the raw shape
// every import format produces. Written by hand rather than with an npm parser because none of them reads
// what phones and Outlook actually write: 2.1 QUOTED-PRINTABLE values with soft line breaks in a CHARSET
// such as GB2312 or Windows-1252, 2.1 bare type parameters, Apple's item-group labels. The format is small;
// the care goes into tolerating real files: a bad line or a card without END costs a warning, never the file.
import iconv from 'iconv-lite';
import {
  emptyImportedAddress,
  emptyImportedPerson,
  type ImportedAddress,
  type ImportedPerson,
  type ImportedValue,
} from '@shared/import/importedPerson';
import { displayNameOf } from '@shared/domain/names';

export type VCardWarningCode =
  'card_bad_lines' | 'card_empty' | 'photos_skipped' | 'lines_outside_cards' | 'card_not_ended' | 'unknown_charset';

export interface VCardWarning {
  /** 1-based card number in the file (the same number as the person's `sourceRow`). */
  card: number;
  code: VCardWarningCode;
  /** In English (the CLI's words); `params` carries the figures for a screen to say it in the user's language. */
  message: string;
  params: Record<string, string>;
}

export interface VCardParseResult {
  people: ImportedPerson[];
  warnings: VCardWarning[];
}

/** One content line of a card, unfolded, with its parameters read and its value still encoded and escaped. */
interface Property {
  /** Apple's "item1" in "item1.TEL", lower case; '' when none. */
  group: string;
  /** Upper case: "TEL", "X-ABLABEL". */
  name: string;
  /** TYPE values (upper case, except the text after "X-" in custom types), from every form 2.1–4.0 use. */
  types: string[];
  /** Every other parameter by upper-case name, values as written. */
  params: Map<string, string>;
  value: string;
}

interface CardLines {
  number: number;
  properties: Property[];
  /** Lines inside the card that are not content lines (garbage, binary). */
  badLines: number;
  hasPhoto: boolean;
  /** Only 2.1 keeps the whitespace after a line break when unfolding, and has no `\\` escape. */
  isV21: boolean;
}

const BEGIN_LINE = /^BEGIN:VCARD$/i;
const END_LINE = /^END:VCARD$/i;
/** A property name, optionally with a group: "TEL", "item1.X-ABLabel", "X-ANDROID-CUSTOM". */
const NAME_RE = /^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)(?=[;:])/;
/** Properties whose value is binary (inline base64 or a URI): skipped without ever being assembled. */
const BINARY_PROPERTIES = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
/** 2.1 lets an ENCODING be written bare (";QUOTED-PRINTABLE"), like a type. */
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Google puts every contact in its "myContacts" system group; it is not a tag a user chose. */
const NOT_TAGS = new Set(['myContacts']);

/**
 * Parses the text of a .vcf file. Throws when the file is empty or holds no vCard at all; everything smaller
 * (a broken card, a line of garbage, a photo) becomes a warning with its card number.
 */
export function parseVCards(text: string): VCardParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new Error('The file is empty: there are no contacts to import.');
  if (!/^[ \t]*BEGIN:VCARD[ \t]*$/im.test(body)) {
    throw new Error('This file holds no vCards (no "BEGIN:VCARD" line). Is it really a .vcf contacts file?');
  }

  const warnings: VCardWarning[] = [];
  const people: ImportedPerson[] = [];
  const photoCards: number[] = [];
  for (const card of readCards(body, warnings)) {
    if (card.hasPhoto) photoCards.push(card.number);
    if (card.badLines > 0) {
      warnings.push({
        card: card.number,
        code: 'card_bad_lines',
        params: { card: String(card.number), count: String(card.badLines) },
        message: `Card ${card.number}: skipped ${plural(card.badLines, 'line')} that ${card.badLines === 1 ? 'is not a vCard property' : 'are not vCard properties'}.`,
      });
    }
    const person = personFromCard(card, warnings);
    if (hasSomethingToImport(person)) people.push(person);
    else {
      warnings.push({
        card: card.number,
        code: 'card_empty',
        params: { card: String(card.number) },
        message: `Card ${card.number} has no name, company, phone or email; it was skipped.`,
      });
    }
  }
  const firstPhotoCard = photoCards[0];
  if (firstPhotoCard !== undefined) {
    // Once per file: a phone export has a photo on most cards, and one message says it all.
    warnings.push({
      card: firstPhotoCard,
      code: 'photos_skipped',
      params: { count: String(photoCards.length) },
      message: `Photos are not imported (${plural(photoCards.length, 'card')} had one).`,
    });
  }
  return { people, warnings };
}

/**
 * Decodes the bytes of a .vcf file. vCard-specific where a generic detector cannot be: a file that is not
 * UTF-8 usually names its own encoding in CHARSET= parameters (Outlook's "CHARSET=Windows-1252").
 */
export function decodeVCardBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return iconv.decode(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes, 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Parameters are ASCII in every charset a vCard uses, so reading the bytes as Latin-1 finds them.
    const ascii = iconv.decode(bytes, 'latin1');
    const named = /CHARSET=([A-Za-z0-9_.:-]+)/gi;
    for (let m = named.exec(ascii); m !== null; m = named.exec(ascii)) {
      const charset = iconvName(m[1] ?? '');
      if (charset !== null && charset !== 'utf-8') return iconv.decode(bytes, charset);
    }
    return iconv.decode(bytes, 'windows-1252');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lines → cards

/** Splits the file into cards of unfolded content lines, reporting broken structure as it goes. */
function* readCards(text: string, warnings: VCardWarning[]): Generator<CardLines> {
  const lines = text.split(/\r\n|\n|\r/);
  let card: CardLines | null = null;
  let cardCount = 0;
  let outside = 0;
  /** Lines outside any card, before card `cardNumber` or ('after') after the last one. */
  const flushOutside = (cardNumber: number, where: 'before' | 'after') => {
    if (outside === 0) return;
    const place = where === 'before' ? `before card ${cardNumber}` : 'after the last card';
    const message = `${plural(outside, 'line')} ${place} ${outside === 1 ? 'was' : 'were'} ignored.`;
    warnings.push({
      card: cardNumber,
      code: 'lines_outside_cards',
      params: { count: String(outside), where, card: String(cardNumber) },
      message,
    });
    outside = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Leading whitespace means a folded continuation, so only the end is trimmed.
    const marker = line.trimEnd();
    if (BEGIN_LINE.test(marker)) {
      cardCount++;
      flushOutside(cardCount, 'before');
      if (card) {
        warnings.push({
          card: card.number,
          code: 'card_not_ended',
          params: { card: String(card.number), next: String(cardCount) },
          message: `Card ${card.number} has no END:VCARD line; it was read up to the start of card ${cardCount}.`,
        });
        yield card;
      }
      card = { number: cardCount, properties: [], badLines: 0, hasPhoto: false, isV21: false };
      continue;
    }
    if (END_LINE.test(marker)) {
      if (card) yield card;
      else outside++;
      card = null;
      continue;
    }
    if (!card) {
      if (marker.trim() !== '') outside++;
      continue;
    }
    if (marker.trim() === '') continue; // 2.1 ends inline base64 with a blank line; elsewhere blank lines mean nothing

    const name = NAME_RE.exec(line)?.[2]?.toUpperCase();
    if (name === undefined || line.includes('\u0000')) {
      card.badLines++;
      continue;
    }
    if (BINARY_PROPERTIES.has(name)) {
      // Skip the value's continuation lines without ever joining them: an inline photo can be megabytes.
      if (name === 'PHOTO') card.hasPhoto = true;
      while (i + 1 < lines.length && isBinaryContinuation(lines[i + 1] ?? '')) i++;
      continue;
    }
    let head = readHead(line);
    if (head && isBase64(head.params)) {
      // A rare base64-encoded text value (some Nokia exports): its lines join with no whitespace at all.
      let value = head.value.trim();
      while (i + 1 < lines.length && isBinaryContinuation(lines[i + 1] ?? '')) value += (lines[++i] ?? '').trim();
      card.properties.push({ ...head, value });
      continue;
    }

    // Join the logical line. QUOTED-PRINTABLE changes what a line break means, so the parameters are read as
    // soon as they are complete — usually on the first line, but a 4.0 quoted LABEL="…" can itself be folded.
    const parts = [line];
    while (i + 1 < lines.length) {
      const next = lines[i + 1] ?? '';
      const last = parts[parts.length - 1] ?? '';
      const quotedPrintable = (head?.params.get('ENCODING') ?? '').toUpperCase() === 'QUOTED-PRINTABLE';
      if (quotedPrintable && /=[ \t]*$/.test(last) && !isCardMarker(next)) {
        // A QP soft line break: the next line continues the value whether or not it starts with whitespace.
        parts[parts.length - 1] = last.replace(/=[ \t]*$/, '');
        parts.push(next);
      } else if (next.startsWith(' ') || next.startsWith('\t')) {
        // 3.0/4.0 unfolding removes the line break and one whitespace; 2.1's (RFC 822) keeps the whitespace.
        parts.push(card.isV21 ? next : next.slice(1));
      } else break;
      i++;
      // Bounded, so a garbage line followed by thousands of indented ones stays linear.
      if (head === null && parts.length <= 20) head = readHead(parts.join(''));
    }
    const property = parts.length === 1 ? head : readHead(parts.join(''));
    if (!property) {
      card.badLines++;
      continue;
    }
    if (property.name === 'VERSION') card.isV21 = property.value.trim() === '2.1';
    card.properties.push(property);
  }

  if (card) {
    warnings.push({
      card: card.number,
      code: 'card_not_ended',
      params: { card: String(card.number), next: '' },
      message: `Card ${card.number} has no END:VCARD line; it was read up to the end of the file.`,
    });
    yield card;
  }
  flushOutside(Math.max(cardCount, 1), 'after');
}

/** A stray "=" at the end of a card's last QP line must not swallow the END (or the next BEGIN) line. */
function isCardMarker(line: string): boolean {
  const marker = line.trimEnd();
  return END_LINE.test(marker) || BEGIN_LINE.test(marker);
}

function isBinaryContinuation(line: string): boolean {
  if (line.startsWith(' ') || line.startsWith('\t')) return true;
  // Some 2.1 writers do not indent base64 lines; base64 never holds the ':' every property line has.
  return BASE64_LINE.test(line.trimEnd());
}

function isBase64(params: Map<string, string>): boolean {
  const encoding = (params.get('ENCODING') ?? '').toUpperCase();
  return encoding === 'B' || encoding === 'BASE64';
}

/** Reads "group.NAME;PARAM=VALUE;BARE:" from the start of a content line; null when it is not one. */
function readHead(line: string): Property | null {
  if (line.includes('\u0000')) return null;
  const nameMatch = NAME_RE.exec(line);
  if (!nameMatch) return null;
  const group = (nameMatch[1] ?? '').toLowerCase();
  const name = (nameMatch[2] ?? '').toUpperCase();
  const types: string[] = [];
  const params = new Map<string, string>();

  let pos = nameMatch[0].length;
  while (line[pos] === ';') {
    // One parameter: up to the next unquoted ';' or ':'.
    let end = pos + 1;
    let quoted = false;
    while (end < line.length) {
      const ch = line[end];
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ';' || ch === ':')) break;
      end++;
    }
    addParam(line.slice(pos + 1, end), types, params);
    pos = end;
  }
  if (line[pos] !== ':') return null;
  return { group, name, types, params, value: line.slice(pos + 1) };
}

function addParam(text: string, types: string[], params: Map<string, string>): void {
  const eq = text.indexOf('=');
  if (eq < 0) {
    // 2.1 writes types and encodings bare: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE".
    const bare = text.trim();
    if (bare === '') return;
    if (BARE_ENCODINGS.has(bare.toUpperCase())) params.set('ENCODING', bare);
    else types.push(typeValue(bare));
    return;
  }
  const key = text.slice(0, eq).trim().toUpperCase();
  const value = text.slice(eq + 1).trim();
  if (key === 'TYPE') {
    // "TYPE=WORK,VOICE", 4.0's quoted "TYPE=\"work,voice\"", and repeated "TYPE=work;TYPE=cell" all add up.
    for (const item of unquoteParam(value).split(',')) if (item.trim() !== '') types.push(typeValue(item.trim()));
  } else {
    params.set(key, unquoteParam(value));
  }
}

/** Removes quotes and applies RFC 6868's ^-escapes (^n newline, ^^ caret, ^' quote) in 4.0 parameters. */
function unquoteParam(value: string): string {
  const bare = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  return bare.replace(/\^([n^'])/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));
}

/** Types compare in upper case; a custom "X-Assistant" keeps its text as written. */
function typeValue(raw: string): string {
  return /^X-/i.test(raw) ? `X-${raw.slice(2)}` : raw.toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------
// Values: transfer encodings, character sets, escaping

/** The property's value as text: QUOTED-PRINTABLE or base64 decoded in its CHARSET, line breaks as "\n". */
function decodedValue(prop: Property, card: CardLines, warnings: VCardWarning[]): string {
  const encoding = (prop.params.get('ENCODING') ?? '').toUpperCase();
  let text = prop.value;
  if (encoding === 'QUOTED-PRINTABLE') text = decodeQuotedPrintable(prop.value, charsetOf(prop, card, warnings));
  else if (encoding === 'B' || encoding === 'BASE64') {
    const bytes = Buffer.from(prop.value.replace(/\s+/g, ''), 'base64');
    text = decodeBytes(bytes, charsetOf(prop, card, warnings));
  }
  // A raw 8-bit value was already decoded with the file; its CHARSET only matters for encoded bytes.
  return text.replace(/\r\n?/g, '\n');
}

/** The iconv name for the property's CHARSET; null when it names none (then UTF-8 or Windows-1252 is guessed). */
function charsetOf(prop: Property, card: CardLines, warnings: VCardWarning[]): string | null {
  const declared = prop.params.get('CHARSET');
  if (declared === undefined || declared === '') return null;
  const name = iconvName(declared);
  if (name === null) {
    warnings.push({
      card: card.number,
      code: 'unknown_charset',
      params: { card: String(card.number), charset: declared.slice(0, 40), property: prop.name },
      message: `Card ${card.number}: unknown character set "${declared}" in ${prop.name}; it was read as UTF-8.`,
    });
    return 'utf-8';
  }
  return name;
}

function iconvName(charset: string): string | null {
  const key = charset.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Phones that say GB2312 or GBK often write characters only GBK/GB18030 has; GB18030 reads all three.
  if (key === 'gb2312' || key === 'gbk' || key === 'cp936' || key === 'gb18030') return 'gb18030';
  // What browsers do too: ISO-8859-1 labels are really Windows-1252 (curly quotes, €, – in 0x80–0x9F).
  if (key === 'iso88591' || key === 'latin1' || key === 'usascii' || key === 'ascii') return 'windows-1252';
  if (key === 'utf8') return 'utf-8';
  return iconv.encodingExists(charset) ? charset : null;
}

function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  if (charset !== null) return iconv.decode(bytes, charset);
  // No CHARSET (2.1 says ASCII, which nobody means): UTF-8 if the bytes are UTF-8, else Windows-1252.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}

/**
 * Decodes QUOTED-PRINTABLE (soft line breaks are already joined). "=XX" and plain ASCII form one byte run,
 * decoded together: a multi-byte character can be split across "=XX" and a literal ASCII byte (GBK's
 * trail bytes are in the ASCII range). A character the file had already decoded is kept as it is.
 */
function decodeQuotedPrintable(value: string, charset: string | null): string {
  let out = '';
  const bytes: number[] = [];
  const flush = () => {
    if (bytes.length === 0) return;
    out += decodeBytes(Uint8Array.from(bytes), charset);
    bytes.length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x3d && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) bytes.push(code);
    else {
      flush();
      out += value[i];
    }
  }
  flush();
  return out;
}

/** Which backslash sequences are escapes. 2.1 has no "\\" escape, so a lone backslash there stays as written. */
function isEscapable(ch: string | undefined, isV21: boolean): boolean {
  return ch === 'n' || ch === 'N' || ch === ',' || ch === ';' || ch === ':' || (ch === '\\' && !isV21);
}

/** Splits on separator characters that are not backslash-escaped; the pieces keep their escapes. */
function splitUnescaped(value: string, separators: string, isV21: boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && isEscapable(value[i + 1], isV21)) i++;
    else if (ch !== undefined && separators.includes(ch)) {
      pieces.push(value.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(value.slice(start));
  return pieces;
}

/** Undoes text escaping: "\n" newline, "\, \; \\" themselves, and Google's "\:" in URLs. */
function unescapeText(value: string, isV21: boolean): string {
  if (!value.includes('\\')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const next = value[i + 1];
    if (ch === '\\' && isEscapable(next, isV21)) {
      out += next === 'n' || next === 'N' ? '\n' : next;
      i++;
    } else out += ch;
  }
  return out;
}

/** A structured value (N, ADR, ORG) as components, each a list of values ("Mr.,Dr.") already unescaped. */
function components(value: string, isV21: boolean): string[][] {
  return splitUnescaped(value, ';', isV21).map((component) =>
    // 2.1 has no value lists: a comma there is just a comma.
    isV21 ? [unescapeText(component, true)] : splitUnescaped(component, ',', false).map((v) => unescapeText(v, false)),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Card → ImportedPerson

interface Labelled<T> {
  item: T;
  pref: boolean;
}

function personFromCard(card: CardLines, warnings: VCardWarning[]): ImportedPerson {
  const person = emptyImportedPerson(card.number);
  const v21 = card.isV21;
  const text = (prop: Property) => unescapeText(decodedValue(prop, card, warnings), v21);

  // Apple (and Google) label a value through a sibling "itemN.X-ABLabel" line, before or after it.
  const groupLabels = new Map<string, string>();
  for (const prop of card.properties) {
    if (prop.name === 'X-ABLABEL' && prop.group !== '') groupLabels.set(prop.group, text(prop).trim());
  }
  const labelFor = (prop: Property, fromTypes: (types: string[]) => string): string => {
    const groupLabel = prop.group === '' ? undefined : groupLabels.get(prop.group);
    return groupLabel !== undefined && groupLabel !== '' ? normalizedLabel(groupLabel) : fromTypes(prop.types);
  };

  let formattedName = '';
  let nameParts: string[] = [];
  let isCompanyCard = false;
  let rapportName: RapportNameSource | null = null;
  const phones: Labelled<ImportedValue>[] = [];
  const emails: Labelled<ImportedValue>[] = [];
  const addresses: Labelled<ImportedAddress>[] = [];
  const notes: string[] = [];

  for (const prop of card.properties) {
    switch (prop.name) {
      case 'FN':
        if (formattedName === '') formattedName = text(prop).trim();
        break;
      case 'N':
        if (nameParts.length === 0) {
          // Values lists inside a component ("Mr.,Dr.") read as the words they are.
          nameParts = components(decodedValue(prop, card, warnings), v21).map((c) => c.join(' ').trim());
        }
        break;
      case 'ORG':
        if (person.company === '') {
          const [company = '', ...units] = components(decodedValue(prop, card, warnings), v21).map((c) =>
            c.join(',').trim(),
          );
          person.company = company;
          person.department = units.filter((u) => u !== '').join(' / ');
        }
        break;
      case 'TITLE':
        if (person.title === '') person.title = text(prop).trim();
        break;
      case 'TEL': {
        const value = text(prop).trim().replace(/^tel:/i, '');
        if (value !== '') phones.push({ item: { label: labelFor(prop, phoneLabel), value }, pref: isPref(prop) });
        break;
      }
      case 'EMAIL': {
        const value = text(prop)
          .trim()
          .replace(/^mailto:/i, '');
        if (value !== '') emails.push({ item: { label: labelFor(prop, placeLabel), value }, pref: isPref(prop) });
        break;
      }
      case 'ADR': {
        const address = addressFrom(prop, decodedValue(prop, card, warnings), v21);
        if (address) {
          address.label = labelFor(prop, placeLabel);
          addresses.push({ item: address, pref: isPref(prop) });
        }
        break;
      }
      case 'BDAY':
        if (person.birthday === '') person.birthday = birthdayFrom(prop, text(prop).trim());
        break;
      case 'NOTE': {
        const note = text(prop);
        if (note !== '') notes.push(note);
        break;
      }
      case 'CATEGORIES':
        // Commas by the standard; semicolons as some 2.1 writers separate them (a tag never holds either).
        for (const raw of splitUnescaped(decodedValue(prop, card, warnings), ',;', v21)) {
          const tag = unescapeText(raw, v21).trim();
          if (tag !== '' && !NOT_TAGS.has(tag) && !person.tags.includes(tag)) person.tags.push(tag);
        }
        break;
      case 'URL': {
        const url = text(prop).trim();
        if (url !== '') person.websites.push(url);
        break;
      }
      case 'KIND':
        isCompanyCard ||= /^org$/i.test(text(prop).trim());
        break;
      case 'X-ABSHOWAS':
        isCompanyCard ||= /^company$/i.test(text(prop).trim());
        break;
      case 'X-RAPPORT-NAME': {
        const source = text(prop).trim().toLowerCase();
        if (source === 'full' || source === 'parts' || source === 'both') rapportName = source;
        break;
      }
      default:
        break; // X-* and everything Rapport does not keep
    }
  }

  applyName(person, { formattedName, parts: nameParts, isCompanyCard, rapportName });
  // The preferred value comes first (Rapport's first phone is the one shown); otherwise the file's order.
  person.phones = byPreference(phones);
  person.emails = byPreference(emails);
  person.addresses = byPreference(addresses);
  person.notes = notes.join('\n');
  return person;
}

/** Which of Rapport's name fields a card Rapport wrote came from (its X-RAPPORT-NAME line; see vcardWriter.ts). */
type RapportNameSource = 'full' | 'parts' | 'both';

interface CardName {
  formattedName: string;
  /** N: family; given; additional; prefix; suffix. */
  parts: string[];
  isCompanyCard: boolean;
  rapportName: RapportNameSource | null;
}

/**
 * Sets the name fields from FN and N, as written, with three exceptions:
 * - A company card (Apple's X-ABShowAs:COMPANY, 4.0's KIND:org, or an FN that only repeats ORG with an empty N)
 *   names no person: its FN is the company.
 * - A CJK name with only family and given is written family first with no space; phones that put it in FN in
 *   Western order ("伟 张"), or leave FN out, get that order back.
 * - A card Rapport wrote says which name fields it came from, so a one-field name comes back without the copy
 *   in N that was only there for Apple, and a name kept in parts comes back without the FN composed from them.
 *   The marker is believed only while N and FN still agree with it (another app may have edited the card).
 */
function applyName(person: ImportedPerson, name: CardName): void {
  const { formattedName, isCompanyCard, rapportName } = name;
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = name.parts;
  const filled = [family, given, middle, prefix, suffix].filter((p) => p !== '');

  if (filled.length === 0 && (isCompanyCard || (formattedName !== '' && formattedName === person.company))) {
    if (person.company === '') person.company = formattedName;
    return;
  }
  if (rapportName === 'full' && filled.length === 1 && given === formattedName) {
    person.fullName = formattedName;
    return;
  }
  person.familyName = family;
  person.givenName = given;
  person.middleName = middle;
  person.namePrefix = prefix;
  person.nameSuffix = suffix;
  const onlyFamilyAndGiven = family !== '' && given !== '' && filled.length === 2;
  const composed = displayNameOf({ givenName: given, familyName: family, fullName: '' });
  if (rapportName === 'parts' && filled.length === [family, given].filter((p) => p !== '').length) {
    person.fullName = formattedName === composed ? '' : formattedName;
  } else if (
    rapportName === null &&
    onlyFamilyAndGiven &&
    CJK.test(family + given) &&
    (formattedName === '' || formattedName === `${given} ${family}`)
  ) {
    person.fullName = family + given;
  } else {
    person.fullName = formattedName;
  }
}

function addressFrom(prop: Property, value: string, isV21: boolean): ImportedAddress | null {
  // pobox; extended; street; locality; region; postal code; country. A list inside a part is kept with its commas.
  const [pobox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = components(
    value,
    isV21,
  ).map((c) => c.join(',').trim());
  const address = emptyImportedAddress();
  address.street = [street, extended, pobox].filter((p) => p !== '').join('\n');
  address.city = city;
  address.region = region;
  address.postalCode = postalCode;
  address.country = country;
  // 4.0 can carry the whole address as a LABEL parameter alongside (or instead of) the parts.
  const hasParts = [address.street, city, region, postalCode, country].some((p) => p !== '');
  if (!hasParts) address.formatted = (prop.params.get('LABEL') ?? '').trim();
  return hasParts || address.formatted !== '' ? address : null;
}

/** Raw text as written, except Apple's "1604-07-01" with X-APPLE-OMIT-YEAR=1604, which means "--07-01". */
function birthdayFrom(prop: Property, value: string): string {
  const omittedYear = prop.params.get('X-APPLE-OMIT-YEAR');
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value);
  if (omittedYear !== undefined && m && m[1] === omittedYear) return `--${m[2]}-${m[3]}`;
  return value;
}

function isPref(prop: Property): boolean {
  return prop.types.includes('PREF') || prop.params.has('PREF');
}

function byPreference<T>(values: Labelled<T>[]): T[] {
  return [...values.filter((v) => v.pref), ...values.filter((v) => !v.pref)].map((v) => v.item);
}

/** A phone's label from its types: the most telling one wins ("WORK,FAX" is a fax, "WORK,CELL" a mobile). */
function phoneLabel(types: string[]): string {
  if (types.includes('FAX')) return 'fax';
  if (types.includes('CELL') || types.includes('MOBILE') || types.includes('IPHONE')) return 'mobile';
  if (types.includes('PAGER')) return 'pager';
  if (types.includes('MAIN')) return 'main';
  return placeLabel(types);
}

/** An email's or address's label from its types (INTERNET, PREF, POSTAL, DOM… say nothing a user would see). */
function placeLabel(types: string[]): string {
  if (types.includes('WORK')) return 'work';
  if (types.includes('HOME')) return 'home';
  if (types.includes('OTHER')) return 'other';
  const custom = types.find((t) => t.startsWith('X-') && t.length > 2);
  return custom === undefined ? '' : custom.slice(2);
}

/** A Map, not an object literal: labels are file text, and "__proto__" must not find anything. */
const KNOWN_LABELS = new Map([
  ['mobile', 'mobile'],
  ['cell', 'mobile'],
  ['iphone', 'mobile'],
  ['work', 'work'],
  ['home', 'home'],
  ['main', 'main'],
  ['other', 'other'],
  ['fax', 'fax'],
  ['homefax', 'fax'],
  ['workfax', 'fax'],
  ['otherfax', 'fax'],
]);

/** Apple's "_$!<Mobile>!$_" and plain "Work" become Rapport's keys; any other label is kept as written. */
function normalizedLabel(label: string): string {
  const apple = /^_\$!<(.*)>!\$_$/.exec(label);
  const text = apple ? (apple[1] ?? '') : label;
  const known = KNOWN_LABELS.get(text.toLowerCase());
  if (known !== undefined) return known;
  return apple ? text.toLowerCase() : text;
}

function hasSomethingToImport(p: ImportedPerson): boolean {
  const name = [p.fullName, p.givenName, p.familyName, p.middleName, p.namePrefix, p.nameSuffix];
  return name.some((n) => n !== '') || p.company !== '' || p.phones.length > 0 || p.emails.length > 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
