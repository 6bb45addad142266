// Small builders for valid inputs, so each test spells out only what it is about.
import { emptyCompanyInput, emptyContactInput, type CompanyInput, type ContactInput } from '@shared/validation/contact';

export const person = (overrides: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput(),
  ...overrides,
});
export const company = (overrides: Partial<CompanyInput> = {}): CompanyInput => ({
  ...emptyCompanyInput(),
  ...overrides,
});

/** A work address as the contact form takes it. */
export const postalAddress = (street: string, city: string, region: string, postalCode: string, country: string) => ({
  label: 'work',
  street,
  city,
  region,
  postalCode,
  country,
});
