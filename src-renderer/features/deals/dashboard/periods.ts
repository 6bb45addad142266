// The period presets of the dashboard's cards, computed from the computer's today: spans of days [from, to) for
// the funnel and the close figures, and runs of months for the forecast and the revenue.

export const RANGE_PRESETS = ['thisMonth', 'thisQuarter', 'thisYear', 'last12Months', 'allTime'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const FORECAST_PRESETS = ['next3Months', 'next6Months', 'next12Months'] as const;
export type ForecastPreset = (typeof FORECAST_PRESETS)[number];

export const REVENUE_PRESETS = ['last12Months', 'thisYear', 'lastYear'] as const;
export type RevenuePreset = (typeof REVENUE_PRESETS)[number];

export interface DayRange {
  from: string;
  /** Exclusive. */
  to: string;
}

export interface MonthRun {
  fromMonth: string;
  months: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of a date's UTC fields (the helpers below do their arithmetic in UTC, away from DST). */
const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthOf = (d: Date) => dayOf(d).slice(0, 7);

/** The computer's today, "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(today: string): [number, number, number] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/** A day range for a preset; "to date" presets end tomorrow, so today counts. */
export function dayRange(preset: RangePreset, today: string): DayRange {
  const [y, m, d] = parts(today);
  const tomorrow = dayOf(new Date(Date.UTC(y, m, d + 1)));
  switch (preset) {
    case 'thisMonth':
      return { from: dayOf(new Date(Date.UTC(y, m, 1))), to: dayOf(new Date(Date.UTC(y, m + 1, 1))) };
    case 'thisQuarter': {
      const first = m - (m % 3);
      return { from: dayOf(new Date(Date.UTC(y, first, 1))), to: dayOf(new Date(Date.UTC(y, first + 3, 1))) };
    }
    case 'thisYear':
      return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
    case 'last12Months': {
      // From the day after this day a year ago (29 February's year ago being the 28th).
      const daysThen = new Date(Date.UTC(y - 1, m + 1, 0)).getUTCDate();
      return { from: dayOf(new Date(Date.UTC(y - 1, m, Math.min(d, daysThen) + 1))), to: tomorrow };
    }
    case 'allTime':
      // Close dates may be typed in the future, so "all time" reaches well past today.
      return { from: '1900-01-01', to: `${y + 100}-01-01` };
  }
}

/** The months the forecast looks at: this month and the ones after it. */
export function forecastMonths(preset: ForecastPreset, today: string): MonthRun {
  const months = { next3Months: 3, next6Months: 6, next12Months: 12 }[preset];
  return { fromMonth: today.slice(0, 7), months };
}

/** The months of won revenue shown (each beside the same month a year before). */
export function revenueMonths(preset: RevenuePreset, today: string): MonthRun {
  const [y, m] = parts(today);
  switch (preset) {
    case 'last12Months':
      return { fromMonth: monthOf(new Date(Date.UTC(y, m - 11, 1))), months: 12 };
    case 'thisYear':
      return { fromMonth: `${y}-01`, months: m + 1 };
    case 'lastYear':
      return { fromMonth: `${y - 1}-01`, months: 12 };
  }
}
