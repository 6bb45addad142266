// The shape of a person or company as a form submits it and as main accepts it.
import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../domain/contact';
import {
  birthdayValue,
  countryCode,
  emailValue,
  id,
  longText,
  phoneValue,
  shortText,
  tagValue,
  websiteValue,
} from './fields';

export const labeledPhone = z.object({ label: shortText(40), value: phoneValue });
export const labeledEmail = z.object({ label: shortText(40), value: emailValue });

export const postalAddress = z.object({
  label: shortText(40),
  street: longText(500),
  city: shortText(),
  region: shortText(),
  postalCode: shortText(20),
  country: countryCode,
});

const tags = z.array(tagValue).max(50);

export const contactInput = z
  .object({
    givenName: shortText(),
    familyName: shortText(),
    fullName: shortText(),
    title: shortText(),
    companyId: id.nullable(),
    phones: z.array(labeledPhone).max(20),
    emails: z.array(labeledEmail).max(20),
    addresses: z.array(postalAddress).max(10),
    birthday: birthdayValue.nullable(),
    notes: longText(),
    tags,
    lifecycle: z.enum(LIFECYCLE_STAGES),
  })
  .refine((c) => c.givenName !== '' || c.familyName !== '' || c.fullName !== '', {
    error: 'validation.nameRequired',
    path: ['givenName'],
  });
export type ContactInput = z.infer<typeof contactInput>;

export const companyInput = z.object({
  name: shortText().min(1, { error: 'validation.required' }),
  website: websiteValue,
  industry: shortText(),
  phones: z.array(labeledPhone).max(20),
  addresses: z.array(postalAddress).max(10),
  notes: longText(),
  tags,
});
export type CompanyInput = z.infer<typeof companyInput>;

export const emptyContactInput = (): ContactInput => ({
  givenName: '',
  familyName: '',
  fullName: '',
  title: '',
  companyId: null,
  phones: [],
  emails: [],
  addresses: [],
  birthday: null,
  notes: '',
  tags: [],
  lifecycle: 'lead',
});

export const emptyCompanyInput = (): CompanyInput => ({
  name: '',
  website: '',
  industry: '',
  phones: [],
  addresses: [],
  notes: '',
  tags: [],
});
