// Customer segments (RFM): the one place their rules live. Main turns SEGMENT_RULES into SQL; the screens name
// them and say what to do. Scores are 1–5 per measure, ranked among customers of the same kind (people with
// people, companies with companies) — 5 is the best fifth:
// - R (recency): how recently they last bought;
// - F (frequency): how many purchases ever;
// - M (monetary): lifetime revenue (in the currency of Settings).
// Customers tied on a measure share its score. FM is the rounded-up mean of F and M.

export const SEGMENTS = [
  'champions',
  'loyal',
  'promising',
  'new',
  'needsAttention',
  'atRisk',
  'cantLose',
  'hibernating',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/** A first purchase this recent, and only one, makes a customer "New" whatever the scores. */
export const NEW_CUSTOMER_DAYS = 90;

/** Score bands (inclusive) per segment, tried in order after "New"; together they cover every R × FM pair. */
export const SEGMENT_RULES: ReadonlyArray<{ segment: Segment; r: [number, number]; fm: [number, number] }> = [
  { segment: 'champions', r: [4, 5], fm: [4, 5] },
  { segment: 'loyal', r: [3, 5], fm: [3, 5] },
  { segment: 'promising', r: [4, 5], fm: [1, 2] },
  { segment: 'needsAttention', r: [3, 3], fm: [1, 2] },
  { segment: 'cantLose', r: [1, 1], fm: [4, 5] },
  { segment: 'atRisk', r: [1, 2], fm: [3, 5] },
  { segment: 'hibernating', r: [1, 2], fm: [1, 2] },
];

/** The FM score: the mean of F and M, halves rounded up. */
export const fmScore = (f: number, m: number): number => Math.floor((f + m + 1) / 2);

/** A score from a customer's cumulative share of the ranking (ties share it): 0 < share ≤ 1. */
export const scoreOfShare = (share: number): number => Math.min(5, Math.max(1, Math.ceil(share * 5 - 1e-9)));

export function segmentOf(q: { r: number; f: number; m: number; ordersEver: number; daysAsCustomer: number }): Segment {
  if (q.ordersEver === 1 && q.daysAsCustomer <= NEW_CUSTOMER_DAYS) return 'new';
  const fm = fmScore(q.f, q.m);
  const rule = SEGMENT_RULES.find((x) => q.r >= x.r[0] && q.r <= x.r[1] && fm >= x.fm[0] && fm <= x.fm[1]);
  return rule?.segment ?? 'hibernating';
}

/** Days without contact after which a customer of each segment is due a call; null: not on the list. */
export type KeepInTouchDays = Record<Segment, number | null>;
export const DEFAULT_KEEP_IN_TOUCH_DAYS: KeepInTouchDays = {
  champions: 30,
  loyal: 45,
  promising: 30,
  new: 21,
  needsAttention: 30,
  atRisk: 21,
  cantLose: 14,
  hibernating: null,
};

/** The segments whose customers count as valuable (birthdays and anniversaries on Today). */
export const VALUABLE_SEGMENTS: readonly Segment[] = ['champions', 'loyal', 'atRisk', 'cantLose'];

/** A customer with nothing bought for this many days is suggested as lapsed. */
export const DEFAULT_LAPSED_AFTER_DAYS = 365;
