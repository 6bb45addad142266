// Suggests where each column of an imported spreadsheet goes, from its header alone, so the user only corrects
// what a machine cannot know. Maps by header name, never by position: Monica's importer read Google's layout by
// position and broke when Google changed it.
import type { AddressPart, ColumnMapping, ColumnTarget } from './columnMapping';
import { canonicalContactLabel, headerKey, KNOWN_LABELS, lookupSynonym, type Synonym } from './headerSynonyms';

/**
 * Columns nobody recognises are kept as "Header: value" note lines rather than dropped: the command line imports
 * without a mapping screen, and a note the user can delete costs less than a column silently lost ("客户来源",
 * "Last order"). Columns with no header, or with only punctuation ("#"), are ignored.
 */
const UNKNOWN_HEADER: ColumnTarget = { kind: 'note' };

export function suggestMapping(headers: readonly string[]): ColumnMapping[] {
  const synonyms = headers.map((header) => synonymFor(header));
  const targets = synonyms.map((synonym, column) => settleGeneric(synonym, column, synonyms));
  return headers.map((header, column) => ({ column, header, target: targets[column] ?? { kind: 'ignore' } }));
}

/**
 * A stable key for a header row, so a mapping the user fixed can be offered again for the next file with the
 * same columns in the same order (a mapping is by position). Case, spacing and a BOM do not change it.
 */
export function mappingSignature(headers: readonly string[]): string {
  const text = headers.map((h) =>
    h
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
  return `v1:${headers.length}:${fnv1a64(text.join('\u001f'))}`;
}

function synonymFor(header: string): Synonym {
  const key = headerKey(header);
  if (key === '') return { target: { kind: 'ignore' } };
  return (
    repeatingGroup(header) ??
    lookupSynonym(key) ??
    withoutParentheses(header) ??
    firstAlternative(header) ??
    numbered(key) ?? { target: UNKNOWN_HEADER }
  );
}

// "手机(必填)", "Email (work)": the header without its brackets decides; a label word in them ("work", "家")
// labels the phone, email or address, anything else ("必填", "required") is a note for whoever fills the sheet.
function withoutParentheses(header: string): Synonym | undefined {
  const text = header.normalize('NFKC');
  const brackets = /\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】/g;
  const bare = text.replace(brackets, '');
  const found = bare === text ? undefined : lookupSynonym(headerKey(bare));
  if (!found) return undefined;
  const inside = [...text.matchAll(brackets)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').join(' ');
  const label = canonicalContactLabel(inside);
  const t = found.target;
  if (!KNOWN_LABELS.has(label)) return found;
  if (t.kind === 'phone' || t.kind === 'email') return { target: { ...t, label, group: headerKey(text) } };
  if (t.kind === 'address') return { ...found, target: { ...t, label, group: label } };
  return found;
}

// "省/直辖市", "Phone/Mobile": the first alternative that is a known word decides.
function firstAlternative(header: string): Synonym | undefined {
  const parts = header.split(/[/|]/);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const found = lookupSynonym(headerKey(part));
    if (found) return found;
  }
  return undefined;
}

// "Phone 2", "邮箱2", "Mobile 3": a second value of a known kind gets a group of its own.
function numbered(key: string): Synonym | undefined {
  const m = /^(.*\D)(\d{1,2})$/.exec(key);
  if (!m?.[1] || !m[2]) return undefined;
  const base = lookupSynonym(m[1]);
  if (!base) return undefined;
  const t = base.target;
  if (t.kind === 'phone' || t.kind === 'email') return { target: { ...t, group: key } };
  if (t.kind === 'address') return { ...base, target: { ...t, group: `${t.group}${m[2]}` } };
  return base;
}

const GROUP_KINDS: Record<string, 'email' | 'phone' | 'address' | 'website' | 'organization' | 'note' | 'ignore'> = {
  email: 'email',
  phone: 'phone',
  address: 'address',
  website: 'website',
  organization: 'organization',
  organisation: 'organization',
  // Google's events (anniversaries), relations (spouse, assistant), custom fields and IM accounts have no
  // Rapport field but are exactly what a salesperson wants to see again.
  event: 'note',
  relation: 'note',
  customfield: 'note',
  im: 'note',
  // Ids of other systems mean nothing here.
  externalid: 'ignore',
};

const ADDRESS_SUBFIELDS: Record<string, AddressPart> = {
  formatted: 'formatted',
  street: 'street',
  pobox: 'street',
  extendedaddress: 'street',
  neighborhood: 'district',
  city: 'city',
  region: 'region',
  postalcode: 'postalCode',
  country: 'country',
};

/** Google's repeating columns: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - Street", "Website 1 - Type". */
function repeatingGroup(header: string): Synonym | undefined {
  const m = /^\s*([^\d]+?)\s*(\d+)\s*-\s*(.+?)\s*$/.exec(header.normalize('NFKC'));
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const kind = GROUP_KINDS[headerKey(m[1])];
  if (!kind) return undefined;
  const group = String(Number(m[2]));
  const sub = headerKey(m[3]);
  const isLabel = sub === 'label' || sub === 'type';
  switch (kind) {
    case 'email':
    case 'phone':
      if (isLabel) return { target: { kind: 'label', of: kind, group } };
      return sub === 'value' ? { target: { kind, group, label: '' } } : { target: { kind: 'ignore' } };
    case 'address': {
      if (isLabel) return { target: { kind: 'label', of: 'address', group } };
      const part = ADDRESS_SUBFIELDS[sub];
      return { target: part ? { kind: 'address', group, label: '', part } : { kind: 'ignore' } };
    }
    case 'website':
      // Rapport keeps websites without labels.
      return { target: sub === 'value' ? { kind: 'field', field: 'website' } : { kind: 'ignore' } };
    case 'organization': {
      const f = sub === 'name' ? 'company' : sub === 'title' ? 'title' : sub === 'department' ? 'department' : null;
      if (f === null) return { target: { kind: 'ignore' } }; // Type, Yomi Name, Symbol, Location, Job Description
      // A person works at one company in Rapport; a second organisation is remembered in the notes.
      return { target: group === '1' ? { kind: 'field', field: f } : { kind: 'note' } };
    }
    case 'note':
    case 'ignore':
      return { target: { kind } };
  }
}

/** Settles the words whose meaning depends on the rest of the header row. */
function settleGeneric(synonym: Synonym, column: number, all: readonly Synonym[]): ColumnTarget {
  const { target, generic } = synonym;
  const others = all.filter((_, i) => i !== column).map((s) => s.target);
  const hasField = (f: string) => others.some((t) => t.kind === 'field' && t.field === f);
  switch (generic) {
    case 'title':
      // Outlook's first column "Title" is Mr./Dr.; its job title is the separate "Job Title".
      return hasField('title') ? { kind: 'field', field: 'namePrefix' } : target;
    case 'name':
      // "Name, Surname" (common in European sheets) or "名字, 姓": here "Name" is the given name.
      return hasField('familyName') && !hasField('givenName') ? { kind: 'field', field: 'givenName' } : target;
    case 'address': {
      if (target.kind !== 'address') return target;
      // "地址" beside 省/市/区 or "Address" beside City/ZIP is the street line, not the whole address.
      const hasParts = others.some((t) => t.kind === 'address' && t.group === target.group && t.part !== 'formatted');
      return hasParts ? { ...target, part: 'street' } : target;
    }
    default:
      return target;
  }
}

// 64-bit FNV-1a: no crypto in shared code, and 64 bits make two different header rows colliding unthinkable
// among the handful of mappings one user keeps.
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
