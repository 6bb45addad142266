// The figures of "Customers at a glance" (src-main/customers/customerFigures.ts computes them; the README says
// what each one means). A customer is a person or a company with at least one purchase; money is in minor units
// of `currency`, the one in Settings.
import type { ActivityKind } from './activity';
import type { LifecycleStage } from './contact';
import type { CustomerKind } from './customers';
import type { Segment } from '../customers/segments';

/** Customers who bought in the period, by the segment they are in today (every segment, in SEGMENTS order). */
export interface SegmentFigures {
  kind: CustomerKind;
  customers: number;
  segments: Array<{ segment: Segment; customers: number }>;
}

/** People added in the period, by their lifecycle stage now (every stage, in LIFECYCLE_STAGES order). */
export interface LifecycleFigures {
  people: number;
  stages: Array<{ stage: LifecycleStage; people: number }>;
}

export interface NewAndLostMonth {
  /** "YYYY-MM". */
  month: string;
  /** Customers whose first purchase ever fell in this month. */
  newCustomers: number;
  /** Customers who bought again in this month after a gap longer than lapsedAfterDays. */
  returned: number;
  /** Customers whose gap after a purchase went past lapsedAfterDays in this month. */
  lost: number;
}

export interface NewAndLostFigures {
  kind: CustomerKind;
  lapsedAfterDays: number;
  months: NewAndLostMonth[];
}

export interface CustomerGroup {
  customers: number;
  revenue: number;
}

/** Revenue of the period's paying customers, ranked: the top 10 % and 20 % of them (rounded up) and the rest. */
export interface TopShareFigures {
  kind: CustomerKind;
  currency: string;
  /** Customers with revenue above zero in the period, and their revenue. */
  all: CustomerGroup;
  top10: CustomerGroup;
  top20: CustomerGroup;
  /** Everyone outside the top 20 %. */
  rest: CustomerGroup;
  /** Purchases in the period in other currencies (deals; never converted). */
  otherCurrencyDeals: number;
}

export interface RevenueByAgeMonth {
  month: string;
  /** Revenue from customers whose first purchase ever fell in this month. */
  fromNew: number;
  /** Revenue from everyone who had bought before this month. */
  fromExisting: number;
  newCustomers: number;
  existingCustomers: number;
}

export interface RevenueByAgeFigures {
  kind: CustomerKind;
  currency: string;
  months: RevenueByAgeMonth[];
  otherCurrencyDeals: number;
}

export interface ActivityWeek {
  /** The week's Monday, "YYYY-MM-DD". */
  week: string;
  counts: Record<ActivityKind, number>;
  total: number;
}

export interface ActivityWeekFigures {
  kind: CustomerKind;
  weeks: ActivityWeek[];
}
