// The opportunity funnel as both sides see it: pipelines of stages, deals, their lines and history, the board,
// and the figures of the dashboard. Money is in minor units (cents, fen) of its currency (see deals/money.ts).

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
/** Names the renderer translates while the user has not renamed them. */
export const DEFAULT_STAGE_KEYS = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export const DEFAULT_LOST_REASON_KEYS = ['price', 'competitor', 'noBudget', 'noDecision', 'timing', 'other'] as const;

export interface Stage {
  id: number;
  pipelineId: number;
  /** null: the default name of defaultKey, in the user's language. */
  name: string | null;
  defaultKey: string | null;
  kind: StageKind;
  /** Default win probability of deals in this stage, 0–100. */
  probability: number;
  position: number;
}

export interface Pipeline {
  id: number;
  name: string | null;
  defaultKey: string | null;
  position: number;
  /** Live stages in order: open stages first, then Won and Lost. */
  stages: Stage[];
  openDeals: number;
}

export interface LostReason {
  id: number;
  name: string | null;
  defaultKey: string | null;
  archived: boolean;
}

export interface Product {
  id: number;
  name: string;
  sku: string;
  unitPrice: number;
  currency: string;
  archived: boolean;
  /** Lines on deals that use it (an archived product stays on them). */
  usedOnDeals: number;
}

export interface DealLine {
  productId: number | null;
  name: string;
  sku: string;
  unitPrice: number;
  quantity: number;
  discountPercent: number;
  /** unitPrice × quantity less the discount, rounded to the minor unit. */
  total: number;
}

/** What a card on the board (and a row of the list) shows. */
export interface DealCard {
  id: number;
  title: string;
  stageId: number;
  status: StageKind;
  companyId: number | null;
  companyName: string | null;
  /** The first person on the deal. */
  contactName: string | null;
  amount: number;
  currency: string;
  expectedClose: string | null;
  /** The deal's own probability, or its stage's. */
  probability: number;
  closedOn: string | null;
  lastActivityAt: string;
  tags: string[];
  source: string;
}

export interface StageChange {
  fromStageId: number | null;
  toStageId: number;
  at: string;
  /** Days spent in toStageId (until the next change, or until now for the current open stage); null for
   *  the Won or Lost a deal is in. */
  days: number | null;
}

export interface Deal extends DealCard {
  pipelineId: number;
  contacts: Array<{ id: number; name: string }>;
  /** null when the stage's default probability applies. */
  probabilityOverride: number | null;
  notes: string;
  lines: DealLine[];
  lostReasonId: number | null;
  lostNote: string;
  /** Money given back on it once won (minor units, at most the amount); revenue counts amount − refunded. */
  refunded: number;
  history: StageChange[];
  createdAt: string;
  updatedAt: string;
}

export interface MoneyTotal {
  currency: string;
  amount: number;
  weighted: number;
}

export interface BoardColumn {
  stageId: number;
  /** Deals in the column (for Won and Lost: closed within the filter's period, or the last 30 days). */
  count: number;
  /** Per currency, the user's currency first. */
  totals: MoneyTotal[];
  /** The column's first cards in order (all of them when `count` is not larger). */
  deals: DealCard[];
  /** The card after the ones given (a drop at the end of them lands before it); null when none. */
  nextId: number | null;
}

export interface Board {
  pipelineId: number;
  columns: BoardColumn[];
}

/** How a deal is placed on the board by a drag: before another card of the column, or at its end. */
export interface DealPlacement {
  stageId: number;
  beforeId: number | null;
}

// ---- The dashboard's figures (see deals/dealFigures.ts in main for how each is computed) ----

export interface FunnelStep {
  stageId: number;
  /** Deals of the period that reached this stage (or a later one, or were won). */
  deals: number;
  value: number;
  /** Share of this step's deals that reached the next step; null for the last. */
  conversion: number | null;
  /** Average days deals spent in this stage. */
  averageDays: number | null;
}

export interface FunnelFigures {
  steps: FunnelStep[];
  won: { deals: number; value: number };
  lost: { deals: number; value: number };
  /** won / (won + lost) of the period's deals, null when none closed. */
  winRate: number | null;
  /** Deals left out because their currency is not the one summed. */
  otherCurrencyDeals: number;
}

export interface MonthValue {
  /** "YYYY-MM" */
  month: string;
  value: number;
  deals: number;
}

export interface ForecastFigures {
  /** Open deals by expected close month: value × probability, and the unweighted value. */
  months: Array<MonthValue & { weighted: number }>;
  /** Open deals expected to close before the first month shown (their date has passed when that month is
   *  the current one). */
  overdue: { deals: number; value: number; weighted: number };
  otherCurrencyDeals: number;
}

export interface RevenueFigures {
  /** Won revenue by month in the period, and the same month a year before. */
  months: Array<{ month: string; value: number; deals: number; previousValue: number; previousDeals: number }>;
  otherCurrencyDeals: number;
}

export interface CloseFigures {
  wonDeals: number;
  averageDealSize: number | null;
  /** From creation to the won date. */
  averageDaysToClose: number | null;
  lostReasons: Array<{ lostReasonId: number | null; deals: number; value: number }>;
  otherCurrencyDeals: number;
}
