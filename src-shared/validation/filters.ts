// Filters and sorts for the contact and company lists; saved views store exactly these.
import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../domain/contact';
import { id, shortText } from './fields';
import { segmentList } from './customers';

export const contactFilter = z.object({
  text: shortText().optional(),
  tags: z.array(shortText(60)).max(20).optional(),
  lifecycle: z.array(z.enum(LIFECYCLE_STAGES)).max(LIFECYCLE_STAGES.length).optional(),
  city: shortText().optional(),
  country: shortText(2).optional(),
  /** Only people with no activity in the last N days (or never). */
  inactiveDays: z.number().int().min(1).max(36_500).optional(),
  companyId: id.optional(),
  /** Only customers in these segments (see src-shared/customers/segments.ts). */
  segments: segmentList.optional(),
});
export type ContactFilter = z.infer<typeof contactFilter>;

export const CONTACT_SORT_FIELDS = ['name', 'company', 'city', 'lastActivity', 'createdAt'] as const;
export const contactSort = z.object({
  field: z.enum(CONTACT_SORT_FIELDS),
  direction: z.enum(['asc', 'desc']),
});
export type ContactSort = z.infer<typeof contactSort>;

export const companyFilter = z.object({
  text: shortText().optional(),
  tags: z.array(shortText(60)).max(20).optional(),
  city: shortText().optional(),
  country: shortText(2).optional(),
  inactiveDays: z.number().int().min(1).max(36_500).optional(),
  segments: segmentList.optional(),
});
export type CompanyFilter = z.infer<typeof companyFilter>;

export const COMPANY_SORT_FIELDS = ['name', 'city', 'people', 'lastActivity', 'createdAt'] as const;
export const companySort = z.object({
  field: z.enum(COMPANY_SORT_FIELDS),
  direction: z.enum(['asc', 'desc']),
});
export type CompanySort = z.infer<typeof companySort>;
