// Saved views: a named filter + sort over contacts or companies, reused by lists, labels and exports.
import type { ContactFilter, ContactSort, CompanyFilter, CompanySort } from '../validation/filters';

export type SavedView =
  | { id: number; name: string; entity: 'contact'; filter: ContactFilter; sort: ContactSort; createdAt: string }
  | { id: number; name: string; entity: 'company'; filter: CompanyFilter; sort: CompanySort; createdAt: string };
