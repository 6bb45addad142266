// Days near today in words, for the Today screen's customer part: "today", "tomorrow", "on Friday" (this week),
// "on Dec 4" (later), and a short date for the left column. Days are "YYYY-MM-DD", read as that day everywhere.
import type { Language } from '@shared/domain/settings';
import type { TFunction } from 'i18next';

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formats = new Map<string, Intl.DateTimeFormat>();

function formatDay(day: string, locale: Language, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f.format(new Date(utc(day)));
}

/** Whole days from `today` to `day` (negative: before). */
export const daysFrom = (today: string, day: string): number => Math.round((utc(day) - utc(today)) / DAY_MS);

/** "Nov 27" / "11月27日". */
export const shortDay = (day: string, locale: Language) => formatDay(day, locale, { month: 'short', day: 'numeric' });

/** "Mon, Nov 23" / "11月23日周一": a day to choose, with its weekday. */
export const weekdayAndDay = (day: string, locale: Language) =>
  formatDay(day, locale, { weekday: 'short', month: 'short', day: 'numeric' });

/** "today", "tomorrow", "on Friday" / "周五" within the week, else "on Dec 4" / "12月4日". */
export function whenWords(day: string, today: string, locale: Language, t: TFunction): string {
  const days = daysFrom(today, day);
  if (days === 0) return t('keepInTouch.occasions.today');
  if (days === 1) return t('keepInTouch.occasions.tomorrow');
  const name =
    days > 1 && days < 7
      ? formatDay(day, locale, { weekday: locale === 'zh-CN' ? 'short' : 'long' })
      : shortDay(day, locale);
  return t('keepInTouch.occasions.on', { day: name });
}
