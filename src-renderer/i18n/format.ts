// Dates, numbers and money in the current UI language, through Intl (never hand-built strings).
import type { Language } from '@shared/domain/settings';
import { toMajor } from '@shared/deals/money';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** A calendar day, e.g. "Mar 4, 2025" / "2025年3月4日". */
export function formatDate(iso: string, locale: Language): string {
  return dateFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A day and time, e.g. "Mar 4, 2025, 3:05 PM". */
export function formatDateTime(iso: string, locale: Language): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A birthday, "YYYY-MM-DD" or "--MM-DD" (year unknown). */
export function formatBirthday(value: string, locale: Language): string {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(value);
  if (noYear) {
    const date = new Date(Date.UTC(2000, Number(noYear[1]) - 1, Number(noYear[2])));
    return dateFormat(locale, {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!full) return value;
  const date = new Date(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "3 days ago", "yesterday", "in 2 hours": for recent instants; older ones get a date. */
export function formatRelative(iso: string, locale: Language, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 60) return rtf.format(0, 'minute');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86_400 * 30) return rtf.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso, locale);
}

export function formatNumber(value: number, locale: Language): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatCurrency(value: number, currency: string, locale: Language): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

/** An amount in minor units (cents, fen) as money: 123450 USD → "$1,234.50". */
export function formatMoney(minor: number, currency: string, locale: Language): string {
  return formatCurrency(toMajor(minor, currency), currency, locale);
}

/** A short form for tight places (column headers, chart axes): "$12K" / "US$1.2万". */
export function formatMoneyShort(minor: number, currency: string, locale: Language): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    // A currency's own decimals would otherwise stay as a minimum: "$10.0K".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(toMajor(minor, currency));
}

/** A month, "YYYY-MM", as "Nov 2026" / "2026年11月". */
export function formatMonth(month: string, locale: Language): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** A calendar day, "YYYY-MM-DD", read as that day wherever the computer is (no time-zone shift). */
export function formatDay(day: string, locale: Language): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatPercent(ratio: number, locale: Language): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A file size as people read it: "850 KB", "12.4 MB", "1.2 GB" (decimal units, as Finder and Explorer now show). */
export function formatBytes(bytes: number, locale: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** A two-letter region code as its name in the UI language ("CN" → "China" / "中国"). */
export function formatCountry(code: string, locale: Language): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
