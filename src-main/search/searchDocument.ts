// What the search index knows about one person or company: the folded text that substring queries run over,
// the name-like keys whose prefixes rank first, and the 1- and 2-character grams for very short queries.
import { foldText, hasHan, phoneDigits, pinyinSyllables } from './text';

export interface SearchSource {
  entityType: 'contact' | 'company';
  entityId: number;
  title: string;
  subtitle: string;
  /** Name parts: display name, given, family, full (contacts) or company name. */
  names: string[];
  /** The company a person works for (searched, with its pinyin, but not ranked as a name). */
  companyName: string | null;
  emails: string[];
  phones: string[];
  /** Tags, cities, regions, title, industry, website: matched as text. */
  texts: string[];
  notes: string;
}

export interface SearchDocument {
  entityType: 'contact' | 'company';
  entityId: number;
  title: string;
  subtitle: string;
  body: string;
  keys: string[];
  grams: string;
}

function pinyinForms(text: string, isName: boolean): { full: string; spaced: string; initials: string } | null {
  const syllables = pinyinSyllables(text, { isName });
  if (syllables.length === 0) return null;
  return {
    full: syllables.join(''),
    spaced: syllables.join(' '),
    initials: syllables.map((s) => s.charAt(0)).join(''),
  };
}

/** Encodes 1- and 2-character grams as ASCII tokens ("u7a", "b7ax68") for the contentless gram index. */
export function gramToken(gram: string): string {
  const cps = Array.from(gram, (ch) => hexOf(ch.codePointAt(0)!));
  return cps.length === 1 ? `u${cps[0]}` : `b${cps.join('x')}`;
}

// Indexing runs for every imported person, so the grams are made without regexes or per-character arrays:
// code points are walked by hand and each one's hex spelling is remembered.
const hexCache = new Map<number, string>();
function hexOf(codePoint: number): string {
  let hex = hexCache.get(codePoint);
  if (hex === undefined) {
    hex = codePoint.toString(16);
    if (hexCache.size < 65_536) hexCache.set(codePoint, hex);
  }
  return hex;
}

/** The characters JavaScript's \s matches (queries are split on them, so grams never span them). */
function isSpace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** The gram tokens of a body (what search_gram indexes for it). */
export function gramsOf(body: string): string {
  const tokens = new Set<string>();
  let previous = -1; // the previous code point's hex index, or -1 after a space / at the start
  let previousHex = '';
  for (let i = 0; i < body.length;) {
    const cp = body.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (isSpace(cp)) {
      previous = -1;
      continue;
    }
    const hex = hexOf(cp);
    tokens.add(`u${hex}`);
    if (previous !== -1) tokens.add(`b${previousHex}x${hex}`);
    previous = cp;
    previousHex = hex;
  }
  return Array.from(tokens).join(' ');
}

export function buildSearchDocument(source: SearchSource): SearchDocument {
  const lines: string[] = [];
  const keys = new Set<string>();
  const addKey = (k: string) => {
    const folded = foldText(k).trim();
    if (folded !== '') keys.add(folded);
  };

  for (const name of source.names.filter((n) => n.trim() !== '')) {
    lines.push(name);
    addKey(name.replace(/\s+/g, ' '));
    for (const word of name.split(/\s+/)) addKey(word);
    if (hasHan(name)) {
      const py = pinyinForms(name, source.entityType === 'contact');
      if (py) {
        lines.push(py.full, py.spaced, py.initials);
        addKey(py.full);
        addKey(py.initials);
        // Given name alone ("xiaoming" for 王小明), as people are often called by it.
        const syllables = py.spaced.split(' ');
        if (syllables.length > 2) addKey(syllables.slice(1).join(''));
      }
    }
  }
  if (source.companyName) {
    lines.push(source.companyName);
    const py = pinyinForms(source.companyName, false);
    if (py) lines.push(py.full, py.initials);
  }
  for (const email of source.emails) {
    lines.push(email);
    addKey(email);
  }
  for (const phone of source.phones) {
    const digits = phoneDigits(phone);
    if (digits) lines.push(digits);
  }
  for (const text of source.texts) if (text.trim() !== '') lines.push(text);
  if (source.notes.trim() !== '') lines.push(source.notes);

  // One line per field, so no term ever matches across two fields.
  const body = foldText(lines.map((l) => l.replace(/\s+/g, ' ').trim()).join('\n'));
  return {
    entityType: source.entityType,
    entityId: source.entityId,
    title: source.title,
    subtitle: source.subtitle,
    body,
    keys: Array.from(keys),
    grams: gramsOf(body),
  };
}
