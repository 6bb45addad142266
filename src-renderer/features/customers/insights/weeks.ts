// The week presets of the activity chart: runs of whole weeks, Monday to Sunday, ending with this one.

export const WEEK_PRESETS = ['last12Weeks', 'last26Weeks', 'last52Weeks'] as const;
export type WeekPreset = (typeof WEEK_PRESETS)[number];

export interface WeekRun {
  /** The first week's Monday, "YYYY-MM-DD". */
  fromWeek: string;
  weeks: number;
}

/** The Monday of the week `day` ("YYYY-MM-DD") falls in. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export function weekRun(preset: WeekPreset, today: string): WeekRun {
  const weeks = { last12Weeks: 12, last26Weeks: 26, last52Weeks: 52 }[preset];
  const first = new Date(`${mondayOf(today)}T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() - 7 * (weeks - 1));
  return { fromWeek: first.toISOString().slice(0, 10), weeks };
}
