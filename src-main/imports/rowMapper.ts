// One spreadsheet row to an ImportedPerson, following the column mapping: phones, emails and addresses gathered
// by group (with their label columns), several values in one cell split apart, tags split, kept-as-note columns
// turned into "Header: value" lines. Values stay raw text here; dates and rules are applied later.
import type { AddressPart, ColumnMapping, PersonField } from '@shared/import/columnMapping';
import { canonicalContactLabel } from '@shared/import/headerSynonyms';
import {
  emptyImportedAddress,
  emptyImportedPerson,
  type ImportedAddress,
  type ImportedPerson,
  type ImportedValue,
} from '@shared/import/importedPerson';
import { manyLines, oneLine } from '@shared/validation/fields';
import { splitTags } from './valueParsing';

type SingleField = Exclude<PersonField, 'notes' | 'tags' | 'website'>;

// Google joins several values of one group with " ::: "; people join them with ; , 、 or a line break.
const MULTI_PHONE = /\s*:::\s*|[;,\n；，、]+/;
// Emails have no spaces, so a space separates them too ("a@x.com b@y.com").
const MULTI_EMAIL = /\s*:::\s*|[;,\s；，、]+/;
const MULTI_WEBSITE = MULTI_EMAIL;
const GOOGLE_JOIN = /\s*:::\s*/;

interface ValueGroup {
  kind: 'phone' | 'email';
  label: string;
  /** Labels from a label column, one per joined value (Google: "Mobile ::: Work" beside "a ::: b"). */
  labels: string[];
  values: string[];
}

interface AddressGroup {
  label: string;
  labels: string[];
  /** Per part, the cells of each column mapped to it, each split on Google's " ::: ". */
  parts: Map<AddressPart, string[][]>;
}

export function mapRow(cells: readonly string[], mapping: readonly ColumnMapping[], sourceRow: number): ImportedPerson {
  const person = emptyImportedPerson(sourceRow);
  const valueGroups = new Map<string, ValueGroup>();
  const addressGroups = new Map<string, AddressGroup>();
  const tagKeys = new Set<string>();

  const valueGroup = (kind: 'phone' | 'email', group: string, label: string) => {
    const key = `${kind}:${group}`;
    let found = valueGroups.get(key);
    if (!found) valueGroups.set(key, (found = { kind, label, labels: [], values: [] }));
    else if (found.label === '') found.label = label;
    return found;
  };
  const addressGroup = (group: string, label: string) => {
    let found = addressGroups.get(group);
    if (!found) addressGroups.set(group, (found = { label, labels: [], parts: new Map() }));
    else if (found.label === '') found.label = label;
    return found;
  };

  for (const { column, header, target } of mapping) {
    const raw = cells[column] ?? '';
    if (target.kind === 'ignore' || raw.trim() === '') {
      // An empty cell still opens its group, so the group keeps the file's column order.
      if (target.kind === 'phone' || target.kind === 'email') valueGroup(target.kind, target.group, target.label);
      continue;
    }
    switch (target.kind) {
      case 'field':
        setField(person, target.field, raw, header, tagKeys);
        break;
      case 'phone':
      case 'email': {
        const values = raw.split(target.kind === 'phone' ? MULTI_PHONE : MULTI_EMAIL).map(singleLine);
        valueGroup(target.kind, target.group, target.label).values.push(...values.filter((v) => v !== ''));
        break;
      }
      case 'label':
        if (target.of === 'address') addressGroup(target.group, '').labels = splitLabels(raw);
        else valueGroup(target.of, target.group, '').labels = splitLabels(raw);
        break;
      case 'address': {
        const group = addressGroup(target.group, target.label);
        const multiLinePart = target.part === 'street' || target.part === 'formatted';
        const pieces = raw.split(GOOGLE_JOIN).map(multiLinePart ? multiLine : singleLine);
        group.parts.set(target.part, [...(group.parts.get(target.part) ?? []), pieces]);
        break;
      }
      case 'note':
        person.extraNotes.push(`${header.trim() || `Column ${column + 1}`}: ${multiLine(raw)}`);
        break;
    }
  }

  person.phones = labeledValues(
    [...valueGroups.values()].filter((g) => g.kind === 'phone'),
    phoneKey,
  );
  person.emails = labeledValues(
    [...valueGroups.values()].filter((g) => g.kind === 'email'),
    (v) => v.toLowerCase(),
  );
  person.addresses = [...addressGroups.values()].flatMap(buildAddresses);
  return person;
}

function setField(person: ImportedPerson, field: PersonField, raw: string, header: string, tagKeys: Set<string>) {
  switch (field) {
    case 'notes': {
      const text = multiLine(raw);
      person.notes = person.notes === '' ? text : `${person.notes}\n${text}`;
      return;
    }
    case 'tags':
      for (const tag of splitTags(raw)) {
        const key = tag.toLocaleLowerCase();
        if (!tagKeys.has(key)) person.tags.push(tag);
        tagKeys.add(key);
      }
      return;
    case 'website':
      for (const site of raw.split(MULTI_WEBSITE)) {
        if (site !== '' && !person.websites.includes(site)) person.websites.push(site);
      }
      return;
    default: {
      const key: SingleField = field;
      const value = singleLine(raw);
      if (person[key] === '') person[key] = value;
      // Two columns for one field (a sheet with "Company" and "单位"): the second, if different, is kept
      // as a note rather than lost.
      else if (person[key] !== value) person.extraNotes.push(`${header.trim()}: ${value}`);
    }
  }
}

function labeledValues(groups: ValueGroup[], dedupeKey: (value: string) => string): ImportedValue[] {
  const result: ImportedValue[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    group.values.forEach((value, i) => {
      const key = dedupeKey(value);
      // Outlook repeats the mobile number as "Primary Phone"; the first column's label wins.
      if (seen.has(key)) return;
      seen.add(key);
      const fromColumn = group.labels[i] ?? group.labels[0] ?? '';
      result.push({ label: fromColumn !== '' ? fromColumn : group.label, value });
    });
  }
  return result;
}

function buildAddresses(group: AddressGroup): ImportedAddress[] {
  const count = Math.max(0, ...[...group.parts.values()].flatMap((columns) => columns.map((c) => c.length)));
  const addresses: ImportedAddress[] = [];
  for (let i = 0; i < count; i++) {
    const label = group.labels[i] ?? group.labels[0] ?? '';
    const address = emptyImportedAddress(label !== '' ? label : group.label);
    for (const [part, columns] of group.parts) {
      const pieces = columns.map((c) => c[i] ?? '').filter((p) => p !== '');
      // Street, Street 2, Street 3, PO Box: lines of one street. Other parts have one column each; should a
      // sheet have two, they are joined rather than one dropped.
      address[part] = pieces.join(part === 'street' || part === 'formatted' ? '\n' : ' ');
    }
    const hasContent = (Object.keys(address) as (keyof ImportedAddress)[]).some(
      (k) => k !== 'label' && address[k] !== '',
    );
    if (hasContent) addresses.push(address);
  }
  return addresses;
}

function splitLabels(raw: string): string[] {
  return raw.split(GOOGLE_JOIN).map((label) => canonicalContactLabel(singleLine(label)));
}

// Names, phones, cities are one line; notes and streets keep their line breaks: the same rules the app stores
// text by (src-shared/validation/fields.ts), so an export imported again is unchanged.
const singleLine = oneLine;
const multiLine = manyLines;

// "+1 (555) 010-2000" and "+1 555 010 2000" are one number.
function phoneKey(value: string): string {
  return value.toLowerCase().replace(/[\s\-()./]/g, '');
}
