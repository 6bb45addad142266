// Helpers for the list filters both lists share (contacts' filter is a superset of companies').
import type { ContactFilter } from '@shared/validation/filters';

export type ListFilter = ContactFilter;

/** The filter without empty parts, as main and saved views should see it. */
export function cleanFilter<F extends ListFilter>(filter: F): F {
  const out: ListFilter = {};
  if (filter.text?.trim()) out.text = filter.text.trim();
  if (filter.tags?.length) out.tags = filter.tags;
  if (filter.lifecycle?.length) out.lifecycle = filter.lifecycle;
  if (filter.segments?.length) out.segments = filter.segments;
  if (filter.city?.trim()) out.city = filter.city.trim();
  if (filter.country?.trim()) out.country = filter.country.trim();
  if (filter.inactiveDays) out.inactiveDays = filter.inactiveDays;
  if (filter.companyId) out.companyId = filter.companyId;
  return out as F;
}

export function isFiltered(filter: ListFilter): boolean {
  return Object.keys(cleanFilter(filter)).length > 0;
}

export const INACTIVE_DAY_CHOICES = [7, 14, 30, 60, 90, 180, 365] as const;
