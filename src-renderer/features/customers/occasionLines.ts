// The birthdays-and-anniversaries card's lines: everyone's birthdays this week (calendar.today) merged with
// valuable customers' birthdays and customer anniversaries for two weeks (customers.keepInTouch). A birthday
// both lists know shows once, with the customer's segment.
import type { BirthdaySoon } from '@shared/domain/calendar';
import type { CustomerKind, CustomerOccasion } from '@shared/domain/customers';
import type { Segment } from '@shared/customers/segments';

export interface OccasionLine {
  key: string;
  kind: 'birthday' | 'anniversary';
  entityType: CustomerKind;
  id: number;
  name: string;
  /** "YYYY-MM-DD" it falls on. */
  date: string;
  /** Age turned (when the year of birth is known) or years as a customer. */
  years: number | null;
  /** A valuable customer's segment; null for anyone else's birthday. */
  segment: Segment | null;
}

export function occasionLines(
  birthdays: readonly BirthdaySoon[],
  occasions: readonly CustomerOccasion[],
): OccasionLine[] {
  const lines = new Map<string, OccasionLine>();
  for (const b of birthdays) {
    const key = `birthday|contact|${b.contactId}|${b.date}`;
    lines.set(key, {
      key,
      kind: 'birthday',
      entityType: 'contact',
      id: b.contactId,
      name: b.name,
      date: b.date,
      years: b.turns,
      segment: null,
    });
  }
  for (const o of occasions) {
    const key = `${o.kind}|${o.entityType}|${o.id}|${o.date}`;
    lines.set(key, {
      key,
      kind: o.kind,
      entityType: o.entityType,
      id: o.id,
      name: o.name,
      date: o.date,
      years: o.years,
      segment: o.segment,
    });
  }
  return [...lines.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
}
