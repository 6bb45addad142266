// How a spreadsheet column feeds an ImportedPerson. A mapping is one target (or none) per column; the import
// flow suggests one from the header names and the user can change any of them.

/** Single-valued fields of a person. */
export const PERSON_FIELDS = [
  'fullName',
  'givenName',
  'familyName',
  'middleName',
  'namePrefix',
  'nameSuffix',
  'company',
  'title',
  'department',
  'birthday',
  'notes',
  'tags',
  'website',
  'lifecycle',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const ADDRESS_PARTS = ['street', 'district', 'city', 'region', 'postalCode', 'country', 'formatted'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/**
 * Where a column goes. Repeating things (phones, emails, addresses) carry a `group`: columns with the same kind
 * and group build one value ("Address 1 - Street" and "Address 1 - City" are group "1"; Outlook's "Business
 * Street" and "Business City" are group "work"). A `labelColumn` target holds the label for its group
 * (Google's "Phone 1 - Label"); otherwise `label` gives it ("Mobile Phone" → "mobile").
 */
export type ColumnTarget =
  | { kind: 'field'; field: PersonField }
  | { kind: 'phone'; group: string; label: string }
  | { kind: 'email'; group: string; label: string }
  | { kind: 'address'; group: string; label: string; part: AddressPart }
  | { kind: 'label'; of: 'phone' | 'email' | 'address'; group: string }
  /** Keep the value as a "Header: value" line in the notes. */
  | { kind: 'note' }
  | { kind: 'ignore' };

export interface ColumnMapping {
  /** 0-based column index in the file. */
  column: number;
  header: string;
  target: ColumnTarget;
}
