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
  const cps = Array.from(gram, (ch) => ch.codePointAt(0)!.toString(16));
  return cps.length === 1 ? `u${cps[0]}` : `b${cps.join('x')}`;
}

function gramsOf(body: string): string {
  const tokens = new Set<string>();
  for (const line of body.split('\n')) {
    const chars = Array.from(line);
    for (let i = 0; i < chars.length; i++) {
      const a = chars[i]!;
      if (/\s/u.test(a)) continue;
      tokens.add(gramToken(a));
      const b = chars[i + 1];
      if (b !== undefined && !/\s/u.test(b)) tokens.add(gramToken(a + b));
    }
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
