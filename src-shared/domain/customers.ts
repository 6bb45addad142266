// What Rapport knows about a customer's value (computed in main from won deals and activities), and the Today
// screen's keep-in-touch list. Money in minor units of `currency` (the one in Settings).
import type { Segment } from '../customers/segments';
import type { LifecycleStage } from './contact';

export type CustomerKind = 'contact' | 'company';

export interface CustomerValue {
  entityType: CustomerKind;
  id: number;
  currency: string;
  /** "YYYY-MM-DD" of the first and last purchase (a won deal not wholly refunded). */
  firstPurchaseOn: string;
  lastPurchaseOn: string;
  daysSinceLastPurchase: number;
  /** The last logged activity (UTC instant), null when none. */
  lastActivityAt: string | null;
  orders12m: number;
  ordersEver: number;
  revenue12m: number;
  revenueEver: number;
  /** revenueEver / the purchases in `currency`; null when none were in it. */
  averageOrder: number | null;
  /** Lifetime revenue per year as a customer (a year at least). */
  yearlyValue: number;
  scores: { r: number; f: number; m: number };
  segment: Segment;
  /** Median days between days with an activity over the last two years; null when too few. */
  rhythmDays: number | null;
  /** When to get in touch next; null: this segment is not followed up. */
  dueOn: string | null;
  /** A pending lifecycle suggestion (people only); null when none or ignored. */
  suggestion: LifecycleStage | null;
}

export interface KeepInTouchItem {
  entityType: CustomerKind;
  id: number;
  name: string;
  /** A person's company, or a company's city: a second line to tell namesakes apart. */
  detail: string;
  phone: string | null;
  segment: Segment;
  yearlyValue: number;
  lastTouchOn: string;
  dueOn: string;
  /** Days since the last touch (activity or purchase). */
  daysQuiet: number;
  /** Their own rhythm when known (else the segment's days set in Settings). */
  rhythmDays: number | null;
}

export interface CustomerOccasion {
  kind: 'birthday' | 'anniversary';
  entityType: CustomerKind;
  id: number;
  name: string;
  segment: Segment;
  /** "YYYY-MM-DD" it falls on. */
  date: string;
  /** Age turned (birthday, when the year is known) or years as a customer (anniversary). */
  years: number | null;
}

export interface LifecycleSuggestion {
  contactId: number;
  name: string;
  current: LifecycleStage;
  suggested: LifecycleStage;
  ordersEver: number;
  lastPurchaseOn: string;
}

export interface KeepInTouchData {
  date: string;
  currency: string;
  /** Due customers, most value at risk first (up to the limit asked for). */
  due: KeepInTouchItem[];
  dueCount: number;
  /** Birthdays and customer anniversaries of valuable customers in the next 14 days. */
  occasions: CustomerOccasion[];
  suggestions: LifecycleSuggestion[];
  suggestionCount: number;
}
