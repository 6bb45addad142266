// The choices of the "Match columns" select. A mapping target is a structured value (phones and addresses carry
// a group that ties several columns into one value); the select works with a choice key that leaves the group
// out, and turning a choice back into a target keeps the column's group when the kind stays the same.
import type { AddressPart, ColumnMapping, ColumnTarget, PersonField } from '@shared/import/columnMapping';

export const PHONE_LABELS = ['mobile', 'work', 'home', 'main', 'fax', 'other', ''] as const;
export const EMAIL_LABELS = ['work', 'home', 'other', ''] as const;
export const ADDRESS_CHOICES: readonly AddressPart[] = [
  'formatted',
  'street',
  'district',
  'city',
  'region',
  'postalCode',
  'country',
];

export type ChoiceGroup = 'name' | 'work' | 'phone' | 'email' | 'address' | 'more' | 'keep';

/** Every choice, by group, in the order the select lists them. */
export const CHOICE_GROUPS: ReadonlyArray<{ group: ChoiceGroup; choices: readonly string[] }> = [
  {
    group: 'name',
    choices: [
      'field:fullName',
      'field:givenName',
      'field:familyName',
      'field:middleName',
      'field:namePrefix',
      'field:nameSuffix',
    ],
  },
  { group: 'work', choices: ['field:company', 'field:title', 'field:department'] },
  { group: 'phone', choices: PHONE_LABELS.map((l) => `phone:${l}`) },
  { group: 'email', choices: EMAIL_LABELS.map((l) => `email:${l}`) },
  { group: 'address', choices: ADDRESS_CHOICES.map((p) => `address:${p}`) },
  { group: 'more', choices: ['field:birthday', 'field:notes', 'field:tags', 'field:website'] },
  { group: 'keep', choices: ['note', 'ignore'] },
];

/** The select's value for a target. */
export function choiceOf(target: ColumnTarget): string {
  switch (target.kind) {
    case 'field':
      return `field:${target.field}`;
    case 'phone':
    case 'email':
      return `${target.kind}:${target.label}`;
    case 'address':
      return `address:${target.part}`;
    case 'label':
      return `label:${target.of}:${target.group}`;
    case 'note':
    case 'ignore':
      return target.kind;
  }
}

/**
 * The target for a choice made on one column. A phone or email chosen by hand gets a group of its own, so two
 * columns never merge into one number by accident; address parts share the group "main" (one address).
 */
export function targetOf(choice: string, mapping: ColumnMapping): ColumnTarget {
  const current = mapping.target;
  if (choice === choiceOf(current)) return current;
  const [kind, rest = ''] = splitOnce(choice);
  switch (kind) {
    case 'field':
      return { kind: 'field', field: rest as PersonField };
    case 'phone':
    case 'email':
      return {
        kind,
        group: current.kind === kind ? current.group : `column${mapping.column + 1}`,
        label: rest,
      };
    case 'address':
      return current.kind === 'address'
        ? { ...current, part: rest as AddressPart }
        : { kind: 'address', group: 'main', label: '', part: rest as AddressPart };
    case 'note':
      return { kind: 'note' };
    default:
      return { kind: 'ignore' };
  }
}

function splitOnce(choice: string): [string, string?] {
  const at = choice.indexOf(':');
  return at < 0 ? [choice] : [choice.slice(0, at), choice.slice(at + 1)];
}

/** The first few non-empty values of a column in the preview (the preview's first row is the header). */
export function sampleValues(
  preview: readonly (readonly string[])[],
  column: number,
  count = 3,
  headerRow = 0,
): string[] {
  const values: string[] = [];
  for (const row of preview.slice(headerRow + 1)) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length === count) break;
  }
  return values;
}
