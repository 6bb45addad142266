// The people and companies Rapport keeps, as the camelCase DTOs both sides speak.
import type { Segment } from '../customers/segments';

export const LIFECYCLE_STAGES = ['lead', 'prospect', 'customer', 'repeat', 'lapsed'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface LabeledValue {
  label: string;
  value: string;
}

export interface PostalAddress {
  label: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2 code, upper case ("US", "CN"); empty when unknown. */
  country: string;
}

export interface Contact {
  id: number;
  givenName: string;
  familyName: string;
  /** One-field name as written (Chinese names: family name first, no space). Wins over given/family. */
  fullName: string;
  displayName: string;
  title: string;
  companyId: number | null;
  companyName: string | null;
  phones: LabeledValue[];
  emails: LabeledValue[];
  addresses: PostalAddress[];
  /** "YYYY-MM-DD", or "--MM-DD" when the year is unknown. */
  birthday: string | null;
  notes: string;
  tags: string[];
  lifecycle: LifecycleStage;
  lastActivityAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Company {
  id: number;
  name: string;
  website: string;
  industry: string;
  phones: LabeledValue[];
  addresses: PostalAddress[];
  notes: string;
  tags: string[];
  lastActivityAt: string | null;
  peopleCount: number;
  createdAt: string;
  updatedAt: string;
}

/** One row of the contacts list: enough to show and sort, nothing more. */
export interface ContactListRow {
  id: number;
  displayName: string;
  title: string;
  companyId: number | null;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  lifecycle: LifecycleStage;
  tags: string[];
  lastActivityAt: string | null;
  /** Their customer segment (src-shared/customers/segments.ts); null: nothing bought yet. */
  segment: Segment | null;
}

export interface CompanyListRow {
  id: number;
  name: string;
  industry: string;
  website: string;
  phone: string | null;
  city: string | null;
  country: string | null;
  tags: string[];
  peopleCount: number;
  lastActivityAt: string | null;
  segment: Segment | null;
}

export interface Page<T> {
  total: number;
  rows: T[];
}

/** A probable duplicate found before creating a contact or company. */
export interface DuplicateHit {
  entityType: 'contact' | 'company';
  id: number;
  displayName: string;
  /** What matched: an email, a phone number or the name. */
  reason: 'email' | 'phone' | 'name';
  value: string;
}
