// What one row of a spreadsheet, or one vCard, says about a person — still raw text, before Rapport's rules
// (validation, dates, duplicates) turn it into a ContactInput. Every import format produces this shape.

export interface ImportedAddress {
  /** "home", "work", "other", or the file's own label ("Business", "家"). */
  label: string;
  street: string;
  /** Chinese addresses: 区/县. Joined into the street when saved. */
  district: string;
  city: string;
  region: string;
  postalCode: string;
  /** As written: "US", "United States", "中国"… normalised later. */
  country: string;
  /** A one-line address when the file has no parts (Google's "Formatted", a single 地址 column). */
  formatted: string;
}

export interface ImportedValue {
  label: string;
  value: string;
}

export interface ImportedPerson {
  /** 1-based: the file's row (CSV, counting the header row) or card number (vCard), for messages. */
  sourceRow: number;
  fullName: string;
  givenName: string;
  familyName: string;
  middleName: string;
  namePrefix: string;
  nameSuffix: string;
  company: string;
  title: string;
  department: string;
  phones: ImportedValue[];
  emails: ImportedValue[];
  addresses: ImportedAddress[];
  /** Raw text as written ("1980-07-01", "07/01/1980", "--07-01", "29221" (Excel serial), "1604-07-01"). */
  birthday: string;
  notes: string;
  tags: string[];
  websites: string[];
  /** Rapport's lifecycle stage as written ("customer", "Repeat customer", "回头客"…); '' when absent. */
  lifecycle: string;
  /** Columns the user chose to keep as a note: "Header: value" lines appended to the notes. */
  extraNotes: string[];
}

export function emptyImportedPerson(sourceRow: number): ImportedPerson {
  return {
    sourceRow,
    fullName: '',
    givenName: '',
    familyName: '',
    middleName: '',
    namePrefix: '',
    nameSuffix: '',
    company: '',
    title: '',
    department: '',
    phones: [],
    emails: [],
    addresses: [],
    birthday: '',
    notes: '',
    tags: [],
    websites: [],
    lifecycle: '',
    extraNotes: [],
  };
}

export function emptyImportedAddress(label = ''): ImportedAddress {
  return { label, street: '', district: '', city: '', region: '', postalCode: '', country: '', formatted: '' };
}
