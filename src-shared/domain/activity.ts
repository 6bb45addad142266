// The history of a customer: calls, meetings, visits, emails and notes.

export const ACTIVITY_KINDS = ['call', 'meeting', 'visit', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: number;
  kind: ActivityKind;
  /** ISO 8601 instant (UTC, with Z). */
  occurredAt: string;
  summary: string;
  outcome: string;
  contactId: number | null;
  contactName: string | null;
  companyId: number | null;
  companyName: string | null;
  dealId: number | null;
  dealTitle: string | null;
  createdAt: string;
}
